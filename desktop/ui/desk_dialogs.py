"""The desk's dialogs opened from the menus (lists, accounts, audit trail, personal data, own
password), each built on first use so start-up does not import them. The settings dialog, which
also holds the national sync's tab, is opened by the sync feature (ui/national_sync/feature.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.desk import Desk


def _lists(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.reference_dialog import ReferenceListsDialog

    return ReferenceListsDialog(desk.reference, runner, parent)


def _accounts(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.access.accounts_dialog import AccountsDialog

    return AccountsDialog(desk.accounts, runner, parent)


def _audit(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.audit_dialog import AuditDialog

    return AuditDialog(desk.audit, runner, parent)


def _privacy(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.privacy_dialog import PrivacyDialog

    return PrivacyDialog(desk.people, runner, parent)


def _own_password(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.access.accounts_dialog import ChangePasswordDialog

    return ChangePasswordDialog(desk.accounts, runner, parent)


def _issued_reports(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.reports.register_dialog import IssuedReportsDialog

    return IssuedReportsDialog(desk.report_register, runner, parent)


def _evidence(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    from desktop.ui.reports.evidence_dialog import EvidenceDialog

    return EvidenceDialog(desk.evidence, runner, parent)


Builder = Callable[["Desk", TaskRunner, QWidget], QDialog]
LISTS: Builder = _lists
ACCOUNTS: Builder = _accounts
AUDIT: Builder = _audit
PRIVACY: Builder = _privacy
OWN_PASSWORD: Builder = _own_password
ISSUED_REPORTS: Builder = _issued_reports
EVIDENCE: Builder = _evidence
