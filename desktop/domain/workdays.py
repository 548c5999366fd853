"""Working-day ("hari kerja", HK) arithmetic for the desk's time limits.

For now a working day is Monday to Friday; national holidays and cuti bersama come with the
follow-up work, through the `is_day_off` parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

VERIFICATION_WORKING_DAYS = 3


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


def add_working_days(
    start: dt.date, days: int, is_day_off: Callable[[dt.date], bool] = is_weekend
) -> dt.date:
    """The date `days` working days after `start`; the day of receipt itself does not count.

    A complaint received on Friday with a 3-day limit is due on Wednesday; one received on a
    Saturday is due on Wednesday too.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    remaining = days
    while remaining:
        current += dt.timedelta(days=1)
        if not is_day_off(current):
            remaining -= 1
    return current
