"""Fixtures for driving the real interface offscreen, in Indonesian, on a real desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.i18n import install_translations
from desktop.app.paths import regions_csv
from desktop.app.wiring import national_sync_for
from desktop.services.desk import Desk, open_desk
from desktop.services.values import DeskSettings, RecordedComplaint
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.detail import DetailDialog
from desktop.ui.worklist.panel import WorklistPanel
from tests.conftest import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """Every test sees English as an English-speaking officer does (its plural forms: "1
    complaint"), unless it asks for Indonesian."""
    assert install_translations(qapp, "en"), "run `make translations`"


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "id")
    assert translators, "the Indonesian translation must load (run `make translations`)"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    install_translations(qapp, "en")


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    task_runner = TaskRunner("test-database")
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def gui_desk(desk_dir: Path, desk_key: bytes, runner: TaskRunner) -> Iterator[Desk]:
    desk = open_desk(desk_dir, regions_csv(), desk_key, busy_timeout_ms=300).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.settings.save(DeskSettings(office_code="3201", office_name="Kecamatan Cibinong"))
    yield desk
    runner.shutdown()  # as the application does: no job may still be reading the file
    desk.close()


@pytest.fixture
def window(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk
) -> Iterator[MainWindow]:
    main = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync_for)
    main.show()
    main.set_desk(gui_desk)
    qtbot.waitUntil(lambda: main.database_label.text() == "Siap")
    main.activateWindow()
    main.focus_first_field()
    yield main
    # A test that stops half-way leaves a filled form; closing would then ask to confirm.
    main.intake.clear()
    main.close()
    main.stop_background_work()  # also when closing was refused (a job still running)
    main.deleteLater()


@pytest.fixture
def answer_message_boxes(qapp: QApplication) -> Iterator[Callable[[], list[str]]]:
    """Close every modal message box as it appears, keeping its text for the test to read."""
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    timer = QTimer()
    timer.timeout.connect(close_box)
    timer.start(50)
    yield lambda: seen
    timer.stop()


class GatedStart:
    """The window and its start-up gate on a data folder, as `run_gui` makes them; the
    languages the window was asked to remember are in `languages`."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self.languages: list[str] = []
        self.made: list[tuple[MainWindow, DeskGate]] = []

    def __call__(
        self, data_dir: Path, offered_file: Path | None = None
    ) -> tuple[MainWindow, DeskGate]:
        window = MainWindow(
            self._runner, "id", self.languages.append, national_sync=national_sync_for
        )
        gate = DeskGate(data_dir, regions_csv(), self._runner, window, offered_file)
        window.show()
        self.made.append((window, gate))
        return window, gate


@pytest.fixture
def gate_on(qtbot: QtBot, indonesian: None, runner: TaskRunner) -> Iterator[GatedStart]:
    start = GatedStart(runner)
    yield start
    for window, _gate in start.made:
        window.idle.uninstall()
        window.intake.clear()
        window.close()
        window.stop_background_work()
    runner.shutdown()
    for _window, gate in start.made:
        if gate.desk is not None:
            gate.desk.close()


@pytest.fixture
def panel(qtbot: QtBot, runner: TaskRunner) -> Iterator[WorklistPanel]:
    worklist = WorklistPanel(runner)
    qtbot.addWidget(worklist)
    worklist.show()
    yield worklist
    if worklist.detail_dialog is not None:
        worklist.detail_dialog.close()


def open_first(qtbot: QtBot, panel: WorklistPanel, desk: Desk) -> DetailDialog:
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_desk(desk)
    panel.open_selected()
    dialog = panel.detail_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# A desk with a clock of its own, for what is due when. Late November 2026 has no holiday:
# a complaint received on Monday is due for verification on Thursday (3 working days), one
# received on Tuesday on Friday. On Friday the first is one working day late, the second due.
MONDAY = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)  # 10:00 in Jakarta
TUESDAY = dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)
FRIDAY = dt.datetime(2026, 11, 27, 3, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def clocked_desk(
    jakarta_time: None, desk_dir: Path, desk_key: bytes, runner: TaskRunner, clock: Clock
) -> Iterator[Desk]:
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=clock, busy_timeout_ms=300).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.settings.save(DeskSettings(office_code="3201", office_name="Kecamatan Cibinong"))
    yield desk
    runner.shutdown()
    desk.close()


def record_at(
    desk: Desk, clock: Clock, moment: dt.datetime, **changes: object
) -> RecordedComplaint:
    clock.now = moment
    return desk.intake.record(good_draft(desk, incident_date=dt.date(2026, 11, 16), **changes))


def late_and_due_today(desk: Desk, clock: Clock) -> tuple[RecordedComplaint, RecordedComplaint]:
    """Monday's complaint (one working day late on Friday) and Tuesday's (due on Friday); the
    clock is left on Friday."""
    late = record_at(desk, clock, MONDAY)
    due_today = record_at(desk, clock, TUESDAY, title="Lampu jalan padam di Jl. Kenanga")
    clock.now = FRIDAY
    return late, due_today


@pytest.fixture
def open_window(
    qtbot: QtBot, indonesian: None, runner: TaskRunner
) -> Iterator[Callable[[Desk], MainWindow]]:
    """Shows a main window on a desk someone is signed in to, as after signing in. Ask for it
    after the desk's fixture, so the window stops its worker before the desk closes."""
    opened: list[MainWindow] = []

    def show(desk: Desk) -> MainWindow:
        window = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync_for)
        opened.append(window)
        window.show()
        window.set_desk(desk)
        return window

    yield show
    for window in opened:
        window.close()
        window.stop_background_work()
        window.deleteLater()
