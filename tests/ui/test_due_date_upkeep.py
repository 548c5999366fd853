"""Recomputing the stored due dates in the background: after new time limits are saved, when a
desk opens with dates stored under other rules, a second change during a run, and a run stopped
by closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.app.wiring import national_sync_for
from desktop.domain.sla import DeadlineTable, Step
from desktop.services import due_dates
from desktop.services.desk import Desk, open_desk
from desktop.services.due_dates import FINGERPRINT_KEY
from desktop.services.seed import seed_complaints
from desktop.store import reference
from desktop.ui.access.gate import DeskGate
from desktop.ui.due_date_upkeep import DueDateUpkeep
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner
from tests.helpers.clocks import FRIDAY, Clock, late_and_due_today
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk


def upkeep_text(source: str) -> str:
    return QCoreApplication.translate("DueDateUpkeep", source)


def make_stale(desk: Desk) -> None:
    """As after the upgrade that added the dates, or a new holidays release."""
    with desk.database.writing() as session:
        reference.save_settings(session, {FINGERPRINT_KEY: "rules of an older version"})


def stored_verify_due(desk: Desk, complaint_id: int) -> dt.date | None:
    return desk.worklist.summaries([complaint_id])[complaint_id].next_due


class HeldAfterFirstChunk:
    """Holds the worker after its first chunk (a direct connection runs on its thread) until
    the test has done what it wants done during the run."""

    def __init__(self, upkeep: DueDateUpkeep) -> None:
        self.reached = threading.Event()
        self.released = threading.Event()
        self.progress: list[int] = []
        upkeep.progressed.connect(self._hold, Qt.ConnectionType.DirectConnection)

    def _hold(self, done: int, _total: int) -> None:
        self.progress.append(done)
        if len(self.progress) == 1:
            self.reached.set()
            self.released.wait(timeout=30)


def test_new_time_limits_saved_in_the_settings_move_the_stored_due_dates(
    qtbot: QtBot, clocked_desk: Desk, clock: Clock, open_window: Callable[[Desk], MainWindow]
) -> None:
    late, due_today = late_and_due_today(clocked_desk, clock)
    assert stored_verify_due(clocked_desk, late.id) == dt.date(2026, 11, 26)
    window = open_window(clocked_desk)
    panel = window.today
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    def allow_five_days_to_verify() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(50, allow_five_days_to_verify)
            return
        dialog.time_limits.limits["verify"].setValue(5)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.click()

    QTimer.singleShot(50, allow_five_days_to_verify)
    with qtbot.waitSignal(window.dueDatesChanged, timeout=20_000):
        window.menus.office.trigger()  # the dialog runs modally until saved
    assert clocked_desk.settings.load().deadlines == DeadlineTable(verify=5)
    # Monday's complaint now has until the next Monday, Tuesday's until Tuesday.
    assert stored_verify_due(clocked_desk, late.id) == dt.date(2026, 11, 30)
    assert stored_verify_due(clocked_desk, due_today.id) == dt.date(2026, 12, 1)
    assert clocked_desk.worklist.today().overdue[Step.VERIFY] == 0
    qtbot.waitUntil(lambda: panel.list_or_empty.currentWidget() is panel.empty_label)
    assert messages[:3] == [
        upkeep_text("Recalculating deadlines…"),
        upkeep_text("Recalculating deadlines… %1 of %2").replace("%1", "2").replace("%2", "2"),
        QCoreApplication.translate(
            "DueDateUpkeep", "Deadlines recalculated for %Ln complaint(s).", "", 2
        ),
    ]
    assert not window.due_dates.running


@pytest.fixture
def seeded_desk(
    jakarta_time: None,
    desk_dir: Path,
    desk_key: bytes,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Desk]:
    desk = open_desk(desk_dir, regions_csv(), desk_key, busy_timeout_ms=2000).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    # Three chunks (small ones: a few hundred complaints seed fast), so there is a moment
    # between them to act in.
    monkeypatch.setattr(due_dates, "CHUNK", 200)
    seed_complaints(desk.database, desk.settings, 450, now=FRIDAY, rng_seed=7)
    yield desk
    runner.shutdown()
    desk.close()


@pytest.fixture
def upkeep(qapp: QApplication) -> Iterator[DueDateUpkeep]:
    status_bar = QStatusBar()
    keeper = DueDateUpkeep(status_bar)
    yield keeper
    keeper.stop()
    status_bar.deleteLater()


def test_a_change_during_a_run_is_followed_by_one_more_run(
    qtbot: QtBot, seeded_desk: Desk, upkeep: DueDateUpkeep
) -> None:
    desk = seeded_desk
    settings = dataclasses.replace(
        desk.settings.load(), office_code="3201", office_name="Kecamatan Cibinong"
    )
    desk.settings.save(dataclasses.replace(settings, deadlines=DeadlineTable(verify=4)))
    finished: list[int] = []
    upkeep.finished.connect(finished.append)
    held = HeldAfterFirstChunk(upkeep)
    upkeep.request(desk.due_dates)
    qtbot.waitUntil(held.reached.is_set, timeout=30_000)
    # The first run read the limits before this change: it will store dates under the old ones.
    desk.settings.save(dataclasses.replace(settings, deadlines=DeadlineTable(verify=6)))
    upkeep.request(desk.due_dates)
    held.released.set()
    qtbot.waitUntil(lambda: len(finished) == 2 and not upkeep.running, timeout=60_000)
    assert finished == [450, 450]
    assert desk.due_dates.is_current()  # under the last limits, not those the first run read


def test_closing_stops_a_run_and_the_next_start_takes_it_up(
    qtbot: QtBot, seeded_desk: Desk, upkeep: DueDateUpkeep
) -> None:
    desk = seeded_desk
    make_stale(desk)
    held = HeldAfterFirstChunk(upkeep)
    upkeep.request(desk.due_dates)
    qtbot.waitUntil(held.reached.is_set, timeout=30_000)
    upkeep.stop(wait=False)  # as closing the window does, which then waits for the worker
    held.released.set()
    upkeep.stop()
    assert not upkeep.running
    assert held.progress == [200]  # the chunk under way was committed, then it stopped
    assert not desk.due_dates.is_current()  # not finished: the next start runs it again
    with qtbot.waitSignal(upkeep.finished, timeout=60_000) as finished:
        upkeep.request(desk.due_dates)
    assert finished.args == [450]
    assert desk.due_dates.is_current()


@pytest.fixture
def stale_desk_dir(template_desk: TemplateDesk, tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk.folder, folder)
    desk = open_desk(folder, regions_csv(), template_desk.key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        seed_complaints(desk.database, desk.settings, 300, now=FRIDAY, rng_seed=3)
        make_stale(desk)
    finally:
        desk.close()
    return folder


def test_a_desk_opened_with_dates_under_older_rules_recomputes_them(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, stale_desk_dir: Path
) -> None:
    window = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync_for)
    gate = DeskGate(stale_desk_dir, regions_csv(), runner, window)
    window.show()
    try:
        with qtbot.waitSignal(window.dueDatesChanged, timeout=30_000):
            gate.start()
            qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login_page)
            window.login_page.username.setText(ADMIN_USERNAME)
            window.login_page.password.setText(ADMIN_PASSWORD)
            qtbot.keyClick(window.login_page.password, Qt.Key.Key_Return)
        assert gate.desk is not None and gate.desk.due_dates.is_current()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=10_000)
        assert window.tabs.currentWidget() is window.today
    finally:
        window.idle.uninstall()
        window.intake.clear()
        window.close()
        window.stop_background_work()
        runner.shutdown()
        if gate.desk is not None:
            gate.desk.close()
