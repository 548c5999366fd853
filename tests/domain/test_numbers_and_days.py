"""Local numbers, time-ordered ids and the working-day arithmetic of the receipt."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.domain.complaint import time_ordered_uuid
from desktop.domain.local_number import format_local_number, is_valid_office_code


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
