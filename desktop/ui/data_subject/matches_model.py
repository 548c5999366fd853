"""The complaints found for one person, as a table (a few hundred rows at most)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.services.person_values import PersonMatch
from desktop.ui.texts import format_date
from desktop.ui.widgets.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PersonMatchModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._matches: list[PersonMatch] = []
        self._headers = (self.tr("Number"), self.tr("Received"), self.tr("Name"), self.tr("Title"))

    def set_matches(self, matches: list[PersonMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match_at(self, row: int) -> PersonMatch:
        return self._matches[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        match = self._matches[index.row()]
        column = index.column()
        if column == 0:
            return match.local_number
        if column == 1:
            return format_date(match.received_at.astimezone().date())
        if column == 2:
            return match.reporter_name or (self.tr("(erased)") if match.anonymised else "")
        return match.title
