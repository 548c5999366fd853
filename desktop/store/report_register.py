"""Rows of the register of issued reports and of the evidence documents; callers own the
transaction.

There is no update of an issued report and no delete of either, here or anywhere: the tables'
triggers (migration 0011) refuse them too. An evidence document is withdrawn by setting its
withdrawal columns once.

`audit verify` covers issued reports the way `register_seal` covers complaints: the entry that
issued a report carries a digest of its row (`SEAL_KEY`), inside the hash chain; `check` compares
every row with it, so a row changed or added around the desk is found.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session

from desktop.domain.audit_actions import AuditAction
from desktop.store.schema import AuditEntry, EvidenceDocument, IssuedReport

SEAL_KEY = "seal"
REPORT_KEY = "report"
_SEAL_CHARS = 16  # as register_seal's: 64 bits

# Fixed, not the table's columns: a column added later must not change every seal.
SEALED_COLUMNS = (
    IssuedReport.id,
    IssuedReport.period_kind,
    IssuedReport.first_day,
    IssuedReport.last_day,
    IssuedReport.format,
    IssuedReport.options,
    IssuedReport.cut_off,
    IssuedReport.file_name,
    IssuedReport.stored_name,
    IssuedReport.media_type,
    IssuedReport.size,
    IssuedReport.sha256,
    IssuedReport.headline,
    IssuedReport.issued_by,
    IssuedReport.issued_at,
)


def add_report(session: Session, row: IssuedReport) -> int:
    session.add(row)
    session.flush()
    return row.id


def reports(session: Session) -> list[IssuedReport]:
    """Every issued report, newest first."""
    query = select(IssuedReport).order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
    return list(session.scalars(query))


def report(session: Session, report_id: int) -> IssuedReport | None:
    return session.get(IssuedReport, report_id)


def seal_of(session: Session, report_id: int) -> str | None:
    """The digest of report `report_id`'s row as stored (None: no such row)."""
    row = session.execute(select(*SEALED_COLUMNS).where(IssuedReport.id == report_id)).first()
    return None if row is None else _digest(row)


def _digest(row: Row[Any] | Sequence[Any]) -> str:
    body = json.dumps([_plain(value) for value in row], ensure_ascii=True)
    return hashlib.sha256(body.encode("ascii")).hexdigest()[:_SEAL_CHARS]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        # Aware or naive as the driver gives it: the same instant gives the same text.
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class ReportCheck:
    """How the issued reports stand against the entries that issued them."""

    reports: int
    changed: list[int] = field(default_factory=list)  # ids not as their entry sealed them
    unaccounted: list[int] = field(default_factory=list)  # ids no entry issued
    removed: list[int] = field(default_factory=list)  # issued by an entry, row gone

    @property
    def whole(self) -> bool:
        return not (self.changed or self.unaccounted or self.removed)


def check(session: Session) -> ReportCheck:
    sealed: dict[int, str] = {}
    query = select(AuditEntry.details).where(AuditEntry.action == AuditAction.REPORT_ISSUED)
    for (details,) in session.execute(query):
        try:
            content = json.loads(details)
            sealed[int(content[REPORT_KEY])] = str(content[SEAL_KEY])
        except (ValueError, KeyError, TypeError):
            continue  # a changed entry breaks the chain, which the chain check reports
    changed, unaccounted, count = [], [], 0
    for row in session.execute(select(*SEALED_COLUMNS).order_by(IssuedReport.id)):
        count += 1
        expected = sealed.pop(int(row[0]), None)
        if expected is None:
            unaccounted.append(int(row[0]))
        elif expected != _digest(row):
            changed.append(int(row[0]))
    return ReportCheck(count, changed, unaccounted, sorted(sealed))


# ------------------------------------------------------------------ evidence documents


def add_evidence(session: Session, row: EvidenceDocument) -> int:
    session.add(row)
    session.flush()
    return row.id


def evidence(session: Session, document_id: int) -> EvidenceDocument | None:
    return session.get(EvidenceDocument, document_id)


def evidence_of_year(
    session: Session, year: int, *, withdrawn: bool = False
) -> list[EvidenceDocument]:
    """A year's documents in the order they were added; withdrawn ones only if asked."""
    query = select(EvidenceDocument).where(EvidenceDocument.year == year)
    if not withdrawn:
        query = query.where(EvidenceDocument.withdrawn_at.is_(None))
    return list(session.scalars(query.order_by(EvidenceDocument.id)))


def evidence_years(session: Session) -> list[int]:
    query = select(EvidenceDocument.year).distinct().order_by(EvidenceDocument.year)
    return [int(year) for year in session.scalars(query)]


def withdraw_evidence(
    session: Session, document_id: int, by: str, at: dt.datetime, reason: str
) -> bool:
    """Withdraw a document not yet withdrawn; False when there is none such."""
    done = session.execute(
        update(EvidenceDocument)
        .where(EvidenceDocument.id == document_id, EvidenceDocument.withdrawn_at.is_(None))
        .values(withdrawn_by=by, withdrawn_at=at, withdraw_reason=reason)
    )
    return bool(getattr(done, "rowcount", 0))


def referenced_file_names(session: Session) -> set[str]:
    """The stored names in the attachments folder that reports and evidence keep: never an
    orphan to clean up, always in a backup."""
    names: set[str] = set()
    for column in (IssuedReport.stored_name, EvidenceDocument.stored_name):
        names.update(session.scalars(select(column).distinct()))
    return names


def still_used(session: Session, names: Iterable[str]) -> set[str]:
    """Which of `names` a report or evidence document keeps (one file serves all that have the
    same content)."""
    wanted = sorted(set(names))
    found: set[str] = set()
    for column in (IssuedReport.stored_name, EvidenceDocument.stored_name):
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found
