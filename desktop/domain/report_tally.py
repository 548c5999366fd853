"""Each complaint judged for the reports at a cut-off: status group, each step on time or not,
durations in working days, open age; from its journal (`report_rules`) and the desk's clock.

The rules, after REPORTS.md and the SLA clock (`desktop.domain.sla`), which the worklist's
deadlines follow too:
- a step is on time when it was done on or before its deadline (limit in working days from the
  step's start, holds not counted); it is judged once done, or once its deadline has passed
  undone at the cut-off day; an undone step whose clock is stopped by a hold is not judged yet;
- verification starts at receipt and ends with the verifier's decision (verify, forward,
  archive, merge); the first follow-up starts at the first disposition and ends when the unit
  starts or answers; completion starts at receipt and ends with the FIRST closure (a reopened
  complaint keeps it; its reopenings are counted apart);
- a complaint forwarded or archived at the cut-off has no follow-up or completion step;
- durations are working days from the step's start to the day it was done, holds not counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.complaint import ComplaintType, Status
from desktop.domain.report_clock import LocalDays, WorkingDayCounter
from desktop.domain.report_figures import (
    STATUS_GROUPS,
    Classification,
    StatusGroup,
    classification,
)
from desktop.domain.report_rules import Standing
from desktop.domain.sla import DeadlineTable, Pause, Step, WorkingCalendar, step_deadline

OPEN_STATUSES = frozenset(Status) - {Status.SELESAI, Status.DIARSIPKAN, Status.BUKAN_WEWENANG}
_NO_FURTHER_STEPS = frozenset({Status.DIARSIPKAN, Status.BUKAN_WEWENANG})


def local_midnight(day: dt.date) -> dt.datetime:
    """The moment a local day starts, as an aware datetime (the desk computer's time zone)."""
    return dt.datetime(day.year, day.month, day.day).astimezone()


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """What the reports read of one complaint: its own columns and its journal."""

    id: int
    local_number: str
    received_at: dt.datetime
    channel: str
    type: str
    supervisory: bool
    category_id: int | None
    institution_id: int | None
    region_code: str | None
    recorded_by: str  # the officer who recorded it ("" when unknown)
    journal: str


@dataclass(slots=True)
class Judged:
    """One complaint at the cut-off. On-time flags: None when the step is not judged (yet)."""

    row: ComplaintRow
    standing: Standing
    received_day: dt.date
    group: StatusGroup
    classification: Classification
    verified_on_time: bool | None
    followed_up_on_time: bool | None
    completed_on_time: bool | None
    verify_days: int | None
    follow_up_days: int | None
    complete_days: int | None
    open_age: int | None  # working days since receipt, when open at the cut-off

    @property
    def merged(self) -> bool:
        return self.standing.merged_into is not None


class Judge:
    """Judges complaints at one cut-off by one desk's calendar and deadline table."""

    def __init__(
        self,
        calendar: WorkingCalendar,
        table: DeadlineTable,
        cut_off_day: dt.date,
        span: tuple[dt.date, dt.date],
    ) -> None:
        self._calendar = calendar
        self._table = table
        self._today = cut_off_day
        self.local_day = LocalDays()
        self.working_days = WorkingDayCounter(calendar, *span)
        self._plain: dict[tuple[dt.date, int], dt.date | None] = {}

    def judge(self, row: ComplaintRow, standing: Standing) -> Judged:
        day = self.local_day
        table = self._table
        received = row.received_at.astimezone().date()
        pauses = (
            [Pause(day(start), None if end is None else day(end)) for start, end in standing.holds]
            if standing.holds
            else []
        )
        kind = ComplaintType(row.type)
        status = standing.status
        verified_ok, verify_days = self._step(received, table.verify, pauses, standing.decided)
        followed_ok = follow_days = completed_ok = complete_days = None
        if status not in _NO_FURTHER_STEPS:
            if standing.disposed is not None:
                followed_ok, follow_days = self._step(
                    day(standing.disposed), table.first_follow_up, pauses, standing.followed_up
                )
            limit = table.limit(Step.COMPLETE, kind, row.supervisory)
            completed_ok, complete_days = self._step(received, limit, pauses, standing.first_closed)
        open_age = None
        if status in OPEN_STATUSES:
            open_age = self.working_days.count(received, self._today, pauses)
        return Judged(
            row,
            standing,
            received,
            STATUS_GROUPS[status],
            classification(kind, row.supervisory),
            verified_ok,
            followed_ok,
            completed_ok,
            verify_days,
            follow_days,
            complete_days,
            open_age,
        )

    def _step(
        self, start: dt.date, limit: int, pauses: list[Pause], done_at: int | None
    ) -> tuple[bool | None, int | None]:
        """Whether the step is on time (None: not judged yet) and, when done, how many
        working days it took."""
        done = None if done_at is None else self.local_day(done_at)
        if pauses:
            deadline = step_deadline(self._calendar, start, limit, pauses, done)
            counted = [p for p in pauses if done is not None and p.start < done]
        else:  # most complaints: one deadline per start day and limit, looked up
            key = (start, limit)
            deadline = self._plain.get(key)
            if deadline is None:
                deadline = self._plain[key] = self._calendar.add_working_days(start, limit)
            counted = pauses
        if done is None:
            late = deadline is not None and deadline < self._today
            return (False if late else None), None
        took = self.working_days.count(start, done, counted)
        return (deadline is None or done <= deadline), took
