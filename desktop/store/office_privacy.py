"""Office mode and personal data: the erased complaints (`OfficeErasure`), and the stored copies
of office events rewritten when a person's data is erased or corrected: the server's register
of events (`OfficeEvent`) and a desk's own outgoing events (`OfficeOutgoing`); the server's
events a desk keeps to give back (`OfficeKept`) are dropped instead, their seal covering the
text as it came. The rules of what
an event holds of a person are `desktop.domain.office_privacy`. Callers own the transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain import office_privacy
from desktop.store.schema import (
    Attachment,
    Complaint,
    OfficeErasure,
    OfficeEvent,
    OfficeKept,
    OfficeOutgoing,
)

# uuids looked for per query: one pass over the stored events for each chunk.
CHUNK = 50

Rewrite = Callable[[str, dict[str, Any]], tuple[dict[str, Any], list[str]]]


def erased(session: Session, uuids: Collection[str]) -> dict[str, dt.datetime]:
    """Which of these complaints the office erased, and when."""
    found: dict[str, dt.datetime] = {}
    wanted = sorted(set(uuids))
    t = OfficeErasure
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = select(t.complaint_uuid, t.erased_at).where(t.complaint_uuid.in_(chunk))
        found |= {uuid: at for uuid, at in session.execute(query)}
    return found


def mark_erased(session: Session, uuids: Collection[str], at: dt.datetime, event_id: str) -> None:
    known = set(erased(session, uuids))
    session.add_all(
        OfficeErasure(complaint_uuid=uuid, erased_at=at, event_id=event_id)
        for uuid in sorted(set(uuids) - known)
    )
    session.flush()


def complaint_ids(session: Session, uuids: Collection[str]) -> dict[str, int]:
    """This register's complaints of these uuids (those it holds)."""
    found: dict[str, int] = {}
    wanted = sorted(set(uuids))
    for start in range(0, len(wanted), 500):
        query = select(Complaint.uuid, Complaint.id).where(
            Complaint.uuid.in_(wanted[start : start + 500])
        )
        found |= {uuid: int(id_) for uuid, id_ in session.execute(query)}
    return found


def uuids_of(session: Session, ids: Collection[int]) -> list[str]:
    """The uuids of these complaints, in the order of `ids`."""
    found: dict[int, str] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        query = select(Complaint.id, Complaint.uuid).where(
            Complaint.id.in_(wanted[start : start + 500])
        )
        found |= {int(id_): uuid for id_, uuid in session.execute(query)}
    return [found[i] for i in ids if i in found]


def _rewrite(
    session: Session,
    table: type[OfficeEvent] | type[OfficeOutgoing],
    uuids: Collection[str],
    change: Rewrite,
) -> list[str]:
    """Rewrite each stored event of `table` whose personal data belongs to one of these
    complaints; the SHA-256 of the attachments they no longer name."""
    dropped: list[str] = []
    for event_id, kind, payload in _naming(session, table, uuids):
        new, gone = change(kind, payload)
        dropped += gone
        if new != payload:
            rewritten = json.dumps(new, ensure_ascii=False, sort_keys=True)
            session.execute(update(table).where(table.id == event_id).values(payload=rewritten))
    session.flush()
    return dropped


def _naming(
    session: Session,
    table: type[OfficeEvent] | type[OfficeOutgoing] | type[OfficeKept],
    uuids: Collection[str],
) -> Iterator[tuple[Any, str, dict[str, Any]]]:
    """The stored events of `table` whose personal data belongs to one of these complaints:
    (id, kind, payload). The uuid in the stored text finds the candidates (on both engines);
    the payload itself decides."""
    wanted = sorted(set(uuids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(table.id, table.kind, table.payload).where(
            or_(*(table.payload.contains(uuid) for uuid in chunk))
        )
        for event_id, kind, text in session.execute(query).all():
            payload = json.loads(text)
            if office_privacy.complaint_of(kind, payload) in set(chunk):
                yield event_id, kind, payload  # not one naming it only as a link or in a text


def erase_stored(
    session: Session,
    uuids: Collection[str],
    at: dt.datetime,
    *,
    register_events: bool,
) -> list[str]:
    """Erase these complaints' personal data from the desk's outgoing events and, with
    `register_events` (the office server), from its register of events. Returns the SHA-256
    of attachments no longer named by those events."""
    moment = at.astimezone(dt.UTC).isoformat()

    def change(kind: str, payload: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        return office_privacy.erased(kind, payload, moment)

    dropped = _rewrite(session, OfficeOutgoing, uuids, change)
    if register_events:
        dropped += _rewrite(session, OfficeEvent, uuids, change)
    # SP4N-LAPOR!'s news about them, kept to give back to a restored register: a rewritten copy
    # would fail the server's seal, and the register's own copy is erased anyway.
    kept = [event_id for event_id, _kind, _payload in _naming(session, OfficeKept, uuids)]
    for start in range(0, len(kept), 500):
        session.execute(delete(OfficeKept).where(OfficeKept.id.in_(kept[start : start + 500])))
    return dropped


def correct_stored(
    session: Session, uuid: str, values: Mapping[str, str], *, register_events: bool
) -> None:
    """The reporter fields of this complaint set to their corrected values in every stored
    event that holds them (outgoing; with `register_events`, the server's too)."""

    def change(kind: str, payload: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        return office_privacy.corrected(kind, payload, values), []

    _rewrite(session, OfficeOutgoing, [uuid], change)
    if register_events:
        _rewrite(session, OfficeEvent, [uuid], change)


def unused_files(session: Session, sha256s: Collection[str]) -> set[str]:
    """Of these attachments, the ones no complaint of this register still has."""
    wanted = sorted(set(sha256s))
    used = (
        set(
            session.execute(
                select(Attachment.sha256).where(Attachment.sha256.in_(wanted))
            ).scalars()
        )
        if wanted
        else set()
    )
    return set(wanted) - used
