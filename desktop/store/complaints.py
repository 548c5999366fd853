"""Reading and writing complaints. Callers own the transaction (see `Database`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.complaint import (
    AttachmentInfo,
    Channel,
    ComplaintDraft,
    ComplaintType,
    Reporter,
    Status,
)
from desktop.domain.records import ComplaintRecord, ComplaintSummary, StoredAttachment
from desktop.domain.regions import ancestry
from desktop.domain.sla import DerivedFacts
from desktop.store import reference
from desktop.store.regions import names as region_names
from desktop.store.schema import Attachment, Category, Complaint, LocalNumberSequence
from desktop.store.sql_dialect import driver, upsert

PATH_SEPARATOR = reference.PATH_SEPARATOR


def reserve_sequences(session: Session, office_code: str, year: int, amount: int = 1) -> int:
    """Reserve `amount` consecutive local sequence numbers; returns the first.

    Runs inside the caller's write transaction, so a failed save gives its number back.
    """
    statement = (
        upsert(session, LocalNumberSequence)
        .values(office_code=office_code, year=year, last_value=amount)
        .on_conflict_do_update(
            index_elements=["office_code", "year"],
            set_={"last_value": LocalNumberSequence.last_value + amount},
        )
        .returning(LocalNumberSequence.last_value)
    )
    last = int(session.execute(statement).scalar_one())
    return last - amount + 1


def insert_complaint(
    session: Session,
    draft: ComplaintDraft,
    *,
    uuid: str,
    local_number: str,
    received_at: dt.datetime,
    facts: DerivedFacts,
    recorded_at_desk: str = "",
) -> int:
    r = draft.reporter
    row = Complaint(
        uuid=uuid,
        local_number=local_number,
        received_at=received_at,
        channel=draft.channel.value,
        type=draft.type.value,
        supervisory=draft.supervisory,
        category_id=draft.category_id,
        institution_id=draft.institution_id,
        title=draft.title,
        description=draft.description,
        incident_date=draft.incident_date,
        region_code=draft.region_code or None,
        incident_address=draft.incident_address,
        reporter_name=r.name,
        reporter_nik=r.nik,
        reporter_phone=r.phone,
        reporter_email=r.email,
        reporter_address=r.address,
        is_anonymous=draft.is_anonymous,
        is_secret=draft.is_secret,
        privacy_acknowledged=draft.privacy_acknowledged,
        status=facts.status.value,
        national_tracking_id=None,
        created_at=received_at,
        unit_id=facts.unit_id,
        verify_due=facts.due.verify,
        follow_up_due=facts.due.follow_up,
        complete_due=facts.due.complete,
        next_due=facts.due.earliest,
        recorded_at_desk=recorded_at_desk,
    )
    session.add(row)
    session.flush()
    return row.id


def add_attachment(
    session: Session,
    complaint_id: int,
    info: AttachmentInfo,
    stored_name: str,
    added_at: dt.datetime,
) -> int:
    row = Attachment(
        complaint_id=complaint_id,
        original_name=info.original_name,
        stored_name=stored_name,
        media_type=info.media_type,
        size=info.size,
        sha256=info.sha256,
        added_at=added_at,
    )
    session.add(row)
    session.flush()
    return row.id


def summaries(session: Session, ids: Sequence[int]) -> dict[int, ComplaintSummary]:
    """Worklist rows for `ids`, keyed by id (the caller keeps its own order)."""
    if not ids:
        return {}
    statement = (
        select(
            Complaint.id,
            Complaint.local_number,
            Complaint.received_at,
            Complaint.type,
            Category.name,
            Complaint.title,
            Complaint.status,
            Complaint.reporter_name,
            Complaint.is_anonymous,
            Complaint.is_secret,
            Complaint.next_due,
        )
        .outerjoin(Category, Category.id == Complaint.category_id)
        .where(Complaint.id.in_(ids))
    )
    result: dict[int, ComplaintSummary] = {}
    for row in session.execute(statement):
        anonymous = bool(row.is_anonymous)
        result[row.id] = ComplaintSummary(
            id=row.id,
            local_number=row.local_number,
            received_at=row.received_at,
            type=ComplaintType(row.type),
            category=row.name or "",
            title=row.title,
            status=Status(row.status),
            # Masked here, in the store, so no list can show an anonymous reporter by mistake.
            reporter_name="" if anonymous else row.reporter_name,
            is_anonymous=anonymous,
            is_secret=bool(row.is_secret),
            next_due=row.next_due,
        )
    return result


def descriptions(session: Session, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Complaint.id, Complaint.description).where(Complaint.id.in_(ids)))
    return {row.id: row.description for row in rows}


def record(session: Session, complaint_id: int) -> ComplaintRecord | None:
    row = session.get(Complaint, complaint_id)
    if row is None:
        return None
    attachments = session.scalars(
        select(Attachment).where(Attachment.complaint_id == row.id).order_by(Attachment.id)
    )
    region_path = ""
    if row.region_code:
        chain = ancestry(row.region_code)
        found = region_names(session, chain)
        region_path = PATH_SEPARATOR.join(found.get(code, code) for code in chain)
    return ComplaintRecord(
        id=row.id,
        uuid=row.uuid,
        local_number=row.local_number,
        received_at=row.received_at,
        channel=Channel(row.channel),
        type=ComplaintType(row.type),
        supervisory=row.supervisory,
        category_path=reference.category_path(session, row.category_id),
        institution=reference.institution_name(session, row.institution_id),
        title=row.title,
        description=row.description,
        incident_date=row.incident_date,
        region_code=row.region_code or "",
        region_path=region_path,
        incident_address=row.incident_address,
        reporter=Reporter(
            name=row.reporter_name,
            nik=row.reporter_nik,
            phone=row.reporter_phone,
            email=row.reporter_email,
            address=row.reporter_address,
        ),
        is_anonymous=row.is_anonymous,
        is_secret=row.is_secret,
        privacy_acknowledged=row.privacy_acknowledged,
        status=Status(row.status),
        national_tracking_id=row.national_tracking_id or "",
        attachments=tuple(
            StoredAttachment(
                id=a.id,
                info=AttachmentInfo(a.original_name, a.media_type, a.size, a.sha256),
                stored_name=a.stored_name,
            )
            for a in attachments
        ),
    )


def disclosure_facts(session: Session, complaint_id: int) -> tuple[str, bool] | None:
    """The local number and the confidential flag of a complaint, or None if there is none."""
    row = session.execute(
        select(Complaint.local_number, Complaint.is_secret).where(Complaint.id == complaint_id)
    ).one_or_none()
    return None if row is None else (row.local_number, bool(row.is_secret))


def id_by_number(session: Session, local_number: str) -> int | None:
    """The complaint with this local number (a unique index), or None."""
    return session.scalar(select(Complaint.id).where(Complaint.local_number == local_number))


def numbers(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """The local numbers of the complaints `ids` (those that exist), keyed by id."""
    if not ids:
        return {}
    query = select(Complaint.id, Complaint.local_number).where(Complaint.id.in_(set(ids)))
    return {row.id: row.local_number for row in session.execute(query)}


def reporter_of(session: Session, complaint_id: int) -> Reporter | None:
    row = session.get(Complaint, complaint_id)
    if row is None:
        return None
    return Reporter(
        name=row.reporter_name,
        nik=row.reporter_nik,
        phone=row.reporter_phone,
        email=row.reporter_email,
        address=row.reporter_address,
    )


def has_attachment(session: Session, complaint_id: int, stored_name: str) -> bool:
    found = session.scalar(
        select(Attachment.id)
        .where(Attachment.complaint_id == complaint_id, Attachment.stored_name == stored_name)
        .limit(1)
    )
    return found is not None


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Complaint)) or 0)


def all_ids(session: Session) -> list[int]:
    return [row[0] for row in driver(session).execute("SELECT id FROM complaint ORDER BY id")]


def earliest_received(session: Session) -> dt.date | None:
    first = session.scalar(select(func.min(Complaint.received_at)))
    return None if first is None else first.astimezone().date()


def sla_facts_of(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[dt.datetime, ComplaintType, bool]]:
    """When each complaint was received, its type and whether it implies wrongdoing."""
    rows = session.execute(
        select(Complaint.id, Complaint.received_at, Complaint.type, Complaint.supervisory).where(
            Complaint.id.in_(ids)
        )
    )
    return {
        row.id: (row.received_at, ComplaintType(row.type), bool(row.supervisory)) for row in rows
    }


def sla_facts(
    session: Session, complaint_id: int
) -> tuple[dt.datetime, ComplaintType, bool] | None:
    return sla_facts_of(session, [complaint_id]).get(complaint_id)
