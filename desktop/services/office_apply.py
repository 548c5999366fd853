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

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.domain.follow_up import settle, standing
from desktop.domain.office import OfficeEventKind
from desktop.domain.outbox import outbox_kind_for
from desktop.services.due_dates import DueDateKeeper
from desktop.store import (
    complaints,
    follow_up,
    office,
    office_national,
    office_payloads,
    outbox,
    report_facts,
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
    changed this desk's register."""
    applied = 0
    touched: set[int] = set()
    for event in events:
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = _complaint(session, due_dates, event.payload, files)
            applied += complaint_id is not None
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id, _added = _follow_up(session, event)
            if complaint_id is not None:
                touched.add(complaint_id)
                applied += 1
        elif event.kind is OfficeEventKind.ACCOUNT_SAVED:
            office_payloads.save_account(session, event.payload)
            applied += 1
    for complaint_id in sorted(touched):
        settle_history(session, due_dates, complaint_id)
    office.set_pulled_position(session, up_to)
    return applied


def _complaint(
    session: Session,
    due_dates: DueDateKeeper,
    payload: dict[str, Any],
    files: AttachmentFolder | None,
) -> int | None:
    def stored_name(sha256: str) -> str | None:
        if files is None or not files.has(sha256):
            return None
        return files.name_for(sha256)

    complaint_id = office_payloads.insert_complaint(
        session, payload, Status.BELUM_TERVERIFIKASI.value, stored_name
    )
    if complaint_id is None:
        return None
    report_facts.add(session, complaint_id, payload.get("recorded_by", ""))
    settle_history(session, due_dates, complaint_id)
    return complaint_id


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
    touched: set[int] = set()
    for event in events:
        owed = bool(event.payload.get(office_payloads.TO_LAPOR))
        if event.kind is OfficeEventKind.COMPLAINT_RECORDED:
            complaint_id = _complaint(session, due_dates, event.payload, files)
            if complaint_id is not None:
                applied += 1
                if owed:
                    attached = office_payloads.attachment_ids(session, complaint_id)
                    outbox.enqueue_complaint(session, complaint_id, attached, now)
        elif event.kind is OfficeEventKind.FOLLOW_UP_ADDED:
            complaint_id, added = _follow_up(session, event)
            if complaint_id is None or added is None:
                continue
            touched.add(complaint_id)
            applied += 1
            sent_as = outbox_kind_for(follow_up.event_of(added))
            if owed and sent_as is not None:
                outbox.enqueue_event(session, complaint_id, added.id, sent_as, now)
        elif event.kind is OfficeEventKind.NATIONAL_HANDOVER:
            applied += office_national.take_over(session, event.payload, now)
    for complaint_id in sorted(touched):
        settle_history(session, due_dates, complaint_id)
    return applied


def _follow_up(session: Session, event: PulledEvent) -> tuple[int | None, FollowUpEventRow | None]:
    """The complaint the event belongs to, and its row when it was added now."""
    known = session.execute(
        select(FollowUpEventRow.complaint_id, FollowUpEventRow.office_position).where(
            FollowUpEventRow.office_event_id == event.id
        )
    ).first()
    if known is not None:  # taken in before (or this desk's own): only its place may be new
        if known.office_position != event.position:
            # Pushed again to a register restored from a backup: stored at another place.
            session.execute(
                update(FollowUpEventRow)
                .where(FollowUpEventRow.office_event_id == event.id)
                .values(office_position=event.position)
            )
        return int(known.complaint_id), None
    row = office_payloads.event_row(session, event.payload, event.id, event.position)
    if row is None:
        log.error("office event %s names a complaint this desk does not have", event.id)
        return None, None
    session.add(row)
    session.flush()
    return row.complaint_id, row


def settle_history(session: Session, due_dates: DueDateKeeper, complaint_id: int) -> None:
    """Mark the complaint's overtaken events in the office's order, then keep its derived
    facts (status, unit, due dates, report facts) in step with the events that stand."""
    rows = follow_up.rows_of(session, complaint_id)
    events = [follow_up.event_of(row) for row in rows]
    for row, overtaken in zip(rows, settle(events), strict=True):
        if row.overtaken != overtaken:
            row.overtaken = overtaken
    session.flush()
    history = standing(follow_up.event_of(row) for row in rows)
    facts = complaints.sla_facts(session, complaint_id)
    assert facts is not None
    rules = due_dates.rules_for(facts[0])
    follow_up.set_derived(session, complaint_id, rules.derive(*facts, history))
    report_facts.refresh(session, complaint_id, history, rules.settler(), *facts)
