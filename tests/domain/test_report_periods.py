"""The report's periods and groupings: what a head of unit picks and reads on every report."""

import datetime as dt

import pytest

from desktop.domain.complaint import ComplaintType, Status
from desktop.domain.report_figures import (
    STATUS_GROUPS,
    BacklogBucket,
    Classification,
    ReportPeriod,
    backlog_bucket,
    classification,
)


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (ReportPeriod.month(2026, 2), dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (ReportPeriod.month(2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (ReportPeriod.month(2026, 12), dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
        (ReportPeriod.quarter(2026, 2), dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        (ReportPeriod.quarter(2026, 4), dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        (ReportPeriod.semester(2026, 1), dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        (ReportPeriod.semester(2026, 2), dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        (ReportPeriod.year(2026), dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ],
)
def test_periods_cover_whole_months(period: ReportPeriod, first: dt.date, last: dt.date) -> None:
    assert (period.first_day, period.last_day) == (first, last)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        ReportPeriod.custom(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_every_status_falls_in_one_lapor_group() -> None:
    assert set(STATUS_GROUPS) == set(Status)


@pytest.mark.parametrize(
    ("age", "bucket"),
    [
        (0, BacklogBucket.UP_TO_3),
        (3, BacklogBucket.UP_TO_3),
        (4, BacklogBucket.FROM_4_TO_5),
        (5, BacklogBucket.FROM_4_TO_5),
        (6, BacklogBucket.FROM_6_TO_14),
        (14, BacklogBucket.FROM_6_TO_14),
        (15, BacklogBucket.FROM_15_TO_60),
        (60, BacklogBucket.FROM_15_TO_60),
        (61, BacklogBucket.OVER_60),
    ],
)
def test_backlog_ages_fall_in_reports_buckets(age: int, bucket: BacklogBucket) -> None:
    assert backlog_bucket(age) is bucket


def test_pengaduan_is_split_by_supervision_and_the_rest_is_not() -> None:
    assert classification(ComplaintType.PENGADUAN, True) is (
        Classification.PENGADUAN_BERKADAR_PENGAWASAN
    )
    assert classification(ComplaintType.PENGADUAN, False) is (
        Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN
    )
    assert classification(ComplaintType.ASPIRASI, True) is Classification.ASPIRASI
