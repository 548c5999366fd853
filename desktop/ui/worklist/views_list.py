"""The desk's standard views of the worklist, each with how many complaints it holds now."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain.worklist_query import StandardView


class ViewsList(QListWidget):
    """Signals:
    viewChosen(object): the officer chose a standard view (a StandardView).
    """

    viewChosen = Signal(object)

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
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.setToolTip(self.tr("Standard views; the number is how many complaints each holds"))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.viewChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_counts(self, counts: dict[StandardView, int]) -> None:
        locale = QLocale()
        for row in range(self.count()):
            item = self.item(row)
            view = item.data(Qt.ItemDataRole.UserRole)
            name = self._names[view]
            if view in counts:
                item.setText(f"{name} ({locale.toString(counts[view])})")
            font = item.font()
            # Something overdue is what the desk must see first.
            font.setBold(view == StandardView.OVERDUE and counts.get(view, 0) > 0)
            item.setFont(font)

    def show_custom(self) -> None:
        """The filters no longer match a standard view: no view is highlighted."""
        self.clearSelection()
        self.setCurrentRow(-1)

    def view_at_current(self) -> StandardView | None:
        item = self.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
