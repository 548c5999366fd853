"""The report's charts, drawn with QtCharts: status over time (K11), on time per step (K6, K7,
K8), backlog by age (K5) and channels (K16).

`build_chart` makes one as a QChart, whose bars and slices can say which complaints they count
(`choose`); `draw_chart` and `render_chart` draw one on any QPainter or into an image (the
narrative PDF uses them). QtCharts' items are QGraphicsWidgets: a QApplication must exist, also
for a report made from the command line (offscreen is enough).

Why QtCharts and what it costs the packaged build: installer/README.md.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalPercentBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from desktop.domain.report_figures import (
    BacklogBucket,
    Count,
    Indicator,
    ReportFigures,
    Share,
    StatusGroup,
)
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.figure_rows import number, of
from desktop.ui.reports.texts import report_texts
from desktop.ui.translation_context import TranslationContext


class ChartKind(StrEnum):
    STATUS_OVER_TIME = "status_over_time"
    ON_TIME = "on_time"
    BACKLOG = "backlog"
    CHANNELS = "channels"


# What a click on a bar or slice gives: the figure's name and the complaints it counts.
Choose = Callable[[str, frozenset[int]], None]

# One colour per LAPOR! status group, the same in every chart and export: grey for not yet
# looked at, amber waiting, blue in process, green done, purple on hold, slate out of hand.
GROUP_COLOURS = {
    StatusGroup.BELUM_TERVERIFIKASI: QColor("#9e9e9e"),
    StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: QColor("#f2a93b"),
    StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: QColor("#3b82c4"),
    StatusGroup.TERDISPOSISI_SELESAI: QColor("#3a9d5d"),
    StatusGroup.TERTUNDA: QColor("#8e6bbf"),
    StatusGroup.ARSIP: QColor("#5c6670"),
}
ON_TIME_COLOUR = QColor("#3a9d5d")
LATE_COLOUR = QColor("#d0533f")
BACKLOG_COLOUR = QColor("#3b82c4")
# The oldest backlog is drawn in the "late" colour: what a head of unit asks about first.
OLD_BUCKETS = (BacklogBucket.FROM_15_TO_60, BacklogBucket.OVER_60)
CHANNEL_COLOURS = ["#3b82c4", "#f2a93b", "#3a9d5d", "#d0533f", "#8e6bbf", "#5c6670", "#17a2b8"]


# lupdate takes the context from the name before `.tr` (see translation_context).
Charts = TranslationContext("Charts")


def chart_title(kind: ChartKind) -> str:
    return {
        ChartKind.STATUS_OVER_TIME: Charts.tr("Status over time (K11)"),
        ChartKind.ON_TIME: Charts.tr("On time per step (K6, K7, K8)"),
        ChartKind.BACKLOG: Charts.tr("Backlog by age (K5)"),
        ChartKind.CHANNELS: Charts.tr("Channels (K16)"),
    }[kind]


def build_chart(
    kind: ChartKind,
    figures: ReportFigures,
    choose: Choose | None = None,
    texts: ReportTexts | None = None,
) -> QChart:
    """A new chart (its owner deletes it); `choose` is told of a click on a bar or slice.
    `texts`: the report's words, made now when not given."""
    words = texts or report_texts()
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
    chart.setTitleFont(title_font)
    chart.setTitle(chart_title(kind))
    legend_font = QFont(chart.legend().font())
    legend_font.setPointSizeF(legend_font.pointSizeF() * 0.9)
    chart.legend().setFont(legend_font)
    {
        ChartKind.STATUS_OVER_TIME: _status_over_time,
        ChartKind.ON_TIME: _on_time,
        ChartKind.BACKLOG: _backlog,
        ChartKind.CHANNELS: _channels,
    }[kind](chart, figures, choose, words)
    return chart


def draw_chart(
    kind: ChartKind,
    figures: ReportFigures,
    painter: QPainter,
    target: QRectF,
    texts: ReportTexts | None = None,
) -> None:
    """Draw the chart into `target` of any painter (a widget, an image, a PDF page)."""
    scene = QGraphicsScene()
    chart = build_chart(kind, figures, texts=texts)
    scene.addItem(chart)  # the scene owns it and deletes it with itself
    chart.setGeometry(QRectF(0, 0, target.width(), target.height()))
    scene.setSceneRect(chart.geometry())
    scene.render(painter, target, scene.sceneRect())


def render_chart(
    kind: ChartKind, figures: ReportFigures, size: QSize, texts: ReportTexts | None = None
) -> QImage:
    """The chart as an image of `size` pixels, on white."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        draw_chart(kind, figures, painter, QRectF(0, 0, size.width(), size.height()), texts)
    finally:
        painter.end()
    return image


def _count_axis(chart: QChart, series: QAbstractBarSeries | QAreaSeries, top: int) -> QValueAxis:
    axis = QValueAxis(chart)
    axis.setLabelFormat("%d")
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    return axis


def _status_over_time(
    chart: QChart, figures: ReportFigures, _choose: Choose | None, texts: ReportTexts
) -> None:
    """Stacked areas, one per status group: how the cohort moved through the groups. The days'
    counts carry no complaints (only the cut-off's do: K11 in the list), so no click here."""
    days = figures.status_over_time
    axis_x = QDateTimeAxis(chart)
    axis_x.setFormat("d MMM")
    axis_x.setTickCount(min(max(len(days), 2), 4))
    axis_x.setTruncateLabels(False)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    below = [0] * len(days)
    moments = [
        QDateTime(QDate(d.day.year, d.day.month, d.day.day), QTime(12, 0)).toMSecsSinceEpoch()
        for d in days
    ]
    areas = []
    for group in StatusGroup:
        lower = QLineSeries(chart)
        upper = QLineSeries(chart)
        for i, point in enumerate(days):
            lower.append(moments[i], below[i])
            below[i] += point.groups.get(group, 0)
            upper.append(moments[i], below[i])
        area = QAreaSeries(upper, lower)
        area.setName(texts.status_groups_short[group])
        area.setColor(GROUP_COLOURS[group])
        area.setBorderColor(GROUP_COLOURS[group].darker(115))
        chart.addSeries(area)
        area.attachAxis(axis_x)
        areas.append(area)
    axis_y = _count_axis(chart, areas[0], max(below, default=0))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for area in areas:
        area.attachAxis(axis_y)
    if moments:
        axis_x.setRange(
            QDateTime.fromMSecsSinceEpoch(moments[0]), QDateTime.fromMSecsSinceEpoch(moments[-1])
        )
    _legend_beside(chart)


def _late(share: Share) -> Count:
    on_time = share.numerator.complaint_ids
    return Count(share.denominator.complaint_ids - on_time)


def _on_time(
    chart: QChart, figures: ReportFigures, choose: Choose | None, texts: ReportTexts
) -> None:
    steps = [
        (Indicator.COMPLETED_ON_TIME, Charts.tr("Completion"), figures.completed_on_time),
        (
            Indicator.FIRST_FOLLOW_UP_ON_TIME,
            Charts.tr("First follow-up"),
            figures.first_follow_up_on_time,
        ),
        (Indicator.VERIFIED_ON_TIME, Charts.tr("Verification"), figures.verified_on_time),
    ]  # the first is drawn at the bottom
    on_time = QBarSet(Charts.tr("On time"))
    late = QBarSet(Charts.tr("Late"))
    on_time.setColor(ON_TIME_COLOUR)
    late.setColor(LATE_COLOUR)
    categories = []
    for indicator, step, share in steps:
        on_time.append(share.numerator.value)
        late.append(_late(share).value)
        categories.append(f"{indicator.value} {step}<br>{of(share)}")
    series = QHorizontalPercentBarSeries(chart)
    series.append(on_time)
    series.append(late)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")  # a percent series' value is the bar's share
    chart.addSeries(series)
    axis_y = QBarCategoryAxis(chart)
    axis_y.setTruncateLabels(False)
    axis_y.append(categories)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis(chart)
    axis_x.setRange(0, 100)
    axis_x.setLabelFormat("%d%%")
    axis_x.setTickCount(6)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if choose is not None:
        on_time_word, late_word = Charts.tr("on time"), Charts.tr("late")

        def on_time_clicked(index: int) -> None:
            indicator, step, share = steps[index]
            choose(texts.titled(indicator, on_time_word), share.numerator.complaint_ids)

        def late_clicked(index: int) -> None:
            indicator, step, share = steps[index]
            choose(texts.titled(indicator, late_word), _late(share).complaint_ids)

        on_time.clicked.connect(on_time_clicked)
        late.clicked.connect(late_clicked)


def _backlog(
    chart: QChart, figures: ReportFigures, choose: Choose | None, texts: ReportTexts
) -> None:
    buckets = list(BacklogBucket)
    counts = [figures.backlog.get(b, Count()) for b in buckets]
    bars = QBarSet(Charts.tr("Open at the cut-off"))
    bars.setColor(BACKLOG_COLOUR)
    bars.setSelectedColor(LATE_COLOUR)
    bars.setLabelColor(QColor("#333333"))  # above the bar, on the chart's white
    for count in counts:
        bars.append(count.value)
    bars.selectBars([buckets.index(b) for b in OLD_BUCKETS])
    series = QBarSeries(chart)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis(chart)
    axis_x.setTruncateLabels(False)
    axis_x.append([texts.backlog_buckets_short[b] for b in buckets])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    # Room above the tallest bar for its label.
    axis_y = _count_axis(chart, series, int(max((c.value for c in counts), default=0) * 1.15))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().hide()
    if choose is not None:

        def clicked(index: int) -> None:
            bucket = texts.backlog_buckets_short[buckets[index]]
            choose(texts.titled(Indicator.BACKLOG, bucket), counts[index].complaint_ids)

        bars.clicked.connect(clicked)


def _channels(
    chart: QChart, figures: ReportFigures, choose: Choose | None, texts: ReportTexts
) -> None:
    series = QPieSeries(chart)
    whole = figures.received.value
    for i, (channel, count) in enumerate(figures.channel_mix.items()):
        if not count.value:
            continue
        name = texts.channels[channel]
        # Short, for the legend beside the pie: the name without its explanation in brackets
        # ("Tatap muka (datang langsung)"), the share in whole percent (the list has tenths).
        share = f" ({QLocale().toString(round(100 * count.value / whole))}%)" if whole else ""
        piece = series.append(f"{name.split(' (')[0]}: {number(count.value)}{share}", count.value)
        piece.setColor(QColor(CHANNEL_COLOURS[i % len(CHANNEL_COLOURS)]))
        piece.setBorderColor(QColor("white"))
        if choose is not None:
            title = texts.titled(Indicator.CHANNEL_MIX, name)
            piece.clicked.connect(lambda t=title, c=count: choose(t, c.complaint_ids))
    series.setPieSize(0.85)
    chart.addSeries(series)
    _legend_beside(chart)


def _legend_beside(chart: QChart) -> None:
    """The legend right of the plot, wide enough for its longest entry: QtCharts gives it
    a third of the chart and cuts longer names short."""
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    metrics = QFontMetricsF(legend.font())
    longest = max((metrics.horizontalAdvance(m.label()) for m in legend.markers()), default=0.0)
    legend.setMinimumWidth(longest + 3 * metrics.height())  # with the marker and margins
