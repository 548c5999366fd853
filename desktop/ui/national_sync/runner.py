"""Synchronisation rounds in the running app: when they start, and off the GUI thread.

A round starts on a timer (every `SyncConfig.interval_minutes`), when the officer asks
("Kirim sekarang"), a few seconds after a complaint or follow-up is saved (several saves in a
row make one round), and while the national side is unreachable and items wait, every few
seconds, so that they go within moments of the connection coming back. The round's first step
is a cheap probe, so an attempt while offline costs one refused connection.

Rounds run on a worker thread of their own, one at a time (a request during a round makes one
more round after it: `PeerRunner`). The engine's lock file keeps a scheduled `python -m sync
run --once` out as well. Refused credentials stop automatic rounds until the settings change
or the officer asks: knocking again with a refused key would only fill the national side's
logs.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ui.peers.runner import PeerRunner
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.sync_config import SyncConfig
    from sync.desk import NationalSync, SyncStatus
    from sync.report import RoundProgress, RoundReport

log = logging.getLogger("desktop.ui")

# While offline with items waiting: how often to try. With a round of a second or two, the
# first item goes within ten seconds of the national side coming back.
PROBE_INTERVAL_MS = 5_000
# After a save: long enough to take a burst of saves (a complaint, then its first follow-up)
# into one round, short enough that the officer sees it sent before the complainant leaves.
AFTER_SAVE_MS = 3_000
# When the desk opens: the window first, then the first round.
AT_START_MS = 2_000


class SyncRunner(PeerRunner):
    """Starts rounds and reports on them; all signals arrive on the GUI thread.

    Signals (besides PeerRunner's statusChanged, with `sync.desk.SyncStatus`, runningChanged
    and failed):
        progressed(str, int, int): the running round's phase ("reconcile", "send",
            "receive"), items done, and how many in all.
        roundFinished(object): the finished round's `sync.report.RoundReport` (NOT_CONFIGURED
            with the reason when synchronisation is off or lacks settings).
    """

    progressed = Signal(str, int, int)
    roundFinished = Signal(object)
    _progress = Signal(object)  # from the worker thread

    def __init__(self, reads: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(reads, "sync-round", parent)
        self._national_sync: NationalSync | None = None
        self._desk: Desk | None = None
        self._stop = threading.Event()
        self.status: SyncStatus | None = None
        self.interval_minutes = 0
        self.last_report: RoundReport | None = None
        self._interval = self._timer(False, self._automatic)
        self._probe = self._timer(True, self._automatic)
        self._soon = self._timer(True, self._automatic)
        self._progress.connect(self._show_progress)

    def set_desk(self, desk: Desk, national_sync: NationalSync) -> None:
        self._desk = desk
        self._national_sync = national_sync
        self._stop.clear()
        self._start_worker()
        self.refresh(start_soon=True)

    # --- what starts a round ----------------------------------------------------------------

    def send_now(self) -> None:
        """The officer asked: a round now, even after refused credentials."""
        self._blocked = False
        self._request()

    def local_change(self) -> None:
        """A complaint or follow-up was saved: a round shortly, and fresh figures now."""
        self.refresh()
        if self._may_run_on_its_own():
            self._soon.start(AFTER_SAVE_MS)

    def settings_changed(self) -> None:
        """New settings (maybe new credentials): automatic rounds may go again."""
        self._blocked = False
        self.refresh(start_soon=True)

    def _automatic(self) -> None:
        if self._may_run_on_its_own():
            self._request()

    def _may_run_on_its_own(self) -> bool:
        return (
            not self._stopped
            and not self._blocked
            and self.status is not None
            and self.status.enabled
        )

    def _may_request(self) -> bool:
        return super()._may_request() and self._national_sync is not None

    # --- the round ----------------------------------------------------------------------------

    def _start_job(self) -> None:
        self._probe.stop()
        self._soon.stop()
        national_sync = self._national_sync
        assert national_sync is not None
        stop, progress = self._stop, self._progress

        def run() -> RoundReport:
            from sync.report import RoundOutcome, RoundReport
            from sync.setup import NotConfiguredError

            try:
                engine = national_sync.engine()
            except NotConfiguredError as error:
                now = dt.datetime.now(dt.UTC)
                return RoundReport(RoundOutcome.NOT_CONFIGURED, now, now, detail=str(error))
            return engine.run_round(progress.emit, stop.is_set)

        self._run(run, self._round_done, self._round_failed)

    def _round_done(self, report: RoundReport) -> None:
        from sync.report import RoundOutcome

        self.last_report = report
        if report.outcome in (RoundOutcome.CREDENTIALS_REFUSED, RoundOutcome.NOT_CONFIGURED):
            self._blocked = True
        self._end_round()
        self.roundFinished.emit(report)
        waiting = report.waiting.get("pending", 0) + report.waiting.get("unknown", 0)
        if report.outcome is RoundOutcome.OFFLINE and waiting and not self._stopped:
            # Whether it may run is asked when it fires, on the figures read by then.
            self._probe.start(PROBE_INTERVAL_MS)

    def _round_failed(self, error: BaseException) -> None:
        self._end_round()
        self._fault(error)

    def _end_round(self) -> None:
        self._job_ended()
        self.refresh()
        self._run_again_if_asked()

    def _show_progress(self, step: RoundProgress) -> None:
        if self._running:
            self.progressed.emit(step.phase, step.done, step.total)

    # --- the figures ------------------------------------------------------------------------

    def refresh(self, *, start_soon: bool = False) -> None:
        """Read the status area's figures (and the round interval) in the background."""
        desk, national_sync = self._desk, self._national_sync
        if self._stopped or desk is None or national_sync is None:
            return

        def read() -> tuple[SyncStatus, SyncConfig]:
            from desktop.services.sync_config import sync_config

            return national_sync.status(), sync_config(desk)

        def show(read_back: tuple[SyncStatus, SyncConfig]) -> None:
            self._show_status(*read_back)
            if start_soon and self._may_run_on_its_own():
                self._soon.start(AT_START_MS)

        self._read(read, show)

    def _show_status(self, status: SyncStatus, config: SyncConfig) -> None:
        if self._stopped:
            return
        self.status = status
        if not status.enabled:
            self._interval.stop()
            self._probe.stop()
            self._soon.stop()
        elif config.interval_minutes != self.interval_minutes or not self._interval.isActive():
            self._interval.start(max(1, config.interval_minutes) * 60_000)
        self.interval_minutes = config.interval_minutes
        self.statusChanged.emit(status)

    def stop(self) -> None:
        """Cancel a running round at its next step and end the worker thread (the app is
        closing): returns once the thread has ended."""
        self._stop.set()
        super().stop()
