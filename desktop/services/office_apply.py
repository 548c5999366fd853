"""Office mode: taking the office's events into this desk's register, in the server's order.

Called with the events pulled after the desk's position, inside one write transaction that
also moves the position: a desk that stops half-way takes the same events in again, and each
is applied once (complaints by uuid, events by their office id).

Single-valued state follows the office's order: after an event joins a complaint's history,
the history is settled again in that order (`desktop.domain.follow_up.settle`), so a change
that another officer's change overtook is kept and marked, the same way on every desk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind
from desktop.domain.office import OfficeEventKind
from desktop.domain.outbox import outbox_kind_for
from desktop.services.due_dates import DueDateKeeper
from desktop.services.office_erasure import (
    ErasedComplaints,
    carry_out_correction,
    carry_out_erasure,
    unused_files,
)
from desktop.services.office_settle import settle_histories
from desktop.store import (
    follow_up,
    office,
    office_national,
    office_news,
    office_payloads,
    office_register,
    outbox,
    report_facts,
    search_index,
)
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.schema import FollowUpEventRow

log = logging.getLogger("sync.office")


@dataclass(frozen=True)
class PulledEvent:
    position: int
    id: str
    kind: OfficeEventKind
    payload: dict[str, Any]


def apply_pulled(
    session: Session,
    due_dates: DueDateKeeper,
    events: Sequence[PulledEvent],
    up_to: int,
    files: AttachmentFolder | None = None,
    now: dt.datetime | None = None,
    erased_files: list[str] | None = None,
) -> int:
    """Apply `events` (server order) and move the pulled position to `up_to`; how many
    changed this desk's register. What the batch names is looked up once for the batch, and
    each complaint it touches is settled once, after all its events are in. The stored names
    of attachment files an erasure left unused are added to `erased_files`: the caller deletes
    them after the commit (`office_erasure.delete_files`)."""
    applied = 0
    now = now or dt.datetime.now(dt.UTC)
    touched: set[int] = set()
    lookups = office_payloads.Lookups(session)
    lookups.find_complaints(_complaints_named(events))
    known = office_payloads.known_events(
        session, [e.id for e in events if e.kind is OfficeEventKind.FOLLOW_UP_ADDED]
    )
    held = _HeldRows(session)
    erased = ErasedComplaints(session, [(e.kind, e.payload) for e in events])
    for event in events:
        event = _without_erased_data(erased, event)
        if event.kind not in _HOLDING:
            held.write()  # what else the batch does sees its events so far
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = _complaint(session, event.payload, files, lookups)
            if complaint_id is not None:
                touched.add(complaint_id)
                applied += 1
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            held.before(event)
            complaint_id, _added = _follow_up(session, event, lookups, known, held.added)
            if complaint_id is not None:
                touched.add(complaint_id)
                applied += 1
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            office_payloads.save_account(session, event.payload)
            applied += 1
        elif event.kind is OfficeEventKind.NATIONAL_TRACKING:
            applied += office_news.take_tracking_id(session, event.payload)
        else:
            applied += _privacy(session, event, now, erased, register_events=False)
    held.write()
    settle_histories(session, due_dates, touched)
    office.set_pulled_position(session, up_to)
    if erased_files is not None:
        erased_files += unused_files(session, erased, files)
    return applied


def _without_erased_data(erased: ErasedComplaints, event: PulledEvent) -> PulledEvent:
    payload = erased.payload_of(event.kind, event.payload)
    return event if payload is event.payload else dataclasses.replace(event, payload=payload)


def _privacy(
    session: Session,
    event: PulledEvent,
    now: dt.datetime,
    erased: ErasedComplaints,
    *,
    register_events: bool,
) -> int:
    """A person's data erased or corrected elsewhere, carried out here (`office_erasure`)."""
    if event.kind is OfficeEventKind.PERSONAL_DATA_ERASED:
        return carry_out_erasure(session, event, now, erased, register_events=register_events)
    if event.kind is OfficeEventKind.REPORTER_CORRECTED:
        return carry_out_correction(session, event, now, erased, register_events=register_events)
    return 0


# The kinds applied while a batch's follow-up rows wait to be written.
_HOLDING = frozenset({OfficeEventKind.COMPLAINT_RECORDED, OfficeEventKind.FOLLOW_UP_ADDED})


class _HeldRows:
    """A pulled batch's new follow-up rows, written together (one multi-row insert) rather than
    with each complaint the batch adds; written earlier when an event corrects one of them."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.rows: list[FollowUpEventRow] = []
        self._ids: set[str | None] = set()

    def before(self, event: PulledEvent) -> None:
        if event.payload.get("corrects") in self._ids:
            self.write()

    def write(self) -> None:
        if self.rows:
            complaint_ids = sorted({row.complaint_id for row in self.rows})
            with search_index.events_in_bulk(self._session, complaint_ids):
                self._session.add_all(self.rows)
                self._session.flush()
        self.rows = []
        self._ids = set()

    def added(self, row: FollowUpEventRow) -> None:
        self.rows.append(row)
        self._ids.add(row.office_event_id)


def _complaints_named(events: Sequence[PulledEvent]) -> set[str]:
    """The uuids of the complaints `events` record or name."""
    named: set[str] = set()
    for event in events:
        for key in ("uuid", "complaint", "linked_complaint"):
            if isinstance(event.payload.get(key), str):
                named.add(event.payload[key])
    return named


def _complaint(
    session: Session,
    payload: dict[str, Any],
    files: AttachmentFolder | None,
    lookups: office_payloads.Lookups | None = None,
) -> int | None:
    """Another desk's complaint into this register (not yet settled: the caller settles it)."""

    def stored_name(sha256: str) -> str | None:
        if files is None or not files.has(sha256):
            return None
        return files.name_for(sha256)

    complaint_id = office_payloads.insert_complaint(
        session, payload, Status.BELUM_TERVERIFIKASI.value, stored_name, lookups
    )
    if complaint_id is None:
        return None
    report_facts.add(session, complaint_id, payload.get("recorded_by", ""))
    return complaint_id


def take_in(
    session: Session,
    due_dates: DueDateKeeper,
    events: Sequence[PulledEvent],
    now: dt.datetime,
    files: AttachmentFolder | None = None,
    erased: ErasedComplaints | None = None,
    erased_files: list[str] | None = None,
) -> int:
    """The office server's own register takes in what desks pushed, in the office's order:
    complaints and follow-ups as a desk pulls them, the office's accounts, the LAPOR! queues
    desks hand over when they join, what SP4N-LAPOR! is owed of new ones (the server alone
    sends it), and erasures and corrections of personal data, which also rewrite the events
    the server stores (`office_erasure`). How many changed the register. `erased`: the push's
    erased complaints; `erased_files` as for `apply_pulled`."""
    applied = 0
    touched: set[int] = set()
    lookups = office_payloads.Lookups(session)  # no prefetch: a handover adds complaints too
    known = office_payloads.known_events(
        session, [e.id for e in events if e.kind is OfficeEventKind.FOLLOW_UP_ADDED]
    )
    held = _HeldRows(session)
    if erased is None:
        erased = ErasedComplaints(session, [(e.kind, e.payload) for e in events])
    for event in events:
        event = _without_erased_data(erased, event)
        if event.kind not in _HOLDING:
            held.write()  # what else the batch does sees its events so far
        owed = bool(event.payload.get(office_payloads.TO_LAPOR))
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = _complaint(session, event.payload, files, lookups)
            if complaint_id is not None:
                touched.add(complaint_id)
                applied += 1
                if owed:
                    attached = office_payloads.attachment_ids(session, complaint_id)
                    outbox.enqueue_complaint(session, complaint_id, attached, now)
                # What a desk gave back of the server's own about it, before it came again.
                waiting = office_news.take_waiting(session, str(event.payload.get("uuid")))
                if waiting:
                    held.write()
                    touched |= take_returned(session, _placed(session, waiting, now), now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            held.before(event)
            complaint_id, added = _follow_up(session, event, lookups, known, held.added)
            if complaint_id is None or added is None:
                continue
            touched.add(complaint_id)
            applied += 1
            sent_as = outbox_kind_for(follow_up.event_of(added))
            if owed and sent_as is not None:
                held.write()  # the outbox names the event by its id
                outbox.enqueue_event(session, complaint_id, added.id, sent_as, now)
        elif event.kind is OfficeEventKind.NATIONAL_HANDOVER:
            applied += office_national.take_over(session, event.payload, now)
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            # The office's accounts, as the office last saved them: a restored register or a
            # desk that joins later has every one, and the server's register is complete.
            office_payloads.save_account(session, event.payload)
            applied += 1
        else:
            applied += _privacy(session, event, now, erased, register_events=True)
    held.write()
    settle_histories(session, due_dates, touched)
    if erased_files is not None:
        erased_files += unused_files(session, erased, files)
    return applied


def _placed(
    session: Session, returned: Sequence[dict[str, Any]], now: dt.datetime
) -> list[PulledEvent]:
    """Returned events that waited for their complaint, now in the office's order after it."""
    return [
        PulledEvent(
            office_register.store_own(session, e["id"], e["kind"], e["payload"], now),
            e["id"],
            OfficeEventKind(e["kind"]),
            e["payload"],
        )
        for e in returned
    ]


def take_returned(session: Session, events: Sequence[PulledEvent], now: dt.datetime) -> set[int]:
    """The server's own events a desk gave back to the restored register, taken in again: a
    tracking id (its create counts as acknowledged: nothing is sent to LAPOR! again) and the
    national news. The complaints whose history changed (the caller settles them)."""
    touched: set[int] = set()
    lookups = office_payloads.Lookups(session)
    for event in events:
        complaint_id = lookups.complaint(str(event.payload.get("complaint")))
        if complaint_id is None:
            continue
        if event.kind is OfficeEventKind.NATIONAL_TRACKING:
            tracking_id = str(event.payload.get("tracking_id") or "")
            if tracking_id:
                office_national.tracking_id_returned(session, complaint_id, tracking_id, now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            found, _added = _follow_up(session, event, lookups)
            if found is not None:
                touched.add(found)
    session.flush()
    return touched


def _same_news(
    session: Session, event: PulledEvent, lookups: office_payloads.Lookups | None
) -> int | None:
    """A NATIONAL event with news the complaint has under another event (a restored register
    learnt it again): that row takes the event with the earlier place in the office's order,
    so every desk ends with the one the register holds. The complaint; None if not the case."""
    payload = event.payload
    if payload.get("kind") != EventKind.NATIONAL.value or "at" not in payload:
        return None
    complaint_id = (lookups or office_payloads.Lookups(session)).complaint(
        str(payload.get("complaint"))
    )
    if complaint_id is None:
        return None
    at = office_payloads.parse_moment(str(payload["at"]))
    row = office_news.same_national(session, complaint_id, at, str(payload.get("text") or ""))
    if row is None:
        return None
    if row.office_position is None or row.office_position >= event.position:
        row.office_event_id, row.office_position = event.id, event.position
        session.flush()
    return complaint_id


def _follow_up(
    session: Session,
    event: PulledEvent,
    lookups: office_payloads.Lookups | None = None,
    known: dict[str, int] | None = None,
    hold: Callable[[FollowUpEventRow], None] | None = None,
) -> tuple[int | None, FollowUpEventRow | None]:
    """The complaint the event belongs to, and its row when it was added now (`known`: the
    batch's events held already, by office id, kept up to date here). The row is added to
    the session (without its id until the next flush), or handed to `hold` to write later."""
    if known is None:
        known = office_payloads.known_events(session, [event.id])
    if event.id in known:  # taken in before (or this desk's own): only its place may be new
        # Pushed again to a register restored from a backup, it was stored at another place.
        session.execute(
            update(FollowUpEventRow)
            .where(
                FollowUpEventRow.office_event_id == event.id,
                FollowUpEventRow.office_position != event.position,
            )
            .values(office_position=event.position)
        )
        return known[event.id], None
    same = _same_news(session, event, lookups)
    if same is not None:
        known[event.id] = same
        return same, None
    row = office_payloads.event_row(session, event.payload, event.id, event.position, lookups)
    if row is None:
        log.error("office event %s names a complaint this desk does not have", event.id)
        return None, None
    if hold is None:
        session.add(row)
    else:
        hold(row)
    known[event.id] = row.complaint_id
    return row.complaint_id, row


def settle_history(session: Session, due_dates: DueDateKeeper, complaint_id: int) -> None:
    """Mark the complaint's overtaken events in the office's order, then keep its derived
    facts (status, unit, due dates, report facts) in step with the events that stand."""
    settle_histories(session, due_dates, [complaint_id])
