"""Running slow work off the GUI thread and getting the result back on it.

All database writes go through one `TaskRunner`, so they run one at a time in submission order
(SQLite has one writer anyway) and the window never waits on them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger("desktop.ui")

T = TypeVar("T")


@dataclass
class _Outcome:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None = None
    result: Any = None
    error: BaseException | None = None


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread; callbacks run on the GUI thread.

    Signals:
        busyChanged(bool): True while at least one job is queued or running.
    """

    busyChanged = Signal(bool)
    _finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._closed = False
        # Emitted from the worker thread, delivered on this object's (the GUI) thread.
        # Queued even when a job finishes so fast that the emit happens on this thread:
        # callbacks must never run inside submit().
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run `job` in the background, then `on_done(result)` or `on_error(exception)`.

        Without `on_error`, an exception goes to the application's error handler. With an
        `owner` (the widget the callbacks update), nothing is delivered once it is gone: a
        dialog closed while its data was loading.
        """
        if self._closed:
            raise RuntimeError("task runner is shut down")
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        outcome = _Outcome(on_done, on_error, owner)
        future = self._executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(self._settle(outcome, f)))

    @staticmethod
    def _settle(outcome: _Outcome, future: Future[Any]) -> _Outcome:
        error = CancelledError() if future.cancelled() else future.exception()
        if error is None:
            outcome.result = future.result()
        else:
            outcome.error = error
        return outcome

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if self._closed or (outcome.owner is not None and not shiboken6.isValid(outcome.owner)):
            return
        if outcome.error is None:
            outcome.on_done(outcome.result)
        elif outcome.on_error is not None:
            outcome.on_error(outcome.error)
        else:
            error = outcome.error
            sys.excepthook(type(error), error, error.__traceback__)

    def shutdown(self) -> None:
        """Finish the running job, drop the queued ones, and stop the worker thread."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
