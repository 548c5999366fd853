"""The audit dialog's table model, and the words for audit actions and their details."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.audit_actions import AuditAction
from desktop.services.audit_values import AuditLine
from desktop.ui.texts import format_short_datetime
from desktop.ui.widgets.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


def action_label(code: str) -> str:
    """A person's words for an action code; a code from a newer version is shown as it is."""
    try:
        action = AuditAction(code)
    except ValueError:
        return code
    return {
        AuditAction.DESK_CREATED: QCoreApplication.translate("AuditTexts", "Desk set up"),
        AuditAction.LOGIN: QCoreApplication.translate("AuditTexts", "Signed in"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("AuditTexts", "Sign-in failed"),
        AuditAction.LOGOUT: QCoreApplication.translate("AuditTexts", "Signed out"),
        AuditAction.ACCOUNT_LOCKED: QCoreApplication.translate("AuditTexts", "Account locked"),
        AuditAction.ACCOUNT_CREATED: QCoreApplication.translate("AuditTexts", "Account created"),
        AuditAction.ACCOUNT_CHANGED: QCoreApplication.translate("AuditTexts", "Account changed"),
        AuditAction.PASSWORD_CHANGED: QCoreApplication.translate("AuditTexts", "Password changed"),
        AuditAction.RECOVERY_KEY_USED: QCoreApplication.translate(
            "AuditTexts", "Recovery key used"
        ),
        AuditAction.COMPLAINT_CREATED: QCoreApplication.translate(
            "AuditTexts", "Complaint recorded"
        ),
        AuditAction.COMPLAINT_CHANGED: QCoreApplication.translate(
            "AuditTexts", "Complaint changed"
        ),
        AuditAction.IDENTITY_REVEALED: QCoreApplication.translate(
            "AuditTexts", "Identity shown unmasked"
        ),
        AuditAction.SETTINGS_CHANGED: QCoreApplication.translate("AuditTexts", "Settings changed"),
        AuditAction.REFERENCE_CHANGED: QCoreApplication.translate(
            "AuditTexts", "Categories or institutions changed"
        ),
        AuditAction.EXPORT: QCoreApplication.translate("AuditTexts", "Data exported"),
        AuditAction.PERSON_SEARCHED: QCoreApplication.translate(
            "AuditTexts", "Personal data searched"
        ),
        AuditAction.PERSON_CORRECTED: QCoreApplication.translate(
            "AuditTexts", "Personal data corrected"
        ),
        AuditAction.PERSON_ERASED: QCoreApplication.translate("AuditTexts", "Personal data erased"),
        AuditAction.RETENTION_APPLIED: QCoreApplication.translate(
            "AuditTexts", "Retention period applied"
        ),
        AuditAction.DEMO_SEEDED: QCoreApplication.translate(
            "AuditTexts", "Synthetic complaints added"
        ),
        AuditAction.AUDIT_VERIFIED: QCoreApplication.translate("AuditTexts", "Audit trail checked"),
        AuditAction.SYNC_RESOLVED: QCoreApplication.translate(
            "AuditTexts", "Sync item settled by a verifier"
        ),
        AuditAction.BACKUP_RESTORED: QCoreApplication.translate(
            "AuditTexts", "Data restored from a backup"
        ),
    }[action]


def details_text(details: dict[str, Any]) -> str:
    """Details as "key: value; key: value" (they hold field names, counts and ids only)."""
    return "; ".join(f"{key}: {_value_text(value)}" for key, value in sorted(details.items()))


def _value_text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AuditTexts", "yes")
        return QCoreApplication.translate("AuditTexts", "no")
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(item) for item in value)
    return str(value)


class AuditModel(HeaderedTableModel):
    """Audit lines, newest first.

    Unlike the worklist, the rows themselves are held: a listing is capped at 5,000 entries
    (about 1 MB), and loading them at once keeps every query off the GUI thread.
    """

    COLUMNS = ("time", "user", "action", "target", "details")

    def __init__(self) -> None:
        super().__init__()
        self._lines: tuple[AuditLine, ...] = ()
        self._headers = (
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Details"),
        )

    def set_lines(self, lines: Sequence[AuditLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def line_at(self, row: int) -> AuditLine:
        return self._lines[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "time":  # seconds and the offset, for comparing with other logs
                return line.at.astimezone().isoformat(sep=" ", timespec="seconds")
            if column == "action":
                return line.action
            return self._display(line, column)
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        return None

    def _display(self, line: AuditLine, column: str) -> str:
        if column == "time":
            return format_short_datetime(line.at)
        if column == "user":
            return line.actor or self.tr("(system)")
        if column == "action":
            return action_label(line.action)
        if column == "target":
            return line.target
        return details_text(line.details)
