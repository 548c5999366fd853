"""The four charts of the "Laporan" tab side by side; a click on a bar or a slice asks for the
complaints it counts (the figure list offers the same from the keyboard)."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QChart, QChartView, QPieSeries
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.domain.report_figures import ReportFigures
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.charts import ChartKind, build_chart, chart_title
from desktop.ui.reports.texts import report_texts

LAYOUT = {
    ChartKind.STATUS_OVER_TIME: (0, 0),
    ChartKind.ON_TIME: (0, 1),
    ChartKind.BACKLOG: (1, 0),
    ChartKind.CHANNELS: (1, 1),
}


class ChartPanel(QWidget):
    """Signals:
    figureChosen(str, object): a bar or slice was clicked: the figure's name ("K5 Tunggakan
        15-60 HK") and the ids (frozenset[int]) of the complaints it counts.
    """

    figureChosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, texts: ReportTexts | None = None) -> None:
        super().__init__(parent)
        self._texts = texts or report_texts()
        self.views: dict[ChartKind, QChartView] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for kind, (row, column) in LAYOUT.items():
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, 220)
            view.setAccessibleName(chart_title(kind))
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the figure list is the keyboard's way
            self.views[kind] = view
            grid.addWidget(view, row, column)

    def show_figures(self, figures: ReportFigures | None) -> None:
        for kind, view in self.views.items():
            chart = (
                QChart()
                if figures is None
                else build_chart(kind, figures, self._chosen, self._texts)
            )
            if figures is None:
                chart.setTitle(chart_title(kind))
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()
            self._point_at_parts(view, chart)

    def _chosen(self, figure: str, complaint_ids: frozenset[int]) -> None:
        self.figureChosen.emit(figure, complaint_ids)

    @staticmethod
    def _point_at_parts(view: QChartView, chart: QChart) -> None:
        """A pointing hand over what a click opens."""

        def hover(on: bool) -> None:
            shape = Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
            view.viewport().setCursor(shape)

        for series in chart.series():
            if isinstance(series, QAbstractBarSeries):
                series.hovered.connect(lambda on, _index, _set: hover(on))
            elif isinstance(series, QPieSeries):
                series.hovered.connect(lambda _slice, on: hover(on))
