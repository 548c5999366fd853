"""The outbox: items written with the changes they carry, claimed and settled by `sync`.

Every state change is its own short transaction (the caller's `writing()`), so a process killed
at any instant leaves each item in one state: an item left SENDING was cut off mid-request and
is turned UNKNOWN by the next round (see `sync.engine`), never sent again blindly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.outbox import (
    OWED,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    SyncProblem,
)
from desktop.store.schema import Complaint, OutboxItem


def enqueue_complaint(
    session: Session,
    complaint_id: int,
    attachment_ids: Sequence[int],
    now: dt.datetime,
    may_have_left: dt.datetime | None = None,
) -> None:
    """A new complaint's items: its attachments first, then the create that names them.
    `may_have_left`: the create may have been sent already, at that moment at the earliest
    (an office register restored from a backup, `office_national.sent_before_restore`): its
    outcome is unknown, and it is looked for on LAPOR! before it is sent. Its attachments go
    as usual (an upload nobody references is invisible nationally)."""
    for attachment_id in attachment_ids:
        _add(session, complaint_id, OutboxKind.ATTACHMENT, now, attachment_id=attachment_id)
    _add(session, complaint_id, OutboxKind.CREATE, now, may_have_left=may_have_left)


def enqueue_event(
    session: Session,
    complaint_id: int,
    event_id: int,
    kind: OutboxKind,
    now: dt.datetime,
    may_have_left: dt.datetime | None = None,
) -> bool:
    """A follow-up or forward to send after the complaint's create; False (nothing queued)
    for a complaint that was never queued for the national system (recorded before
    synchronisation existed, or seeded). `may_have_left` as for `enqueue_complaint`."""
    queued = session.execute(
        select(OutboxItem.id).where(
            OutboxItem.complaint_id == complaint_id, OutboxItem.kind == OutboxKind.CREATE
        )
    ).first()
    if queued is None:
        return False
    _add(session, complaint_id, kind, now, event_id=event_id, may_have_left=may_have_left)
    return True


def _add(
    session: Session,
    complaint_id: int,
    kind: OutboxKind,
    now: dt.datetime,
    attachment_id: int | None = None,
    event_id: int | None = None,
    may_have_left: dt.datetime | None = None,
) -> None:
    unknown = may_have_left is not None
    session.add(
        OutboxItem(
            complaint_id=complaint_id,
            kind=kind,
            attachment_id=attachment_id,
            event_id=event_id,
            state=OutboxState.UNKNOWN if unknown else OutboxState.PENDING,
            problem=SyncProblem.RESTORED if unknown else None,
            sending_since=may_have_left,
            attempts=0,
            detail="",
            created_at=now,
            updated_at=now,
        )
    )
    session.flush()


def _blocking() -> object:
    """Items that hold back the later items of their complaint: every owed item, and a
    quarantined create or follow-up (the next follow-up must not overtake it). A quarantined
    attachment does not hold back its complaint: the text matters more than one photo."""
    t = OutboxItem
    return or_(
        t.state.in_([s.value for s in OWED]),
        and_(t.state == OutboxState.QUARANTINED, t.kind != OutboxKind.ATTACHMENT),
    )


def ready(
    session: Session,
    now: dt.datetime,
    limit: int,
    skip_complaints: Sequence[int] = (),
) -> list[OutboxEntry]:
    """The items that may be sent now: the first blocking item of each complaint, when it is
    pending and its back-off has passed; oldest first."""
    t = OutboxItem
    heads = select(func.min(t.id)).where(_blocking()).group_by(t.complaint_id)  # type: ignore[arg-type]
    query = (
        _entry_select()
        .where(
            t.id.in_(heads),
            t.state == OutboxState.PENDING,
            or_(t.next_attempt_at.is_(None), t.next_attempt_at <= now),
        )
        .order_by(t.id)
        .limit(limit)
    )
    if skip_complaints:
        query = query.where(t.complaint_id.not_in(skip_complaints))
    return [_entry(row) for row in session.execute(query)]


def next_attempt(session: Session) -> dt.datetime | None:
    """When the earliest item waiting on a back-off may go (None: nothing waits)."""
    t = OutboxItem
    return session.execute(
        select(func.min(t.next_attempt_at)).where(t.state == OutboxState.PENDING)
    ).scalar_one_or_none()


def _entry_select():  # type: ignore[no-untyped-def]
    t = OutboxItem
    return select(
        t.id,
        t.complaint_id,
        Complaint.local_number,
        t.kind,
        t.state,
        t.attempts,
        t.problem,
        t.detail,
        t.updated_at,
        t.attachment_id,
        t.event_id,
        t.remote_id,
        t.sending_since,
    ).join(Complaint, Complaint.id == t.complaint_id)


def _entry(r: Any) -> OutboxEntry:
    """The entry in a Core row with the columns of `_entry_select`."""
    return OutboxEntry(
        id=r.id,
        complaint_id=r.complaint_id,
        local_number=r.local_number,
        kind=OutboxKind(r.kind),
        state=OutboxState(r.state),
        attempts=r.attempts,
        problem=SyncProblem(r.problem) if r.problem else None,
        detail=r.detail,
        updated_at=r.updated_at,
        attachment_id=r.attachment_id,
        event_id=r.event_id,
        remote_id=r.remote_id,
        sent_at=r.sending_since,
    )


def entry(session: Session, item_id: int) -> OutboxEntry | None:
    row = session.execute(_entry_select().where(OutboxItem.id == item_id)).first()
    return None if row is None else _entry(row)


def entries(session: Session, states: Sequence[OutboxState], limit: int = 500) -> list[OutboxEntry]:
    query = (
        _entry_select()
        .where(OutboxItem.state.in_([s.value for s in states]))
        .order_by(OutboxItem.id)
        .limit(limit)
    )
    return [_entry(row) for row in session.execute(query)]


def counts(session: Session) -> dict[OutboxState, int]:
    t = OutboxItem
    rows = session.execute(
        select(t.state, func.count()).where(t.state != OutboxState.ACKNOWLEDGED).group_by(t.state)
    )
    found = {OutboxState(state): n for state, n in rows}
    return {
        state: found.get(state, 0) for state in OutboxState if state is not OutboxState.ACKNOWLEDGED
    }


def last_acknowledged_at(session: Session) -> dt.datetime | None:
    """When the national side last confirmed an item: the desk's "last sent"."""
    t = OutboxItem
    return session.execute(
        select(func.max(t.updated_at)).where(t.state == OutboxState.ACKNOWLEDGED)
    ).scalar_one_or_none()


def requeue_mapping_missing(session: Session, now: dt.datetime) -> int:
    """Items held back for a missing mapping entry go back in the queue (a mapping entry was
    added or corrected); one still unmapped is held back again before any request, at no
    cost. How many went back."""
    t = OutboxItem
    result = session.execute(
        update(t)
        .where(t.state == OutboxState.QUARANTINED, t.problem == SyncProblem.MAPPING_MISSING)
        .values(state=OutboxState.PENDING, next_attempt_at=None, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def claim(session: Session, item_id: int, now: dt.datetime) -> bool:
    """PENDING -> SENDING, committed by the caller before the request goes out. False when
    another process took it (or settled it) first."""
    t = OutboxItem
    result = session.execute(
        update(t)
        .where(t.id == item_id, t.state == OutboxState.PENDING)
        .values(
            state=OutboxState.SENDING,
            sending_since=now,
            attempts=t.attempts + 1,
            updated_at=now,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def settle(
    session: Session,
    item_id: int,
    state: OutboxState,
    now: dt.datetime,
    *,
    remote_id: str | None = None,
    problem: SyncProblem | None = None,
    detail: str = "",
    next_attempt_at: dt.datetime | None = None,
    from_states: Sequence[OutboxState] = (OutboxState.SENDING,),
) -> bool:
    """Move an item out of `from_states`; False when it was not in one of them."""
    t = OutboxItem
    values: dict[str, object] = {
        "state": state,
        "problem": problem,
        "detail": detail[:2000],
        "next_attempt_at": next_attempt_at,
        "updated_at": now,
    }
    # When the request left stays known while it may have arrived, and once it did: the
    # reconciliation's evidence (`sync.neighbours`) and what a person searches LAPOR! by.
    if state in (OutboxState.PENDING, OutboxState.QUARANTINED):
        values["sending_since"] = None
    if remote_id is not None:
        values["remote_id"] = remote_id
    result = session.execute(
        update(t)
        .where(t.id == item_id, t.state.in_([s.value for s in from_states]))
        .values(**values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def interrupted_to_unknown(session: Session, now: dt.datetime) -> int:
    """Items left SENDING by a process that stopped mid-request (the caller holds the sync
    lock, so no live process is sending): their outcome is unknown."""
    t = OutboxItem
    result = session.execute(
        update(t)
        .where(t.state == OutboxState.SENDING)
        .values(
            state=OutboxState.UNKNOWN,
            problem=SyncProblem.INTERRUPTED,
            updated_at=now,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def restored_to_unknown(session: Session, now: dt.datetime, may_have_left: dt.datetime) -> int:
    """The register was just restored from a backup: what it still owes may have been sent
    between the backup and the loss, so each such item's outcome is unknown (the next round
    looks for it on LAPOR! before anything is sent again). A pending item's request would
    have left after `may_have_left` (the backup shows it unsent then): kept as when it left,
    the evidence `sync.neighbours` bounds it by; a sending one keeps when it did leave."""
    t = OutboxItem
    session.execute(
        update(t)
        .where(t.state == OutboxState.PENDING, t.sending_since.is_(None))
        .values(sending_since=may_have_left)
    )
    result = session.execute(
        update(t)
        .where(t.state.in_([OutboxState.PENDING, OutboxState.SENDING]))
        .values(state=OutboxState.UNKNOWN, problem=SyncProblem.RESTORED, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def withdraw_erased(session: Session, complaint_ids: Sequence[int], now: dt.datetime) -> None:
    """Erasure: what was not sent yet will not be (the text is gone), and items let go of the
    attachment rows the erasure deletes. The rows stay, saying why."""
    t = OutboxItem
    session.execute(
        update(t)
        .where(t.complaint_id.in_(complaint_ids), t.state != OutboxState.ACKNOWLEDGED)
        .values(
            state=OutboxState.QUARANTINED,
            problem=SyncProblem.ERASED,
            detail="",
            sending_since=None,
            updated_at=now,
        )
    )
    session.execute(update(t).where(t.complaint_id.in_(complaint_ids)).values(attachment_id=None))


@dataclass(frozen=True)
class SentCreate:
    """An acknowledged create: its national id and when its request left and was answered."""

    national_id: int
    sent_at: dt.datetime
    acknowledged_at: dt.datetime


# Requests in flight at once are answered in any order: the closest neighbour by id is among
# this many closest by time.
_NEIGHBOURS_BY_TIME = 50


def acknowledged_creates_around(
    session: Session, sent_at: dt.datetime, sent_after: dt.datetime
) -> tuple[SentCreate | None, SentCreate | None]:
    """The acknowledged creates closest around a request of unknown outcome: of those answered
    before it left (`sent_at`), the one with the highest national id; of those sent after
    `sent_after`, the one with the lowest. Any of the first was created before it and any of
    the second after it, so these two bound it the tightest (requests in flight together are
    answered in any order: the last answered is not always the highest id). Only items whose
    send time is kept (acknowledged since this was recorded) and whose national id is a
    number."""
    t = OutboxItem
    columns = (t.remote_id, t.sending_since, t.updated_at)
    acknowledged = and_(
        t.kind == OutboxKind.CREATE,
        t.state == OutboxState.ACKNOWLEDGED,
        t.remote_id.is_not(None),
        t.sending_since.is_not(None),
    )
    before = session.execute(
        select(*columns)
        .where(acknowledged, t.updated_at < sent_at)
        .order_by(t.updated_at.desc(), t.id.desc())
        .limit(_NEIGHBOURS_BY_TIME)
    ).all()
    after = session.execute(
        select(*columns)
        .where(acknowledged, t.sending_since > sent_after)
        .order_by(t.sending_since, t.id)
        .limit(_NEIGHBOURS_BY_TIME)
    ).all()
    lower = [c for c in map(_sent, before) if c is not None]
    upper = [c for c in map(_sent, after) if c is not None]
    return (
        max(lower, key=lambda c: c.national_id, default=None),
        min(upper, key=lambda c: c.national_id, default=None),
    )


def _sent(row: Any) -> SentCreate | None:
    if row is None or not str(row.remote_id).isdigit():
        return None
    return SentCreate(int(row.remote_id), row.sending_since, row.updated_at)


def acknowledged_national_ids(session: Session, kind: OutboxKind) -> set[str]:
    """Every national id the desk's acknowledged items of `kind` carry."""
    t = OutboxItem
    rows = session.execute(
        select(t.remote_id).where(
            t.kind == kind, t.state == OutboxState.ACKNOWLEDGED, t.remote_id.is_not(None)
        )
    )
    return {r for (r,) in rows if r is not None}


def mark_for_person(session: Session, item_id: int, now: dt.datetime) -> bool:
    """An unknown item the desk cannot settle by itself: a person checks LAPOR!."""
    t = OutboxItem
    result = session.execute(
        update(t)
        .where(t.id == item_id, t.state == OutboxState.UNKNOWN)
        .values(problem=SyncProblem.CHECK_ON_LAPOR, updated_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def create_state(session: Session, complaint_id: int) -> OutboxState | None:
    """The state of a complaint's create (None: it was never queued)."""
    t = OutboxItem
    state = session.execute(
        select(t.state)
        .where(t.complaint_id == complaint_id, t.kind == OutboxKind.CREATE)
        .order_by(t.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return None if state is None else OutboxState(state)


def remote_ids(session: Session, complaint_id: int, kind: OutboxKind) -> list[str]:
    """The national ids acknowledged for a complaint's items of one kind, in order."""
    t = OutboxItem
    rows = session.execute(
        select(t.remote_id)
        .where(
            t.complaint_id == complaint_id,
            t.kind == kind,
            t.state == OutboxState.ACKNOWLEDGED,
            t.remote_id.is_not(None),
        )
        .order_by(t.id)
    )
    return [r for (r,) in rows if r is not None]


def owes(session: Session, complaint_ids: Sequence[int]) -> set[int]:
    """Which of these complaints still have local changes on their way to the national side
    (pending, sending, unknown): their national news waits so it never runs over them. A
    quarantined item waits for a person, and the news does not wait for it."""
    if not complaint_ids:
        return set()
    t = OutboxItem
    rows = session.execute(
        select(t.complaint_id)
        .where(t.complaint_id.in_(complaint_ids), t.state.in_([s.value for s in OWED]))
        .distinct()
    )
    return {r for (r,) in rows}


def follow_up_ordinal(session: Session, item_id: int) -> int:
    """The item's place (1, 2, ...) among its complaint's follow-up items, by age: a stable
    number for the reference the desk signs each follow-up with (`sync.references`)."""
    t = OutboxItem
    mine = select(t.complaint_id).where(t.id == item_id).scalar_subquery()
    return int(
        session.execute(
            select(func.count()).where(
                t.complaint_id == mine, t.kind == OutboxKind.FOLLOW_UP, t.id <= item_id
            )
        ).scalar_one()
    )
