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
from desktop.domain.outbox import outbox_kind_for
from desktop.store import follow_up, office, office_national, office_payloads, office_privacy
from desktop.store.schema import Account, Complaint, FollowUpEventRow

# A follow-up event's payload names the desk it was made at (`office_apply` keeps it).
DESK_CODE = "desk_code"


def joined(session: Session) -> office.OfficeLink | None:
    return office.link(session)


def complaint_recorded(session: Session, complaint_id: int, at: dt.datetime) -> None:
    joined_as = office.link(session)
    if joined_as is None:
        return
    payload = office_payloads.complaint_payload(session, complaint_id, joined_as.desk_code)
    # Owed to SP4N-LAPOR!, which in an office the server alone talks to.
    payload[office_payloads.TO_LAPOR] = True
    office.append_outgoing(session, OfficeEventKind.COMPLAINT_RECORDED, payload, at)


def follow_up_added(session: Session, event_id: int) -> bool:
    """The event just appended becomes an office event; False on a desk on its own."""
    joined_as = office.link(session)
    if joined_as is None:
        return False
    row = follow_up.row(session, event_id)
    to_lapor = outbox_kind_for(follow_up.event_of(row)) is not None
    _share_event(session, row, joined_as.desk_code, to_lapor=to_lapor)
    return True


def _share_event(
    session: Session, row: FollowUpEventRow, desk_code: str, *, to_lapor: bool = False
) -> None:
    """`desk_code`: this desk's, where an event made here was made (for every desk's
    timeline). `to_lapor`: the server owes LAPOR! this event (a new one that LAPOR! must hear
    of; the history a desk shares when it joins comes with its own queue instead)."""
    payload = office_payloads.follow_up_payload(session, row)
    row.desk_code = row.desk_code or desk_code
    payload[DESK_CODE] = row.desk_code
    if to_lapor:
        payload[office_payloads.TO_LAPOR] = True
    row.office_event_id = office.append_outgoing(
        session, OfficeEventKind.FOLLOW_UP_ADDED, payload, row.at
    )
    session.flush()


def account_saved(session: Session, username: str, at: dt.datetime) -> None:
    if office.link(session) is None:
        return
    payload = office_payloads.account_payload(session, username)
    office.append_outgoing(session, OfficeEventKind.ACCOUNT_SAVED, payload, at)


def personal_data_erased(
    session: Session, complaint_ids: list[int], reason: str, by: str, at: dt.datetime
) -> None:
    """These complaints' personal data was just erased here (a request, the retention period):
    the office carries it out everywhere (`office_erasure`). This desk's own copies of events
    naming them lose the data now, so none is pushed later with it."""
    joined_as = office.link(session)
    if joined_as is None or not complaint_ids:
        return
    uuids = sorted(office_privacy.uuids_of(session, complaint_ids))
    payload = {
        "complaints": uuids,
        "reason": reason,
        "by": by,
        "desk_code": joined_as.desk_code,
        "at": at.astimezone(dt.UTC).isoformat(),
    }
    event_id = office.append_outgoing(session, OfficeEventKind.PERSONAL_DATA_ERASED, payload, at)
    office_privacy.mark_erased(session, uuids, at, event_id)
    office_privacy.erase_stored(session, uuids, at, register_events=False)


def reporter_corrected(
    session: Session, complaint_id: int, values: dict[str, str], by: str, at: dt.datetime
) -> None:
    """A data subject had the reporter fields corrected here (`values`: name, nik, ... as now
    stored): every desk and the server take the corrected values."""
    joined_as = office.link(session)
    if joined_as is None or not values:
        return
    (uuid,) = office_privacy.uuids_of(session, [complaint_id])
    payload = {"complaint": uuid, "reporter": values, "by": by, "desk_code": joined_as.desk_code}
    office.append_outgoing(session, OfficeEventKind.REPORTER_CORRECTED, payload, at)
    office_privacy.correct_stored(session, uuid, values, register_events=False)


def share_history(session: Session, at: dt.datetime) -> int:
    """A desk that just joined hands the office everything it holds, once: its accounts, its
    complaints (their numbers unchanged), each one's history and its LAPOR! queue, which
    leaves this desk in the same transaction (`office_national`). Returns how many events."""
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
                _share_event(session, row, joined_as.desk_code)
        handover = office_national.handover_payload(session, complaint_id)
        if handover is not None:
            office.append_outgoing(session, OfficeEventKind.NATIONAL_HANDOVER, handover, at)
            office_national.release(session, complaint_id)
    return office.waiting_count(session) - before
