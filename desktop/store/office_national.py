"""Office mode and SP4N-LAPOR!: the national queue moves from the desks to the server.

A desk that joins hands over, per complaint, its LAPOR! items (whatever their state) and what it
knows of the complaint on the national side; the items leave the desk's queue in the same
transaction, so exactly one of the two ever sends them. The server recreates them as they were:
an item whose outcome is unknown stays unknown (the server's round reconciles it before sending
anything again), an acknowledged one keeps its national id (later follow-ups name it).

Things are named the way both ends find them: the complaint by uuid, a follow-up by its office
event id, an attachment by its file's SHA-256.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.domain.outbox import OWED, OutboxKind, OutboxState, SyncProblem
from desktop.store import national
from desktop.store.office_epoch import RestoredMoments, restored_moments
from desktop.store.schema import (
    Attachment,
    Complaint,
    FollowUpEventRow,
    NationalPoll,
    OfficeDesk,
    OutboxItem,
)

_POLL_FIELDS = ("status_code", "status_name", "disposition_name", "logs_seen", "follow_ups_seen")


def _moment(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _parse(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC) if text else None


def handover_payload(session: Session, complaint_id: int) -> dict[str, Any] | None:
    """The complaint's LAPOR! queue and national state, or None when it has neither (never
    queued for LAPOR!: recorded before synchronisation existed, or seeded)."""
    complaint = session.get(Complaint, complaint_id)
    assert complaint is not None
    rows = session.execute(
        select(OutboxItem).where(OutboxItem.complaint_id == complaint_id).order_by(OutboxItem.id)
    ).scalars()
    items = [_item(session, row) for row in rows]
    poll = session.get(NationalPoll, complaint_id)
    if not items and poll is None and not complaint.national_tracking_id:
        return None
    return {
        "complaint": complaint.uuid,
        "tracking_id": complaint.national_tracking_id,
        "poll": {name: getattr(poll, name) for name in _POLL_FIELDS} if poll else None,
        "items": items,
    }


def _item(session: Session, row: OutboxItem) -> dict[str, Any]:
    event = session.get(FollowUpEventRow, row.event_id) if row.event_id is not None else None
    attachment = session.get(Attachment, row.attachment_id) if row.attachment_id else None
    state = row.state
    problem = row.problem
    if state == OutboxState.SENDING:  # cut off mid-request: it may have arrived
        state, problem = OutboxState.UNKNOWN.value, SyncProblem.INTERRUPTED.value
    return {
        "kind": row.kind,
        "state": state,
        "attempts": row.attempts,
        "remote_id": row.remote_id,
        "problem": problem,
        "detail": row.detail,
        "sending_since": _moment(row.sending_since),
        "created_at": _moment(row.created_at),
        "event": event.office_event_id if event is not None else None,
        "attachment": attachment.sha256 if attachment is not None else None,
    }


def release(session: Session, complaint_id: int) -> None:
    """The desk's items of a complaint once handed over: they leave its queue."""
    session.execute(delete(OutboxItem).where(OutboxItem.complaint_id == complaint_id))


def sent_before_restore(
    session: Session,
    restored: RestoredMoments | None,
    desk_code: str | None,
    recorded_at: dt.datetime,
) -> dt.datetime | None:
    """Whether what a desk pushes now, recorded at `recorded_at` (the desk's clock) by the
    desk of `desk_code` (None: a follow-up, which names no desk), may have gone to SP4N-LAPOR!
    already: the moment it would have left at the earliest, or None.

    The rule: in a register restored from a backup, anything a desk that had joined recorded
    before the restore may have been pushed to the lost register and sent by it before the
    disk was lost, and no desk may ever give back the tracking id LAPOR! gave (the server made
    it after the backup, and the disk may have gone before any desk pulled it). The desk
    pushing it again cannot tell either: it pushes again whatever the backup lacks, sent or
    not. So its outcome is unknown, and the server's round looks for it on LAPOR! (by
    reference, else between its neighbours, else a person says) before anything is sent; a
    tracking id given back meanwhile settles it too (`tracking_id_returned`). What was recorded
    after the restore, or by a desk that joined after it (the server's clock), cannot have
    gone: the lost server was gone by then. A desk's clock running ahead by less than the
    time the server was down changes nothing (the lost server sent only what was pushed
    before its disk was lost); one running behind only makes a few new ones looked for."""
    if restored is None or recorded_at >= restored.restored:
        return None
    if desk_code is None:
        return restored.backup_last
    joined_at = session.execute(
        select(OfficeDesk.joined_at).where(OfficeDesk.code == desk_code)
    ).scalar_one_or_none()
    if joined_at is not None and joined_at >= restored.restored:
        return None
    return restored.backup_last


def take_over(session: Session, payload: dict[str, Any], now: dt.datetime) -> bool:
    """The server takes a desk's handed-over queue for one complaint; False when the complaint
    is not here or was taken over before (a handover applies once). In a register restored
    from a backup, what was still owed when handed over before the restore may have been sent
    by the lost register: its outcome is unknown (`sent_before_restore`)."""
    complaint = session.execute(
        select(Complaint).where(Complaint.uuid == payload["complaint"])
    ).scalar_one_or_none()
    if complaint is None:
        return False
    queued = session.execute(
        select(OutboxItem.id).where(OutboxItem.complaint_id == complaint.id).limit(1)
    ).first()
    if queued is not None:
        return False
    restored = restored_moments(session)
    for item in payload.get("items", []):
        _add_item(session, complaint.id, item, now, restored, complaint.recorded_at_desk)
    tracking = payload.get("tracking_id")
    if tracking:
        national.set_tracking_id(session, complaint.id, tracking, now)
        poll = session.get(NationalPoll, complaint.id)
        if poll is not None and payload.get("poll"):
            for name in _POLL_FIELDS:
                setattr(poll, name, payload["poll"][name])
    session.flush()
    return True


def _add_item(
    session: Session,
    complaint_id: int,
    item: dict[str, Any],
    now: dt.datetime,
    restored: RestoredMoments | None,
    desk_code: str,
) -> None:
    kind = OutboxKind(item["kind"])
    event_id = attachment_id = None
    if item.get("event"):
        event_id = session.execute(
            select(FollowUpEventRow.id).where(FollowUpEventRow.office_event_id == item["event"])
        ).scalar()
    if item.get("attachment"):
        attachment_id = session.execute(
            select(Attachment.id).where(
                Attachment.complaint_id == complaint_id, Attachment.sha256 == item["attachment"]
            )
        ).scalar()
    state = OutboxState(item["state"])
    owed = state != OutboxState.ACKNOWLEDGED
    if kind is OutboxKind.ATTACHMENT and attachment_id is None and owed:
        return  # the file did not come with the complaint: the create goes without it
    if kind in (OutboxKind.FOLLOW_UP, OutboxKind.FORWARD) and event_id is None:
        return  # not possible in the office's order (the event came first); nothing to send
    problem = item.get("problem")
    sending_since = _parse(item.get("sending_since"))
    created_at = _parse(item.get("created_at")) or now
    may_have_left = sent_before_restore(session, restored, desk_code, created_at)
    if state is OutboxState.PENDING and kind is not OutboxKind.ATTACHMENT and may_have_left:
        state, problem = OutboxState.UNKNOWN, SyncProblem.RESTORED.value
        sending_since = may_have_left
    session.add(
        OutboxItem(
            complaint_id=complaint_id,
            kind=kind,
            attachment_id=attachment_id,
            event_id=event_id,
            state=state,
            attempts=int(item.get("attempts") or 0),
            remote_id=item.get("remote_id"),
            problem=problem,
            detail=item.get("detail") or "",
            sending_since=sending_since,
            created_at=created_at,
            updated_at=now,
        )
    )


def tracking_id_returned(
    session: Session, complaint_id: int, tracking_id: str, now: dt.datetime
) -> bool:
    """A desk gave back the tracking id SP4N-LAPOR! gave this complaint, which a register
    restored from a backup had lost: the complaint keeps it and the server asks LAPOR! about
    it again, and its create (with its attachments) counts as acknowledged, so the server
    never creates it a second time. A complaint that has another id meanwhile keeps it.
    False when nothing changed."""
    known = session.execute(
        select(Complaint.national_tracking_id).where(Complaint.id == complaint_id)
    ).scalar_one()
    if known:
        return False
    # Kept first, so `national.set_tracking_id` finds the id known and makes no new event.
    session.execute(
        update(Complaint)
        .where(Complaint.id == complaint_id)
        .values(national_tracking_id=tracking_id)
    )
    national.set_tracking_id(session, complaint_id, tracking_id, now)
    owed = [state.value for state in OWED]
    session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.complaint_id == complaint_id,
            OutboxItem.kind == OutboxKind.CREATE,
            OutboxItem.state.in_(owed),
        )
        .values(
            state=OutboxState.ACKNOWLEDGED,
            remote_id=tracking_id,
            problem=None,
            sending_since=None,
            updated_at=now,
        )
    )
    session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.complaint_id == complaint_id,
            OutboxItem.kind == OutboxKind.ATTACHMENT,
            OutboxItem.state.in_(owed),
        )
        .values(state=OutboxState.ACKNOWLEDGED, problem=None, sending_since=None, updated_at=now)
    )
    return True
