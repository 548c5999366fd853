"""The "Laporan" tab: figures computed off the GUI thread for the period picked, shown with their
definitions, charts that say which complaints a bar counts, and a click that lists exactly the
complaints of a figure in the worklist (on a real desk, with real complaints)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.app.wiring import national_sync_for
from desktop.domain.access import Role
from desktop.domain.report_figures import (
    BacklogBucket,
    Count,
    PeriodKind,
    ReportFigures,
    ReportPeriod,
    Share,
)
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.chart_panel import ChartPanel
from desktop.ui.reports.charts import ChartKind, render_chart
from desktop.ui.reports.figure_list import HELP, LABEL, VALUE
from desktop.ui.reports.tab import ReportsTab
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import good_draft, sign_in_as
from tests.helpers.report_figures import CUT_OFF, june_figures


class Computation:
    """What the window's wiring hands the tab: here, figures made by hand, noting each call."""

    def __init__(self, figures: ReportFigures) -> None:
        self.figures = figures
        self.calls: list[tuple[ReportPeriod, dt.datetime, str]] = []

    def __call__(self, period: ReportPeriod, cut_off: dt.datetime) -> ReportFigures:
        self.calls.append((period, cut_off, threading.current_thread().name))
        return dataclasses.replace(self.figures, period=period, cut_off=cut_off)


@pytest.fixture
def tab(qtbot: QtBot, indonesian: None) -> Iterator[ReportsTab]:
    computation = Computation(june_figures())
    shown = ReportsTab(computation, lambda: CUT_OFF)
    qtbot.addWidget(shown)
    shown.resize(1366, 680)
    shown.show()
    yield shown
    if shown.figure_list.definition_box is not None:
        shown.figure_list.definition_box.close()
    shown.stop()


def computed(qtbot: QtBot, tab: ReportsTab) -> ReportsTab:
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        qtbot.keyClick(tab, Qt.Key.Key_F5)
    return tab


def row_text(tab: ReportsTab, label: str) -> list[str]:
    for i in range(tab.figure_list.topLevelItemCount()):
        item = tab.figure_list.topLevelItem(i)
        assert item is not None
        if item.text(LABEL) == label:
            return [item.text(c) for c in range(4)]
    raise AssertionError(f"no row {label}")


def test_compute_runs_off_the_gui_thread_for_the_period_picked_and_shows_the_figures(
    qtbot: QtBot, tab: ReportsTab
) -> None:
    computation = tab._compute
    assert isinstance(computation, Computation)
    # Picked from the keyboard: kind "Triwulan", then quarter II of 2026.
    tab.picker.kind.setFocus()
    tab.picker.kind.setCurrentIndex(tab.picker.kind.findData(PeriodKind.QUARTER))
    tab.picker.part.setCurrentIndex(1)
    tab.picker.year.setValue(2026)
    qtbot.keyClick(tab.compute_button, Qt.Key.Key_Space)
    assert tab.busy.isVisible() and not tab.compute_button.isEnabled()
    qtbot.waitUntil(lambda: tab.figures is not None, timeout=10_000)
    period, cut_off, thread = computation.calls[0]
    assert period == ReportPeriod.quarter(2026, 2)
    assert cut_off == CUT_OFF
    assert thread != threading.current_thread().name
    assert not tab.busy.isVisible() and tab.compute_button.isEnabled()
    assert tab.heading.text() == "Kecamatan Cibinong · Triwulan II 2026"
    assert "3 Juli 2026" in tab.cut_off_label.text()
    assert tab.cut_off_label.text().startswith("Data per ")
    # K3 = 75 of 215, Indonesian decimals; K5 a snapshot, K10 a flow.
    assert row_text(tab, "K3 Selesai") == ["K3 Selesai", "75 dari 215", "34,9%", "kohort"]
    assert row_text(tab, "K2 Ditindaklanjuti")[1:3] == ["88 dari 215", "40,9%"]
    assert row_text(tab, "K5 Tunggakan")[3] == "posisi"
    assert row_text(tab, "K10 Kepuasan pelapor")[3] == "arus"
    assert tab.figure_list.topLevelItemCount() == 16


def test_k9_shows_how_long_complaints_took_to_completion_without_opening_it(
    qtbot: QtBot, tab: ReportsTab
) -> None:
    """K9's row is not blank: the median to completion reads at a glance; its steps below."""
    computed(qtbot, tab)
    assert row_text(tab, "K9 Lama penanganan")[1] == "median 8,0 HK"


def test_every_figure_has_its_definition_one_click_away(qtbot: QtBot, tab: ReportsTab) -> None:
    computed(qtbot, tab)
    figures = tab.figure_list
    k6 = figures.topLevelItem(5)
    assert k6 is not None and k6.text(LABEL) == "K6 Verifikasi tepat waktu"
    button = figures.itemWidget(k6, HELP)
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = figures.definition_box
    assert box is not None and box.isVisible()
    assert box.text() == "K6 Verifikasi tepat waktu"
    assert "3 HK" in box.informativeText()
    assert "definisi yang dipakai meja ini" in box.informativeText()  # no official formula
    assert "Kohort" in box.informativeText()
    box.close()
    # From the keyboard: the row's definition shows under the list, F1 opens it.
    figures.setFocus()
    figures.setCurrentItem(figures.topLevelItem(2))
    assert tab.definition.text().startswith("K3 Selesai: ")
    assert "Terdisposisi Selesai" in tab.definition.text()
    qtbot.keyClick(figures, Qt.Key.Key_F1)
    box = figures.definition_box
    assert box is not None and box.text() == "K3 Selesai"


def test_a_click_or_enter_on_a_figure_asks_for_exactly_its_complaints(
    qtbot: QtBot, tab: ReportsTab
) -> None:
    computed(qtbot, tab)
    figures = tab.figures
    assert figures is not None
    chosen: list[tuple[str, frozenset[int]]] = []
    tab.figureChosen.connect(lambda name, ids: chosen.append((name, ids)))
    listed = tab.figure_list
    k3 = listed.topLevelItem(2)
    assert k3 is not None
    rect = listed.visualItemRect(k3)
    x = listed.header().sectionViewportPosition(VALUE) + 10
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    assert chosen == [("K3 Selesai", figures.completed.numerator.complaint_ids)]
    # Enter on a bucket of K5 below its row.
    k5 = listed.topLevelItem(4)
    assert k5 is not None
    k5.setExpanded(True)
    oldest = k5.child(4)
    assert oldest is not None
    listed.setFocus()
    listed.setCurrentItem(oldest)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert chosen[-1] == (
        "K5 Tunggakan >60 HK",
        figures.backlog[BacklogBucket.OVER_60].complaint_ids,
    )
    # K15 counts officers, not complaints: nothing to list.
    k15 = listed.topLevelItem(14)
    assert k15 is not None and k15.text(LABEL) == "K15 Petugas aktif"
    listed.setCurrentItem(k15)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert len(chosen) == 2


def bar_position(view: QChartView, series: QBarSeries, index: int, value: float) -> QPoint:
    chart = view.chart()
    at = chart.mapToPosition(QPointF(index, value / 2), series)
    return view.mapFromScene(chart.mapToScene(at))


def test_a_click_on_a_bar_asks_for_the_complaints_it_counts(qtbot: QtBot, tab: ReportsTab) -> None:
    computed(qtbot, tab)
    figures = tab.figures
    assert figures is not None
    chosen: list[tuple[str, frozenset[int]]] = []
    tab.figureChosen.connect(lambda name, ids: chosen.append((name, ids)))
    view = tab.charts.views[ChartKind.BACKLOG]
    series = view.chart().series()[0]
    assert isinstance(series, QBarSeries)
    bucket = list(BacklogBucket).index(BacklogBucket.FROM_15_TO_60)
    count = figures.backlog[BacklogBucket.FROM_15_TO_60]
    where = bar_position(view, series, bucket, count.value)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chosen == [("K5 Tunggakan 15-60 HK", count.complaint_ids)]


def test_a_late_bar_lists_the_late_complaints(qtbot: QtBot, indonesian: None) -> None:
    # One step: 3 verified on time of 5 counted; the 2 late are those not on time.
    base = june_figures()
    share = Share(Count(frozenset({1, 2, 3})), Count(frozenset({1, 2, 3, 4, 5})))
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.show_figures(dataclasses.replace(base, verified_on_time=share))
    chosen: list[tuple[str, frozenset[int]]] = []
    panel.figureChosen.connect(lambda name, ids: chosen.append((name, ids)))
    view = panel.views[ChartKind.ON_TIME]
    chart = view.chart()
    series = chart.series()[0]
    # Horizontal percent bars: K6 is the top category (index 2); late fills 60-100%.
    at = chart.mapToPosition(QPointF(80, 2), series)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(chart.mapToScene(at))
    )
    assert chosen == [("K6 Verifikasi tepat waktu terlambat", frozenset({4, 5}))]


@pytest.mark.parametrize("kind", list(ChartKind))
def test_each_chart_renders_into_an_image_of_the_size_asked(
    qapp: QApplication, kind: ChartKind
) -> None:
    image = render_chart(kind, june_figures(), QSize(640, 400))
    assert image.size() == QSize(640, 400)
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 8) for y in range(0, 400, 8)}
    assert QColor("white").name() in colours
    assert len(colours) > 4, "more than a blank page"


def complaints(desk: Desk, count: int) -> list[int]:
    return [desk.intake.record(good_draft(desk, title=f"Jalan rusak {i}")).id for i in range(count)]


def report_of(desk_ids: list[int]) -> Callable[[Desk], Callable[..., ReportFigures]]:
    """The wiring's factory, with figures counting the desk's own complaints: 2 completed."""
    received = frozenset(desk_ids)
    done = frozenset(desk_ids[:2])
    figures = dataclasses.replace(
        june_figures(),
        received=Count(received),
        completed=Share(Count(done), Count(received)),
    )
    return lambda _desk: Computation(figures)


@pytest.fixture
def window_with_reports(
    qtbot: QtBot, indonesian: None, runner: TaskRunner
) -> Iterator[Callable[[Desk, list[int]], MainWindow]]:
    """A main window whose wiring computes figures over `ids` (of the desk's complaints)."""
    opened: list[MainWindow] = []

    def show(desk: Desk, ids: list[int]) -> MainWindow:
        window = MainWindow(
            runner,
            "id",
            lambda _code: None,
            national_sync=national_sync_for,
            report_figures=report_of(ids),
        )
        opened.append(window)
        window.show()
        window.set_desk(desk)
        return window

    yield show
    for window in opened:
        window.close()
        window.stop_background_work()
        window.deleteLater()


def test_a_figure_opens_the_worklist_on_exactly_its_complaints_with_a_removable_filter(
    qtbot: QtBot, gui_desk: Desk, window_with_reports: Callable[[Desk, list[int]], MainWindow]
) -> None:
    ids = complaints(gui_desk, 5)
    window = window_with_reports(gui_desk, ids)
    worklist = window.worklist
    assert worklist is not None
    qtbot.waitUntil(lambda: worklist.model.rowCount() == 5, timeout=10_000)
    reports = window.reports
    assert reports is not None
    assert window.tabs.tabText(window.tabs.indexOf(reports)) == "Laporan"
    window.menus.reports.trigger()  # Ctrl+4
    assert window.tabs.currentWidget() is reports
    computed(qtbot, reports)
    k3 = reports.figure_list.topLevelItem(2)
    assert k3 is not None
    reports.figure_list.setFocus()
    reports.figure_list.setCurrentItem(k3)
    with qtbot.waitSignal(worklist.loaded, timeout=10_000):
        qtbot.keyClick(reports.figure_list, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is worklist
    shown = {worklist.model.id_at(r) for r in range(worklist.model.rowCount())}
    assert shown == set(ids[:2])
    chip = worklist.filters.report_filter
    assert chip.isVisible()
    assert worklist.filters.report_label.text() == "Dari laporan: K3 Selesai (2)"
    assert worklist.count_label.text() == "2 pengaduan cocok"
    with qtbot.waitSignal(worklist.loaded, timeout=10_000):
        qtbot.mouseClick(worklist.filters.report_remove, Qt.MouseButton.LeftButton)
    assert not chip.isVisible()
    assert worklist.model.rowCount() == 5


def test_front_desk_officers_have_no_reports_tab(
    qtbot: QtBot, gui_desk: Desk, window_with_reports: Callable[[Desk, list[int]], MainWindow]
) -> None:
    sign_in_as(gui_desk, "rudi", Role.PETUGAS)
    window = window_with_reports(gui_desk, [])
    assert window.reports is None
    assert not window.menus.reports.isVisible()
    titles = {window.tabs.tabText(i) for i in range(window.tabs.count())}
    assert "Laporan" not in titles
