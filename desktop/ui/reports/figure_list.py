"""The summary figures K1-K16 as a list: value, "x dari y", percent and scope per indicator, the
values it is broken down by below it, and its definition one click away ("?", or F1).

A click on a value, or Enter (or a double click) on a row, asks for the complaints it counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.domain.report_figures import Indicator, ReportFigures
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.figure_rows import FigureRow, figure_rows

LABEL, VALUE, PERCENT, SCOPE, HELP = range(5)
_ROW = Qt.ItemDataRole.UserRole


class FigureList(QTreeWidget):
    """Signals:
    figureChosen(str, object): a figure was clicked or Enter pressed on it: its name ("K3
        Selesai") and the ids (frozenset[int]) of the complaints it counts.
    """

    figureChosen = Signal(str, object)

    def __init__(self, texts: ReportTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setColumnCount(5)
        self.setHeaderLabels(
            [self.tr("Indicator"), self.tr("Value"), self.tr("%"), self.tr("Scope"), ""]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)  # a double click lists the complaints
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (VALUE, PERCENT, SCOPE, HELP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A click on the value (drawn as a link), a double click anywhere else, or Enter.
        self.itemClicked.connect(self._clicked)
        self.itemDoubleClicked.connect(self._double_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.explain_current)
        self.definition_box: QMessageBox | None = None

    def show_figures(self, figures: ReportFigures | None) -> None:
        self.clear()
        if figures is None:
            return
        for row in figure_rows(figures, self.texts):
            item = self._item(row, None)
            button = QToolButton(self)
            button.setText("?")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1 on the row from the keyboard
            button.setToolTip(self.tr("What %1 counts (F1)").replace("%1", row.label))
            button.clicked.connect(lambda _on=False, i=row.indicator: self.explain(i))
            self.setItemWidget(item, HELP, button)
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def _item(self, row: FigureRow, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self if parent is None else parent)
        item.setText(LABEL, row.label)
        item.setText(VALUE, row.value)
        item.setText(PERCENT, row.percent)
        item.setData(LABEL, _ROW, row)
        for column in (VALUE, PERCENT):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if row.scope is not None:
            item.setText(SCOPE, self.texts.scope_names[row.scope])
            item.setToolTip(SCOPE, self.texts.scope_explanations[row.scope])
            bold = QFont(self.font())
            bold.setBold(True)
            for column in (LABEL, VALUE, PERCENT):
                item.setFont(column, bold)
        item.setToolTip(LABEL, self.texts.explained(row.indicator))
        if row.counted is not None:
            # Looks like a link: a click lists the complaints.
            link = QFont(item.font(VALUE))
            link.setUnderline(True)
            item.setFont(VALUE, link)
            item.setForeground(VALUE, self.palette().brush(QPalette.ColorRole.Link))
            item.setToolTip(
                VALUE,
                self.tr("List these complaints (Enter or a click): %1").replace(
                    "%1", row.drill_title
                ),
            )
        for child in row.children:
            self._item(child, item)
        return item

    def row_at(self, item: QTreeWidgetItem) -> FigureRow:
        row: FigureRow = item.data(LABEL, _ROW)
        return row

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == VALUE:
            self._choose(item)

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != VALUE:  # the first click of the two listed them already
            self._choose(item)

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        row = self.row_at(item)
        if row.counted is not None:
            self.figureChosen.emit(row.drill_title, row.counted.complaint_ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Enter lists the complaints, as it opens a complaint in the worklist.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._choose(self.currentItem())
            return
        super().keyPressEvent(event)

    def explain_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            self.explain(self.row_at(item).indicator)

    def explain(self, indicator: Indicator) -> None:
        """Show what the indicator counts (non-modal: the figures stay readable beside it)."""
        if self.definition_box is not None:
            self.definition_box.close()
        title = self.texts.titled(indicator)
        box = QMessageBox(QMessageBox.Icon.Information, title, title, parent=self)
        box.setInformativeText(self.texts.explained(indicator))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _obj=None: self._forget_box(box))
        self.definition_box = box
        box.open()

    def _forget_box(self, box: QMessageBox) -> None:
        if self.definition_box is box:
            self.definition_box = None
