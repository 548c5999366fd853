"""What synchronisation reads and writes besides the outbox: complaints and events as they go
out, the mapping to national ids, and each sent complaint's national state and poll schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.domain import mapping_keys
from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import EventKind
from desktop.domain.outbox import OutgoingComplaint, OutgoingFollowUp
from desktop.store import office_news, reference
from desktop.store.schema import (
    Attachment,
    Category,
    Complaint,
    FollowUpEventRow,
    Institution,
    NationalMapping,
    NationalPoll,
)

MANUAL = "manual"
FROM_MASTERS = "masters"


def outgoing_complaint(session: Session, complaint_id: int) -> OutgoingComplaint | None:
    c = Complaint
    row = session.execute(
        select(
            c.id,
            c.uuid,
            c.local_number,
            c.title,
            c.description,
            c.channel,
            c.type,
            c.category_id,
            Category.name.label("category_name"),
            c.institution_id,
            Institution.name.label("institution_name"),
            c.region_code,
            c.incident_date,
            c.is_anonymous,
            c.is_secret,
            c.anonymised_at,
        )
        .outerjoin(Category, Category.id == c.category_id)
        .outerjoin(Institution, Institution.id == c.institution_id)
        .where(c.id == complaint_id)
    ).first()
    if row is None:
        return None
    return OutgoingComplaint(
        complaint_id=row.id,
        uuid=row.uuid,
        local_number=row.local_number,
        title=row.title,
        description=row.description,
        channel=Channel(row.channel),
        type=ComplaintType(row.type),
        category_id=row.category_id,
        category_name=row.category_name or "",
        institution_id=row.institution_id,
        institution_name=row.institution_name or "",
        region_code=row.region_code,
        incident_date=row.incident_date,
        is_anonymous=bool(row.is_anonymous),
        is_secret=bool(row.is_secret),
        anonymised=row.anonymised_at is not None,
    )


def outgoing_follow_up(session: Session, event_id: int) -> OutgoingFollowUp | None:
    e = FollowUpEventRow
    row = session.execute(
        select(
            e.complaint_id,
            e.kind,
            e.text,
            e.reason,
            e.institution_id,
            Institution.name.label("institution_name"),
            Complaint.national_tracking_id,
            Complaint.is_secret,
        )
        .join(Complaint, Complaint.id == e.complaint_id)
        .outerjoin(Institution, Institution.id == e.institution_id)
        .where(e.id == event_id)
    ).first()
    if row is None:
        return None
    return OutgoingFollowUp(
        complaint_id=row.complaint_id,
        national_id=row.national_tracking_id or "",
        kind=EventKind(row.kind),
        text=row.text or row.reason,
        is_secret=bool(row.is_secret),
        institution_id=row.institution_id,
        institution_name=row.institution_name or "",
    )


@dataclass(frozen=True)
class ComplaintToFind:
    """What a person needs to find a complaint on the LAPOR! site."""

    title: str
    received_at: dt.datetime
    is_secret: bool
    tracking_id: str
    attachments: tuple[str, ...]


def complaints_to_find(
    session: Session, complaint_ids: Sequence[int]
) -> dict[int, ComplaintToFind]:
    if not complaint_ids:
        return {}
    c = Complaint
    names: dict[int, list[str]] = {}
    for complaint_id, name in session.execute(
        select(Attachment.complaint_id, Attachment.original_name)
        .where(Attachment.complaint_id.in_(complaint_ids))
        .order_by(Attachment.id)
    ):
        names.setdefault(complaint_id, []).append(name)
    rows = session.execute(
        select(c.id, c.title, c.received_at, c.is_secret, c.national_tracking_id).where(
            c.id.in_(complaint_ids)
        )
    )
    return {
        r.id: ComplaintToFind(
            r.title,
            r.received_at,
            bool(r.is_secret),
            r.national_tracking_id or "",
            tuple(names.get(r.id, ())),
        )
        for r in rows
    }


@dataclass(frozen=True)
class StoredAttachment:
    stored_name: str
    original_name: str
    media_type: str
    size: int


def attachment(session: Session, attachment_id: int) -> StoredAttachment | None:
    a = Attachment
    row = session.execute(
        select(a.stored_name, a.original_name, a.media_type, a.size).where(a.id == attachment_id)
    ).first()
    return None if row is None else StoredAttachment(*row)


# --- the mapping ---------------------------------------------------------------------------


def mapping(session: Session) -> dict[str, dict[str, str]]:
    """kind -> local key -> national value. Entries an older desk stored by a category's path
    or an institution's name (provisioning took them as written) are read by the local id the
    sync looks up; an id's own entry wins over a name's."""
    found: dict[str, dict[str, str]] = {}
    by_name: list[tuple[str, str, str]] = []
    for kind, key, value in session.execute(
        select(NationalMapping.kind, NationalMapping.local_key, NationalMapping.national_value)
    ):
        if kind in ("category", "institution") and not key.isdigit() and key != "default":
            by_name.append((kind, key, value))
        else:
            found.setdefault(kind, {})[key] = value
    for kind, key, value in by_name:
        resolved = local_key_for(session, kind, key)
        if resolved is not None:
            found.setdefault(kind, {}).setdefault(resolved, value)
    return found


def local_key_for(session: Session, kind: str, key: str) -> str | None:
    """The local id (or code) a mapping entry's key names; None when it names nothing here."""
    categories: list[tuple[int, str]] = []
    institutions: list[tuple[int, str]] = []
    if kind == "category":
        categories = [(c.id, c.path) for c in reference.categories(session)]
    elif kind == "institution":
        institutions = [(i.id, i.name) for i in reference.institutions(session)]
    return mapping_keys.local_key(kind, key, categories, institutions)


@dataclass(frozen=True)
class MappingRow:
    kind: str
    local_key: str
    national_value: str
    source: str


def mapping_rows(session: Session) -> list[MappingRow]:
    m = NationalMapping
    rows = session.execute(
        select(m.kind, m.local_key, m.national_value, m.source).order_by(m.kind, m.local_key)
    )
    return [MappingRow(*r) for r in rows]


def set_mapping(session: Session, kind: str, local_key: str, value: str, source: str) -> None:
    """Set (or with an empty value, remove) one entry."""
    m = NationalMapping
    session.execute(delete(m).where(m.kind == kind, m.local_key == local_key))
    if value:
        session.add(
            NationalMapping(kind=kind, local_key=local_key, national_value=value, source=source)
        )
        session.flush()


def refresh_from_masters(session: Session, kind: str, values: Mapping[str, str]) -> int:
    """Entries of `kind` from a master list (local key -> national id), leaving IT staff's
    own entries alone; how many changed."""
    m = NationalMapping
    manual = {
        key
        for (key,) in session.execute(select(m.local_key).where(m.kind == kind, m.source == MANUAL))
    }
    current = mapping(session).get(kind, {})
    changed = 0
    for key, value in values.items():
        if key in manual or current.get(key) == value:
            continue
        set_mapping(session, kind, key, value, FROM_MASTERS)
        changed += 1
    return changed


def local_names(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    """Category and institution names by id, to match the national masters by name."""
    categories = {i: n for i, n in session.execute(select(Category.id, Category.name))}
    institutions = {i: n for i, n in session.execute(select(Institution.id, Institution.name))}
    return categories, institutions


# --- sent complaints -------------------------------------------------------------------------


def set_tracking_id(
    session: Session, complaint_id: int, national_id: str, now: dt.datetime
) -> None:
    """The national side acknowledged the complaint: keep its tracking id, and start asking it
    how the complaint goes. On an office server the desks learn the id too (`office_news`)."""
    office_news.tracking_id_set(session, complaint_id, national_id, now)
    session.execute(
        update(Complaint)
        .where(Complaint.id == complaint_id)
        .values(national_tracking_id=national_id)
    )
    if session.get(NationalPoll, complaint_id) is None:
        session.add(
            NationalPoll(
                complaint_id=complaint_id,
                national_id=national_id,
                status_name="",
                disposition_name="",
                logs_seen=0,
                follow_ups_seen=0,
                next_poll_at=now,
                last_change_at=now,
            )
        )
        session.flush()


@dataclass(frozen=True)
class PollState:
    complaint_id: int
    national_id: str
    status_code: str | None
    status_name: str
    disposition_name: str
    logs_seen: int
    follow_ups_seen: int
    last_change_at: dt.datetime
    received_at: dt.datetime


def _poll_select():  # type: ignore[no-untyped-def]
    p = NationalPoll
    return select(
        p.complaint_id,
        p.national_id,
        p.status_code,
        p.status_name,
        p.disposition_name,
        p.logs_seen,
        p.follow_ups_seen,
        p.last_change_at,
        Complaint.received_at,
    ).join(Complaint, Complaint.id == p.complaint_id)


def polls_due(session: Session, now: dt.datetime, limit: int) -> list[PollState]:
    p = NationalPoll
    query = _poll_select().where(p.next_poll_at <= now).order_by(p.next_poll_at).limit(limit)
    return [PollState(*r) for r in session.execute(query)]


def poll_state(session: Session, complaint_id: int) -> PollState | None:
    row = session.execute(_poll_select().where(NationalPoll.complaint_id == complaint_id)).first()
    return None if row is None else PollState(*row)


def save_poll(
    session: Session,
    complaint_id: int,
    *,
    status_code: str | None,
    status_name: str,
    disposition_name: str,
    logs_seen: int,
    follow_ups_seen: int,
    polled_at: dt.datetime,
    next_poll_at: dt.datetime,
    changed: bool,
    problem: str | None,
) -> None:
    values: dict[str, object] = {
        "status_code": status_code,
        "status_name": status_name[:80],
        "disposition_name": disposition_name[:200],
        "logs_seen": logs_seen,
        "follow_ups_seen": follow_ups_seen,
        "last_polled_at": polled_at,
        "next_poll_at": next_poll_at,
        "problem": problem,
    }
    if changed:
        values["last_change_at"] = polled_at
    session.execute(
        update(NationalPoll).where(NationalPoll.complaint_id == complaint_id).values(**values)
    )


def postpone_poll(
    session: Session, complaint_id: int, until: dt.datetime, problem: str | None = None
) -> None:
    session.execute(
        update(NationalPoll)
        .where(NationalPoll.complaint_id == complaint_id)
        .values(next_poll_at=until, problem=problem)
    )
