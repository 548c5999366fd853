"""The sync panel's table: outbox items that wait, one row each, with what a person needs to find
each complaint on the LAPOR! site (its title, when it was received and sent, its attachments).

It holds the items as the service read them (plain dataclasses, a few hundred at most: the
service caps the list), those waiting for a person first, and is refilled after each round and
each action. A confidential complaint's title is shown too: the panel is for the desk's own
verifiers, who see the complaint itself as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.outbox import OutboxEntry, WhoActs
from desktop.ui.national_sync.texts import kind_label, reason_text, state_label
from desktop.ui.texts import format_short_datetime
from desktop.ui.widgets.table_model import HeaderedTableModel

if TYPE_CHECKING:
    from sync.desk import WaitingItem

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, KIND, TITLE, RECEIVED, SENT, ATTACHMENTS, STATE, REASON, ATTEMPTS = range(9)


class SyncItemsModel(HeaderedTableModel):
    """Rows of `WaitingItem`; `item(row)` gives its `OutboxEntry` back for the actions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Complaint number"),
            self.tr("What"),
            self.tr("Title"),
            self.tr("Received here"),
            self.tr("Sent to LAPOR!"),
            self.tr("Attachments"),
            self.tr("State"),
            self.tr("Reason"),
            self.tr("Attempts"),
        )
        self._items: list[WaitingItem] = []

    def set_items(self, items: list[WaitingItem]) -> None:
        self.beginResetModel()
        # Those waiting for a person first: the list is theirs to work through.
        self._items = sorted(items, key=lambda i: (i.who_acts is not WhoActs.PERSON, i.entry.id))
        self.endResetModel()

    def item(self, row: int) -> OutboxEntry | None:
        return self._items[row].entry if 0 <= row < len(self._items) else None

    def waiting(self, row: int) -> WaitingItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def for_a_person(self) -> int:
        return sum(1 for i in self._items if i.who_acts is WhoActs.PERSON)

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.entry.id == item_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        waiting = self._items[index.row()]
        item = waiting.entry
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NUMBER:
                if waiting.tracking_id:
                    return f"{item.local_number} (#{waiting.tracking_id})"
                return item.local_number
            if column == KIND:
                return kind_label(item.kind)
            if column == TITLE:
                return waiting.title
            if column == RECEIVED:
                return format_short_datetime(waiting.received_at)
            if column == SENT:
                return format_short_datetime(item.sent_at) if item.sent_at else ""
            if column == ATTACHMENTS:
                names = waiting.attachments
                if not names:
                    return "0"
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(names)
                return f"{len(names)}: {', '.join(names)}"
            if column == STATE:
                return state_label(item.state)
            if column == REASON:
                return reason_text(item.problem, item.detail, item.state)
            if column == ATTEMPTS:
                return str(item.attempts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
