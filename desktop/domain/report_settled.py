"""What a complaint out of the unit's hands (closed, archived, forwarded) keeps for the reports,
so a report reads it instead of replaying its journal and judging its steps again.

A recap over a year judges about 100,000 complaints; reading each one's journal and counting
its steps' working days took most of its time (docs/benchmarks.md). But once a complaint's last
event is at or before a report's cut-off, everything `Judge.judge` says of it is fixed except
the comparisons with the cut-off day, and a settled complaint is not open, so it has no open
age: its status, its steps' outcomes (`StepOutcome`) and its timeline are kept here, derived
whenever an event is added (same transaction, `desktop.store.report_facts`) and again when the
desk's calendar or deadline table changes (with the worklist's due dates). A report takes the
journal road for every other complaint (open ones, those changed after the cut-off, those not
derived yet), so both roads give the same figures.

The timeline: the complaint's receipt and each change of its status group (LAPOR!'s groups,
`STATUS_GROUPS`) with the rating given with a closure, as text: "received;at,g[,rating];..."
where moments are epoch microseconds and g the group's place in `StatusGroup`. It is what the
status over time and the satisfaction figure read, for complaints settled or not
(`timeline_of` a standing at the cut-off).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.complaint import ComplaintType, Status
from desktop.domain.report_figures import STATUS_GROUPS, StatusGroup
from desktop.domain.report_rules import Standing, micros, standing_at
from desktop.domain.report_tally import OPEN_STATUSES, Judge, StepOutcome
from desktop.domain.sla import DeadlineTable, WorkingCalendar

GROUP_INDEX: dict[StatusGroup, int] = {g: i for i, g in enumerate(StatusGroup)}
GROUPS: tuple[StatusGroup, ...] = tuple(StatusGroup)
_STATUS_GROUP_INDEX = {status: GROUP_INDEX[group] for status, group in STATUS_GROUPS.items()}
_CLOSED = Status.SELESAI
_EVER = 2**63  # a cut-off after every entry of any journal


@dataclass(frozen=True)
class Settled:
    """A complaint as its whole history leaves it, for a report whose cut-off is at or after
    its last event."""

    status: Status
    merged: bool
    unit_id: int | None
    reopened: bool
    verify: StepOutcome
    follow_up: StepOutcome
    complete: StepOutcome
    timeline: str


class Settler:
    """Settles complaints by one desk's calendar and deadline table. `span`: the days most of
    them are counted over (working days within it come from running totals; outside it, or
    without one, from the calendar: the same answers)."""

    def __init__(
        self,
        calendar: WorkingCalendar,
        table: DeadlineTable,
        span: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        first, last = span or (dt.date.max, dt.date.min)
        # The cut-off day is never read: a settled complaint's outcomes do not depend on it.
        self._judge = Judge(calendar, table, dt.date.min, (first, last))

    def settle(
        self, received_at: dt.datetime, kind: ComplaintType, supervisory: bool, journal: str
    ) -> Settled | None:
        """What a complaint received at `received_at` with `journal` keeps; None while it is
        open (an open complaint's age depends on the cut-off day: a report judges it from its
        journal)."""
        standing = standing_at(journal, _EVER)
        if standing.status in OPEN_STATUSES:
            return None
        verify, follow_up, complete = self._judge.outcomes(received_at, kind, supervisory, standing)
        return Settled(
            standing.status,
            standing.merged_into is not None,
            standing.unit_id,
            standing.reopenings > 0,
            verify,
            follow_up,
            complete,
            timeline_of(micros(received_at), standing),
        )


def timeline_of(received: int, standing: Standing) -> str:
    """The timeline (module docstring) of a complaint received at `received` (epoch
    microseconds) that stands as `standing`."""
    entries = [str(received)]
    current = GROUP_INDEX[StatusGroup.BELUM_TERVERIFIKASI]
    closures = iter(standing.closures)
    for at, status in standing.changes:
        rating = next(closures)[1] if status is _CLOSED else None
        group = _STATUS_GROUP_INDEX[status]
        if group == current:
            continue
        current = group
        entries.append(f"{at},{group}" if rating is None else f"{at},{group},{rating}")
    return ";".join(entries)
