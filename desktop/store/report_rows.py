"""What the reports read from the store: complaints with their report facts, and the few other
things a figure needs (acknowledgements, the audit trail's actors, names).

Dialect-neutral on purpose (the office server runs PostgreSQL): SQLAlchemy expressions only,
every bound on a moment computed by the caller as an aware datetime.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from desktop.domain.follow_up import EventKind
from desktop.domain.outbox import OutboxKind, OutboxState
from desktop.domain.report_tally import OPEN_STATUSES, ComplaintRow
from desktop.store.schema import (
    Account,
    AuditEntry,
    Category,
    Complaint,
    ComplaintReportFacts,
    FollowUpEventRow,
    Institution,
    OutboxItem,
    Region,
)

# Well under every driver's limit on bound parameters (SQLite's is 32,766).
_IN_CHUNK = 5_000
T = TypeVar("T")

_c, _f = Complaint, ComplaintReportFacts


def _rows_query() -> Select[*tuple[Any, ...]]:
    return select(
        _c.id,
        _c.local_number,
        _c.received_at,
        _c.channel,
        _c.type,
        _c.supervisory,
        _c.category_id,
        _c.institution_id,
        _c.region_code,
        _f.recorded_by,
        _f.journal,
    ).join(_f, _f.complaint_id == _c.id)


def _complaint_rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[ComplaintRow]:
    return [ComplaintRow(*row) for row in session.execute(query)]


def received_between(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """Complaints received in [start, end) and at or before the cut-off."""
    query = _rows_query().where(
        _c.received_at >= start, _c.received_at < end, _c.received_at <= cut_off
    )
    return _complaint_rows(session, query.order_by(_c.id))


def outside_still_needed(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """Complaints received outside [start, end), at or before the cut-off, that may be open at
    the cut-off (open now, or changed since the cut-off) or closed in [start, end)."""
    outside = and_(_c.received_at <= cut_off, or_(_c.received_at < start, _c.received_at >= end))
    may_matter = or_(
        _c.status.in_([s.value for s in OPEN_STATUSES]),
        _f.last_event_at > cut_off,
        and_(_f.last_closed_at >= start, _f.first_closed_at < end),
    )
    return _complaint_rows(session, _rows_query().where(outside, may_matter).order_by(_c.id))


def archive_reasons(
    session: Session, complaint_ids: Collection[int], cut_off: dt.datetime
) -> dict[int, str]:
    """The reason of each complaint's last archiving at or before the cut-off."""
    e = FollowUpEventRow
    reasons: dict[int, str] = {}
    for chunk in _chunks(sorted(complaint_ids)):
        query = (
            select(e.complaint_id, e.reason)
            .where(e.complaint_id.in_(chunk), e.kind == EventKind.ARCHIVED.value, e.at <= cut_off)
            .order_by(e.id)
        )
        for complaint_id, reason in session.execute(query):
            reasons[complaint_id] = reason  # the last one wins
    return reasons


def acknowledgements(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> dict[int, dt.datetime]:
    """When the national side acknowledged the creation of each complaint received in
    [start, end), for those it did at or before the cut-off."""
    o = OutboxItem
    query = (
        select(o.complaint_id, o.updated_at)
        .join(_c, _c.id == o.complaint_id)
        .where(
            _c.received_at >= start,
            _c.received_at < end,
            o.kind == OutboxKind.CREATE.value,
            o.state == OutboxState.ACKNOWLEDGED.value,
            o.updated_at <= cut_off,
        )
    )
    return {complaint_id: at for complaint_id, at in session.execute(query)}


def actors_between(session: Session, start: dt.datetime, cut_off: dt.datetime) -> frozenset[str]:
    """Who has an entry in the audit trail in (start, cut_off]."""
    query = (
        select(AuditEntry.actor)
        .where(AuditEntry.at > start, AuditEntry.at <= cut_off, AuditEntry.actor != "")
        .distinct()
    )
    return frozenset(session.execute(query).scalars())


def active_accounts(session: Session) -> dict[str, str]:
    """Active accounts: username to full name."""
    query = select(Account.username, Account.full_name).where(Account.active.is_(True))
    return dict(session.execute(query).all())


def account_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Account.username, Account.full_name)).all())


def categories(session: Session) -> dict[int, tuple[str, int | None]]:
    query = select(Category.id, Category.name, Category.parent_id)
    return {i: (name, parent) for i, name, parent in session.execute(query)}


def institutions(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Institution.id, Institution.name)).all())


def region_names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for chunk in _chunks(sorted(set(codes))):
        query = select(Region.code, Region.name).where(Region.code.in_(chunk))
        names.update(session.execute(query).all())
    return names


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]
