"""Local numbers, time-ordered ids and the working-day arithmetic of the receipt."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.complaint import time_ordered_uuid
from desktop.domain.local_number import format_local_number, is_valid_office_code
from desktop.domain.workdays import add_working_days, is_weekend


def test_local_number_shape() -> None:
    assert format_local_number("3201", 2026, 123) == "3201-2026-000123"


@pytest.mark.parametrize("code", ["", "3", "32.01", "abc", "3201-1", "X" * 13])
def test_bad_office_codes_are_refused(code: str) -> None:
    assert not is_valid_office_code(code)
    with pytest.raises(ValueError):
        format_local_number(code, 2026, 1)


def test_time_ordered_uuids_are_valid_version_7_and_sort_by_time() -> None:
    earlier = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    later = earlier + dt.timedelta(milliseconds=1)
    a = time_ordered_uuid(earlier, (1 << 74) - 1)
    b = time_ordered_uuid(later, 0)
    assert uuid.UUID(a).version == 7 and uuid.UUID(b).version == 7
    assert uuid.UUID(a).variant == uuid.RFC_4122
    assert a < b


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 11, 27), dt.date(2026, 12, 2)),  # Friday -> Wednesday
        (dt.date(2026, 11, 28), dt.date(2026, 12, 2)),  # Saturday -> Wednesday
        (dt.date(2026, 11, 30), dt.date(2026, 12, 3)),  # Monday -> Thursday
        (dt.date(2026, 12, 31), dt.date(2027, 1, 5)),  # across the year end
    ],
)
def test_three_working_days(received: dt.date, due: dt.date) -> None:
    assert add_working_days(received, 3) == due


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(1, 80))
def test_a_deadline_never_falls_on_a_weekend(start: dt.date, days: int) -> None:
    due = add_working_days(start, days)
    assert not is_weekend(due)
    assert due > start
    # Never more than the working days plus the weekends they span.
    assert (due - start).days <= days + 2 * (days // 5 + 1) + 2
