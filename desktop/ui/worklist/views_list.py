"""The desk's standard views of the worklist, each with how many complaints it holds now."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain.worklist_query import SavedView, StandardView

SAVED_ROLE = Qt.ItemDataRole.UserRole + 1  # a saved view's index in `saved`


class ViewsList(QListWidget):
    """Standard views first, then the views the desk's officers saved.

    Signals:
    viewChosen(object): the officer chose a standard view (a StandardView).
    savedChosen(object): the officer chose a saved view (a SavedView).
    """

    viewChosen = Signal(object)
    savedChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {
            StandardView.ALL: self.tr("All complaints"),
            StandardView.TO_VERIFY: self.tr("To verify"),
            StandardView.OVERDUE: self.tr("Overdue"),
            StandardView.DUE_SOON: self.tr("Due soon"),
            StandardView.WAITING_COMPLAINANT: self.tr("Waiting for the complainant"),
            StandardView.WITH_UNIT: self.tr("With a unit"),
            StandardView.TO_CLOSE: self.tr("Answered, to close"),
        }
        for view, name in self._names.items():
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, view)
        self.setCurrentRow(0)
        # A long saved name is cut with "…" (its tooltip shows it whole), never scrolled.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.setToolTip(self.tr("Standard views; the number is how many complaints each holds"))

        self.saved: list[SavedView] = []

    def _chosen(self, item: QListWidgetItem) -> None:
        view = item.data(Qt.ItemDataRole.UserRole)
        if view is not None:
            self.viewChosen.emit(view)
        elif item.data(SAVED_ROLE) is not None:
            self.savedChosen.emit(self.saved[item.data(SAVED_ROLE)])

    def set_saved(self, views: list[SavedView]) -> None:
        chosen = self.current_saved()
        for row in reversed(range(len(self._names), self.count())):
            self.takeItem(row)
        self.saved = list(views)
        if views:
            heading = QListWidgetItem(self.tr("Saved views"), self)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a view
            font = heading.font()
            font.setItalic(True)
            heading.setFont(font)
        for index, view in enumerate(views):
            item = QListWidgetItem(view.name, self)
            item.setToolTip(view.name)
            item.setData(SAVED_ROLE, index)
            if chosen is not None and view.name == chosen.name:
                self.setCurrentItem(item)

    def set_counts(self, counts: dict[StandardView, int], saved: list[int]) -> None:
        locale = QLocale()
        for row in range(self.count()):
            item = self.item(row)
            view = item.data(Qt.ItemDataRole.UserRole)
            if view is not None:
                item.setText(f"{self._names[view]} ({locale.toString(counts[view])})")
                font = item.font()
                # Something overdue is what the desk must see first.
                font.setBold(view == StandardView.OVERDUE and counts[view] > 0)
                item.setFont(font)
            elif item.data(SAVED_ROLE) is not None and item.data(SAVED_ROLE) < len(saved):
                index = item.data(SAVED_ROLE)
                item.setText(f"{self.saved[index].name} ({locale.toString(saved[index])})")

    def current_saved(self) -> SavedView | None:
        item = self.currentItem()
        if item is None or item.data(SAVED_ROLE) is None:
            return None
        return self.saved[item.data(SAVED_ROLE)]

    def select_saved(self, name: str) -> None:
        for row in range(self.count()):
            index = self.item(row).data(SAVED_ROLE)
            if index is not None and self.saved[index].name == name:
                self.setCurrentRow(row)

    def show_custom(self) -> None:
        """The filters no longer match a standard view: no view is highlighted."""
        self.clearSelection()
        self.setCurrentRow(-1)

    def view_at_current(self) -> StandardView | None:
        item = self.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
