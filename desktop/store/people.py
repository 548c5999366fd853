"""Queries for the duties towards data subjects (UU 27/2022): finding a person's complaints,
correcting the reporter fields, and anonymising complaints. Callers own the transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select, update
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from desktop.domain import office_privacy
from desktop.store import follow_up, outbox, report_register
from desktop.store.schema import Attachment, AuditEntry, Complaint
from desktop.store.sql_dialect import contains_operator, indexed_by

# What replaces the title and description (one marker for the register and the office's
# events: `desktop.domain.office_privacy`).
ERASED_TEXT = office_privacy.ERASED_TEXT

# A search that matches more than this is not a search for one person; the list stays usable.
MAX_MATCHES = 1000

REPORTER_COLUMNS = (
    "reporter_name",
    "reporter_nik",
    "reporter_phone",
    "reporter_email",
    "reporter_address",
)


@dataclass(frozen=True)
class PersonRow:
    id: int
    local_number: str
    received_at: dt.datetime
    reporter_name: str
    title: str
    anonymised: bool


def _rows(session: Session, condition: ColumnElement[bool]) -> list[PersonRow]:
    statement = (
        select(
            Complaint.id,
            Complaint.local_number,
            Complaint.received_at,
            Complaint.reporter_name,
            Complaint.title,
            Complaint.anonymised_at,
        )
        .where(condition)
        .order_by(Complaint.received_at, Complaint.id)
        .limit(MAX_MATCHES)
    )
    found = []
    for r in session.execute(statement):
        anonymised = r.anonymised_at is not None
        found.append(
            PersonRow(r.id, r.local_number, r.received_at, r.reporter_name, r.title, anonymised)
        )
    return found


@dataclass(frozen=True)
class Among:
    """Which complaints a person search looks at. The administrator's data-subject requests
    look at all; the counter's search leaves out anonymous reports (nobody at the desk may
    learn from a search that a person filed one) and, for roles that may not read them,
    confidential ones."""

    named_only: bool = False
    without_confidential: bool = False


EVERY_COMPLAINT = Among()


def by_nik(session: Session, nik: str, among: Among = EVERY_COMPLAINT) -> list[PersonRow]:
    """Complaints whose reporter NIK is `nik` (compact form, as intake stores it)."""
    return _rows(session, _among(Complaint.reporter_nik == nik, among))


def by_phone(session: Session, e164: str, among: Among = EVERY_COMPLAINT) -> list[PersonRow]:
    """Complaints whose reporter phone is `e164` (intake stores numbers in E.164)."""
    return _rows(session, _among(Complaint.reporter_phone == e164, among))


def by_name_words(
    session: Session, words: Sequence[str], among: Among = EVERY_COMPLAINT
) -> list[PersonRow]:
    """Complaints whose reporter name contains every one of `words`, letter case aside, in any
    order ("dewi lestari" finds "Dewi Ayu Lestari").

    SQLite's LIKE (PostgreSQL's ILIKE) folds ASCII letters; Indonesian names are written in
    ASCII letters.
    """
    if not words:
        return []
    patterns = [
        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for word in words
    ]
    like = contains_operator(session)
    likes = " AND ".join(f"reporter_name {like} :w{i} ESCAPE '\\'" for i in range(len(patterns)))
    named = " AND NOT is_anonymous" if among.named_only else ""
    named += " AND NOT is_secret" if among.without_confidential else ""
    # Letter case aside on both engines. On SQLite the ids come from scanning the name index
    # alone (a few hundred pages, each decrypted once), not the whole complaint table; the
    # anonymity flag is then read for the few rows that match.
    values: dict[str, Any] = {f"w{i}": pattern for i, pattern in enumerate(patterns)}
    ids = session.execute(
        text_sql(
            f"SELECT id FROM {indexed_by('complaint', 'ix_complaint_reporter_name', session)} "
            f"WHERE {likes}{named} ORDER BY id DESC LIMIT :limit"
        ),
        {**values, "limit": MAX_MATCHES},
    ).scalars()
    return rows(session, list(ids))


def _among(condition: ColumnElement[bool], among: Among) -> ColumnElement[bool]:
    if among.named_only:
        condition = and_(condition, Complaint.is_anonymous.is_(False))
    if among.without_confidential:
        condition = and_(condition, Complaint.is_secret.is_(False))
    return condition


def referenced_attachment_names(session: Session) -> set[str]:
    """Every file name in the attachments folder something keeps: complaints' attachments,
    issued reports and evidence documents (`report_register`)."""
    names = set(session.scalars(select(Attachment.stored_name).distinct()))
    return names | report_register.referenced_file_names(session)


def rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    return _rows(session, Complaint.id.in_(ids)) if ids else []


def not_anonymised_before(session: Session, cutoff: dt.datetime, limit: int) -> list[int]:
    """Ids of up to `limit` complaints received before `cutoff` that still hold personal data."""
    statement = (
        select(Complaint.id)
        .where(Complaint.received_at < cutoff, Complaint.anonymised_at.is_(None))
        .order_by(Complaint.id)
        .limit(limit)
    )
    return list(session.scalars(statement))


def update_reporter(session: Session, complaint_id: int, values: dict[str, str]) -> None:
    """Set reporter columns (keys from REPORTER_COLUMNS without the prefix: name, nik, ...)."""
    columns = {f"reporter_{field}": value for field, value in values.items()}
    if not set(columns) <= set(REPORTER_COLUMNS):
        raise ValueError(f"not reporter fields: {sorted(set(columns) - set(REPORTER_COLUMNS))}")
    if columns:
        session.execute(update(Complaint).where(Complaint.id == complaint_id).values(**columns))


def anonymise(session: Session, ids: Sequence[int], at: dt.datetime) -> list[str]:
    """Remove the personal data of complaints `ids`; returns stored names of files to delete.

    Kept: what statistics need (number, dates, channel, type, category, institution, region,
    status, flags). Removed: the reporter, the text, the incident address and the attachment
    rows. The returned names are those no remaining attachment row uses (one file can serve
    several complaints, being named by its content); delete them only after the commit.
    """
    if not ids:
        return []
    session.execute(
        update(Complaint)
        .where(Complaint.id.in_(ids))
        .values(
            title=ERASED_TEXT,
            description=ERASED_TEXT,
            incident_address="",
            reporter_name="",
            reporter_nik="",
            reporter_phone="",
            reporter_email="",
            reporter_address="",
            anonymised_at=at,
        )
    )
    follow_up.blank_texts(session, list(ids), ERASED_TEXT)
    outbox.withdraw_erased(session, ids, at)
    names = set(
        session.scalars(select(Attachment.stored_name).where(Attachment.complaint_id.in_(ids)))
    )
    session.execute(delete(Attachment).where(Attachment.complaint_id.in_(ids)))
    if not names:
        return []
    still_used = set(
        session.scalars(select(Attachment.stored_name).where(Attachment.stored_name.in_(names)))
    )
    # The same bytes kept as an evidence document or an issued report stay for those.
    still_used |= report_register.still_used(session, names)
    return sorted(names - still_used)


def is_anonymised(session: Session, complaint_id: int) -> bool | None:
    """Whether the complaint was anonymised; None when there is no such complaint."""
    row = session.execute(
        select(Complaint.anonymised_at).where(Complaint.id == complaint_id)
    ).first()
    return None if row is None else row.anonymised_at is not None


def anonymised_at(session: Session, complaint_id: int) -> dt.datetime | None:
    return session.scalar(select(Complaint.anonymised_at).where(Complaint.id == complaint_id))


def audit_for_targets(session: Session, targets: Sequence[str]) -> list[dict[str, Any]]:
    """Audit entries about the given targets (complaint numbers), oldest first."""
    if not targets:
        return []
    statement = select(AuditEntry).where(AuditEntry.target.in_(targets)).order_by(AuditEntry.id)
    return [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "target": e.target,
            "details": json.loads(e.details),
        }
        for e in session.scalars(statement)
    ]
