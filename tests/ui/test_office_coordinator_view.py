"""The coordinator's view on a desk of an office, with real parts (an office server process on
127.0.0.1, desks that are copies of the session's template): "Hari ini" at 1366x768 with another
counter's complaints, and a complaint's follow-up saying who changed what at which desk, with a
change overtaken at the server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.app.wiring import office_sync_for
from desktop.domain.access import Role
from desktop.domain.complaint import Reporter
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, open_desk
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.today_model import TodayModel
from desktop.ui.worklist.detail import DetailDialog
from sync.office.join import join_office
from tests.helpers.clocks import Clock
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.office import OfficeServer, copy_template, joined_desk
from tests.helpers.office_windows import EXCHANGE_WAIT_MS, close_window, office_window

pytestmark = pytest.mark.slow

SITI_PASSWORD = "Loket-dua-2026"
SITI = "Siti Rahmawati Nasution"
LONG_TITLE = "Jembatan penyeberangan di Jl. Raya Jakarta-Bogor KM 43 berkarat dan berlubang"


@pytest.fixture
def window_on(qtbot: QtBot, indonesian: None) -> Iterator[Callable[[Desk], MainWindow]]:
    made: list[tuple[MainWindow, TaskRunner]] = []

    def show(desk: Desk) -> MainWindow:
        runner = TaskRunner("test-database")
        window = office_window(runner, desk)
        window.resize(1366, 768)  # maximised on the smallest screen the desks have
        made.append((window, runner))
        return window

    yield show
    for window, runner in made:
        close_window(window)
        runner.shutdown()


@pytest.fixture
def counter_two(
    server: OfficeServer, template_desk: TemplateDesk, tmp_path: Path
) -> Iterator[tuple[Desk, Clock]]:
    """The second counter (L2, after the test's L1), on its own clock, Siti signed in."""
    clock = Clock(dt.datetime.now(dt.UTC))
    folder = copy_template(template_desk, tmp_path / "loket-2")
    desk = open_desk(folder, regions_csv(), template_desk.key, clock=clock).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.accounts.create(NewAccount("siti", SITI, Role.ADMIN, SITI_PASSWORD, SITI_PASSWORD))
    desk.accounts.sign_in("siti", SITI_PASSWORD)
    yield desk, clock
    desk.close()


def today_texts(window: MainWindow, column: str) -> list[str]:
    today = window.today
    assert today is not None
    model, index = today.model, TodayModel.COLUMNS.index(column)
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def test_hari_ini_on_a_joined_desk_reads_title_officer_and_desk_at_1366x768(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    counter_two: tuple[Desk, Clock],
    window_on: Callable[[Desk], MainWindow],
) -> None:
    here = joined_desk(server, desks, "Loket 1")
    other, clock = counter_two
    join_office(other, server.join_code(label="Loket 2"))
    # Recorded at the other counter a week ago: late to verify, so "Hari ini" lists it here.
    clock.now = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    reporter = Reporter(name="Bambang Sutrisno", phone="0812-3456-7890", address="Cibinong")
    late = other.intake.record(good_draft(other, title=LONG_TITLE, reporter=reporter))
    assert office_sync_for(other).exchange().outcome.name == "DONE"

    window = window_on(here)
    today = window.today
    assert today is not None and window.tabs.currentWidget() is today
    qtbot.waitUntil(lambda: late.local_number in today_texts(window, "number"), timeout=30_000)
    row = today_texts(window, "number").index(late.local_number)
    # Who recorded it, by full name, and at which counter, in full.
    recorded_by = today_texts(window, "recorded_by")[row]
    assert recorded_by == f"{SITI} · L2"

    table = today.table
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    width = {column: header.sectionSize(i) for i, column in enumerate(TodayModel.COLUMNS)}
    assert not table.isColumnHidden(TodayModel.COLUMNS.index("recorded_by"))
    assert width["recorded_by"] >= metrics.horizontalAdvance(recorded_by)
    # The title is no longer squeezed beside it (312 px with the old fixed widths): the widest
    # column, with a long title's first words in full.
    assert width["title"] >= metrics.horizontalAdvance(LONG_TITLE[:55])
    assert width["title"] == max(width.values())
    # Everything on screen, the late step's bold words whole.
    assert sum(width.values()) <= table.viewport().width()
    bold = table.font()
    bold.setBold(True)
    late_words = today_texts(window, "late")[row]
    assert width["late"] >= QFontMetrics(bold).horizontalAdvance(late_words)
    assert width["number"] >= metrics.horizontalAdvance(late.local_number)


def test_the_follow_up_says_who_at_which_desk_and_shows_a_change_overtaken(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    counter_two: tuple[Desk, Clock],
    window_on: Callable[[Desk], MainWindow],
) -> None:
    here = joined_desk(server, desks, "Loket 1")
    other, clock = counter_two
    join_office(other, server.join_code(label="Loket 2"))
    recorded = other.intake.record(good_draft(other, title="Air PDAM keruh di Griya Asri"))
    assert office_sync_for(other).exchange().outcome.name == "DONE"
    assert office_sync_for(here).exchange().outcome.name == "DONE"
    (complaint_here,) = [
        summary.id
        for summary in here.worklist.summaries(here.worklist.ids()).values()
        if summary.local_number == recorded.local_number
    ]
    # Verified here and sent; the other counter, not having seen it, archives it: its change
    # reaches the server second.
    now = dt.datetime.now(dt.UTC)
    here.follow_up.add(complaint_here, FollowUpEvent(EventKind.VERIFIED, now, text="Sesuai."))
    assert office_sync_for(here).exchange().outcome.name == "DONE"
    clock.now = now + dt.timedelta(minutes=2)
    archived = FollowUpEvent(EventKind.ARCHIVED, clock.now, reason="Laporan ganda.")
    other.follow_up.add(recorded.id, archived)
    assert office_sync_for(other).exchange().outcome.name == "DONE"

    window = window_on(here)
    window.show_complaint(complaint_here)
    qtbot.waitUntil(
        lambda: isinstance(window.worklist and window.worklist.detail_dialog, DetailDialog),
        timeout=10_000,
    )
    assert window.worklist is not None and window.worklist.detail_dialog is not None
    timeline = window.worklist.detail_dialog.timeline
    assert timeline is not None

    def entries() -> list[str]:
        return [timeline.history.item(row).text() for row in range(timeline.history.count())]

    qtbot.waitUntil(lambda: len(entries()) == 2, timeout=EXCHANGE_WAIT_MS)
    verified, overtaken = entries()
    assert "  Verifikasi  (" in verified and verified.splitlines()[0].endswith(" · L1)")
    head, why, reason = overtaken.splitlines()
    # Who and at which counter, and that it did not count...
    assert head.endswith(f"Arsipkan  ({SITI} · L2)  [tidak berlaku]")
    # ...because the verification here came first; the status stayed as it made it.
    assert why.startswith("Didahului: Verifikasi oleh ")
    assert " · L1 (" in why and why.endswith("status tetap Terverifikasi.")
    assert reason == "Laporan ganda."
    assert timeline.status_label.text() == "Status: Terverifikasi"
    item = timeline.history.item(1)
    assert item.font().italic()
    assert item.data(Qt.ItemDataRole.UserRole).desk_code == "L2"
