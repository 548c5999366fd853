"""A desk's side of office mode: the link to its server, its outgoing events, its position.

The link and the pulled position are `setting` rows; the outgoing events a table of their own
(`OfficeOutgoing`), appended in the caller's transaction with the change they carry. What each
event's payload holds is read back from the rows just written (`office_payloads`), so the same
code serves a new change and the history a desk pushes once when it joins.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from desktop.domain.complaint import time_ordered_uuid
from desktop.domain.office import OfficeEventKind
from desktop.store.schema import FollowUpEventRow, OfficeOutgoing, Setting

# Complaints read per query: well under SQLite's limit of bound parameters.
_READ_CHUNK = 500

SERVER_URL = "office.server_url"
FINGERPRINT = "office.fingerprint"
DESK_ID = "office.desk_id"
DESK_CODE = "office.desk_code"
OFFICE_NAME = "office.office_name"
PULLED_POSITION = "office.pulled_position"
LAST_EXCHANGE_AT = "office.last_exchange_at"
LAST_OUTCOME = "office.last_outcome"
# The epoch of the server's register this desk last exchanged with ("": none yet).
REGISTER_EPOCH = "office.register_epoch"


@dataclass(frozen=True)
class OfficeLink:
    """The office server this desk joined, and who the desk is there."""

    server_url: str
    fingerprint: str
    desk_id: str
    desk_code: str


@dataclass(frozen=True)
class OutgoingEvent:
    id: str
    sequence: int
    based_on: int
    kind: OfficeEventKind
    payload: dict[str, Any]
    created_at: dt.datetime


def _settings(session: Session, keys: Sequence[str]) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return {key: value for key, value in rows}


def _save(session: Session, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))


def link(session: Session) -> OfficeLink | None:
    """The office this desk joined, or None (a desk on its own: today's behaviour)."""
    found = _settings(session, [SERVER_URL, FINGERPRINT, DESK_ID, DESK_CODE])
    if len(found) < 4:
        return None
    return OfficeLink(found[SERVER_URL], found[FINGERPRINT], found[DESK_ID], found[DESK_CODE])


def save_link(session: Session, joined: OfficeLink) -> None:
    _save(
        session,
        {
            SERVER_URL: joined.server_url,
            FINGERPRINT: joined.fingerprint,
            DESK_ID: joined.desk_id,
            DESK_CODE: joined.desk_code,
            PULLED_POSITION: "0",
            REGISTER_EPOCH: "",
        },
    )


def pulled_position(session: Session) -> int:
    return int(_settings(session, [PULLED_POSITION]).get(PULLED_POSITION, "0"))


def set_pulled_position(session: Session, position: int) -> None:
    _save(session, {PULLED_POSITION: str(position)})


def register_epoch(session: Session) -> str:
    return _settings(session, [REGISTER_EPOCH]).get(REGISTER_EPOCH, "")


def follow_register(session: Session, epoch: str, restored_at: int) -> int | None:
    """The server states its register's epoch. A new one after another one this desk knew: the
    register was restored from a backup holding positions up to `restored_at`. This desk's
    events stored past it wait to be pushed again (the server answers "already stored" for
    those it has), and the pulled position goes back to it, so nothing the register stores
    from now on is skipped (taking an event in twice changes nothing). How many events wait
    again; None when the epoch is the one known (or the first one seen)."""
    known = register_epoch(session)
    if known == epoch:
        return None
    _save(session, {REGISTER_EPOCH: epoch})
    if not known:
        return None
    waiting_again = session.execute(
        update(OfficeOutgoing)
        .where(OfficeOutgoing.position > restored_at)
        .values(position=None)
        .returning(OfficeOutgoing.id)
    ).all()
    set_pulled_position(session, min(pulled_position(session), restored_at))
    return len(waiting_again)


def note_exchange(session: Session, at: dt.datetime, outcome: str) -> None:
    _save(session, {LAST_EXCHANGE_AT: at.astimezone(dt.UTC).isoformat(), LAST_OUTCOME: outcome})


def last_exchange(session: Session) -> tuple[str, str]:
    """(when, outcome) of the last exchange, "never" when there was none."""
    found = _settings(session, [LAST_EXCHANGE_AT, LAST_OUTCOME])
    return found.get(LAST_EXCHANGE_AT, "never"), found.get(LAST_OUTCOME, "never")


def append_outgoing(
    session: Session, kind: OfficeEventKind, payload: Mapping[str, Any], at: dt.datetime
) -> str:
    """Append an office event in the caller's transaction; returns its id."""
    event_id = time_ordered_uuid(at, int.from_bytes(os.urandom(10)) >> 6)
    last = session.execute(select(func.max(OfficeOutgoing.sequence))).scalar_one()
    session.add(
        OfficeOutgoing(
            id=event_id,
            sequence=(last or 0) + 1,
            based_on=pulled_position(session),
            kind=kind.value,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            created_at=at,
        )
    )
    session.flush()
    return event_id


def pending(session: Session, limit: int, after_sequence: int = 0) -> list[OutgoingEvent]:
    """Events the server has not confirmed yet, in the desk's order (those after
    `after_sequence`: the batch after one still on its way)."""
    query = (
        select(OfficeOutgoing)
        .where(OfficeOutgoing.position.is_(None), OfficeOutgoing.sequence > after_sequence)
        .order_by(OfficeOutgoing.sequence)
        .limit(limit)
    )
    return [
        OutgoingEvent(
            row.id,
            row.sequence,
            row.based_on,
            OfficeEventKind(row.kind),
            json.loads(row.payload),
            row.created_at,
        )
        for row in session.execute(query).scalars()
    ]


def own_account_saves(session: Session, after: int) -> dict[str, int | None]:
    """This desk's own saves of accounts placed after `after` or not placed yet: username ->
    the latest place (None: still to be pushed, so after anything pulled now)."""
    query = select(OfficeOutgoing.payload, OfficeOutgoing.position).where(
        OfficeOutgoing.kind == OfficeEventKind.ACCOUNT_SAVED.value,
        (OfficeOutgoing.position.is_(None)) | (OfficeOutgoing.position > after),
    )
    latest: dict[str, int | None] = {}
    for payload, position in session.execute(query):
        username = str(json.loads(payload).get("username", ""))
        kept = latest.get(username, 0)
        latest[username] = None if position is None or kept is None else max(kept, position)
    return latest


def waiting_count(session: Session) -> int:
    query = (
        select(func.count()).select_from(OfficeOutgoing).where(OfficeOutgoing.position.is_(None))
    )
    return int(session.execute(query).scalar_one())


def mark_stored(session: Session, positions: Mapping[str, int]) -> list[int]:
    """The server stored these events at these positions; the follow-up events they carry
    take their place in the office's order. Returns the complaints whose history that puts in
    another order, the only ones settling again can change (`follow_up.settle` reads nothing
    but the order). One executemany per table for the whole batch (a push confirms up to
    `PUSH_BATCH` events)."""
    if not positions:
        return []
    ids = list(positions)
    by_id = [{"event_id": event_id, "place": place} for event_id, place in positions.items()]
    # Core statements, one executemany each: the caller's session holds none of these rows yet
    # (a new write transaction per confirmed batch), so there is nothing in it to bring up to
    # date; and no CASE of hundreds of literals to build.
    connection = session.connection()
    connection.execute(
        update(OfficeOutgoing)
        .where(OfficeOutgoing.id == bindparam("event_id"))
        .values(position=bindparam("place")),
        by_id,
    )
    touched = (
        session.execute(
            select(FollowUpEventRow.complaint_id).where(FollowUpEventRow.office_event_id.in_(ids))
        )
        .scalars()
        .all()
    )
    reordered = _reordered(session, sorted(set(touched)), positions)
    connection.execute(
        update(FollowUpEventRow)
        .where(FollowUpEventRow.office_event_id == bindparam("event_id"))
        .values(office_position=bindparam("place")),
        by_id,
    )
    return reordered


def _reordered(
    session: Session, complaint_ids: list[int], positions: Mapping[str, int]
) -> list[int]:
    """Of these complaints, those whose history the new positions put in another order.

    A desk's own events wait at the end of their histories until the server places them; the
    server places them after every event this desk has pulled, in the order they were sent, so
    a confirmed push usually changes no order and needs no settling. Not always: a re-send the
    server had already stored before a later pull, or a push again after a restore."""
    t = FollowUpEventRow
    rows: dict[int, list[tuple[int, int | None, str | None]]] = {}
    for start in range(0, len(complaint_ids), _READ_CHUNK):
        chunk = complaint_ids[start : start + _READ_CHUNK]
        found = session.execute(
            select(t.complaint_id, t.id, t.office_position, t.office_event_id).where(
                t.complaint_id.in_(chunk)
            )
        )
        for complaint_id, row_id, position, event_id in found:
            rows.setdefault(complaint_id, []).append((row_id, position, event_id))
    reordered = []
    for complaint_id, history in rows.items():
        placed = [
            (row_id, positions.get(event_id or "", position))
            for row_id, position, event_id in history
        ]
        was = [(row_id, position) for row_id, position, _ in history]
        if _in_office_order(was) != _in_office_order(placed):
            reordered.append(complaint_id)
    return sorted(reordered)


def _in_office_order(history: list[tuple[int, int | None]]) -> list[int]:
    """The ids of (id, place) rows in `follow_up`'s office order: placed first, by place; then
    the rest by id."""
    ordered = sorted(history, key=lambda row: (row[1] is None, row[1] or 0, row[0]))
    return [row_id for row_id, _ in ordered]
