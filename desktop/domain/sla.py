"""The SLA clock: working days ("hari kerja", HK), deadlines per step and type, and whether a
complaint is on time.

A working day is Monday to Friday, minus Indonesia's public holidays (the `holidays` package),
minus cuti bersama (joint leave days) when the desk's setting says they stop the clock, minus
the desk's own extra days off (for years the package does not cover yet), plus the desk's extra
working days (a holiday a decree moved, on which the office works). Time on hold, waiting for
the complainant, does not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum

from desktop.domain.complaint import ComplaintType, Status
from desktop.domain.follow_up import (
    EventKind,
    FollowUpEvent,
    current_unit,
    implied_kinds,
    replay,
    standing,
)


class WorkingCalendar:
    """Which days count. Built for a span of years; a day outside it counts by weekday only."""

    def __init__(self, days_off: Iterable[dt.date]) -> None:
        self._days_off = frozenset(days_off)
        # Deadlines without a hold repeat endlessly (a few hundred start days, a few limits);
        # recomputing 200,000 complaints' due dates leans on this.
        self._plain_deadlines: dict[tuple[dt.date, int], dt.date] = {}

    @classmethod
    def indonesia(
        cls,
        years: Iterable[int],
        *,
        cuti_bersama_stops_clock: bool,
        extra_days_off: Iterable[dt.date] = (),
        extra_working_days: Iterable[dt.date] = (),
    ) -> WorkingCalendar:
        """`extra_working_days` are holidays the package lists but the office works (a decree
        moved the holiday); a weekend day among them stays a day off."""
        # Imported here: the package costs about 0.13 s, and the settings' value types (which
        # the first window loads) only need DeadlineTable from this module.
        import holidays

        # "government" is where the package keeps cuti bersama; "public" the national holidays.
        categories = ("public", "government") if cuti_bersama_stops_clock else ("public",)
        national = holidays.country_holidays("ID", years=list(years), categories=categories)
        worked = frozenset(extra_working_days)
        return cls([*(day for day in national if day not in worked), *extra_days_off])

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self._days_off

    def add_working_days(
        self, start: dt.date, days: int, paused: Iterable[Pause] = ()
    ) -> dt.date | None:
        """The day the `days`-th working day after `start` falls on, not counting paused days
        (the day of `start` itself never counts). None when a pause still open began before
        that day was reached: the clock is stopped. A deadline passed before the pause began
        stays as it was, so a late step cannot be hidden by putting it on hold."""
        if days < 0:
            raise ValueError("days must not be negative")
        pauses = list(paused)
        if not pauses:
            known = self._plain_deadlines.get((start, days))
            if known is None:
                counted = self._count_forward(start, days, [])
                assert counted is not None  # only an open hold stops the clock
                known = self._plain_deadlines[(start, days)] = counted
            return known
        return self._count_forward(start, days, pauses)

    def _count_forward(self, start: dt.date, days: int, pauses: list[Pause]) -> dt.date | None:
        current, remaining = start, days
        while remaining:
            current += dt.timedelta(days=1)
            if any(p.end is None and p.start < current for p in pauses):
                return None
            if self.is_working_day(current) and not _in_pause(current, pauses):
                remaining -= 1
        return current

    def working_days_between(
        self, start: dt.date, end: dt.date, paused: Iterable[Pause] = ()
    ) -> int:
        """Working days in (start, end], without paused ones; negative when `end` is earlier."""
        if end < start:
            return -self.working_days_between(end, start, paused)
        pauses = list(paused)
        count, current = 0, start
        while current < end:
            current += dt.timedelta(days=1)
            if self.is_working_day(current) and not _in_pause(current, pauses):
                count += 1
        return count


@dataclass(frozen=True)
class Pause:
    """Days on hold: from the day after `start` up to and including `end` (None: still held)."""

    start: dt.date
    end: dt.date | None


def _in_pause(day: dt.date, pauses: Iterable[Pause]) -> bool:
    return any(p.start < day and (p.end is None or day <= p.end) for p in pauses)


class Step(StrEnum):
    VERIFY = "verify"  # from receipt
    FIRST_FOLLOW_UP = "first_follow_up"  # from disposition
    COMPLETE = "complete"  # from receipt


class SlaState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"
    MET = "met"
    MISSED = "missed"


@dataclass(frozen=True)
class DeadlineTable:
    """Working days allowed per step (DOMAIN.md; PermenPANRB 62/2018). Editable per desk."""

    verify: int = 3
    first_follow_up: int = 5
    complete_supervisory: int = 60  # a complaint implying wrongdoing ("berkadar pengawasan")
    complete_complaint: int = 14
    complete_information: int = 5
    complete_aspiration: int = 5

    def limit(self, step: Step, kind: ComplaintType, supervisory: bool) -> int:
        if step is Step.VERIFY:
            return self.verify
        if step is Step.FIRST_FOLLOW_UP:
            return self.first_follow_up
        if kind is ComplaintType.PENGADUAN:
            return self.complete_supervisory if supervisory else self.complete_complaint
        if kind is ComplaintType.PERMINTAAN_INFORMASI:
            return self.complete_information
        return self.complete_aspiration


# The fields of DeadlineTable, one limit each, in the order a settings form lists them.
DEADLINE_LIMITS: tuple[str, ...] = tuple(f.name for f in fields(DeadlineTable))
# What a desk may set a limit to, in working days: at least one, and no more than about a year
# and a half of working days (a typo such as 600 for 60 is refused rather than kept for years).
SHORTEST_LIMIT, LONGEST_LIMIT = 1, 365

DUE_SOON_WORKING_DAYS = 1  # a deadline this close (or today) is "due soon"


def sla_state(
    calendar: WorkingCalendar,
    deadline: dt.date | None,
    today: dt.date,
    done_on: dt.date | None = None,
) -> SlaState:
    """Where a step stands: done in time or late, or, while open, how close its deadline is."""
    if done_on is not None:
        return SlaState.MET if deadline is None or done_on <= deadline else SlaState.MISSED
    if deadline is None:
        return SlaState.PAUSED
    if today > deadline:
        return SlaState.OVERDUE
    if calendar.working_days_between(today, deadline) <= DUE_SOON_WORKING_DAYS:
        return SlaState.DUE_SOON
    return SlaState.ON_TIME


@dataclass(frozen=True)
class StepDeadline:
    step: Step
    deadline: dt.date | None  # None while on hold
    done_on: dt.date | None
    state: SlaState
    working_days_left: int | None  # None when done or on hold; negative when overdue


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def step_deadlines(
    received_at: dt.datetime,
    kind: ComplaintType,
    supervisory: bool,
    history: Sequence[FollowUpEvent],
    calendar: WorkingCalendar,
    table: DeadlineTable,
    today: dt.date,
) -> list[StepDeadline]:
    """The deadlines of a complaint's steps, from its history, and how each stands `today`."""
    result = []
    status = replay(history).status
    spans = _step_spans(received_at, kind, supervisory, history, calendar, table, status)
    for step, deadline, done in spans:
        state = sla_state(calendar, deadline, today, done)
        left = None
        if done is None and deadline is not None:
            left = calendar.working_days_between(today, deadline)
        result.append(StepDeadline(step, deadline, done, state, left))
    return result


@dataclass(frozen=True)
class DueDates:
    """The deadline of each step still open (None when done, on hold or not started yet)."""

    verify: dt.date | None = None
    follow_up: dt.date | None = None
    complete: dt.date | None = None

    @property
    def earliest(self) -> dt.date | None:
        return min((d for d in (self.verify, self.follow_up, self.complete) if d), default=None)


@dataclass(frozen=True)
class DerivedFacts:
    """What a complaint's history leads to, as its row keeps it for lists and filters."""

    status: Status
    unit_id: int | None
    due: DueDates


def derive_facts(
    received_at: dt.datetime,
    kind: ComplaintType,
    supervisory: bool,
    history: Sequence[FollowUpEvent],
    calendar: WorkingCalendar,
    table: DeadlineTable,
) -> DerivedFacts:
    status = replay(history).status
    spans = _step_spans(received_at, kind, supervisory, history, calendar, table, status)
    due = {step: deadline for step, deadline, done in spans if done is None}
    return DerivedFacts(
        status,
        current_unit(history),
        DueDates(due.get(Step.VERIFY), due.get(Step.FIRST_FOLLOW_UP), due.get(Step.COMPLETE)),
    )


def _step_spans(
    received_at: dt.datetime,
    kind: ComplaintType,
    supervisory: bool,
    history: Sequence[FollowUpEvent],
    calendar: WorkingCalendar,
    table: DeadlineTable,
    final: Status,
) -> list[tuple[Step, dt.date | None, dt.date | None]]:
    """Each step's deadline (None while on hold) and the day it was done (None while open).

    Verification ends with the verifier's decision (verify, forward, archive, merge); the first
    follow-up is the unit starting or answering after disposition; completion is closure.
    A complaint forwarded or archived has no further steps. Days on hold never count.
    """
    history = standing(history)
    received = _local_day(received_at)
    pauses = _holds(history)
    decided = _first_day(history, _DECISIONS)
    steps = [(Step.VERIFY, received, decided)]
    # Forwarded, archived or merged (as it stands now): no unit works on it, no more steps.
    if final not in (Status.BUKAN_WEWENANG, Status.DIARSIPKAN):
        disposed = _first_day(history, {EventKind.DISPOSED})
        if disposed is not None:
            started = _first_day(history, {EventKind.PROCESS_STARTED, EventKind.ANSWERED})
            steps.append((Step.FIRST_FOLLOW_UP, disposed, started))
        # Done when closed and not reopened since: the last closure counts.
        closed = _last_day(history, {EventKind.CLOSED}) if final is Status.SELESAI else None
        steps.append((Step.COMPLETE, received, closed))
    return [
        (
            step,
            step_deadline(calendar, start, table.limit(step, kind, supervisory), pauses, done),
            done,
        )
        for step, start, done in steps
    ]


def step_deadline(
    calendar: WorkingCalendar,
    start: dt.date,
    limit: int,
    pauses: Sequence[Pause],
    done: dt.date | None,
) -> dt.date | None:
    """A step's deadline: `limit` working days after `start`, not counting the holds that began
    before it was done (None while a hold keeps the clock stopped). The reports judge steps by
    this same rule, so a figure never disagrees with the worklist's deadline."""
    counted = [p for p in pauses if done is None or p.start < done]
    return calendar.add_working_days(start, limit, counted)


_DECISIONS = {EventKind.VERIFIED, EventKind.FORWARDED, EventKind.ARCHIVED, EventKind.MERGED}


def _first_day(history: Sequence[FollowUpEvent], kinds: set[EventKind]) -> dt.date | None:
    return next((_local_day(e.at) for e in history if implied_kinds(e) & kinds), None)


def _last_day(history: Sequence[FollowUpEvent], kinds: set[EventKind]) -> dt.date | None:
    return next((_local_day(e.at) for e in reversed(history) if implied_kinds(e) & kinds), None)


def _holds(history: Sequence[FollowUpEvent]) -> list[Pause]:
    pauses: list[Pause] = []
    held_since: dt.date | None = None
    for event in history:
        if event.kind is EventKind.HELD and held_since is None:
            held_since = _local_day(event.at)
        elif held_since is not None and (
            event.kind
            in (EventKind.RESUMED, EventKind.FORWARDED, EventKind.ARCHIVED, EventKind.MERGED)
            # The national side moving the complaint on ends the wait as well.
            or (event.kind is EventKind.NATIONAL and bool(implied_kinds(event)))
        ):
            pauses.append(Pause(held_since, _local_day(event.at)))
            held_since = None
    if held_since is not None:
        pauses.append(Pause(held_since, None))
    return pauses
