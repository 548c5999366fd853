"""The figures a complaint unit is judged on (`REPORTS.md`, indicators K1-K16), as plain values.

One `ReportFigures` is what the report service computes for a period at a cut-off moment; the
"Laporan" tab, the exports (recap workbook, detail list, narrative PDF) and the register of
issued reports all read it, and nothing else computes a figure.

Every count keeps exactly the complaints it counts (`Count.complaint_ids`), so a click on a figure
can open the worklist on those complaints and no other. Percentages keep their numerator and
denominator as counts (`Share`), so a report can show "35 dari 215" beside "16,3%".

Scopes (printed beside each figure):
- cohort: over the complaints received in the period, as they stand at the cut-off;
- flow: over what happened in the period, whatever the intake month;
- snapshot: over everything open at the cut-off.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from typing import Any

from desktop.domain.complaint import Channel, ComplaintType, Status


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class ReportPeriod:
    """Local calendar days, both ends included."""

    kind: PeriodKind
    first_day: dt.date
    last_day: dt.date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError("a period ends on or after the day it starts")

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(PeriodKind.MONTH, dt.date(year, month, 1), following - dt.timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportPeriod:
        return cls._months(PeriodKind.QUARTER, year, 3 * (quarter - 1) + 1, 3)

    @classmethod
    def semester(cls, year: int, semester: int) -> ReportPeriod:
        return cls._months(PeriodKind.SEMESTER, year, 6 * (semester - 1) + 1, 6)

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        return cls(PeriodKind.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def custom(cls, first_day: dt.date, last_day: dt.date) -> ReportPeriod:
        return cls(PeriodKind.CUSTOM, first_day, last_day)

    @classmethod
    def _months(cls, kind: PeriodKind, year: int, first_month: int, months: int) -> ReportPeriod:
        last = cls.month(year, first_month + months - 1)
        return cls(kind, dt.date(year, first_month, 1), last.last_day)


class Scope(StrEnum):
    COHORT = "cohort"
    FLOW = "flow"
    SNAPSHOT = "snapshot"


class Indicator(StrEnum):
    """REPORTS.md's table, in its order."""

    RECEIVED = "K1"
    FOLLOWED_UP = "K2"
    COMPLETED = "K3"
    IN_PROCESS = "K4"
    BACKLOG = "K5"
    VERIFIED_ON_TIME = "K6"
    FIRST_FOLLOW_UP_ON_TIME = "K7"
    COMPLETED_ON_TIME = "K8"
    DURATIONS = "K9"
    SATISFACTION = "K10"
    STATUS_GROUPS = "K11"
    ARCHIVED = "K12"
    FORWARDED = "K13"
    REACHED_LAPOR = "K14"
    STAFF_ACTIVITY = "K15"
    CHANNEL_MIX = "K16"


SCOPES: dict[Indicator, Scope] = {
    Indicator.RECEIVED: Scope.COHORT,
    Indicator.FOLLOWED_UP: Scope.COHORT,
    Indicator.COMPLETED: Scope.COHORT,
    Indicator.IN_PROCESS: Scope.COHORT,
    Indicator.BACKLOG: Scope.SNAPSHOT,
    Indicator.VERIFIED_ON_TIME: Scope.COHORT,
    Indicator.FIRST_FOLLOW_UP_ON_TIME: Scope.COHORT,
    Indicator.COMPLETED_ON_TIME: Scope.COHORT,
    Indicator.DURATIONS: Scope.COHORT,
    Indicator.SATISFACTION: Scope.FLOW,  # complaints closed in the period
    Indicator.STATUS_GROUPS: Scope.COHORT,
    Indicator.ARCHIVED: Scope.COHORT,
    Indicator.FORWARDED: Scope.COHORT,
    Indicator.REACHED_LAPOR: Scope.COHORT,
    Indicator.STAFF_ACTIVITY: Scope.FLOW,  # the 30 days before the cut-off
    Indicator.CHANNEL_MIX: Scope.COHORT,
}


class Classification(StrEnum):
    """LAPOR!'s statistics' classification: the type, with Pengaduan split by supervision."""

    ASPIRASI = "aspirasi"
    PENGADUAN_BERKADAR_PENGAWASAN = "pengaduan_berkadar_pengawasan"
    PENGADUAN_TIDAK_BERKADAR_PENGAWASAN = "pengaduan_tidak_berkadar_pengawasan"
    PERMINTAAN_INFORMASI = "permintaan_informasi"


def classification(kind: ComplaintType, supervisory: bool) -> Classification:
    if kind is ComplaintType.PENGADUAN:
        if supervisory:
            return Classification.PENGADUAN_BERKADAR_PENGAWASAN
        return Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN
    if kind is ComplaintType.ASPIRASI:
        return Classification.ASPIRASI
    return Classification.PERMINTAAN_INFORMASI


class StatusGroup(StrEnum):
    """LAPOR!'s statistics' status groups (K11)."""

    BELUM_TERVERIFIKASI = "belum_terverifikasi"
    TERDISPOSISI_BELUM_DITINDAKLANJUTI = "terdisposisi_belum_ditindaklanjuti"
    TERDISPOSISI_SEDANG_DIPROSES = "terdisposisi_sedang_diproses"
    TERDISPOSISI_SELESAI = "terdisposisi_selesai"
    TERTUNDA = "tertunda"
    ARSIP = "arsip"


STATUS_GROUPS: dict[Status, StatusGroup] = {
    Status.BELUM_TERVERIFIKASI: StatusGroup.BELUM_TERVERIFIKASI,
    # LAPOR!'s administrator verifies and disposes in one action, so it has no group for
    # "verified, not yet disposed": it is a report nobody has acted on yet.
    Status.TERVERIFIKASI: StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI,
    Status.DIDISPOSISIKAN: StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI,
    Status.DALAM_PROSES: StatusGroup.TERDISPOSISI_SEDANG_DIPROSES,
    Status.DITANGGAPI: StatusGroup.TERDISPOSISI_SEDANG_DIPROSES,
    Status.SELESAI: StatusGroup.TERDISPOSISI_SELESAI,
    Status.DITUNDA: StatusGroup.TERTUNDA,
    # Out of the unit's hands: archived, or forwarded to the institution it concerns.
    Status.DIARSIPKAN: StatusGroup.ARSIP,
    Status.BUKAN_WEWENANG: StatusGroup.ARSIP,
}

# K3 "completed" is the group LAPOR! calls Terdisposisi Selesai; K4 "in process" is the group
# Terdisposisi Sedang Diproses (a unit has started on it or answered); K2 = K3 + K4.
COMPLETED_GROUPS = frozenset({StatusGroup.TERDISPOSISI_SELESAI})
IN_PROCESS_GROUPS = frozenset({StatusGroup.TERDISPOSISI_SEDANG_DIPROSES})


class BacklogBucket(StrEnum):
    """K5's ages in working days (HK), holds not counted."""

    UP_TO_3 = "0-3"
    FROM_4_TO_5 = "4-5"
    FROM_6_TO_14 = "6-14"
    FROM_15_TO_60 = "15-60"
    OVER_60 = ">60"


def backlog_bucket(age_working_days: int) -> BacklogBucket:
    if age_working_days <= 3:
        return BacklogBucket.UP_TO_3
    if age_working_days <= 5:
        return BacklogBucket.FROM_4_TO_5
    if age_working_days <= 14:
        return BacklogBucket.FROM_6_TO_14
    if age_working_days <= 60:
        return BacklogBucket.FROM_15_TO_60
    return BacklogBucket.OVER_60


class DurationStep(StrEnum):
    """K9's steps: receipt to verification, disposition to first follow-up, receipt to closure."""

    VERIFY = "verify"
    FIRST_FOLLOW_UP = "first_follow_up"
    COMPLETE = "complete"


class Dimension(StrEnum):
    """What a breakdown groups by."""

    CLASSIFICATION = "classification"
    CHANNEL = "channel"
    CATEGORY = "category"  # rows of sub-categories carry their parent's key
    INSTITUTION = "institution"  # the institution the complaint is addressed to
    UNIT = "unit"  # the unit it is disposed to at the cut-off
    KECAMATAN = "kecamatan"
    DESA = "desa"
    DESK = "desk"
    OFFICER = "officer"  # who recorded it


class Count:
    """A number of complaints, with the complaints themselves (ids of the desk's register).

    `Count(frozenset({3, 5}))` as any set; the ids are kept as a sorted array of machine
    integers (4 bytes each), not a set of Python ints: a year's recap holds a few million ids
    across its figures and breakdown rows, which as sets took hundreds of megabytes.
    `complaint_ids` makes the frozenset when asked. Equal counts are counts of the same
    complaints.

    The report engine makes most of its counts with `of_runs`: the number at once, the sorted
    array the first time the ids are asked for (a recap has thousands of breakdown rows, and a
    reader opens a few)."""

    __slots__ = ("_array", "_runs", "_size")
    _array: array[int] | None
    _runs: Sequence[Sequence[int]]
    _size: int

    def __init__(self, complaint_ids: Iterable[int] = ()) -> None:
        found = self._array = _id_array(sorted(set(complaint_ids)))
        self._runs = ()
        self._size = len(found)

    @classmethod
    def of_sorted(cls, ascending_ids: Sequence[int]) -> Count:
        """From ids already in strictly ascending order (not checked: the report engine's own
        lists, built in id order)."""
        count = cls.__new__(cls)
        found = count._array = _id_array(ascending_ids)
        count._runs = ()
        count._size = len(found)
        return count

    @classmethod
    def of_runs(cls, runs: Sequence[Sequence[int]], size: int | None = None) -> Count:
        """From lists of ids, no id in two of them nor twice in one (not checked: the report
        engine's own lists), each a few ascending runs; sorted (a merge of those runs) when the
        ids are first asked for. The lists must not change afterwards. `size`: their total
        length, when the caller knows it."""
        count = cls.__new__(cls)
        count._array = None
        count._runs = runs
        count._size = sum(map(len, runs)) if size is None else size
        return count

    @property
    def _ids(self) -> array[int]:
        found = self._array
        if found is None:  # two threads may both sort: the same array either way
            found = self._array = _id_array(sorted(chain.from_iterable(self._runs)))
            self._runs = ()
        return found

    @property
    def complaint_ids(self) -> frozenset[int]:
        return frozenset(self._ids)

    @property
    def value(self) -> int:
        return self._size

    def sorted_ids(self) -> Sequence[int]:
        """The ids in ascending order, without making a set."""
        return self._ids

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Count):
            return NotImplemented
        return self._size == other._size and self._ids == other._ids

    def __hash__(self) -> int:
        return hash(tuple(self._ids))

    def __repr__(self) -> str:
        return f"Count({set(self._ids) or '{}'})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Count, (list(self._ids),))


def _id_array(ascending: Sequence[int]) -> array[int]:
    """4-byte unsigned ids where they fit (every desk in practice), 8-byte signed otherwise."""
    if not ascending or (ascending[0] >= 0 and ascending[-1] < 2**32):
        return array("I", ascending)
    return array("q", ascending)


@dataclass(frozen=True)
class Share:
    """A percentage as its two counts; no percentage when nothing is counted below the line."""

    numerator: Count = field(default_factory=Count)
    denominator: Count = field(default_factory=Count)

    @property
    def percent(self) -> float | None:
        if not self.denominator.value:
            return None
        return 100.0 * self.numerator.value / self.denominator.value


@dataclass(frozen=True)
class Duration:
    """K9 for one step: how long, in working days, over the complaints that went through it."""

    step: DurationStep
    measured: Count  # the complaints whose step is done
    median_working_days: float | None
    p90_working_days: float | None


@dataclass(frozen=True)
class Satisfaction:
    """K10 over the complaints closed in the period."""

    rated: Count
    mean_rating: float | None
    rated_4_or_more: Share  # over the rated ones
    response_rate: Share  # rated over closed


@dataclass(frozen=True)
class StaffActivity:
    """K15: officers with at least one action in the 30 days before the cut-off."""

    active_usernames: frozenset[str]
    account_usernames: frozenset[str]  # active accounts

    @property
    def percent(self) -> float | None:
        if not self.account_usernames:
            return None
        return 100.0 * len(self.active_usernames) / len(self.account_usernames)


@dataclass(frozen=True)
class BreakdownRow:
    """One value of a dimension: the cohort's complaints with it, and how they stand."""

    key: str  # a stable key: an enum value, an id, a Kemendagri code, a username
    label: str  # as shown (a category's name, an institution's, a kecamatan's)
    received: Count
    followed_up: Share
    completed: Share
    completed_on_time: Share
    parent_key: str | None = None  # a sub-category's category


@dataclass(frozen=True)
class StatusOverTime:
    """How the cohort stood at the end of each day (or week, for long periods)."""

    day: dt.date
    groups: dict[StatusGroup, int]


@dataclass(frozen=True)
class ReportFigures:
    period: ReportPeriod
    cut_off: dt.datetime  # aware; the moment the figures were computed for
    office_name: str
    received: Count  # K1
    followed_up: Share  # K2
    completed: Share  # K3
    in_process: Share  # K4
    backlog: dict[BacklogBucket, Count]  # K5
    verified_on_time: Share  # K6
    first_follow_up_on_time: Share  # K7
    completed_on_time: Share  # K8, overall
    completed_on_time_by_classification: dict[Classification, Share]  # K8, per type
    durations: dict[DurationStep, Duration]  # K9
    satisfaction: Satisfaction  # K10
    status_groups: dict[StatusGroup, Count]  # K11
    archived: Share  # K12
    archived_by_reason: dict[str, Count]
    forwarded: Share  # K13
    reached_lapor: Share  # K14: walk-in and paper complaints acknowledged nationally
    median_hours_to_lapor: float | None
    staff_activity: StaffActivity  # K15
    channel_mix: dict[Channel, Count]  # K16
    # The recap's matrix: classification x status group, cohort counts.
    matrix: dict[Classification, dict[StatusGroup, Count]]
    breakdowns: dict[Dimension, tuple[BreakdownRow, ...]]
    status_over_time: tuple[StatusOverTime, ...]
    reopened: Count  # cohort complaints reopened at least once (counted apart, REPORTS.md)
