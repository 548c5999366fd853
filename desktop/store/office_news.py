"""Office mode: what SP4N-LAPOR! reports back reaches every desk.

In an office only the server talks to LAPOR!, so its news (status changes, the national
side's follow-ups, the tracking id an acknowledged complaint got) lands in the server's
register. Each piece becomes an office event the server makes itself (`SERVER_DESK_ID`), in
the transaction that keeps it, so desks pull it in the office's order like any other event.
On a desk (no desk ever joined its register) these functions do nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.office import OfficeEventKind
from desktop.store import follow_up, office_payloads, office_register
from desktop.store.schema import Complaint


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
