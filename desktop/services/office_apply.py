"""Office mode: taking the office's events into this desk's register, in the server's order.

Called with the events pulled after the desk's position, inside one write transaction that
also moves the position: a desk that stops half-way takes the same events in again, and each
is applied once (complaints by uuid, events by their office id).

Single-valued state follows the office's order: after an event joins a complaint's history,
the history is settled again in that order (`desktop.domain.follow_up.settle`), so a change
that another officer's change overtook is kept and marked, the same way on every desk.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.office import OfficeEventKind
from desktop.domain.outbox import outbox_kind_for
from desktop.services.due_dates import DueDateKeeper
from desktop.services.office_settle import settle_histories
from desktop.store import (
    follow_up,
    office,
    office_bulk,
    office_national,
    office_news,
    office_payloads,
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


def apply_pulled(
    session: Session,
    due_dates: DueDateKeeper,
    events: Sequence[PulledEvent],
    up_to: int,
    files: AttachmentFolder | None = None,
) -> int:
    """Apply `events` (server order) and move the pulled position to `up_to`; how many
    changed this desk's register. What the batch names is looked up once for the batch, its
    new rows written together, and each complaint it touches settled once, after all its
    events are in."""
    applied = 0
    batch = _Batch(session, events, files)
    for event in events:
        if event.kind not in _HOLDING:
            batch.held.write()  # what else the batch does sees its events so far
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            if batch.complaint(event.payload) is not None:
                applied += 1
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id = batch.follow_up(event)[0]
            if complaint_id is not None:
                batch.touched.add(complaint_id)  # a place changed settles it again too
                applied += 1
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            office_payloads.save_account(session, event.payload)
            applied += 1
        elif event.kind is OfficeEventKind.NATIONAL_TRACKING:
            applied += office_news.take_tracking_id(session, event.payload)
    batch.held.write()
    settle_histories(session, due_dates, batch.touched)
    office.set_pulled_position(session, up_to)
    return applied


# The kinds applied while a batch's new rows wait to be written.
_HOLDING = frozenset({OfficeEventKind.COMPLAINT_RECORDED, OfficeEventKind.FOLLOW_UP_ADDED})


class _Batch:
    """A batch of office events being applied: what it names, looked up once; its new
    complaints and follow-up rows, held and written together (`office_bulk.HeldRows`); the
    complaints it touches, settled once at its end."""

    def __init__(
        self, session: Session, events: Sequence[PulledEvent], files: AttachmentFolder | None
    ) -> None:
        self.session = session
        self.files = files
        self.lookups = office_payloads.Lookups(session)
        self.lookups.find_complaints(_complaints_named(events))
        self.lookups.find_references([e.payload for e in events if e.kind in _HOLDING])
        self.known = office_payloads.known_events(
            session, [e.id for e in events if e.kind is OfficeEventKind.FOLLOW_UP_ADDED]
        )
        self.held = office_bulk.HeldRows(session)
        self.touched: set[int] = set()

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
        values = office_payloads.event_values(
            event.payload, event.id, event.position, self.lookups, self.held.event_id_of
        )
        if values is None:
            log.error("office event %s names a complaint this desk does not have", event.id)
            return None, None
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
) -> int:
    """The office server's own register takes in what desks pushed, in the office's order:
    complaints and follow-ups as a desk pulls them, the LAPOR! queues desks hand over when they
    join, and what SP4N-LAPOR! is owed of new ones (the server alone sends it). Accounts stay
    the server's own. How many changed the register."""
    applied = 0
    batch = _Batch(session, events, files)
    for event in events:
        if event.kind not in _HOLDING:
            batch.held.write()  # what else the batch does sees its events so far
        owed = bool(event.payload.get(office_payloads.TO_LAPOR))
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = batch.complaint(event.payload)
            if complaint_id is not None:
                applied += 1
                if owed:
                    batch.held.write()  # the outbox names the complaint and its attachments
                    attached = office_payloads.attachment_ids(session, complaint_id)
                    outbox.enqueue_complaint(session, complaint_id, attached, now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id, added = batch.follow_up(event)
            if complaint_id is None or added is None:
                continue
            applied += 1
            sent_as = outbox_kind_for(added.event)
            if owed and sent_as is not None:
                batch.held.write()  # the outbox names the event by its id
                outbox.enqueue_event(session, complaint_id, added.id, sent_as, now)
        elif event.kind is OfficeEventKind.NATIONAL_HANDOVER:
            applied += office_national.take_over(session, event.payload, now)
    batch.held.write()
    settle_histories(session, due_dates, batch.touched)
    return applied


def settle_history(session: Session, due_dates: DueDateKeeper, complaint_id: int) -> None:
    """Mark the complaint's overtaken events in the office's order, then keep its derived
    facts (status, unit, due dates, report facts) in step with the events that stand."""
    settle_histories(session, due_dates, [complaint_id])
