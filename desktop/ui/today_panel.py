"""The "Hari ini" (Today) tab, where an officer lands after signing in: per step how many
complaints are due today and how many are overdue, and the list of them, longest overdue first.
Enter opens one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sla import Step
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.today_model import TodayModel, overdue_colour
from desktop.ui.widgets.elide import MiddleElideDelegate
from desktop.ui.widgets.row_table import row_table
from desktop.ui.worklist.column_fit import ColumnFit
from desktop.ui.worklist.follow_up_texts import step_label

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.worklist_scope import TodayOverview


class StepBox(QFrame):
    """One step's two numbers: due today, and overdue (in words and in a warning colour)."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(step_label(step), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.due_today = QLabel(self)
        self.overdue = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(self.due_today)
        layout.addWidget(self.overdue)

    def show_counts(self, due_today: int, overdue: int) -> None:
        self.due_today.setText(self.tr("%Ln due today", "", due_today))
        self.overdue.setText(self.tr("%Ln overdue", "", overdue))
        font = self.overdue.font()
        font.setBold(overdue > 0)
        self.overdue.setFont(font)
        colour = overdue_colour().name() if overdue > 0 else ""
        self.overdue.setStyleSheet(f"color: {colour};" if colour else "")


class TodayPanel(QWidget):
    """Signals:
    openRequested(int): the officer asked to see this complaint (Enter or double-click).
    loaded(): a refresh has been shown.
    """

    openRequested = Signal(int)
    loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._desk: Desk | None = None
        self._loading = False
        self._load_again = False
        self.day_label = QLabel(self)
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.day_label.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Reload what is due (F5)"))
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.message, 1)
        top.addWidget(self.refresh_button)

        self.step_boxes = {step: StepBox(step, self) for step in Step}
        boxes = QHBoxLayout()
        for box in self.step_boxes.values():
            boxes.addWidget(box, 1)

        self.model = TodayModel()
        columns = TodayModel.COLUMNS
        self.table = row_table(self.model, (), columns.index("title"), self)
        # The columns share the width as the worklist's do: with "Dicatat oleh" on a desk of
        # an office, fixed widths left the title a third of a 1366-pixel screen.
        self._in_office = False
        self.column_fit = ColumnFit(
            self.table,
            columns.index("title"),
            frozenset(columns.index(name) for name in TodayModel.COMPACT),
            lambda: self.model.sample_texts(office=self._in_office),
            bold=frozenset({columns.index("late")}),  # a late step's words are bold
        )
        self.table.setItemDelegateForColumn(
            TodayModel.COLUMNS.index("recorded_by"), MiddleElideDelegate(self.table)
        )
        self.show_office_column(False)  # until the desk says it is part of an office
        self.list_label = QLabel(self.tr("Due today and &overdue, longest overdue first"), self)
        self.list_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr("Nothing due today. Well done."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_or_empty = QStackedWidget(self)
        self.list_or_empty.addWidget(self.table)
        self.list_or_empty.addWidget(self.empty_label)
        self.more_label = QLabel(self)
        self.more_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(boxes)
        layout.addSpacing(6)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_or_empty, 1)
        layout.addWidget(self.more_label)

        self.refresh_button.clicked.connect(self._refresh_clicked)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, self.open_selected)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.refresh_button, self.table)
        self.setFocusProxy(self.table)

    def show_office_column(self, shown: bool, desk_code: str = "") -> None:
        """ "Dicatat oleh" on a desk of an office: the coordinator sees every desk's complaints
        here, who took each one and at which desk (`desk_code`: this desk's)."""
        self._in_office = shown
        self.model.own_desk_code = desk_code if shown else ""
        self.table.setColumnHidden(TodayModel.COLUMNS.index("recorded_by"), not shown)
        self.column_fit.fit()
        self.table.viewport().update()

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        if self.isVisible():
            self.refresh()  # otherwise when it is shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        # Each time the tab comes up (after a follow-up saved elsewhere, after the lock, on
        # a new day) it shows what is due now.
        super().showEvent(event)
        self.refresh()

    @Slot()
    def _refresh_clicked(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload in the background; a refresh asked for while one runs follows it."""
        if self._desk is None:
            return
        if self._loading:
            self._load_again = True
            return
        desk = self._desk
        self._loading = True
        self.message.setText(self.tr("Loading…"))
        self._runner.submit(lambda: desk.worklist.today(), self._show, self._load_failed)

    def _finish_loading(self) -> None:
        self._loading = False
        if self._load_again:
            self._load_again = False
            self.refresh()

    def _show(self, overview: TodayOverview) -> None:
        self.message.clear()
        day = overview.today
        self.day_label.setText(
            self.tr("Today, %1").replace(
                "%1", QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
            )
        )
        for step, box in self.step_boxes.items():
            box.show_counts(overview.due_today.get(step, 0), overview.overdue.get(step, 0))
        selected = self.selected_id()
        self.model.set_items(overview.items)
        self.list_or_empty.setCurrentWidget(
            self.table if overview.items or overview.more else self.empty_label
        )
        self._select(selected)
        self.more_label.setVisible(overview.more > 0)
        self.more_label.setText(
            self.tr(
                "…and %Ln more, not listed here: find them in the Complaints tab.",
                "",
                overview.more,
            )
        )
        self._finish_loading()
        self.loaded.emit()

    def _select(self, complaint_id: int | None) -> None:
        """Keep the row the officer was on across a refresh, or start at the top."""
        row = 0
        for candidate in range(self.model.rowCount()):
            if self.model.item_at(candidate).summary.id == complaint_id:
                row = candidate
                break
        if self.model.rowCount():
            self.table.selectRow(row)

    def _load_failed(self, error: BaseException) -> None:
        self._finish_loading()
        if isinstance(error, AccessDeniedError):
            return  # locked meanwhile: the tab refreshes when it is shown again
        if not isinstance(error, StorageFault):
            raise error
        self.message.setText(fault_message(error.kind))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(index.row()).summary.id

    def open_selected(self) -> None:
        self._open_row(self.table.currentIndex().row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.openRequested.emit(self.model.item_at(row).summary.id)
