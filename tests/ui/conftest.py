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
from desktop.services.desk import Desk, open_desk
from desktop.services.values import DeskSettings
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.detail import DetailDialog
from desktop.ui.worklist.panel import WorklistPanel
from tests.conftest import ADMIN_PASSWORD, ADMIN_USERNAME


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
    main = MainWindow(runner, "id", lambda _code: None)
    main.show()
    main.set_desk(gui_desk)
    qtbot.waitUntil(lambda: main.database_label.text() == "Siap")
    main.activateWindow()
    main.focus_first_field()
    yield main
    # A test that stops half-way leaves a filled form; closing would then ask to confirm.
    main.intake.clear()
    main.close()
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
