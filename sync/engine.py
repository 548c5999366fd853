"""One synchronisation round: reconcile, send what is owed, take in the national side's news.

Exactly once, on an API without idempotency keys:
- an item is committed SENDING before its request goes out;
- only a 2xx whose body parses and carries the expected id acknowledges it;
- an answer that may hide an effect (timeout, reset, 5xx, a page that is not the API's) makes
  it UNKNOWN, and an UNKNOWN item is never sent again before reconciliation (`sync.reconcile`)
  finds it on the national side or finds that it is not there;
- a refusal for good quarantines it with the reason, and the other complaints go on.

One round at a time per desk: a lock file beside the database, held for the round. The OS drops
it when the process dies, so a round that finds items SENDING knows their sender was cut off
mid-request. The app and a scheduled `python -m sync run --once` can both try; the second one
says BUSY and leaves the database alone (recording complaints goes on meanwhile).
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TypeVar

import filelock

from desktop.domain.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    OutgoingComplaint,
    SyncProblem,
)
from desktop.domain.personal_data import anonymous_report_problems
from desktop.services.due_dates import DueDateKeeper
from desktop.store import national, outbox, reference
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database
from desktop.store.errors import DamagedAttachmentError
from sync import answers, images, references, status_keys
from sync.api import (
    CredentialsRefused,
    NationalApi,
    NotDelivered,
    Offline,
    OutcomeUnknown,
    Refused,
    SendFailure,
    UploadFile,
)
from sync.masters import refresh_masters_if_due
from sync.pull import receive_news
from sync.reconcile import reconcile_unknown
from sync.report import RoundOutcome, RoundProgress, RoundReport
from sync.schedule import backoff

log = logging.getLogger("sync")
_T = TypeVar("_T")

Clock = Callable[[], dt.datetime]
ProgressCallback = Callable[[RoundProgress], None]

# Requests in flight at once. A request is about 1 KB: on a 256 kbit/s link with a 300 ms
# round trip it takes about 16 in flight to keep the link busy (tests/bench/sync_throughput.py:
# 4 used 23% of it, 8 44%, 16 78%). A server that finds it too many says 429, and the round
# waits as it asks.
DEFAULT_WORKERS = 16
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# A server asking us to wait longer than this ends the round instead of holding it open.
LONGEST_PAUSE_S = 10.0
# How long, after one answer arrives, to wait for others to settle in the same commit.
SETTLE_GATHER_S = 0.005
# A refused key or token is tried once more after this pause: a gateway that loses its session
# for a moment answers 401 once; two refusals in a row are the credentials.
AUTH_PAUSE_S = 1.0


class _StopRound(Exception):
    def __init__(self, outcome: RoundOutcome, detail: str) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.detail = detail


class SyncEngine:
    def __init__(
        self,
        database: Database,
        attachments: AttachmentFolder,
        api: NationalApi,
        due_dates: DueDateKeeper,
        lock_file: Path,
        *,
        clock: Clock,
        workers: int = DEFAULT_WORKERS,
        max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
        rng: random.Random | None = None,
        auth_pause_s: float = AUTH_PAUSE_S,
    ) -> None:
        self._database = database
        self._attachments = attachments
        self._api = api
        self._due_dates = due_dates
        self._lock = filelock.FileLock(str(lock_file), timeout=0, mode=0o600, is_singleton=False)
        self._clock = clock
        self._workers = max(1, workers)
        self._max_upload_bytes = max_upload_bytes
        self._rng = rng or random.Random()
        self._auth_pause_s = auth_pause_s

    # --- the round -------------------------------------------------------------------------

    def run_round(
        self,
        progress: ProgressCallback | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> RoundReport:
        report = RoundReport(RoundOutcome.DONE, self._clock())
        try:
            self._lock.acquire()
        except filelock.Timeout:
            report.outcome = RoundOutcome.BUSY
            report.finished_at = self._clock()
            return report
        try:
            self._run(report, progress or (lambda _p: None), should_stop)
        except _StopRound as stop:
            report.outcome = stop.outcome
            report.detail = stop.detail
        finally:
            self._lock.release()
        report.finished_at = self._clock()
        self._finish(report)
        return report

    def _run(
        self, report: RoundReport, progress: ProgressCallback, should_stop: Callable[[], bool]
    ) -> None:
        with self._database.writing() as session:
            cut_off = outbox.interrupted_to_unknown(session, self._clock())
        if cut_off:
            log.warning("%d item(s) were cut off mid-request; reconciling them", cut_off)
        self._call(self._api.probe)
        self._call(lambda: refresh_masters_if_due(self._database, self._api, self._clock()))
        report.reconciled = self._call(
            lambda: reconcile_unknown(self._database, self._api, self._clock(), progress)
        )
        self._send_owed(report, progress, should_stop)
        if not should_stop():
            polled, events = self._call(
                lambda: receive_news(
                    self._database, self._api, self._due_dates, self._clock, progress, should_stop
                )
            )
            report.polled, report.national_events = polled, events

    def _call(self, work: Callable[[], _T]) -> _T:
        """Run a step of the round; a lost connection or credentials refused twice in a row
        end it. A step is safe to run again: what it settled is committed."""
        try:
            try:
                return work()
            except CredentialsRefused as first:
                log.warning("credentials refused once (%s); trying again", first.detail)
                time.sleep(self._auth_pause_s)
                return work()
        except Offline as error:
            raise _StopRound(RoundOutcome.OFFLINE, error.detail) from error
        except CredentialsRefused as error:
            raise _StopRound(RoundOutcome.CREDENTIALS_REFUSED, error.detail) from error
        except NotDelivered as error:
            # The probe or a look-up got a 5xx/429 or an unreadable page: the national side
            # is there but not usable now. Nothing was lost; try in the next round.
            raise _StopRound(
                RoundOutcome.OFFLINE, f"{error.problem.value}: {error.detail}"
            ) from error

    def _finish(self, report: RoundReport) -> None:
        with self._database.writing() as session:
            counts = outbox.counts(session)
            report.waiting = {state.value: n for state, n in counts.items() if n}
            if report.outcome is RoundOutcome.DONE and report.waiting:
                report.outcome = RoundOutcome.WAITING
            values = {
                status_keys.LAST_ROUND_AT: _stamp(report.finished_at or self._clock()),
                status_keys.LAST_OUTCOME: report.outcome.name.lower(),
                status_keys.LAST_DETAIL: report.detail,
            }
            # Last success is the last item the national side confirmed, whatever became of
            # the round (one that ended offline may have sent hundreds first).
            acknowledged_at = outbox.last_acknowledged_at(session)
            if acknowledged_at is not None:
                values[status_keys.LAST_SUCCESS_AT] = _stamp(acknowledged_at)
            reference.save_settings(session, values)
        log.info("sync round: %s", report.summary())

    # --- sending ---------------------------------------------------------------------------

    def _send_owed(
        self, report: RoundReport, progress: ProgressCallback, should_stop: Callable[[], bool]
    ) -> None:
        """Keep up to `workers` requests in flight, one per complaint at a time (a complaint's
        items go in order), until nothing more is ready.

        Items are claimed in batches, one transaction for all the requests about to leave, and
        settled in batches, one transaction for all the answers that came in meanwhile: on a
        desk PC a durable commit costs several milliseconds, and two per item made the commits,
        not the network, the limit. Batching keeps every promise: an item is committed SENDING
        before its request leaves, and an answer not yet settled when the process dies leaves
        it SENDING, hence reconciled, never sent again blindly."""
        with self._database.reading() as session:
            total = outbox.counts(session)[OutboxState.PENDING]
        sending = _Sending(report, total, progress, self._auth_pause_s)
        in_flight: dict[Future[str], OutboxEntry] = {}
        started: dict[Future[str], float] = {}
        with ThreadPoolExecutor(self._workers, thread_name_prefix="sync-send") as pool:
            while True:
                room = self._workers - len(in_flight)
                if room > 0 and sending.may_start(should_stop):
                    for item in self._claim_ready(
                        room, [i.complaint_id for i in in_flight.values()]
                    ):
                        future = pool.submit(self._deliver, item)
                        in_flight[future], started[future] = item, time.monotonic()
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                # Answers arriving within a few milliseconds share the next commit.
                more, _ = wait(set(in_flight) - finished, timeout=SETTLE_GATHER_S)
                finished |= more
                self._settle_many(
                    [(in_flight.pop(f), f, started.pop(f)) for f in finished], sending
                )
        if sending.stop is not None:
            raise sending.stop

    def _claim_ready(self, room: int, busy_complaints: list[int]) -> list[OutboxEntry]:
        """Claim (PENDING -> SENDING, committed) the next ready item of up to `room`
        complaints not already in flight."""
        with self._database.writing() as session:
            now = self._clock()
            ready = outbox.ready(session, now, room, skip_complaints=busy_complaints)
            return [item for item in ready if outbox.claim(session, item.id, now)]

    def _settle_many(
        self, finished: list[tuple[OutboxEntry, Future[str], float]], sending: _Sending
    ) -> None:
        """Record the outcome of each finished request, all in one transaction."""
        with self._database.writing() as session:
            now = self._clock()
            for item, future, started in finished:
                error = future.exception()
                if error is None:
                    sending.answered(started)
                    remote_id = future.result()
                    outbox.settle(
                        session, item.id, OutboxState.ACKNOWLEDGED, now, remote_id=remote_id
                    )
                    if item.kind is OutboxKind.CREATE:
                        national.set_tracking_id(session, item.complaint_id, remote_id, now)
                    sending.count("acknowledged")
                    continue
                state, failure, next_attempt = self._judge(item, error, sending, now, started)
                outbox.settle(
                    session,
                    item.id,
                    state,
                    now,
                    problem=failure.problem,
                    detail=failure.detail,
                    next_attempt_at=next_attempt,
                )
        sending.progressed(len(finished))

    def _judge(
        self,
        item: OutboxEntry,
        error: BaseException,
        sending: _Sending,
        now: dt.datetime,
        started: float,
    ) -> tuple[OutboxState, SendFailure, dt.datetime | None]:
        """What a failed request leaves its item as (and whether the round stops). Only the
        national side as a whole stops a round (offline, credentials refused twice in a row);
        what concerns one item settles that item, and the others go on."""
        if isinstance(error, Offline):
            sending.stop_with(RoundOutcome.OFFLINE, error.detail)
            return OutboxState.PENDING, error, None
        if isinstance(error, CredentialsRefused):
            # A refused request had no effect: the item goes again after the pause.
            if sending.credentials_refused(started):
                sending.stop_with(RoundOutcome.CREDENTIALS_REFUSED, error.detail)
            return OutboxState.PENDING, error, None
        if isinstance(error, NotDelivered):
            sending.count("retry_later")
            sending.pause(error.retry_after)
            wait_for = backoff(item.attempts + 1, error.retry_after, self._rng)
            return OutboxState.PENDING, error, now + wait_for
        if isinstance(error, Refused):
            sending.count("quarantined")
            log.warning("item %d (%s) quarantined: %s", item.id, item.kind, error.problem)
            return OutboxState.QUARANTINED, error, None
        if isinstance(error, OutcomeUnknown):
            if error.problem is SyncProblem.MALFORMED:
                # An answer we cannot read, again and again: a person looks, rather than the
                # item going out without limit (sync.answers).
                count, detail = answers.unreadable_detail(
                    item.detail if item.problem is SyncProblem.MALFORMED else "", error.detail
                )
                error = OutcomeUnknown(SyncProblem.MALFORMED, detail)
                if count >= answers.UNREADABLE_LIMIT:
                    sending.count("quarantined")
                    return OutboxState.QUARANTINED, error, None
            sending.count("unknown")
            return OutboxState.UNKNOWN, error, None
        # A fault of ours (a bug, an unreadable file the checks missed). The request may have
        # gone out, so the item is reconciled like any unknown outcome, never resent blindly.
        # Only the type is logged: a message could quote the complaint.
        log.error("item %d (%s) failed: %s", item.id, item.kind, type(error).__name__)
        sending.count("unknown")
        return (
            OutboxState.UNKNOWN,
            OutcomeUnknown(SyncProblem.INTERRUPTED, type(error).__name__),
            None,
        )

    def _deliver(self, item: OutboxEntry) -> str:
        """Send one item's request; its national id, or one of `sync.api`'s failures."""
        with self._database.reading() as session:
            mapping = national.mapping(session)
            if item.kind is OutboxKind.ATTACHMENT:
                stored = national.attachment(session, item.attachment_id or -1)
                if stored is None:
                    raise Refused(SyncProblem.ERASED, "")
                return self._upload(stored)
            if item.kind is OutboxKind.CREATE:
                complaint = national.outgoing_complaint(session, item.complaint_id)
                uploaded = outbox.remote_ids(session, item.complaint_id, OutboxKind.ATTACHMENT)
                if complaint is None or complaint.anonymised:
                    raise Refused(SyncProblem.ERASED, "")
                if item.attempts == 0:
                    # Before the first attempt only: a later one follows a person's "send
                    # anyway" (or a check that found nothing).
                    _hold_personal_data(complaint)
                return self._api.create(complaint, uploaded, mapping)
            if item.kind is OutboxKind.FOLLOW_UP:
                # Signed with the desk's reference, by which reconciliation recognises it.
                follow_up = references.signed_follow_up(session, item)
            else:
                follow_up = national.outgoing_follow_up(session, item.event_id or -1)
        if follow_up is None or not follow_up.national_id:
            raise Refused(SyncProblem.REFUSED, "the complaint has no national tracking id")
        if item.kind is OutboxKind.FORWARD:
            self._api.forward(follow_up, mapping)
            return follow_up.national_id
        return self._api.add_follow_up(follow_up)

    def _upload(self, stored: national.StoredAttachment) -> str:
        try:
            data = self._attachments.read(stored.stored_name)
            prepared = images.prepare_upload(
                stored.original_name, stored.media_type, data, self._max_upload_bytes
            )
        except DamagedAttachmentError as error:
            raise Refused(SyncProblem.ATTACHMENT_UNREADABLE, "stored file damaged") from error
        except OSError as error:
            raise Refused(SyncProblem.ATTACHMENT_UNREADABLE, type(error).__name__) from error
        except images.AttachmentRefusedError as error:
            problem = (
                SyncProblem.ATTACHMENT_TOO_LARGE
                if error.problem is images.UploadProblem.TOO_LARGE
                else SyncProblem.ATTACHMENT_UNREADABLE
            )
            raise Refused(problem, str(error)) from error
        return self._api.upload(UploadFile(prepared.name, prepared.media_type, prepared.data))


def _hold_personal_data(complaint: OutgoingComplaint) -> None:
    """An anonymous report whose words seem to hold a NIK, phone or e-mail waits for a person
    (Refused: no request is made). The detail names the fields and kinds, never the data."""
    if not complaint.is_anonymous:
        return
    found = anonymous_report_problems(complaint.title, complaint.description)
    if found:
        detail = "; ".join(
            f"{name}: {', '.join(kind.value for kind in kinds)}" for name, kinds in found.items()
        )
        raise Refused(SyncProblem.PERSONAL_DATA, detail)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


class _Sending:
    """The sending phase's tallies, progress, pause (Retry-After) and stop reason. Used on the
    round's own thread only (the pool's threads only send requests)."""

    def __init__(
        self, report: RoundReport, total: int, progress: ProgressCallback, auth_pause_s: float
    ) -> None:
        self.report = report
        self.total = total
        self.done = 0
        self.stop: _StopRound | None = None
        self._progress = progress
        self._pause_until = 0.0
        self._auth_pause_s = auth_pause_s
        self._auth_refused_at: float | None = None  # the first refusal of a run of them

    def credentials_refused(self, started: float) -> bool:
        """A 401/403 answered a request that left at `started`; whether it is the second in a
        row (the round stops). The first one pauses sending; requests already in flight then
        may meet the same hiccup and do not count: only one sent after the first refusal."""
        if self._auth_refused_at is not None:
            return started >= self._auth_refused_at
        self._auth_refused_at = time.monotonic()
        self._pause_until = max(self._pause_until, self._auth_refused_at + self._auth_pause_s)
        return False

    def answered(self, started: float) -> None:
        """A request that left at `started` was acknowledged: a run of refusals is over."""
        if self._auth_refused_at is not None and started >= self._auth_refused_at:
            self._auth_refused_at = None

    def count(self, name: str) -> None:
        setattr(self.report, name, getattr(self.report, name) + 1)

    def progressed(self, settled: int) -> None:
        self.done += settled
        self._progress(RoundProgress("send", self.done, max(self.total, self.done)))

    def stop_with(self, outcome: RoundOutcome, detail: str) -> None:
        if self.stop is None:
            self.stop = _StopRound(outcome, detail)

    def pause(self, retry_after: float | None) -> None:
        if retry_after:
            self._pause_until = max(self._pause_until, time.monotonic() + retry_after)

    def may_start(self, should_stop: Callable[[], bool]) -> bool:
        """Whether new requests may leave: not after a stop, and after a server's short
        Retry-After has passed (a long one ends the round's sending)."""
        if self.stop is not None or should_stop():
            return False
        wait_s = self._pause_until - time.monotonic()
        if wait_s > LONGEST_PAUSE_S:
            return False
        if wait_s > 0:
            time.sleep(wait_s)
        return True
