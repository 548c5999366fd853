"""Office mode, the desk's side of writing: each change the office needs becomes an office
event in the transaction that makes it (docs/office-mode.md). On a desk that never joined an
office every function here does nothing, and the desk behaves exactly as before.

Applying the events other desks made is `office_apply`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.office import OfficeEventKind
from desktop.store import follow_up, office, office_payloads
from desktop.store.schema import Account, Complaint, FollowUpEventRow


def joined(session: Session) -> office.OfficeLink | None:
    return office.link(session)


def complaint_recorded(session: Session, complaint_id: int, at: dt.datetime) -> None:
    joined_as = office.link(session)
    if joined_as is None:
        return
    payload = office_payloads.complaint_payload(session, complaint_id, joined_as.desk_code)
    office.append_outgoing(session, OfficeEventKind.COMPLAINT_RECORDED, payload, at)


def follow_up_added(session: Session, event_id: int) -> bool:
    """The event just appended becomes an office event; False on a desk on its own."""
    if office.link(session) is None:
        return False
    _share_event(session, follow_up.row(session, event_id))
    return True


def _share_event(session: Session, row: FollowUpEventRow) -> None:
    payload = office_payloads.follow_up_payload(session, row)
    row.office_event_id = office.append_outgoing(
        session, OfficeEventKind.FOLLOW_UP_ADDED, payload, row.at
    )
    session.flush()


def account_saved(session: Session, username: str, at: dt.datetime) -> None:
    if office.link(session) is None:
        return
    payload = office_payloads.account_payload(session, username)
    office.append_outgoing(session, OfficeEventKind.ACCOUNT_SAVED, payload, at)


def share_history(session: Session, at: dt.datetime) -> int:
    """A desk that just joined hands the office everything it holds, once: its accounts, its
    complaints (their numbers unchanged) and each one's history. Returns how many events."""
    joined_as = office.link(session)
    assert joined_as is not None
    before = office.waiting_count(session)
    for username in session.execute(select(Account.username).order_by(Account.id)).scalars():
        office.append_outgoing(
            session,
            OfficeEventKind.ACCOUNT_SAVED,
            office_payloads.account_payload(session, username),
            at,
        )
    complaint_ids = session.execute(select(Complaint.id).order_by(Complaint.id)).scalars().all()
    for complaint_id in complaint_ids:
        payload = office_payloads.complaint_payload(session, complaint_id, joined_as.desk_code)
        office.append_outgoing(session, OfficeEventKind.COMPLAINT_RECORDED, payload, at)
        for row in follow_up.rows_of(session, complaint_id):
            if row.office_event_id is None:
                _share_event(session, row)
    return office.waiting_count(session) - before
