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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.office import OfficeEventKind
from desktop.domain.outbox import outbox_kind_for
from desktop.services import office_events
from desktop.services.due_dates import DueDateKeeper
from desktop.services.office_erasure import (
    ErasedComplaints,
    carry_out_correction,
    carry_out_erasure,
    unused_files,
)
from desktop.services.office_settle import settle_held, settle_histories
from desktop.store import (
    follow_up,
    office,
    office_bulk,
    office_epoch,
    office_national,
    office_news,
    office_payloads,
    office_register,
    outbox,
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


def _overtaken_here(own_saves: dict[str, int | None], event: PulledEvent) -> bool:
    """An account's save pulled from another desk that this desk's own save of the same
    account follows in the office's order (placed after it, or still to be pushed, so after
    it): the later save stands, here as on every other desk, which apply both in that order."""
    username = str(event.payload.get("username", ""))
    if username not in own_saves:
        return False
    place = own_saves[username]
    return place is None or place > event.position


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
    changed this desk's register. What the batch names is looked up once for the batch, its
    new rows written together, and each complaint it touches settled once, after all its
    events are in. The stored names of attachment files an erasure left unused are added to
    `erased_files`: the caller deletes them after the commit (`office_erasure.delete_files`)."""
    applied = 0
    now = now or dt.datetime.now(dt.UTC)
    batch = _Batch(session, events, files, due_dates)
    erased = ErasedComplaints(session, [(e.kind, e.payload) for e in events])
    own_saves = (
        office.own_account_saves(session, min(e.position for e in events))
        if any(e.kind is OfficeEventKind.ACCOUNT_SAVED for e in events)
        else {}
    )
    for event in events:
        event = _without_erased_data(erased, event)
        if event.kind not in _HOLDING:
            batch.write_held(event.kind)
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            if batch.complaint(event.payload) is not None:
                applied += 1
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id = batch.follow_up(event)[0]
            if complaint_id is not None:
                batch.touched.add(complaint_id)  # a place changed settles it again too
                applied += 1
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            if not _overtaken_here(own_saves, event):
                office_payloads.save_account(session, event.payload)
                applied += 1
        elif event.kind is OfficeEventKind.NATIONAL_TRACKING:
            applied += office_news.take_tracking_id(session, event.payload)
        else:
            applied += _privacy(session, event, now, erased, register_events=False)
    batch.held.write()
    settle_histories(session, due_dates, batch.touched)
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


# The kinds applied while a batch's new rows wait to be written.
_HOLDING = frozenset({OfficeEventKind.COMPLAINT_RECORDED, OfficeEventKind.FOLLOW_UP_ADDED})


class _Batch:
    """A batch of office events being applied: what it names, looked up once; its new
    complaints and follow-up rows, held and written together (`office_bulk.HeldRows`); the
    complaints it touches, settled once at its end. With `due_dates`, its new complaints are
    settled as they are written (`office_settle.settle_held`) rather than updated after."""

    def __init__(
        self,
        session: Session,
        events: Sequence[PulledEvent],
        files: AttachmentFolder | None,
        due_dates: DueDateKeeper | None = None,
    ) -> None:
        self.session = session
        self.files = files
        self.lookups = office_payloads.Lookups(session)
        self.lookups.find_complaints(_complaints_named(events))
        self.lookups.find_references([e.payload for e in events if e.kind in _HOLDING])
        self.known = office_payloads.known_events(
            session, [e.id for e in events if e.kind is OfficeEventKind.FOLLOW_UP_ADDED]
        )
        self.due_dates = due_dates
        self.held = office_bulk.HeldRows(session, None if due_dates is None else self._settle_held)
        self.touched: set[int] = set()  # to settle at the batch's end
        self.settled_written: set[int] = set()  # settled as they were written

    def _settle_held(
        self,
        complaints: list[dict[str, Any]],
        facts: list[dict[str, Any]],
        events: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        assert self.due_dates is not None
        settled = settle_held(self.due_dates.rules_source(), complaints, facts, events)
        written = {row["id"] for row in complaints}
        self.touched -= written  # settled: an event of theirs held later puts them back
        self.settled_written |= written
        return settled

    def write_held(self, next_kind: OfficeEventKind | None = None) -> None:
        """The held rows written before what comes next (an event of `next_kind`) sees them.
        Anything but an account may change what the new complaints written settled lead to
        (their national news, an erasure): they are settled again at the batch's end, as the
        others."""
        self.held.write()
        if next_kind is not OfficeEventKind.ACCOUNT_SAVED:
            self.touched |= self.settled_written

    def complaint(self, payload: dict[str, Any]) -> int | None:
        """Another desk's complaint into this register (settled with the batch); None when it
        is here already."""
        values = office_payloads.complaint_values(
            payload, Status.BELUM_TERVERIFIKASI.value, self.lookups
        )
        if values is None:
            return None
        complaint_id = self.held.add_complaint(values, payload.get("recorded_by", ""))
        self.held.add_attachments(
            office_payloads.attachment_values(payload, complaint_id, self._stored_name)
        )
        self.lookups.added_complaint(payload["uuid"], complaint_id)
        self.touched.add(complaint_id)
        return complaint_id

    def _stored_name(self, sha256: str) -> str | None:
        if self.files is None or not self.files.has(sha256):
            return None
        return self.files.name_for(sha256)

    def follow_up(self, event: PulledEvent) -> tuple[int | None, _AddedEvent | None]:
        """The complaint the event belongs to, and the event when it was added now (held:
        written with the batch's other rows)."""
        if event.id in self.known:  # taken in before (or this desk's own): only its place
            # may be new. Pushed again to a register restored from a backup, it was stored
            # at another place.
            self.session.execute(
                update(FollowUpEventRow)
                .where(
                    FollowUpEventRow.office_event_id == event.id,
                    FollowUpEventRow.office_position != event.position,
                )
                .values(office_position=event.position)
            )
            return self.known[event.id], None
        same = _same_news(self.session, event, self.lookups)
        if same is not None:
            self.known[event.id] = same
            return same, None
        values = office_payloads.event_values(
            event.payload, event.id, event.position, self.lookups, self.held.event_id_of
        )
        if values is None:
            log.error("office event %s names a complaint this desk does not have", event.id)
            return None, None
        # The desk it was made at (events from a desk of an earlier release name none).
        values["desk_code"] = str(event.payload.get(office_events.DESK_CODE) or "")[:4]
        complaint_id = int(values["complaint_id"])
        event_id = self.held.add_event(values)
        self.known[event.id] = complaint_id
        self.touched.add(complaint_id)
        return complaint_id, _AddedEvent(event_id, follow_up.event_of_values(values))


@dataclass(frozen=True)
class _AddedEvent:
    id: int  # given already; stored with the batch's next write
    event: FollowUpEvent


def _complaints_named(events: Sequence[PulledEvent]) -> set[str]:
    """The uuids of the complaints `events` record or name."""
    named: set[str] = set()
    for event in events:
        for key in ("uuid", "complaint", "linked_complaint"):
            if isinstance(event.payload.get(key), str):
                named.add(event.payload[key])
    return named


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
    batch = _Batch(session, events, files, due_dates)
    if erased is None:
        erased = ErasedComplaints(session, [(e.kind, e.payload) for e in events])
    # Events given back wait for their complaint only in a register restored from a backup.
    returned_waiting = office_news.any_waiting(session)
    restored = office_epoch.restored_moments(session)  # what may have gone to LAPOR! already
    for event in events:
        event = _without_erased_data(erased, event)
        if event.kind not in _HOLDING:
            batch.write_held(event.kind)
        owed = bool(event.payload.get(office_payloads.TO_LAPOR))
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = batch.complaint(event.payload)
            if complaint_id is not None:
                applied += 1
                if owed:
                    batch.write_held()  # the outbox names the complaint and its attachments
                    attached = office_payloads.attachment_ids(session, complaint_id)
                    may_have_left = office_national.sent_before_restore(
                        session,
                        restored,
                        str(event.payload.get("desk_code", "")),
                        office_payloads.parse_moment(event.payload["received_at"]),
                    )
                    outbox.enqueue_complaint(session, complaint_id, attached, now, may_have_left)
                # What a desk gave back of the server's own about it, before it came again.
                uuid = str(event.payload.get("uuid"))
                waiting = office_news.take_waiting(session, uuid) if returned_waiting else []
                if waiting:
                    batch.write_held()
                    batch.touched |= take_returned(session, _placed(session, waiting, now), now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id, added = batch.follow_up(event)
            if complaint_id is None or added is None:
                continue
            applied += 1
            sent_as = outbox_kind_for(added.event)
            if owed and sent_as is not None:
                batch.write_held()  # the outbox names the event by its id
                may_have_left = office_national.sent_before_restore(
                    session, restored, None, added.event.at
                )
                outbox.enqueue_event(session, complaint_id, added.id, sent_as, now, may_have_left)
        elif event.kind is OfficeEventKind.NATIONAL_HANDOVER:
            applied += office_national.take_over(session, event.payload, now)
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            # The office's accounts, as the office last saved them: a restored register or a
            # desk that joins later has every one, and the server's register is complete.
            office_payloads.save_account(session, event.payload)
            applied += 1
        else:
            applied += _privacy(session, event, now, erased, register_events=True)
    batch.held.write()
    settle_histories(session, due_dates, batch.touched)
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
    batch = _Batch(session, events, None)
    for event in events:
        if event.kind is OfficeEventKind.NATIONAL_TRACKING:
            complaint_id = batch.lookups.complaint(str(event.payload.get("complaint")))
            tracking_id = str(event.payload.get("tracking_id") or "")
            if complaint_id is not None and tracking_id:
                office_national.tracking_id_returned(session, complaint_id, tracking_id, now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            batch.follow_up(event)
    batch.held.write()
    session.flush()
    return batch.touched


def _same_news(
    session: Session, event: PulledEvent, lookups: office_payloads.Lookups
) -> int | None:
    """A NATIONAL event with news the complaint has under another event (a restored register
    learnt it again): that row takes the event with the earlier place in the office's order,
    so every desk ends with the one the register holds. The complaint; None if not the case."""
    payload = event.payload
    if payload.get("kind") != EventKind.NATIONAL.value or "at" not in payload:
        return None
    complaint_id = lookups.complaint(str(payload.get("complaint")))
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


def settle_history(session: Session, due_dates: DueDateKeeper, complaint_id: int) -> None:
    """Mark the complaint's overtaken events in the office's order, then keep its derived
    facts (status, unit, due dates, report facts) in step with the events that stand."""
    settle_histories(session, due_dates, [complaint_id])
