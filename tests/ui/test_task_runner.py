"""The task runner delivers results on the GUI thread, and never to a widget already gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import TaskRunner


def test_a_result_for_a_dialog_closed_meanwhile_is_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    delivered: list[str] = []

    def slow_read() -> str:
        started.set()
        release.wait(5)
        return "rows"

    dialog = QDialog()
    runner.submit(slow_read, lambda rows: delivered.append(f"dialog: {rows}"), owner=dialog)
    runner.submit(lambda: "more", lambda rows: delivered.append(f"window: {rows}"))
    assert started.wait(5)
    dialog.deleteLater()  # closed (and deleted) while its data was still loading
    qtbot.waitUntil(lambda: not _alive(dialog), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert delivered == ["window: more"]


def _alive(widget: QDialog) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
