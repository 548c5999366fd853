"""Office mode: a register restored from a backup takes back the server's own events its desks
give back (docs/office-mode.md, Backups).

The server's own events (SP4N-LAPOR!'s news, the tracking ids it gave) made after the backup
are held only by desks once the register is restored. Each desk gives back those it holds past
the restored position; the server checks its seal on each (no desk speaks for LAPOR!), stores
each once by its id, as its own, and takes it in: the tracking id makes the complaint's create
count as acknowledged (nothing goes to LAPOR! twice), the news joins the timeline once. News
the restored register learnt again meanwhile is not stored twice: the desk is told where the
register has it. An event naming a complaint not pushed again yet waits for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.follow_up import EventKind
from desktop.domain.office import (
    RETURNABLE_KINDS,
    OfficeEventKind,
    PushResult,
    seal_holds,
)
from desktop.services.due_dates import DueDateKeeper
from desktop.services.office_apply import PulledEvent, take_returned
from desktop.services.office_settle import settle_histories
from desktop.store import office_news, office_payloads, office_register

Returned = tuple[str, PushResult, int | None]


def _sealed(key: bytes, event: dict[str, Any]) -> bool:
    event_id, kind, payload, seal = (event.get(k) for k in ("id", "kind", "payload", "seal"))
    if not (isinstance(event_id, str) and len(event_id) == 36 and kind in RETURNABLE_KINDS):
        return False
    if not (isinstance(payload, dict) and isinstance(seal, str)):
        return False
    if not isinstance(payload.get("complaint"), str):
        return False
    if kind == OfficeEventKind.FOLLOW_UP_ADDED.value and (
        payload.get("kind") != EventKind.NATIONAL.value or not isinstance(payload.get("at"), str)
    ):
        return False  # the server's own follow-ups are SP4N-LAPOR!'s news, nothing else
    return seal_holds(key, event_id, str(kind), payload, seal)


def _held_as(session: Session, payload: dict[str, Any]) -> int | None:
    """Where the register holds this national news under another event, if it does."""
    complaint_id = office_payloads.Lookups(session).complaint(payload["complaint"])
    if complaint_id is None:
        return None
    at = office_payloads.parse_moment(payload["at"])
    row = office_news.same_national(session, complaint_id, at, str(payload.get("text") or ""))
    return None if row is None else row.office_position


def take_back(
    session: Session,
    due_dates: DueDateKeeper | None,
    key: bytes,
    events: Sequence[dict[str, Any]],
    now: dt.datetime,
) -> list[Returned]:
    """Each given-back event: (id, result, its place in the office's order, None while it
    waits for its complaint). `due_dates` None: the register keeps the events alone (it takes
    nothing in)."""
    known = office_register.positions_of(session, [str(e.get("id", "")) for e in events])
    results: list[Returned] = []
    touched: set[int] = set()
    for event in events:
        event_id = str(event.get("id", ""))
        if event_id in known:
            results.append((event_id, PushResult.ALREADY_STORED, known[event_id]))
            continue
        if not _sealed(key, event):
            results.append((event_id, PushResult.REFUSED, None))
            continue
        kind, payload = str(event["kind"]), dict(event["payload"])
        if kind == OfficeEventKind.FOLLOW_UP_ADDED.value:
            held = _held_as(session, payload)
            if held is not None:
                results.append((event_id, PushResult.ALREADY_STORED, held))
                continue
        if (
            due_dates is not None
            and office_payloads.Lookups(session).complaint(payload["complaint"]) is None
        ):
            # Placed when the complaint comes again (it must come first in the order).
            fresh = office_news.wait_for_complaint(session, payload["complaint"], event)
            taken = PushResult.STORED if fresh else PushResult.ALREADY_STORED
            results.append((event_id, taken, None))
            continue
        position = office_register.store_own(session, event_id, kind, payload, now)
        known[event_id] = position
        results.append((event_id, PushResult.STORED, position))
        if due_dates is None:
            continue
        pulled = PulledEvent(position, event_id, OfficeEventKind(kind), payload)
        touched |= take_returned(session, [pulled], now)
    if due_dates is not None:
        settle_histories(session, due_dates, touched)
    return results
