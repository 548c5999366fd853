"""The audit dialog's table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.audit_values import AuditLine
from desktop.ui.audit_texts import action_label, details_text
from desktop.ui.texts import format_short_datetime
from desktop.ui.widgets.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


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
