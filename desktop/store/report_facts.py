"""Keeping each complaint's report facts (`ComplaintReportFacts`) in step with its history.

Written in the caller's transaction: at intake (who recorded it) and whenever an event is added
(`desktop.services.follow_up.append_event`, the one way services add to a history). Bulk loads
(seeding) build the same values with `values_for`. A complaint out of the unit's hands also gets
its settled row (`ComplaintReportSettled`, `desktop.domain.report_settled`), derived by the
desk's calendar: again for every complaint when that changes (`services.due_dates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.complaint import ComplaintType
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.report_rules import closure_moments, journal_of, last_event_moment
from desktop.domain.report_settled import Settled, Settler
from desktop.store.schema import ComplaintReportFacts, ComplaintReportSettled

# The order of the values `values_for` gives, after complaint_id and recorded_by.
FACT_COLUMNS = ("journal", "last_event_at", "first_closed_at", "last_closed_at")


def values_for(history: Sequence[FollowUpEvent]) -> dict[str, Any]:
    journal = journal_of(history)
    closed = closure_moments(journal)
    first_closed: dt.datetime | None = None
    last_closed: dt.datetime | None = None
    if closed is not None:
        first_closed, last_closed = closed
    return {
        "journal": journal,
        "last_event_at": last_event_moment(history),
        "first_closed_at": first_closed,
        "last_closed_at": last_closed,
    }


def add(session: Session, complaint_id: int, recorded_by: str) -> None:
    """A new complaint's row, before any event."""
    session.execute(
        insert(ComplaintReportFacts).values(
            complaint_id=complaint_id, recorded_by=recorded_by, **values_for([])
        )
    )


def facts_of_many(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The complaints' stored facts, as `values_for` gives them."""
    f = ComplaintReportFacts
    columns = [getattr(f, name) for name in FACT_COLUMNS]
    query = select(f.complaint_id, *columns).where(f.complaint_id.in_(ids))
    return {row[0]: dict(zip(FACT_COLUMNS, row[1:], strict=True)) for row in session.execute(query)}


# The columns `settled_values` gives, in this order.
SETTLED_COLUMNS = tuple(c.name for c in ComplaintReportSettled.__table__.columns)


def settled_values(
    complaint_id: int,
    received_at: dt.datetime,
    recorded_by: str,
    facts: dict[str, Any],
    settled: Settled | None,
) -> dict[str, Any] | None:
    """The settled row of a complaint with these `facts` (`values_for`); None when it has
    none (open, or no event yet)."""
    if settled is None or facts["last_event_at"] is None:
        return None
    steps = {"verify": settled.verify, "follow_up": settled.follow_up}
    steps["complete"] = settled.complete
    values: dict[str, Any] = {
        "complaint_id": complaint_id,
        "received_at": received_at,
        "recorded_by": recorded_by,
        "last_event_at": facts["last_event_at"],
        "first_closed_at": facts["first_closed_at"],
        "last_closed_at": facts["last_closed_at"],
        "status": settled.status.value,
        "merged": settled.merged,
        "unit_id": settled.unit_id,
        "reopened": settled.reopened,
        "timeline": settled.timeline,
    }
    for name, outcome in steps.items():
        values[f"{name}_days"] = outcome.days
        values[f"{name}_on_time"] = outcome.on_time
        values[f"{name}_due"] = outcome.due
    return values


def resettle_many(
    session: Session,
    settler: Settler,
    complaints: Sequence[tuple[int, dt.datetime, ComplaintType, bool]],
) -> None:
    """Derive the settled rows of `complaints` (id, received_at, type, supervisory) again from
    their stored facts (the desk's calendar or deadline table changed)."""
    ids = [c[0] for c in complaints]
    f = ComplaintReportFacts
    stored = {
        row.complaint_id: row
        for row in session.execute(
            select(
                f.complaint_id,
                f.recorded_by,
                f.journal,
                f.last_event_at,
                f.first_closed_at,
                f.last_closed_at,
            ).where(f.complaint_id.in_(ids))
        )
    }
    session.execute(
        delete(ComplaintReportSettled).where(ComplaintReportSettled.complaint_id.in_(ids))
    )
    rows = []
    for complaint_id, received_at, kind, supervisory in complaints:
        found = stored.get(complaint_id)
        if found is None:
            continue
        facts = found._asdict()
        settled = settler.settle(received_at, kind, supervisory, found.journal)
        row = settled_values(complaint_id, received_at, found.recorded_by, facts, settled)
        if row is not None:
            rows.append(row)
    if rows:
        session.execute(insert(ComplaintReportSettled), rows)


def refresh(
    session: Session,
    complaint_id: int,
    history: Sequence[FollowUpEvent],
    settler: Settler,
    received_at: dt.datetime,
    kind: ComplaintType,
    supervisory: bool,
) -> None:
    """After an event was added: the facts of the whole `history` (oldest first), and the
    settled row of the complaint received at `received_at` as `kind` (`supervisory`)."""
    values = values_for(history)
    _settle(session, complaint_id, values, settler, received_at, kind, supervisory)
    result = session.execute(
        update(ComplaintReportFacts)
        .where(ComplaintReportFacts.complaint_id == complaint_id)
        .values(**values)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        # Not expected (intake and migration 0010 give every complaint its row): still kept
        # right rather than refused, the recorder unknown.
        session.execute(
            insert(ComplaintReportFacts).values(complaint_id=complaint_id, recorded_by="", **values)
        )


@dataclass(frozen=True)
class Refresh:
    """One complaint's `refresh`, to be written with others (`refresh_many`)."""

    complaint_id: int
    history: Sequence[FollowUpEvent]
    settler: Settler
    received_at: dt.datetime
    kind: ComplaintType
    supervisory: bool


def refresh_many(session: Session, refreshes: Sequence[Refresh]) -> None:
    """`refresh` for many complaints, written together: one update of their facts, one delete
    and one insert of their settled rows."""
    if not refreshes:
        return
    ids = [r.complaint_id for r in refreshes]
    f = ComplaintReportFacts
    query = select(f.complaint_id, f.recorded_by).where(f.complaint_id.in_(ids))
    recorded = {complaint_id: by for complaint_id, by in session.execute(query)}
    facts = []
    settled_rows = []
    for r in refreshes:
        values = values_for(r.history)
        facts.append({"complaint_id": r.complaint_id, **values})
        settled = r.settler.settle(r.received_at, r.kind, r.supervisory, values["journal"])
        row = settled_values(
            r.complaint_id, r.received_at, recorded.get(r.complaint_id) or "", values, settled
        )
        if row is not None:
            settled_rows.append(row)
    kept = [v for v in facts if v["complaint_id"] in recorded]
    if kept:
        session.execute(update(ComplaintReportFacts), kept)
    missing = [v | {"recorded_by": ""} for v in facts if v["complaint_id"] not in recorded]
    if missing:  # not expected: kept right rather than refused, as `refresh` does
        session.execute(insert(ComplaintReportFacts), missing)
    session.execute(
        delete(ComplaintReportSettled).where(ComplaintReportSettled.complaint_id.in_(ids))
    )
    if settled_rows:
        session.execute(insert(ComplaintReportSettled), settled_rows)


def _settle(
    session: Session,
    complaint_id: int,
    values: dict[str, Any],
    settler: Settler,
    received_at: dt.datetime,
    kind: ComplaintType,
    supervisory: bool,
) -> None:
    """Replace the complaint's settled row by what its facts `values` say."""
    f = ComplaintReportFacts
    recorded_by = session.scalar(select(f.recorded_by).where(f.complaint_id == complaint_id))
    settled = settler.settle(received_at, kind, supervisory, values["journal"])
    row = settled_values(complaint_id, received_at, recorded_by or "", values, settled)
    session.execute(
        delete(ComplaintReportSettled).where(ComplaintReportSettled.complaint_id == complaint_id)
    )
    if row is not None:
        session.execute(insert(ComplaintReportSettled).values(**row))
