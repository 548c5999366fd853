"""Exchanges with the office server in the running app: when they start, and off the GUI thread.

A joined desk exchanges every few seconds while the server answers (a complaint recorded on
another desk shows here within seconds), at once after this desk records or changes something,
and when the officer asks (F9, the status bar). While the server cannot be reached it tries
again less and less often (up to once a minute), so a server that is back is found soon without
knocking all day at one that is off. A refusal (the desk's secret, the server's certificate or
the version) stops automatic exchanges until the officer asks or the desk joins again: knocking
again would only be refused again.

Exchanges run on a worker thread of their own, one at a time (a request during one makes one
more after it: `PeerRunner`); the exchange's lock file keeps a scheduled `python -m sync run
--once` out too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ui.peers.runner import PeerRunner
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sync.office.desk import OfficeStatus, OfficeSync
    from sync.office.exchange import ExchangeReport
    from sync.office.join import JoinOutcome

# While the server answers: how often to take the other desks' changes.
CONNECTED_INTERVAL_MS = 3_000
# After a change here: a moment, so a burst of saves (a complaint and its attachments' rows,
# a follow-up and the list's reload) goes in one exchange.
AFTER_CHANGE_MS = 300
# While unreachable: the first wait, doubled after each failed try, up to the last.
OFFLINE_FIRST_MS = 5_000
OFFLINE_LONGEST_MS = 60_000
AT_START_MS = 1_000
_REFUSALS = ("refused", "version_refused")


class OfficeRunner(PeerRunner):
    """Starts exchanges and reports on them; all signals arrive on the GUI thread.

    Signals (besides PeerRunner's statusChanged, with `sync.office.desk.OfficeStatus` or None
    for a desk that joined no office, runningChanged and failed):
        exchanged(object): the finished exchange's `ExchangeReport`.
        officeChanged(): the exchange applied events from other desks (lists should reload).
    """

    exchanged = Signal(object)
    officeChanged = Signal()

    def __init__(self, reads: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(reads, "office-exchange", parent)
        self._office: OfficeSync | None = None
        self._offline_wait = OFFLINE_FIRST_MS
        self.status: OfficeStatus | None = None
        self.last_report: ExchangeReport | None = None
        self._next = self._timer(True, self._automatic)

    @property
    def joined(self) -> bool:
        return self.status is not None

    def set_office(self, office: OfficeSync) -> None:
        self._office = office
        self._blocked = False
        self._offline_wait = OFFLINE_FIRST_MS
        self._start_worker()
        self.refresh(start_soon=True)

    # --- what starts an exchange -----------------------------------------------------------

    def exchange_now(self) -> None:
        """The officer asked: an exchange now, even after a refusal."""
        self._blocked = False
        self._request()

    def local_change(self) -> None:
        """Something was recorded or changed here: it goes to the office at once."""
        if self._may_run_on_its_own():
            self._next.start(AFTER_CHANGE_MS)
        else:
            self.refresh()

    def _automatic(self) -> None:
        if self._may_run_on_its_own():
            self._request()

    def _may_run_on_its_own(self) -> bool:
        return not self._stopped and not self._blocked and self.joined

    def _may_request(self) -> bool:
        return super()._may_request() and self._office is not None and self.joined

    def _start_job(self) -> None:
        self._next.stop()
        office = self._office
        assert office is not None

        def run() -> tuple[ExchangeReport, OfficeStatus | None]:
            return office.exchange(), office.status()

        self._run(run, self._done, self._exchange_failed)

    def _done(self, result: tuple[ExchangeReport, OfficeStatus | None]) -> None:
        report, status = result
        self.last_report = report
        outcome = report.outcome.name.lower()
        if outcome in _REFUSALS:
            self._blocked = True
        self._job_ended()
        self._show_status(status)
        self.exchanged.emit(report)
        if report.pulled:
            self.officeChanged.emit()
        if not self._run_again_if_asked():
            self._schedule(outcome)

    def _schedule(self, outcome: str) -> None:
        if not self._may_run_on_its_own():
            return
        if outcome == "offline":
            wait = self._offline_wait
            self._offline_wait = min(OFFLINE_LONGEST_MS, self._offline_wait * 2)
        else:
            self._offline_wait = OFFLINE_FIRST_MS
            wait = CONNECTED_INTERVAL_MS
        self._next.start(wait)

    def _exchange_failed(self, error: BaseException) -> None:
        self._job_ended()
        self._fault(error)
        self._schedule("offline")  # a locked or full disk: try again later, not in a loop

    # --- joining ----------------------------------------------------------------------------

    def join(
        self,
        code: str,
        done: Callable[[JoinOutcome], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Join with `code` on the exchange's worker (it talks to the server); once joined, the
        first exchange hands the office this desk's history."""
        if self._work is None or self._office is None:
            return
        office = self._office

        def joined(outcome: JoinOutcome) -> None:
            self._blocked = False
            self.refresh(start_soon=True)
            done(outcome)

        self._work.submit(lambda: office.join(code), joined, failed)

    # --- the figures ------------------------------------------------------------------------

    def refresh(self, *, start_soon: bool = False) -> None:
        """Read the status bar's figures in the background."""
        office = self._office
        if self._stopped or office is None:
            return

        def show(status: OfficeStatus | None) -> None:
            self._show_status(status)
            if start_soon and self._may_run_on_its_own() and not self._running:
                self._next.start(AT_START_MS)

        self._read(office.status, show)

    def _show_status(self, status: OfficeStatus | None) -> None:
        if self._stopped:
            return
        self.status = status
        if status is None:
            self._next.stop()
        self.statusChanged.emit(status)
