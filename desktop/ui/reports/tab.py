"""The "Laporan" tab: a period's figures K1-K16 with their definitions, and the charts, for
verifiers and administrators. A click on a figure lists exactly the complaints it counts;
"Ekspor" and "Terbitkan…" write the figures on screen as files (`exports`).

The figures come from a function the window's wiring hands over (`ComputeFigures`, the report
service's), run on a worker of the tab's own: a year over a large desk takes a second or two,
and the window's task runner must stay free for saves meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.report_figures import Indicator, ReportFigures
from desktop.services.values import StorageFault
from desktop.ui.reports import ComputeFigures
from desktop.ui.reports.chart_panel import ChartPanel
from desktop.ui.reports.exports import ReportExports
from desktop.ui.reports.figure_list import FigureList
from desktop.ui.reports.period_picker import PeriodPicker
from desktop.ui.reports.texts import report_texts
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message, format_datetime

if TYPE_CHECKING:
    from desktop.services.desk import Desk


class ReportsTab(QWidget):
    """Signals:
    figureChosen(str, object): list the complaints of a figure: its name ("K3 Selesai") and
        their ids (frozenset[int]). The window shows them in the worklist.
    computed(): figures are shown (for the period picked when "Compute" was pressed).
    """

    figureChosen = Signal(str, object)
    computed = Signal()

    def __init__(
        self,
        compute: ComputeFigures,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
        *,
        desk: Desk | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """`desk` and `runner` (the window's): the exports and the register; without them the
        tab only shows figures."""
        super().__init__(parent)
        # The words of every figure, chart and file, made once in the user's language.
        self.texts = report_texts()
        self._compute = compute
        self._now = now
        self._runner: TaskRunner | None = None
        self._generation = 0  # answers for an earlier request are dropped
        self.figures: ReportFigures | None = None
        self.picker = PeriodPicker(now().astimezone().date(), self)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.picker.kind)
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setToolTip(self.tr("Compute the figures of this period now (F5)"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # how long is not known: it moves while the worker counts
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_row = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.picker)
        top.addWidget(self.compute_button)
        top.addWidget(self.busy)
        top.addWidget(self.state_label, 1)
        top.addLayout(self.action_row)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.cut_off_label = QLabel(self)
        self.cut_off_label.setTextFormat(Qt.TextFormat.PlainText)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.cut_off_label)

        self.figure_list = FigureList(self.texts, self)
        # The selected figure's definition, always in view under the list (also behind "?").
        self.definition = QLabel(self)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.definition.setWordWrap(True)
        self.definition.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.definition.setFrameShape(QFrame.Shape.StyledPanel)
        self.definition.setMargin(6)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures_side = QWidget(self)
        side = QVBoxLayout(figures_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.figure_list, 1)
        side.addWidget(self.definition)
        self.charts = ChartPanel(self, self.texts)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(figures_side)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(1, 1)  # a wider window gives the charts the room
        # The list's names and values read in full at 1366 px; the charts take the rest.
        self.splitter.setSizes([550, 810])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)

        self.compute_button.clicked.connect(self.compute)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.compute)
        self.picker.changed.connect(self._period_changed)
        self.figure_list.figureChosen.connect(self.figureChosen)
        self.figure_list.currentItemChanged.connect(lambda _item, _old: self._show_definition())
        self.charts.figureChosen.connect(self.figureChosen)
        self.setFocusProxy(self.picker)
        self.exports: ReportExports | None = None
        if desk is not None and runner is not None:
            exports = self.exports = ReportExports(
                desk, runner, self.texts, self.chosen_figure, self.state_label.setText, self
            )
            self.action_row.addWidget(exports.progress)
            self.action_row.addWidget(exports.export_button)
            self.action_row.addWidget(exports.issue_button)
        self.clear()

    def compute(self) -> None:
        """Compute the picked period's figures in the background, as of now."""
        period = self.picker.period()
        cut_off = self._now()
        compute = self._compute
        self._generation += 1
        generation = self._generation
        if self._runner is None:
            self._runner = TaskRunner("reports", self)
        self.busy.show()
        self.compute_button.setEnabled(False)
        self.state_label.setText(
            self.tr("Computing the figures of %1…").replace("%1", self.texts.name_period(period))
        )

        def done(figures: ReportFigures) -> None:
            if generation == self._generation:
                self._show(figures)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._idle()
            if not isinstance(error, StorageFault):
                raise error
            self.state_label.setText(fault_message(error.kind))

        self._runner.submit(lambda: compute(period, cut_off), done, failed, owner=self)

    def _idle(self) -> None:
        self.busy.hide()
        self.compute_button.setEnabled(True)

    def _show(self, figures: ReportFigures) -> None:
        self._idle()
        self.figures = figures
        self.state_label.clear()
        self.heading.setText(f"{figures.office_name} · {self.texts.name_period(figures.period)}")
        self.cut_off_label.setText(
            self.tr("Data as of %1").replace("%1", format_datetime(figures.cut_off))
        )
        self.cut_off_label.setToolTip(
            self.tr(
                "The cut-off: the figures count the complaints as they stood at this moment. "
                "Computing again later may give other figures."
            )
        )
        self.figure_list.show_figures(figures)
        self.charts.show_figures(figures)
        if self.exports is not None:
            self.exports.set_figures(figures)
        self.computed.emit()

    def _show_definition(self) -> None:
        item = self.figure_list.currentItem()
        if item is None:
            self.definition.clear()
            self.definition.hide()
            return
        row = self.figure_list.row_at(item)
        indicator = row.indicator
        self.definition.setText(
            f"{self.texts.titled(indicator)}: {self.texts.explained(indicator)}"
        )
        self.definition.show()

    def _period_changed(self) -> None:
        """The figures shown are no longer those of the period picked: say so, keep them."""
        if self.figures is not None and self.picker.period() != self.figures.period:
            self.state_label.setText(self.tr("Another period: press Compute (F5) for its figures."))

    def clear(self) -> None:
        """Show no figures (the screen locks: the next officer computes their own)."""
        self._generation += 1
        self._idle()
        self.figures = None
        self.heading.setText(self.tr("Reports"))
        self.cut_off_label.clear()
        self.state_label.setText(self.tr("Choose a period, then Compute (F5)."))
        self.figure_list.show_figures(None)
        self.charts.show_figures(None)
        if self.exports is not None:
            self.exports.set_figures(None)

    def chosen_figure(self) -> tuple[str, frozenset[int]]:
        """The figure selected in the list and its complaints, for a detail list: K1's (the
        period's complaints) when the selected one counts none (K9's row, K15)."""
        figures = self.figures
        if figures is None:
            return "", frozenset()
        item = self.figure_list.currentItem()
        row = None if item is None else self.figure_list.row_at(item)
        if row is None or row.counted is None:
            return self.texts.titled(Indicator.RECEIVED), figures.received.complaint_ids
        return row.drill_title, row.counted.complaint_ids

    def stop(self) -> None:
        """End the worker (the window closes, or the desk goes)."""
        self._generation += 1
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.shutdown()
            runner.deleteLater()
        if self.exports is not None:
            self.exports.stop()
        self._idle()
