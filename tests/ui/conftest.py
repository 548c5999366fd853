"""Fixtures for driving the real interface offscreen, in Indonesian, on a real desk."""

from __future__ import annotations

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
from desktop.services.values import DeskSettings
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.panel import WorklistPanel
from tests.helpers.clocks import MONDAY, Clock
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk
from tests.helpers.office import OfficeServer, copy_template, desk_copies
from tests.helpers.ui import GatedStart


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


# Office mode's windows (test_office_window.py, test_office_coordinator_view.py): an office
# server process on the embedded register, and desks that are copies of the session's template.
@pytest.fixture
def server(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), template_desk.recovery_key
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture
def desks(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Callable[[str], Desk]]:
    yield from desk_copies(template_desk, tmp_path)
