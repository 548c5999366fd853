"""One path for unexpected errors: log them, write a crash report, tell the user politely.

Environment faults (disk full, database locked) are handled where they happen with advice;
what reaches here is a bug. The data is safe because every write is a transaction.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.redaction import scrub

log = logging.getLogger("desktop.app")


class CrashNotifier(QObject):
    """Receives errors from any thread and shows them on the GUI thread.

    Signals:
        errorReported(str): the path of the crash report just written.
    """

    errorReported = Signal(str)

    def __init__(self, crash_dir: Path) -> None:
        super().__init__()
        self._crash_dir = crash_dir
        self._fault_file: IO[str] | None = None
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self.errorReported.connect(self._show)

    def install(self) -> None:
        self._crash_dir.mkdir(parents=True, exist_ok=True)
        # Hard crashes (a segfault in Qt) leave a Python stack here.
        self._fault_file = (self._crash_dir / "fault.log").open("a", encoding="utf-8")
        faulthandler.enable(self._fault_file)
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        import traceback  # here, not at start-up: only a crash needs it

        log.error("unexpected error", exc_info=(kind, error, trace))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        report = self._crash_dir / f"crash-{stamp}.txt"
        try:
            # An exception's message may quote a value (a NIK being validated): the report
            # goes to IT support, so it is scrubbed like the diagnostics.
            text = "".join(traceback.format_exception(kind, error, trace))
            report.write_text(scrub(text), "utf-8")
        except OSError:
            log.exception("could not write the crash report")
        self.errorReported.emit(str(report))

    @Slot(str)
    def _show(self, report: str) -> None:
        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            self.tr("Something went wrong"),
            self.tr(
                "Sorry, Meja Aduan met an error it did not expect. Your saved complaints are "
                "safe. If you were typing a complaint, check it is still in the form before "
                "saving again.\n\nA report for IT staff was written to:\n%1"
            ).replace("%1", report),
        )
