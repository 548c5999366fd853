"""The sync panel's table: outbox items that need someone's attention, one row each.

It holds the items as the service read them (plain dataclasses, a few hundred at most: the
service caps the list), and is refilled after each round and each action.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.outbox import OutboxEntry
from desktop.ui.national_sync.texts import kind_label, reason_text, state_label
from desktop.ui.texts import format_short_datetime
from desktop.ui.widgets.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, KIND, STATE, REASON, ATTEMPTS, TIME = range(6)


class SyncItemsModel(HeaderedTableModel):
    """Rows of `OutboxEntry`; `item(row)` gives one back for the panel's actions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Complaint number"),
            self.tr("What"),
            self.tr("State"),
            self.tr("Reason"),
            self.tr("Attempts"),
            self.tr("Time"),
        )
        self._items: list[OutboxEntry] = []

    def set_items(self, items: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> OutboxEntry | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NUMBER:
                return item.local_number
            if column == KIND:
                return kind_label(item.kind)
            if column == STATE:
                return state_label(item.state)
            if column == REASON:
                return reason_text(item.problem, item.detail)
            if column == ATTEMPTS:
                return str(item.attempts)
            if column == TIME:
                return format_short_datetime(item.updated_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
