"""The desk's dialogs opened from the menus (lists, accounts, audit trail, personal data, own
password), each built on first use so start-up does not import them. The settings dialog, which
also holds the national sync's tab, is opened by the sync feature (ui/national_sync/feature.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.domain.report_figures import ReportPeriod
    from desktop.domain.report_register import HeadlineFigure
    from desktop.services.desk import Desk
    from desktop.services.issued_report_values import IssuedReportInfo


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


def issued_reports_dialog(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    """The register of issued reports, with today's figures for a report's period (computed on
    the runner, as the dialog asks for them) and the evidence documents of the reports chosen."""
    from desktop.domain.report_register import headline_of
    from desktop.ui.reports.register_dialog import IssuedReportsDialog

    def today_headline(period: ReportPeriod) -> Mapping[str, HeadlineFigure]:
        return headline_of(desk.reports.compute(period, desk.clock()))

    def evidence(reports: Sequence[IssuedReportInfo]) -> None:
        year = reports[0].period.last_day.year if reports else None
        ids = [report.id for report in reports]
        shown = evidence_dialog(desk, runner, dialog, year, ids)
        dialog.evidence_dialog = shown  # window-modal over the register, not blocking it
        shown.open()

    dialog = IssuedReportsDialog(
        desk.report_register, runner, parent, today_headline=today_headline, open_evidence=evidence
    )
    return dialog


def evidence_dialog(
    desk: Desk,
    runner: TaskRunner,
    parent: QWidget,
    year: int | None = None,
    report_ids: Sequence[int] = (),
) -> QDialog:
    """The year's evidence documents; `report_ids`, issued reports to export in their zip."""
    from desktop.ui.reports.evidence_dialog import EvidenceDialog

    return EvidenceDialog(desk.evidence, runner, parent, year=year, report_ids=report_ids)


def _issued_reports(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    return issued_reports_dialog(desk, runner, parent)


def _evidence(desk: Desk, runner: TaskRunner, parent: QWidget) -> QDialog:
    return evidence_dialog(desk, runner, parent)


Builder = Callable[["Desk", TaskRunner, QWidget], QDialog]
LISTS: Builder = _lists
ACCOUNTS: Builder = _accounts
AUDIT: Builder = _audit
PRIVACY: Builder = _privacy
OWN_PASSWORD: Builder = _own_password
ISSUED_REPORTS: Builder = _issued_reports
EVIDENCE: Builder = _evidence
