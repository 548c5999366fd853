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


@dataclass(frozen=True, slots=True)
class StepOutcome:
    """A step as a complaint's whole history leaves it, whatever the cut-off day: when done,
    how many working days it took and whether that was on time; while undone, its deadline
    (None while a hold stops its clock, or when the complaint has no such step)."""

    days: int | None = None
    on_time: bool | None = None
    due: dt.date | None = None

    def on_time_at(self, cut_off_day: dt.date) -> bool | None:
        """Judged once done, or once its deadline has passed undone (None: not judged yet)."""
        if self.days is not None:
            return self.on_time
        return False if self.due is not None and self.due < cut_off_day else None


_NO_STEP = StepOutcome()


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
        received = row.received_at.astimezone().date()
        pauses = self._pauses(standing)
        kind = ComplaintType(row.type)
        verify, follow_up, complete = self._outcomes(
            received, kind, row.supervisory, standing, pauses
        )
        today = self._today
        open_age = None
        if standing.status in OPEN_STATUSES:
            open_age = self.working_days.count(received, today, pauses)
        return Judged(
            row,
            standing,
            received,
            STATUS_GROUPS[standing.status],
            classification(kind, row.supervisory),
            verify.on_time_at(today),
            follow_up.on_time_at(today),
            complete.on_time_at(today),
            verify.days,
            follow_up.days,
            complete.days,
            open_age,
        )

    def outcomes(
        self, received_at: dt.datetime, kind: ComplaintType, supervisory: bool, standing: Standing
    ) -> tuple[StepOutcome, StepOutcome, StepOutcome]:
        """Verification, first follow-up and completion as `standing` leaves them: what
        `judge` reads at any cut-off day, kept with a settled complaint (`report_settled`)."""
        received = received_at.astimezone().date()
        return self._outcomes(received, kind, supervisory, standing, self._pauses(standing))

    def _pauses(self, standing: Standing) -> list[Pause]:
        if not standing.holds:
            return []
        day = self.local_day
        return [
            Pause(day(start), None if end is None else day(end)) for start, end in standing.holds
        ]

    def _outcomes(
        self,
        received: dt.date,
        kind: ComplaintType,
        supervisory: bool,
        standing: Standing,
        pauses: list[Pause],
    ) -> tuple[StepOutcome, StepOutcome, StepOutcome]:
        table = self._table
        verify = self._step(received, table.verify, pauses, standing.decided)
        follow_up = complete = _NO_STEP
        if standing.status not in _NO_FURTHER_STEPS:
            if standing.disposed is not None:
                follow_up = self._step(
                    self.local_day(standing.disposed),
                    table.first_follow_up,
                    pauses,
                    standing.followed_up,
                )
            limit = table.limit(Step.COMPLETE, kind, supervisory)
            complete = self._step(received, limit, pauses, standing.first_closed)
        return verify, follow_up, complete

    def _step(
        self, start: dt.date, limit: int, pauses: list[Pause], done_at: int | None
    ) -> StepOutcome:
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
            return StepOutcome(due=deadline)
        took = self.working_days.count(start, done, counted)
        return StepOutcome(took, deadline is None or done <= deadline)
