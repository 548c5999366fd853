"""An unexpected error anywhere is logged, written down for IT staff, and apologised for."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.crash import CrashNotifier

pytestmark = pytest.mark.gui


def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot,
    tmp_path: Path,
    indonesian: None,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    notifier = CrashNotifier(tmp_path / "crash")
    notifier.install()
    try:

        def broken_job() -> None:
            raise ZeroDivisionError("a bug in a background job")

        worker = threading.Thread(target=broken_job)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=5000)
    finally:
        notifier.uninstall()
    shown = answer_message_boxes()[0]
    assert shown.startswith("Maaf, Meja Aduan mengalami kesalahan")
    reports = list((tmp_path / "crash").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "ZeroDivisionError: a bug in a background job" in reports[0].read_text("utf-8")
    assert str(reports[0]) in shown
