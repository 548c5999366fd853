"""What a worklist query needs beyond the officer's filters: today's due bounds by the desk's
calendar, a category's sub-categories, local days as stored times, and what the role may find.
Also the "Hari ini" overview: per step, what is due today and what is overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.records import ComplaintSummary
from desktop.domain.sla import DUE_SOON_WORKING_DAYS, SlaState, Step, WorkingCalendar
from desktop.domain.worklist_query import WorklistQuery
from desktop.store import reference
from desktop.store.bulk_insert import BulkInsert
from desktop.store.database import Database
from desktop.store.worklist_sql import DueBounds, Scope


def due_bounds(calendar: WorkingCalendar, today: dt.date) -> DueBounds:
    soon_until = calendar.add_working_days(today, DUE_SOON_WORKING_DAYS) or today
    return DueBounds(today, soon_until)


def scope_for(
    session: Session,
    database: Database,
    query: WorklistQuery,
    bounds: DueBounds,
    *,
    may_view_confidential: bool,
) -> Scope:
    category_ids: set[int] = set()
    if query.category_id is not None:
        category_ids = _with_descendants(session, query.category_id)
    stored = BulkInsert(database.engine.dialect, ["received_at"]).converter("received_at")
    since = before = None
    if query.received_from is not None:
        since = stored(_local_midnight(query.received_from))
    if query.received_to is not None:
        before = stored(_local_midnight(query.received_to + dt.timedelta(days=1)))
    return Scope(
        bounds,
        category_ids,
        since,
        before,
        hide_confidential_text=not may_view_confidential,
    )


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def _with_descendants(session: Session, category_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for option in reference.categories(session):
        children.setdefault(option.parent_id, []).append(option.id)
    found, waiting = set(), [category_id]
    while waiting:
        current = waiting.pop()
        if current not in found:
            found.add(current)
            waiting += children.get(current, [])
    return found


def due_state(next_due: dt.date | None, bounds: DueBounds) -> SlaState | None:
    """How the earliest open deadline stands today (None: nothing open, or on hold)."""
    if next_due is None:
        return None
    if next_due < bounds.today:
        return SlaState.OVERDUE
    if next_due <= bounds.soon_until:
        return SlaState.DUE_SOON
    return SlaState.ON_TIME


@dataclass(frozen=True)
class DueItem:
    step: Step
    due: dt.date
    working_days_late: int  # 0: due today
    summary: ComplaintSummary


@dataclass(frozen=True)
class TodayOverview:
    """What is due today and what is overdue, per step, for the "Hari ini" panel."""

    today: dt.date
    due_today: dict[Step, int]
    overdue: dict[Step, int]
    items: list[DueItem]  # the longest overdue first, at most the limit asked for
    more: int  # how many more there are beyond `items`
