"""A desk's own clock, for what is due when."""

from __future__ import annotations

import datetime as dt

from desktop.services.desk import Desk
from desktop.services.values import RecordedComplaint
from tests.helpers.desks import good_draft

# Late November 2026 has no holiday: a complaint received on Monday is due for verification on
# Thursday (3 working days), one received on Tuesday on Friday. On Friday the first is one
# working day late, the second due.
MONDAY = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)  # 10:00 in Jakarta
TUESDAY = dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)
FRIDAY = dt.datetime(2026, 11, 27, 3, 0, tzinfo=dt.UTC)


class Clock:
    """The desk's clock (`open_desk(..., clock=)`): it reads `now`, which the test sets."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def record_at(
    desk: Desk, clock: Clock, moment: dt.datetime, **changes: object
) -> RecordedComplaint:
    clock.now = moment
    return desk.intake.record(good_draft(desk, incident_date=dt.date(2026, 11, 16), **changes))


def late_and_due_today(desk: Desk, clock: Clock) -> tuple[RecordedComplaint, RecordedComplaint]:
    """Monday's complaint (one working day late on Friday) and Tuesday's (due on Friday); the
    clock is left on Friday."""
    late = record_at(desk, clock, MONDAY)
    due_today = record_at(desk, clock, TUESDAY, title="Lampu jalan padam di Jl. Kenanga")
    clock.now = FRIDAY
    return late, due_today
