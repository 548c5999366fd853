"""Reading dates as officers type them: 17-08-2026, 17/8/2026, 17.08.2026 or 17082026."""

from __future__ import annotations

import datetime as dt
import re

_SEPARATED = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_typed_date(text: str) -> dt.date | None:
    """The date in `text` (day first, four-digit year), or None when it is not a date.

    Raises nothing: any input at all gives a date or None.
    """
    stripped = text.strip()
    match = _SEPARATED.match(stripped) or _DIGITS.match(stripped)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_typed_date(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
