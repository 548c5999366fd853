"""The office server's register: its events (each stored once, by id), its desks, its
one-time join codes. Callers own the transaction; the server runs each request in one.

Plain SQLAlchemy Core and ORM on the tables of migration 0013: nothing here is SQLite's own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.domain.complaint import time_ordered_uuid
from desktop.domain.office import (
    SERVER_DESK_CODE,
    SERVER_DESK_ID,
    SERVER_ONLY_KINDS,
    AuditHeadCheck,
    OfficeEventKind,
    PushResult,
    desk_code_for,
)
from desktop.store.bulk_insert import BulkInsert
from desktop.store.schema import OfficeDesk, OfficeEvent, OfficeJoinCode, Setting

# Per desk (the key ends with its id): "count:hash", the head of its audit trail the server
# last accepted; and the last alarm, "when what count:hash", kept until IT staff look.
AUDIT_HEAD = "office.audit_head."
AUDIT_ALARM = "office.audit_alarm."


def secret_hash(secret: str) -> str:
    """Tokens and desk secrets are long random strings: a plain SHA-256 is enough (there is
    no password to guess), and the register never holds them in clear."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class JoinRefusal(StrEnum):
    UNKNOWN = "unknown"  # never issued here (or mistyped)
    USED = "used"
    EXPIRED = "expired"


@dataclass(frozen=True)
class JoinedDesk:
    id: str
    code: str


@dataclass(frozen=True)
class StoredEvent:
    position: int
    id: str
    desk_id: str
    kind: str
    payload: dict[str, Any]


def add_join_code(
    session: Session, token: str, label: str, now: dt.datetime, lifetime: dt.timedelta
) -> None:
    session.add(
        OfficeJoinCode(
            token_hash=secret_hash(token),
            label=label,
            created_at=now,
            expires_at=now + lifetime,
        )
    )


def redeem_join_code(
    session: Session,
    token: str,
    now: dt.datetime,
    *,
    desk_id: str,
    desk_secret: str,
    app_version: str,
) -> JoinedDesk | JoinRefusal:
    """Use the code once: the desk joins with the next desk code."""
    code = session.get(OfficeJoinCode, secret_hash(token))
    if code is None:
        return JoinRefusal.UNKNOWN
    if code.used_at is not None:
        return JoinRefusal.USED
    if code.expires_at <= now:
        return JoinRefusal.EXPIRED
    joined_before = session.execute(select(func.count()).select_from(OfficeDesk)).scalar_one()
    desk_code = desk_code_for(int(joined_before))
    session.add(
        OfficeDesk(
            id=desk_id,
            code=desk_code,
            label=code.label,
            secret_hash=secret_hash(desk_secret),
            joined_at=now,
            app_version=app_version[:20],
            active=True,
        )
    )
    code.used_at, code.used_by = now, desk_id
    return JoinedDesk(desk_id, desk_code)


def authenticated_desk(session: Session, desk_id: str, secret: str) -> OfficeDesk | None:
    desk = session.get(OfficeDesk, desk_id)
    if desk is None or not desk.active:
        return None
    if not hmac.compare_digest(desk.secret_hash, secret_hash(secret)):
        return None
    return desk


def desk_codes(session: Session) -> dict[str, str]:
    codes = {i: c for i, c in session.execute(select(OfficeDesk.id, OfficeDesk.code))}
    return codes | {SERVER_DESK_ID: SERVER_DESK_CODE}


def serves_desks(session: Session) -> bool:
    """This register is an office server's and desks joined it: what it learns on its own
    (SP4N-LAPOR!'s news) is theirs to pull. False on every desk (its table is empty)."""
    return session.execute(select(OfficeDesk.id).limit(1)).first() is not None


def append_own(
    session: Session, kind: OfficeEventKind, payload: dict[str, Any], at: dt.datetime
) -> tuple[str, int]:
    """An event the server makes itself, appended to the office's order in the caller's
    transaction (the one that made the change it carries): its id and position."""
    event_id = time_ordered_uuid(at, int.from_bytes(os.urandom(10)) >> 6)
    return event_id, store_own(session, event_id, kind.value, payload, at)


def store_own(
    session: Session, event_id: str, kind: str, payload: dict[str, Any], at: dt.datetime
) -> int:
    """One of the server's own events into its order (made now, or given back by a desk to a
    register restored without it): its position."""
    last = session.execute(
        select(func.max(OfficeEvent.desk_sequence)).where(OfficeEvent.desk_id == SERVER_DESK_ID)
    ).scalar_one()
    head = session.execute(select(func.max(OfficeEvent.position))).scalar_one()
    row = OfficeEvent(
        id=event_id,
        desk_id=SERVER_DESK_ID,
        desk_sequence=(last or 0) + 1,
        based_on=head or 0,  # the server made it knowing every event before it
        kind=kind,
        payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        received_at=at,
    )
    session.add(row)
    session.flush()
    return row.position


def positions_of(session: Session, ids: Sequence[str]) -> dict[str, int]:
    """The places of the events the register holds among `ids`."""
    query = select(OfficeEvent.id, OfficeEvent.position).where(OfficeEvent.id.in_(list(ids)))
    return {event_id: position for event_id, position in session.execute(query)}


def events_by_ids(session: Session, ids: Sequence[str]) -> list[StoredEvent]:
    """The events among `ids` the register holds, in the office's order."""
    query = select(OfficeEvent).where(OfficeEvent.id.in_(list(ids))).order_by(OfficeEvent.position)
    return [
        StoredEvent(r.position, r.id, r.desk_id, r.kind, json.loads(r.payload))
        for r in session.execute(query).scalars()
    ]


_EVENT_COLUMNS = ("id", "desk_id", "desk_sequence", "based_on", "kind", "payload", "received_at")


def store_events(
    session: Session, desk_id: str, events: Sequence[dict[str, Any]], now: dt.datetime
) -> list[tuple[str, PushResult, int | None]]:
    """Each event stored once by its id: (id, result, its position in the office's order).
    The new ones are inserted together, in the batch's order (one executemany: the register
    numbers them one after another), then their positions read back."""
    ids = [str(e.get("id", "")) for e in events]
    known = {
        event_id: position
        for event_id, position in session.execute(
            select(OfficeEvent.id, OfficeEvent.position).where(OfficeEvent.id.in_(ids))
        )
    }
    inserter = BulkInsert(session.connection().dialect, _EVENT_COLUMNS, OfficeEvent)
    received_at = inserter.converter("received_at")(now)
    results: list[tuple[str, PushResult, int | None]] = []
    rows: list[tuple[Any, ...]] = []
    stored: set[str] = set()
    for event in events:
        event_id = str(event.get("id", ""))
        if event_id in known or event_id in stored:
            results.append((event_id, PushResult.ALREADY_STORED, known.get(event_id)))
            continue
        try:
            row = (
                event_id,
                desk_id,
                int(event["sequence"]),
                int(event["based_on"]),
                str(event["kind"]),
                json.dumps(event["payload"], ensure_ascii=False, sort_keys=True),
                received_at,
            )
        except (KeyError, TypeError, ValueError):
            results.append((event_id, PushResult.REFUSED, None))
            continue
        if len(event_id) != 36 or row[4] in SERVER_ONLY_KINDS:
            results.append((event_id, PushResult.REFUSED, None))
            continue
        rows.append(row)
        stored.add(event_id)
        results.append((event_id, PushResult.STORED, None))
    if not rows:
        return results
    inserter.execute(session, rows)
    new_ids = [row[0] for row in rows]
    query = select(OfficeEvent.id, OfficeEvent.position).where(OfficeEvent.id.in_(new_ids))
    positions = {event_id: position for event_id, position in session.execute(query)}
    return [
        (event_id, result, positions.get(event_id) if result is not PushResult.REFUSED else None)
        if position is None
        else (event_id, result, position)
        for event_id, result, position in results
    ]


def events_after(
    session: Session, after: int, limit: int, asking_desk: str
) -> tuple[list[StoredEvent], int, int]:
    """The office's events after `after`, in order, at most `limit`, but the asking desk's own
    (it has them); the position that page reaches, and the register's last position. The own
    events' payloads are not read: a desk that just pushed its history pulls past all of it."""
    t = OfficeEvent
    query = (
        select(
            t.position,
            t.id,
            t.desk_id,
            t.kind,
            case((t.desk_id == asking_desk, None), else_=t.payload),
        )
        .where(t.position > after)
        .order_by(t.position)
        .limit(limit)
    )
    rows = session.execute(query).all()
    head = session.execute(select(func.max(t.position))).scalar_one() or 0
    events = [
        StoredEvent(position, event_id, desk_id, kind, json.loads(payload))
        for position, event_id, desk_id, kind, payload in rows
        if desk_id != asking_desk
    ]
    up_to = rows[-1].position if rows else max(after, 0)
    return events, up_to, int(head)


def seen(session: Session, desk: OfficeDesk, now: dt.datetime, app_version: str) -> None:
    desk.last_seen_at = now
    desk.app_version = app_version[:20]


def audit_head_known(session: Session, desk_id: str) -> tuple[int, str]:
    """The desk's audit head the server last accepted: (0, "") before the first."""
    row = session.get(Setting, AUDIT_HEAD + desk_id)
    if row is None:
        return 0, ""
    count, _, head = row.value.partition(":")
    return int(count), head


def check_audit_head(
    session: Session,
    desk_id: str,
    count: int,
    head: str,
    anchor: str | None,
    now: dt.datetime,
) -> AuditHeadCheck:
    """A desk's audit head: `count` entries ending with `head`, and `anchor`, the hash its trail
    has now at the count the server accepted last. Kept when the trail only grew from there;
    else an alarm is kept and the head the server trusts stays the old one."""
    known_count, known_hash = audit_head_known(session, desk_id)
    if count < known_count:
        found = AuditHeadCheck.CUT
    elif known_count and anchor != known_hash:
        found = AuditHeadCheck.REWRITTEN
    else:
        found = AuditHeadCheck.KEPT
    if found is AuditHeadCheck.KEPT:
        session.merge(Setting(key=AUDIT_HEAD + desk_id, value=f"{count}:{head}"))
    else:
        when = now.astimezone(dt.UTC).isoformat(timespec="seconds")
        alarm = f"{when} {found.value} {count}:{head}"
        session.merge(Setting(key=AUDIT_ALARM + desk_id, value=alarm))
    return found


def audit_alarms(session: Session) -> dict[str, str]:
    """Desk code -> its last audit alarm, for IT staff."""
    codes = desk_codes(session)
    alarms = select(Setting.key, Setting.value).where(Setting.key.startswith(AUDIT_ALARM))
    rows = session.execute(alarms)
    return {codes.get(key[len(AUDIT_ALARM) :], key): value for key, value in rows}
