"""Office mode: what SP4N-LAPOR! reports back reaches every desk.

In an office only the server talks to LAPOR!, so its news (status changes, the national
side's follow-ups, the tracking id an acknowledged complaint got) lands in the server's
register. Each piece becomes an office event the server makes itself (`SERVER_DESK_ID`), in
the transaction that keeps it, so desks pull it in the office's order like any other event.
On a desk (no desk ever joined its register) these functions do nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.follow_up import EventKind
from desktop.domain.office import OfficeEventKind
from desktop.store import follow_up, office_payloads, office_register
from desktop.store.schema import Complaint, FollowUpEventRow, Setting

# Per complaint (the key ends with its uuid): the server's own events a desk gave back to a
# restored register before the complaint they name was pushed again. They join the office's
# order after it, when it comes (a desk applying the order meets the complaint first).
RETURNED_WAITING = "office.returned_waiting."


def national_event_added(session: Session, event_id: int) -> None:
    """A NATIONAL event just joined a complaint's history on the server: shared as a
    follow-up event, placed in the office's order here as on the desks that pull it."""
    if not office_register.serves_desks(session):
        return
    row = follow_up.row(session, event_id)
    payload = office_payloads.follow_up_payload(session, row)
    row.office_event_id, row.office_position = office_register.append_own(
        session, OfficeEventKind.FOLLOW_UP_ADDED, payload, row.at
    )
    session.flush()


def tracking_id_set(session: Session, complaint_id: int, tracking_id: str, at: dt.datetime) -> None:
    """The server keeps the tracking id LAPOR! gave the complaint (called before it is
    written): shared when it is new to the complaint."""
    if not office_register.serves_desks(session):
        return
    uuid, known = session.execute(
        select(Complaint.uuid, Complaint.national_tracking_id).where(Complaint.id == complaint_id)
    ).one()
    if known == tracking_id:
        return
    payload = {"complaint": uuid, "tracking_id": tracking_id}
    office_register.append_own(session, OfficeEventKind.NATIONAL_TRACKING, payload, at)


def take_tracking_id(session: Session, payload: dict[str, object]) -> bool:
    """A desk takes the tracking id the server shared (the complaint's detail shows it);
    False when it knew it already or has no such complaint."""
    complaint = session.execute(
        select(Complaint).where(Complaint.uuid == payload["complaint"])
    ).scalar_one_or_none()
    tracking_id = str(payload.get("tracking_id") or "")
    if complaint is None or not tracking_id or complaint.national_tracking_id == tracking_id:
        return False
    complaint.national_tracking_id = tracking_id
    session.flush()
    return True


def same_national(
    session: Session, complaint_id: int, at: dt.datetime, text: str
) -> FollowUpEventRow | None:
    """The complaint's NATIONAL entry with this moment and text, if it has one: the same news
    from SP4N-LAPOR!, whichever event brought it (a register restored from a backup learns
    again what its desks already hold)."""
    query = (
        select(FollowUpEventRow)
        .where(
            FollowUpEventRow.complaint_id == complaint_id,
            FollowUpEventRow.kind == EventKind.NATIONAL.value,
            FollowUpEventRow.at == at,
            FollowUpEventRow.text == text,
        )
        .order_by(FollowUpEventRow.office_position)
        .limit(1)
    )
    return session.execute(query).scalar_one_or_none()


def waiting(session: Session, complaint_uuid: str) -> list[dict[str, Any]]:
    """The returned events that wait for this complaint ({id, kind, payload} each)."""
    row = session.get(Setting, RETURNED_WAITING + complaint_uuid)
    return [] if row is None else list(json.loads(row.value))


def any_waiting(session: Session) -> bool:
    """Whether any returned event waits for its complaint (most of the time none does: a
    push's complaints need not each be looked for)."""
    query = (
        select(Setting.key)
        .where(Setting.key.startswith(RETURNED_WAITING, autoescape=True))
        .limit(1)
    )
    return session.execute(query).first() is not None


def wait_for_complaint(session: Session, complaint_uuid: str, event: dict[str, Any]) -> bool:
    """Keep a returned event until its complaint comes again; False if it waits already."""
    held = waiting(session, complaint_uuid)
    if any(each["id"] == event["id"] for each in held):
        return False
    held.append({key: event[key] for key in ("id", "kind", "payload")})
    session.merge(
        Setting(key=RETURNED_WAITING + complaint_uuid, value=json.dumps(held, ensure_ascii=False))
    )
    session.flush()
    return True


def take_waiting(session: Session, complaint_uuid: str) -> list[dict[str, Any]]:
    """The returned events that waited for this complaint, forgotten here: the caller places
    them in the office's order and takes them in, in its transaction."""
    held = waiting(session, complaint_uuid)
    if held:
        session.execute(delete(Setting).where(Setting.key == RETURNED_WAITING + complaint_uuid))
    return held
