"""What the reports read from the store: complaints with their report facts, and the few other
things a figure needs (acknowledgements, the audit trail's actors, names).

Dialect-neutral on purpose (the office server runs PostgreSQL): SQLAlchemy expressions only,
every bound on a moment computed by the caller as an aware datetime.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select
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
    ComplaintReportSettled,
    FollowUpEventRow,
    Institution,
    OutboxItem,
    Region,
)

# Well under every driver's limit on bound parameters (SQLite's is 32,766).
_IN_CHUNK = 5_000
_STREAM = 2_000  # rows fetched at a time where a report streams them
T = TypeVar("T")

_c, _f, _s = Complaint, ComplaintReportFacts, ComplaintReportSettled


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


def _unsettled(cut_off: dt.datetime) -> ColumnElement[bool]:
    """No settled row the report may read at `cut_off`: none, or one changed after it."""
    return or_(_s.complaint_id.is_(None), _s.last_event_at > cut_off)


def _outside(start: dt.datetime, end: dt.datetime, cut_off: dt.datetime) -> ColumnElement[bool]:
    return and_(_c.received_at <= cut_off, or_(_c.received_at < start, _c.received_at >= end))


def _closed_between(start: dt.datetime, end: dt.datetime) -> ColumnElement[bool]:
    """Closed at least once in [start, end) may be true (by the first and last closures)."""
    return and_(_f.last_closed_at >= start, _f.first_closed_at < end)


def received_between(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """Complaints received in [start, end) and at or before the cut-off."""
    query = _rows_query().where(
        _c.received_at >= start, _c.received_at < end, _c.received_at <= cut_off
    )
    return _complaint_rows(session, query.order_by(_c.id))


def unsettled_received_between(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """Complaints received in [start, end) and at or before the cut-off that have no settled
    row to read at the cut-off (`settled_received_between` gives the others). Their ids first,
    from the complaint index and the settled rows, then their journals: joined at once, the
    database read the (wide) journal row of every complaint of the period."""
    ids = session.scalars(
        select(_c.id)
        .outerjoin(_s, _s.complaint_id == _c.id)
        .where(
            _c.received_at >= start,
            _c.received_at < end,
            _c.received_at <= cut_off,
            _unsettled(cut_off),
        )
    ).all()
    rows: list[ComplaintRow] = []
    for chunk in _chunks(sorted(ids)):
        query = _rows_query().where(_c.id.in_(chunk)).order_by(_c.id)
        rows.extend(_complaint_rows(session, query))
    return rows


def settled_received_between(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> Iterator[Sequence[Any]]:
    """The settled complaints received in [start, end), at or before the cut-off, with their
    last event at or before it: rows in `report_totals.SETTLED_ROW` order, streamed, about in
    register order (by receipt: read along the index, no sorting)."""
    query = (
        select(
            _c.id,
            _c.local_number,
            _c.channel,
            _c.type,
            _c.supervisory,
            _c.category_id,
            _c.institution_id,
            _c.region_code,
            _s.recorded_by,
            _s.status,
            _s.merged,
            _s.unit_id,
            _s.reopened,
            _s.verify_days,
            _s.verify_on_time,
            _s.verify_due,
            _s.follow_up_days,
            _s.follow_up_on_time,
            _s.follow_up_due,
            _s.complete_days,
            _s.complete_on_time,
            _s.complete_due,
            _s.timeline,
        )
        .join(_s, _s.complaint_id == _c.id)
        .where(
            _c.received_at >= start,
            _c.received_at < end,
            _c.received_at <= cut_off,
            _s.last_event_at <= cut_off,
        )
        .order_by(_c.received_at, _c.id)
    )
    for partition in session.connection().execute(query).partitions(_STREAM):
        yield from partition


def outside_still_needed(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """Complaints received outside [start, end), at or before the cut-off, that may be open at
    the cut-off (open now, or changed since the cut-off) or closed in [start, end)."""
    outside = _outside(start, end, cut_off)
    may_matter = or_(
        _c.status.in_([s.value for s in OPEN_STATUSES]),
        _f.last_event_at > cut_off,
        _closed_between(start, end),
    )
    return _complaint_rows(session, _rows_query().where(outside, may_matter).order_by(_c.id))


def unsettled_outside_still_needed(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[ComplaintRow]:
    """`outside_still_needed` for the complaints without a settled row to read at the cut-off,
    on a desk whose settled rows are all derived: those are the ones open now (no settled row)
    and those changed after the cut-off; the closed ones come from `settled_closed_outside`.
    One query for each, by its index (together, SQLite read every row)."""
    found: dict[int, ComplaintRow] = {}
    # Those changed after the cut-off by the facts' index (a few, or none): as a condition on
    # the joined row, the database read every complaint received before the period.
    changed = _c.id.in_(select(_f.complaint_id).where(_f.last_event_at > cut_off))
    for reason in (_c.status.in_([s.value for s in OPEN_STATUSES]), changed):
        query = (
            _rows_query()
            .outerjoin(_s, _s.complaint_id == _c.id)
            .where(_outside(start, end, cut_off), reason, _unsettled(cut_off))
        )
        for row in _complaint_rows(session, query):
            found[row.id] = row
    return [found[i] for i in sorted(found)]


def settled_closed_outside(
    session: Session, start: dt.datetime, end: dt.datetime, cut_off: dt.datetime
) -> list[tuple[int, bool, str]]:
    """Settled complaints received outside [start, end) (at or before the cut-off, their last
    event too) that may have been closed in it: (id, merged, timeline)."""
    query = select(_s.complaint_id, _s.merged, _s.timeline).where(
        _s.last_closed_at >= start,
        _s.first_closed_at < end,
        _s.received_at <= cut_off,
        or_(_s.received_at < start, _s.received_at >= end),
        _s.last_event_at <= cut_off,
    )
    return [(i, bool(merged), timeline) for i, merged, timeline in session.execute(query)]


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
