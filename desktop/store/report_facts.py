"""Keeping each complaint's report facts (`ComplaintReportFacts`) in step with its history.

Written in the caller's transaction: at intake (who recorded it) and whenever an event is added
(`desktop.services.follow_up.append_event`, the one way services add to a history). Bulk loads
(seeding) build the same values with `values_for`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.report_rules import closure_moments, journal_of, last_event_moment
from desktop.store.schema import ComplaintReportFacts

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


def refresh(session: Session, complaint_id: int, history: Sequence[FollowUpEvent]) -> None:
    """After an event was added: the facts of the whole `history` (oldest first)."""
    values = values_for(history)
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
