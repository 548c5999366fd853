"""What office events carry, read from a desk's rows, and written into another desk's rows.

Integer keys are each desk's own, so a payload names things the way every desk can find them:
complaints and events by their ids shared across the office (uuid, office event id),
institutions by their (unique) name, categories by id (desks provisioned from one file share
them; an unknown one is left empty), regions by their Kemendagri code.

Attachments travel as metadata only for now: the files themselves are not yet exchanged, so a
pulled complaint lists no attachment rows (docs/office-mode.md, "Not yet").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.schema import (
    Account,
    Attachment,
    Category,
    Complaint,
    ComplaintReportFacts,
    FollowUpEventRow,
    Institution,
    Region,
)

_COMPLAINT_FIELDS = (
    "uuid",
    "local_number",
    "channel",
    "type",
    "supervisory",
    "category_id",
    "title",
    "description",
    "region_code",
    "incident_address",
    "reporter_name",
    "reporter_nik",
    "reporter_phone",
    "reporter_email",
    "reporter_address",
    "is_anonymous",
    "is_secret",
    "privacy_acknowledged",
)
_EVENT_FIELDS = ("kind", "actor", "text", "reason", "rating", "contact_method", "national_status")


def _moment(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def _parse_moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _institution_name(session: Session, institution_id: int | None) -> str | None:
    if institution_id is None:
        return None
    return session.get(Institution, institution_id).name  # type: ignore[union-attr]


def _institution_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = session.execute(select(Institution.id).where(Institution.name == name)).scalar()
    if found is None:  # another desk's own entry: added here, so the history reads the same
        row = Institution(name=name, active=True, aliases="")
        session.add(row)
        session.flush()
        return row.id
    return int(found)


def complaint_payload(session: Session, complaint_id: int, desk_code: str) -> dict[str, Any]:
    row = session.get(Complaint, complaint_id)
    assert row is not None
    facts = session.get(ComplaintReportFacts, complaint_id)
    payload: dict[str, Any] = {name: getattr(row, name) for name in _COMPLAINT_FIELDS}
    payload |= {
        "received_at": _moment(row.received_at),
        "created_at": _moment(row.created_at),
        "incident_date": row.incident_date.isoformat() if row.incident_date else None,
        "institution": _institution_name(session, row.institution_id),
        "recorded_by": facts.recorded_by if facts is not None else "",
        "desk_code": row.recorded_at_desk or desk_code,
        "attachments": [
            {
                "original_name": a.original_name,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
                "added_at": _moment(a.added_at),
            }
            for a in session.execute(
                select(Attachment).where(Attachment.complaint_id == complaint_id)
            ).scalars()
        ],
    }
    return payload


def insert_complaint(session: Session, payload: dict[str, Any], status: str) -> int | None:
    """Another desk's complaint into this desk's register; None when it is here already
    (its uuid), so applying an event twice changes nothing."""
    uuid = payload["uuid"]
    if session.execute(select(Complaint.id).where(Complaint.uuid == uuid)).scalar() is not None:
        return None
    category_id = payload.get("category_id")
    if category_id is not None and session.get(Category, category_id) is None:
        category_id = None
    region_code = payload.get("region_code")
    if region_code and session.get(Region, region_code) is None:
        region_code = None
    values = {name: payload[name] for name in _COMPLAINT_FIELDS}
    incident = payload.get("incident_date")
    row = Complaint(
        **values
        | {
            "category_id": category_id,
            "region_code": region_code,
            "received_at": _parse_moment(payload["received_at"]),
            "created_at": _parse_moment(payload["created_at"]),
            "incident_date": dt.date.fromisoformat(incident) if incident else None,
            "institution_id": _institution_id(session, payload.get("institution")),
            "status": status,
            "recorded_at_desk": payload.get("desk_code", ""),
        }
    )
    session.add(row)
    session.flush()
    return row.id


def follow_up_payload(session: Session, row: FollowUpEventRow) -> dict[str, Any]:
    complaint_uuid = session.execute(
        select(Complaint.uuid).where(Complaint.id == row.complaint_id)
    ).scalar_one()
    linked = None
    if row.linked_complaint_id is not None:
        linked = session.execute(
            select(Complaint.uuid).where(Complaint.id == row.linked_complaint_id)
        ).scalar_one()
    corrects = None
    if row.corrects_event_id is not None:
        corrected = session.get(FollowUpEventRow, row.corrects_event_id)
        corrects = corrected.office_event_id if corrected is not None else None
    payload: dict[str, Any] = {name: getattr(row, name) for name in _EVENT_FIELDS}
    return payload | {
        "complaint": complaint_uuid,
        "at": _moment(row.at),
        "unit": _institution_name(session, row.unit_id),
        "institution": _institution_name(session, row.institution_id),
        "linked_complaint": linked,
        "corrects": corrects,
    }


def event_row(
    session: Session, payload: dict[str, Any], office_event_id: str, position: int
) -> FollowUpEventRow | None:
    """Another desk's follow-up event as a row of this desk (not yet added); None when the
    complaint it belongs to is not here (an event that came before its complaint cannot be,
    in the office's order, so this is a damaged register: the caller logs it)."""
    complaint_id = session.execute(
        select(Complaint.id).where(Complaint.uuid == payload["complaint"])
    ).scalar()
    if complaint_id is None:
        return None
    linked_id = None
    if payload.get("linked_complaint"):
        linked_id = session.execute(
            select(Complaint.id).where(Complaint.uuid == payload["linked_complaint"])
        ).scalar()
    corrects_id = None
    if payload.get("corrects"):
        corrects_id = session.execute(
            select(FollowUpEventRow.id).where(
                FollowUpEventRow.office_event_id == payload["corrects"]
            )
        ).scalar()
    values = {name: payload.get(name) for name in _EVENT_FIELDS}
    values["text"] = values["text"] or ""
    values["reason"] = values["reason"] or ""
    return FollowUpEventRow(
        **values,
        complaint_id=complaint_id,
        at=_parse_moment(payload["at"]),
        unit_id=_institution_id(session, payload.get("unit")),
        institution_id=_institution_id(session, payload.get("institution")),
        linked_complaint_id=linked_id,
        corrects_event_id=corrects_id,
        office_event_id=office_event_id,
        office_position=position,
        overtaken=False,
    )


def account_payload(session: Session, username: str) -> dict[str, Any]:
    row = session.execute(select(Account).where(Account.username == username)).scalar_one()
    return {
        "username": row.username,
        "full_name": row.full_name,
        "role": row.role,
        "password_hash": row.password_hash,
        "active": row.active,
        "created_at": _moment(row.created_at),
        "password_changed_at": _moment(row.password_changed_at),
    }


def save_account(session: Session, payload: dict[str, Any]) -> None:
    """An office account as the office last saved it: created, changed, disabled. Sign-in
    counts and locks stay each desk's own."""
    row = session.execute(
        select(Account).where(Account.username == payload["username"])
    ).scalar_one_or_none()
    if row is None:
        row = Account(
            username=payload["username"],
            failed_logins=0,
            created_at=_parse_moment(payload["created_at"]),
        )
        session.add(row)
    row.full_name = payload["full_name"]
    row.role = payload["role"]
    row.password_hash = payload["password_hash"]
    row.active = bool(payload["active"])
    row.password_changed_at = _parse_moment(payload["password_changed_at"])
    session.flush()
