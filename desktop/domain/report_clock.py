"""The reports' clock: local days of stored moments, and working days counted fast.

A year's recap asks for a few hundred thousand local days and working-day spans; the SLA
calendar counts a span day by day, which is exact but too slow at that scale. These give the
same answers from a table of running totals built once per report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.report_rules import moment_of
from desktop.domain.sla import Pause, WorkingCalendar

# Every time zone in use is a whole number of quarter hours from UTC, so a local day never
# changes inside a quarter hour counted from the epoch.
_QUARTER_HOUR = 900_000_000  # microseconds


class LocalDays:
    """The local calendar day of epoch microseconds (the desk computer's time zone, as the SLA
    clock reads it), cached per quarter hour."""

    def __init__(self) -> None:
        self._days: dict[int, dt.date] = {}

    def __call__(self, micros: int) -> dt.date:
        bucket = micros // _QUARTER_HOUR
        day = self._days.get(bucket)
        if day is None:
            day = self._days[bucket] = moment_of(bucket * _QUARTER_HOUR).astimezone().date()
        return day


class WorkingDayCounter:
    """Working days in (start, end] without paused days, as `WorkingCalendar.working_days_between`
    counts them, from running totals over [first, last]; outside that span it asks the calendar."""

    def __init__(self, calendar: WorkingCalendar, first: dt.date, last: dt.date) -> None:
        self._calendar = calendar
        self._first = first.toordinal()
        totals, count = [], 0
        for ordinal in range(self._first, last.toordinal() + 1):
            if calendar.is_working_day(dt.date.fromordinal(ordinal)):
                count += 1
            totals.append(count)
        self._totals = totals

    def count(self, start: dt.date, end: dt.date, pauses: Sequence[Pause] = ()) -> int:
        totals, first = self._totals, self._first
        low, high = start.toordinal() - first, end.toordinal() - first
        if not 0 <= low <= high < len(totals):
            return self._calendar.working_days_between(start, end, pauses)
        total = totals[high] - totals[low]
        for pause in pauses:
            begins = max(low, pause.start.toordinal() - first)
            ends = high if pause.end is None else min(high, pause.end.toordinal() - first)
            if ends > begins:
                total -= totals[ends] - totals[begins]
        return total
