"""The part the office exchange's runner and the LAPOR! rounds' runner share: one job with the
peer at a time, on a worker thread of the runner's own (the window's database runner is not
held up by a slow network), a request during one making one more after it; quick status reads
on the window's database runner; every signal on the GUI thread. When and why a job starts is
each runner's own (see desktop/ui/office/runner.py and desktop/ui/national_sync/runner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.tasks import TaskRunner


class PeerRunner(QObject):
    """Signals:
    statusChanged(object): fresh figures for the status area (the peer's status value).
    runningChanged(bool): a job with the peer started (True) or ended (False).
    failed(object): a job or a status read met an environment fault (a StorageFault).
    """

    statusChanged = Signal(object)
    runningChanged = Signal(bool)
    failed = Signal(object)

    def __init__(self, reads: TaskRunner, worker_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = reads  # the window's database runner: status reads are quick
        self._worker_name = worker_name
        self._work: TaskRunner | None = None
        self._timers: list[QTimer] = []
        self._running = False
        self._again = False  # asked during a job: one more after it
        self._blocked = False  # refused: no automatic job until the officer asks
        self._stopped = True
        self.status: Any = None
        self.last_report: Any = None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def blocked(self) -> bool:
        """Automatic jobs are stopped until someone asks (or the settings change)."""
        return self._blocked

    def _timer(self, single: bool, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        self._timers.append(timer)
        return timer

    def _start_worker(self) -> None:
        """A fresh worker (again after a restore, which stopped the runner)."""
        self._stopped = False
        if self._work is not None:
            self._work.shutdown()
        self._work = TaskRunner(self._worker_name, self)

    def _may_request(self) -> bool:
        """Whether a job may start now that one is asked for (the peer is set)."""
        return not self._stopped and self._work is not None

    def _request(self) -> None:
        if not self._may_request():
            return
        if self._running:
            self._again = True
            return
        self._start_job()

    def _start_job(self) -> None:
        raise NotImplementedError

    def _run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run `job` on the worker as the running job."""
        assert self._work is not None
        self._running = True
        self.runningChanged.emit(True)
        self._work.submit(job, done, failed)

    def _job_ended(self) -> None:
        self._running = False
        self.runningChanged.emit(False)

    def _run_again_if_asked(self) -> bool:
        """One more job if one was asked for during the last: whether it was."""
        if not self._again:
            return False
        self._again = False
        self._request()
        return True

    def _read(self, read: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read figures on the window's database runner, quietly dropped once stopped."""
        self._reads.submit(read, show, self._fault, owner=self)

    def _fault(self, error: BaseException) -> None:
        """An environment fault (a locked or full disk) is said; anything else is a bug."""
        from desktop.services.values import StorageFault

        if not isinstance(error, StorageFault):
            raise error
        self.failed.emit(error)

    def stop(self) -> None:
        """End the worker thread (the app is closing, or the desk is restored): returns once
        a running job has ended."""
        self._stopped = True
        for timer in self._timers:
            timer.stop()
        work, self._work = self._work, None
        if work is not None:
            work.shutdown()
        self._running = False
