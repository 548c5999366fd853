"""What office events carry, read from a desk's rows, and written into another desk's rows.

Integer keys are each desk's own, so a payload names things the way every desk can find them:
complaints and events by their ids shared across the office (uuid, office event id),
institutions by their (unique) name, categories by id (desks provisioned from one file share
them; an unknown one is left empty), regions by their Kemendagri code.

Attachments travel as metadata in the payload and as files beside the events (`sync.office`
fetches them before applying); a pulled complaint lists the attachments whose files are here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
# In a payload: the server owes SP4N-LAPOR! this complaint or follow-up (made in office mode).
TO_LAPOR = "to_lapor"
_EVENT_FIELDS = ("kind", "actor", "text", "reason", "rating", "contact_method", "national_status")


def _moment(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def parse_moment(text: str) -> dt.datetime:
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


class Lookups:
    """What a batch of office events names, found once for the batch rather than once per
    event: complaints by uuid, institutions by name (the ones added here included). A complaint
    `find_complaints` did not find counts as absent until `added_complaint`: for a batch that
    alone adds complaints while it runs; others look for a complaint not found again."""

    CHUNK = 500  # uuids per query, well under SQLite's limit of bound parameters

    def __init__(self, session: Session) -> None:
        self._session = session
        self._complaints: dict[str, int] = {}
        self._institutions: dict[str, int | None] = {}
        self._absent: set[str] = set()
        self._references: dict[tuple[type, object], bool] = {}

    def find_complaints(self, uuids: set[str]) -> None:
        """Look the complaints of these uuids up together."""
        wanted = sorted(u for u in uuids if u not in self._complaints)
        for start in range(0, len(wanted), self.CHUNK):
            chunk = wanted[start : start + self.CHUNK]
            query = select(Complaint.uuid, Complaint.id).where(Complaint.uuid.in_(chunk))
            self._complaints |= {uuid: int(id_) for uuid, id_ in self._session.execute(query)}
            self._absent |= {u for u in chunk if u not in self._complaints}

    def find_references(self, payloads: list[dict[str, Any]]) -> None:
        """Look up together the categories, regions and institutions these complaint and
        follow-up payloads name."""
        wanted: dict[type[Category] | type[Region], set[object]] = {Category: set(), Region: set()}
        names: set[str] = set()
        for payload in payloads:
            if payload.get("category_id") is not None:
                wanted[Category].add(payload["category_id"])
            if payload.get("region_code"):
                wanted[Region].add(payload["region_code"])
            for key in ("institution", "unit"):
                if isinstance(payload.get(key), str) and payload[key]:
                    names.add(payload[key])
        for table, keys in wanted.items():
            key_column: Any = Category.id if table is Category else Region.code
            new = sorted((k for k in keys if (table, k) not in self._references), key=str)
            for start in range(0, len(new), self.CHUNK):
                chunk = new[start : start + self.CHUNK]
                found = set(
                    self._session.execute(select(key_column).where(key_column.in_(chunk))).scalars()
                )
                self._references |= {(table, k): k in found for k in chunk}
        missing = sorted(n for n in names if n not in self._institutions)
        for start in range(0, len(missing), self.CHUNK):
            names_chunk = missing[start : start + self.CHUNK]
            by_name = select(Institution.name, Institution.id).where(
                Institution.name.in_(names_chunk)
            )
            self._institutions |= {n: int(i) for n, i in self._session.execute(by_name)}
        # A name not found is added by `institution` when a row needs it, as before.

    def complaint(self, uuid: str) -> int | None:
        if uuid not in self._complaints and uuid not in self._absent:
            query = select(Complaint.id).where(Complaint.uuid == uuid)
            found = self._session.execute(query).scalar()
            if found is not None:
                self._complaints[uuid] = int(found)
        return self._complaints.get(uuid)

    def added_complaint(self, uuid: str, complaint_id: int) -> None:
        self._complaints[uuid] = complaint_id
        self._absent.discard(uuid)

    def has(self, table: type[Category] | type[Region], key: object) -> bool:
        """Whether this desk has the category or region of that key (its reference lists)."""
        if (table, key) not in self._references:
            with self._session.no_autoflush:  # reference lists: nothing pending changes them
                found = self._session.get(table, key)
            self._references[table, key] = found is not None
        return self._references[table, key]

    def institution(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self._institutions:
            self._institutions[name] = _institution_id(self._session, name)
        return self._institutions[name]


def known_events(session: Session, office_event_ids: list[str]) -> dict[str, int]:
    """The complaint of each of these office events this desk holds already, by event id."""
    t = FollowUpEventRow
    found: dict[str, int] = {}
    for start in range(0, len(office_event_ids), Lookups.CHUNK):
        chunk = office_event_ids[start : start + Lookups.CHUNK]
        query = select(t.office_event_id, t.complaint_id).where(t.office_event_id.in_(chunk))
        found |= {str(event_id): int(c) for event_id, c in session.execute(query)}
    return found


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
        # Erased before it was shared (a desk that joins after an erasure): it stays so.
        "anonymised_at": _moment(row.anonymised_at) if row.anonymised_at else None,
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


def complaint_values(
    payload: dict[str, Any], status: str, lookups: Lookups
) -> dict[str, Any] | None:
    """Another desk's complaint as the column values of a new row of this register (its id
    aside: the caller gives it); None when it is here already (its uuid), so applying an
    event twice changes nothing. Its attachments are `attachment_values`'."""
    if lookups.complaint(payload["uuid"]) is not None:
        return None
    category_id = payload.get("category_id")
    if category_id is not None and not lookups.has(Category, category_id):
        category_id = None
    region_code = payload.get("region_code")
    if region_code and not lookups.has(Region, region_code):
        region_code = None
    incident = payload.get("incident_date")
    anonymised = payload.get("anonymised_at")
    values = {name: payload[name] for name in _COMPLAINT_FIELDS}
    return values | {
        "category_id": category_id,
        "region_code": region_code,
        "received_at": parse_moment(payload["received_at"]),
        "created_at": parse_moment(payload["created_at"]),
        "incident_date": dt.date.fromisoformat(incident) if incident else None,
        "institution_id": lookups.institution(payload.get("institution")),
        "status": status,
        "recorded_at_desk": payload.get("desk_code", ""),
        # Derived from the history when it is settled (`office_settle`).
        "unit_id": None,
        "verify_due": None,
        "follow_up_due": None,
        "complete_due": None,
        "next_due": None,
        "national_tracking_id": None,
        # Erased before it was shared (a desk that joins after an erasure): it stays so.
        "anonymised_at": parse_moment(anonymised) if anonymised else None,
    }


def attachment_values(
    payload: dict[str, Any], complaint_id: int, stored_name: Callable[[str], str | None]
) -> list[dict[str, Any]]:
    """The complaint's attachments whose files are here (`stored_name`: the stored name of a
    file by its SHA-256, None when missing: the complaint is listed without it)."""
    rows = []
    for attachment in [] if payload.get("anonymised_at") else payload.get("attachments", []):
        name = stored_name(attachment["sha256"])
        if name is None:
            continue
        rows.append(
            {
                "complaint_id": complaint_id,
                "original_name": attachment["original_name"],
                "stored_name": name,
                "media_type": attachment["media_type"],
                "size": int(attachment["size"]),
                "sha256": attachment["sha256"],
                "added_at": parse_moment(attachment["added_at"]),
            }
        )
    return rows


def attachment_ids(session: Session, complaint_id: int) -> list[int]:
    query = select(Attachment.id).where(Attachment.complaint_id == complaint_id)
    return list(session.execute(query.order_by(Attachment.id)).scalars())


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


def event_values(
    payload: dict[str, Any],
    office_event_id: str,
    position: int,
    lookups: Lookups,
    event_id_of: Callable[[str], int | None],
) -> dict[str, Any] | None:
    """Another desk's follow-up event as the column values of a new row of this desk (its id
    aside: the caller gives it); None when the complaint it belongs to is not here (an event
    that came before its complaint cannot be, in the office's order, so this is a damaged
    register: the caller logs it). `event_id_of`: this desk's id of an event by its office id
    (the one a correction corrects)."""
    complaint_id = lookups.complaint(payload["complaint"])
    if complaint_id is None:
        return None
    linked_id = None
    if payload.get("linked_complaint"):
        linked_id = lookups.complaint(payload["linked_complaint"])
    corrects_id = event_id_of(payload["corrects"]) if payload.get("corrects") else None
    values = {name: payload.get(name) for name in _EVENT_FIELDS}
    values["text"] = values["text"] or ""
    values["reason"] = values["reason"] or ""
    return values | {
        "complaint_id": complaint_id,
        "at": parse_moment(payload["at"]),
        "unit_id": lookups.institution(payload.get("unit")),
        "institution_id": lookups.institution(payload.get("institution")),
        "linked_complaint_id": linked_id,
        "corrects_event_id": corrects_id,
        "office_event_id": office_event_id,
        "office_position": position,
        "overtaken": False,
    }


def stored_event_id(session: Session, office_event_id: str) -> int | None:
    query = select(FollowUpEventRow.id).where(FollowUpEventRow.office_event_id == office_event_id)
    found = session.execute(query).scalar()
    return None if found is None else int(found)


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
            created_at=parse_moment(payload["created_at"]),
        )
        session.add(row)
    row.full_name = payload["full_name"]
    row.role = payload["role"]
    row.password_hash = payload["password_hash"]
    row.active = bool(payload["active"])
    row.password_changed_at = parse_moment(payload["password_changed_at"])
    session.flush()
