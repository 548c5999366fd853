"""An unexpected error anywhere is logged, written down for IT staff, and apologised for."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app.crash import CrashNotifier


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


def test_a_crash_report_keeps_out_what_the_error_quoted(
    qtbot: QtBot,
    tmp_path: Path,
    indonesian: None,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    """An exception's message may quote the value being checked; the report (for IT staff)
    does not repeat a NIK, a phone number or an e-mail address."""
    notifier = CrashNotifier(tmp_path / "crash")
    notifier.install()
    try:
        try:
            raise ValueError("NIK 3201014508900002, HP 0812-3456-7890, siti@contoh.id ditolak")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=5000)
    finally:
        notifier.uninstall()
    assert answer_message_boxes()[0].startswith("Maaf, Meja Aduan mengalami kesalahan")
    (report,) = (tmp_path / "crash").glob("crash-*.txt")
    text = report.read_text("utf-8")
    assert "ValueError: NIK [digits], HP [phone], [e-mail] ditolak" in text
    for personal in ("3201014508900002", "3456-7890", "siti@contoh.id"):
        assert personal not in text
