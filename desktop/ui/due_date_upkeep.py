"""Recomputing every complaint's stored due dates when the rules behind them changed, on a
worker of its own, with its progress in the status bar.

On a desk of 200,000 complaints this takes up to a minute. On the window's task runner it would
hold up every read and save behind it, so it gets its own thread, started for the run and
stopped after it (it is needed when the desk opens after an upgrade and after a change to the
time limits: rarely). The keeper commits in chunks and writes its fingerprint last, so a run
stopped half-way (the window closing) is simply run again the next time.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QStatusBar

from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.due_dates import DueDateKeeper


class _Stopped(Exception):
    """Raised inside the keeper's progress callback to end a run early."""


class DueDateUpkeep(QObject):
    """Signals:
    progressed(int, int): complaints done so far, and how many in all.
    finished(int): the stored due dates follow the rules again; how many were recomputed
        (not emitted when they already did).
    """

    progressed = Signal(int, int)
    finished = Signal(int)
    _started = Signal()  # from the worker thread: the dates were stale, work begins

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._runner: TaskRunner | None = None
        self._keeper: DueDateKeeper | None = None
        self._run_again = False
        self._stop = threading.Event()
        self._started.connect(self._show_started)
        self.progressed.connect(self._show_progress)

    @property
    def running(self) -> bool:
        return self._runner is not None

    def request(self, keeper: DueDateKeeper) -> None:
        """Recompute if the stored dates do not follow the desk's current rules. Asked while a
        run is going (a second change of settings), it runs once more after that run, so the
        dates end up following the last change."""
        self._keeper = keeper
        if self._runner is not None:
            self._run_again = True
            return
        self._start(keeper)

    def _start(self, keeper: DueDateKeeper) -> None:
        stop = self._stop
        stop.clear()

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                raise _Stopped
            self.progressed.emit(done, total)  # queued to the GUI thread

        def run() -> int | None:
            if keeper.is_current():
                return None
            self._started.emit()
            return keeper.recompute(progress)

        self._runner = TaskRunner("due-dates", self)
        self._runner.submit(run, self._done, self._failed)

    def _end_run(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.shutdown()  # its job is over: the idle thread ends at once
            runner.deleteLater()

    def _start_again_if_asked(self) -> None:
        if self._run_again and self._keeper is not None:
            self._run_again = False
            self._start(self._keeper)

    def _done(self, count: int | None) -> None:
        self._end_run()
        if count is not None:
            if count:
                self._status_bar.showMessage(
                    self.tr("Deadlines recalculated for %Ln complaint(s).", "", count), 10_000
                )
            self.finished.emit(count)
        self._start_again_if_asked()

    def _failed(self, error: BaseException) -> None:
        self._end_run()
        if isinstance(error, _Stopped):
            return  # as asked; the fingerprint was not written, so the next start runs it
        if not isinstance(error, StorageFault):
            raise error
        # Left as they were; the next start (or change of settings) tries again.
        self._status_bar.showMessage(
            self.tr("Deadlines not recalculated. %1").replace("%1", fault_message(error.kind))
        )
        self._start_again_if_asked()

    def _show_started(self) -> None:
        if self._runner is None:
            return  # stopped meanwhile
        self._status_bar.showMessage(self.tr("Recalculating deadlines…"))

    def _show_progress(self, done: int, total: int) -> None:
        if self._runner is None:
            return
        locale = QLocale()
        self._status_bar.showMessage(
            self.tr("Recalculating deadlines… %1 of %2")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def stop(self, *, wait: bool = True) -> None:
        """End a run at its next chunk; with `wait`, return only when it has ended (the window
        does so before the desk closes)."""
        self._run_again = False
        self._stop.set()
        if wait:
            self._end_run()
