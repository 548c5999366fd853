"""What the office server's administrator reads and changes on the register itself: its desks
(with the position each confirmed it pulled up to), the erasures some desk has not carried
out yet, and the office's accounts with the desk that last saved each. Callers own the
transaction.

A desk moves its pulled position only after it committed what it pulled, and asks for the
events after that position: what it asks for is what it has carried out. The register keeps
that per desk as a setting (as it keeps each desk's audit head), so no migration is needed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.office import SERVER_DESK_ID, OfficeEventKind
from desktop.store.office_register import desk_codes
from desktop.store.schema import Account, OfficeDesk, OfficeEvent, Setting

# Per desk (the key ends with its id): the position the desk last asked for events after.
PULLED = "office.pulled."
# In the payload of an ACCOUNT_SAVED the server made by its administrator's decision.
DECISION = "server_decision"


@dataclass(frozen=True)
class DeskOverview:
    code: str
    label: str
    joined_at: dt.datetime
    last_seen_at: dt.datetime | None
    pulled_up_to: int  # confirmed: the desk committed every event up to here
    pushed: int
    app_version: str
    active: bool
    id: str


@dataclass(frozen=True)
class Erasure:
    position: int
    id: str
    reason: str
    complaints: int
    by_desk: str  # the code of the desk that erased (it carried it out then)
    at: str
    not_carried_out: tuple[str, ...]  # codes of desks that have not pulled past it


@dataclass(frozen=True)
class OfficeAccount:
    username: str
    full_name: str
    role: str
    active: bool
    changed_by: str  # the code of the desk that last saved it ("" : never shared)


def note_pulled(session: Session, desk_id: str, after: int) -> None:
    """The desk asked for the events after `after`: it has carried out those up to there.
    Written only when it moved (a desk pulls many pages)."""
    key = PULLED + desk_id
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=str(after)))
    elif row.value != str(after):
        row.value = str(after)


def pulled_position(session: Session, desk_id: str) -> int | None:
    row = session.get(Setting, PULLED + desk_id)
    return None if row is None else int(row.value)


def _pulled_positions(session: Session) -> dict[str, int]:
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(PULLED))
    return {key[len(PULLED) :]: int(value) for key, value in session.execute(query)}


def desks(session: Session) -> list[DeskOverview]:
    pulled = _pulled_positions(session)
    pushed = dict(
        session.execute(
            select(OfficeEvent.desk_id, func.count()).group_by(OfficeEvent.desk_id)
        ).all()
    )
    rows = session.execute(select(OfficeDesk).order_by(OfficeDesk.joined_at, OfficeDesk.code))
    return [
        DeskOverview(
            code=d.code,
            label=d.label,
            joined_at=d.joined_at,
            last_seen_at=d.last_seen_at,
            pulled_up_to=pulled.get(d.id, 0),
            pushed=int(pushed.get(d.id, 0)),
            app_version=d.app_version,
            active=d.active,
            id=d.id,
        )
        for d in rows.scalars()
    ]


def head(session: Session) -> int:
    return int(session.execute(select(func.max(OfficeEvent.position))).scalar_one() or 0)


def erasures_not_carried_out(session: Session, overview: list[DeskOverview]) -> list[Erasure]:
    """The erasures some desk of the office has not carried out yet, in the office's order.
    The desk that made one carried it out as it made it; a desk that left the office (no
    longer active) is not waited for."""
    waiting = [d for d in overview if d.active]
    if not waiting:
        return []
    lowest = min(d.pulled_up_to for d in waiting)
    query = (
        select(OfficeEvent.position, OfficeEvent.id, OfficeEvent.desk_id, OfficeEvent.payload)
        .where(
            OfficeEvent.kind == OfficeEventKind.PERSONAL_DATA_ERASED.value,
            OfficeEvent.position > lowest,
        )
        .order_by(OfficeEvent.position)
    )
    codes = desk_codes(session)
    found: list[Erasure] = []
    for position, event_id, origin, text in session.execute(query):
        behind = tuple(d.code for d in waiting if d.id != origin and d.pulled_up_to < position)
        if not behind:
            continue
        payload = _payload(text)
        complaints = payload.get("complaints")
        found.append(
            Erasure(
                position=position,
                id=event_id,
                reason=str(payload.get("reason", "")),
                complaints=len(complaints) if isinstance(complaints, list) else 0,
                by_desk=codes.get(origin, ""),
                at=str(payload.get("at", "")),
                not_carried_out=behind,
            )
        )
    return found


def erasure_count(session: Session) -> int:
    query = select(func.count()).where(
        OfficeEvent.kind == OfficeEventKind.PERSONAL_DATA_ERASED.value
    )
    return int(session.execute(query).scalar_one())


def _payload(text: str) -> dict[str, Any]:
    payload = json.loads(text)
    return payload if isinstance(payload, dict) else {}


def last_saved_by(session: Session) -> dict[str, tuple[int, str]]:
    """Username -> (position, origin desk id) of the last ACCOUNT_SAVED event naming it."""
    query = (
        select(OfficeEvent.position, OfficeEvent.desk_id, OfficeEvent.payload)
        .where(OfficeEvent.kind == OfficeEventKind.ACCOUNT_SAVED.value)
        .order_by(OfficeEvent.position)
    )
    found: dict[str, tuple[int, str]] = {}
    for position, desk_id, text in session.execute(query):
        username = _payload(text).get("username")
        if isinstance(username, str):
            found[username] = (position, desk_id)
    return found


def accounts(session: Session) -> list[OfficeAccount]:
    """The accounts of the register, with the desk that last saved each (SRV: the server)."""
    codes = desk_codes(session)
    saved = last_saved_by(session)
    rows = session.execute(select(Account).order_by(Account.username)).scalars()
    return [
        OfficeAccount(
            username=a.username,
            full_name=a.full_name,
            role=a.role,
            active=a.active,
            changed_by=codes.get(saved[a.username][1], "?") if a.username in saved else "",
        )
        for a in rows
    ]


def server_decisions(session: Session) -> dict[str, tuple[int, bool]]:
    """Username -> (position, active) of the last ACCOUNT_SAVED event the server made by its
    administrator's decision (`python -m sync.office accounts disable|enable`)."""
    query = (
        select(OfficeEvent.position, OfficeEvent.payload)
        .where(
            OfficeEvent.kind == OfficeEventKind.ACCOUNT_SAVED.value,
            OfficeEvent.desk_id == SERVER_DESK_ID,
        )
        .order_by(OfficeEvent.position)
    )
    found: dict[str, tuple[int, bool]] = {}
    for position, text in session.execute(query):
        payload = _payload(text)
        if payload.get(DECISION) is True and isinstance(username := payload.get("username"), str):
            found[username] = (int(position), bool(payload.get("active")))
    return found
