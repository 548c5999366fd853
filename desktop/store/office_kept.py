"""The office events a desk keeps as they came (`OfficeKept`, docs/office-mode.md).

- The server's own events (SP4N-LAPOR!'s news, with the server's seal): a register restored
  from a backup lacks those it made after the backup, and only desks hold them then; each desk
  gives back those past the restored position (`give_back_after`, `to_give_back`).
- Events of a kind this release cannot read (a newer server's): kept unread instead of failing
  the pull, and applied once an upgrade knows their kind (`unread`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.store.schema import OfficeKept


@dataclass(frozen=True)
class KeptEvent:
    position: int
    id: str
    kind: str
    payload: dict[str, Any]
    seal: str | None  # the server's seal on its own events; None on another desk's
    unread: bool = False


def keep(session: Session, events: Sequence[KeptEvent]) -> None:
    """Keep (or note the new place of) pulled events; a re-pulled one is in the register, so
    nothing of it waits to be given back."""
    if not events:
        return
    found = {
        row.id: row
        for row in session.execute(
            select(OfficeKept).where(OfficeKept.id.in_([e.id for e in events]))
        ).scalars()
    }
    for event in events:
        row = found.get(event.id)
        if row is not None:
            row.position, row.give_back = event.position, False
            continue
        session.add(
            OfficeKept(
                id=event.id,
                position=event.position,
                kind=event.kind,
                payload=json.dumps(event.payload, ensure_ascii=False, sort_keys=True),
                seal=event.seal,
                unread=event.unread,
                give_back=False,
            )
        )
    session.flush()


def _kept(row: OfficeKept) -> KeptEvent:
    return KeptEvent(row.position, row.id, row.kind, json.loads(row.payload), row.seal, row.unread)


def unread(session: Session) -> list[KeptEvent]:
    """Events kept unread (their kind unknown when pulled), in the office's order."""
    query = select(OfficeKept).where(OfficeKept.unread.is_(True)).order_by(OfficeKept.position)
    return [_kept(row) for row in session.execute(query).scalars()]


def mark_read(session: Session, ids: Sequence[str]) -> None:
    if ids:
        session.execute(update(OfficeKept).where(OfficeKept.id.in_(list(ids))).values(unread=False))


def give_back_after(session: Session, restored_at: int) -> int:
    """The register was restored holding positions up to `restored_at`: the server's events
    kept past it wait to be given back. How many."""
    marked = session.execute(
        update(OfficeKept)
        .where(OfficeKept.seal.is_not(None), OfficeKept.position > restored_at)
        .values(give_back=True)
        .returning(OfficeKept.id)
    ).all()
    return len(marked)


def to_give_back(session: Session, limit: int) -> list[KeptEvent]:
    query = (
        select(OfficeKept)
        .where(OfficeKept.give_back.is_(True))
        .order_by(OfficeKept.position)
        .limit(limit)
    )
    return [_kept(row) for row in session.execute(query).scalars()]


def given_back(session: Session, positions: Mapping[str, int], refused: Sequence[str] = ()) -> None:
    """The restored register holds these events again, at these places; the `refused` ones
    it will never take (they stay kept, not offered again)."""
    if refused:
        session.execute(
            update(OfficeKept).where(OfficeKept.id.in_(list(refused))).values(give_back=False)
        )
    for event_id, position in positions.items():
        session.execute(
            update(OfficeKept)
            .where(OfficeKept.id == event_id)
            .values(position=position, give_back=False)
        )


def waiting_count(session: Session) -> int:
    query = select(OfficeKept.id).where(OfficeKept.give_back.is_(True))
    return len(session.execute(query).all())
