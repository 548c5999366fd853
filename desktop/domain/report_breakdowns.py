"""The cohort broken down by each `Dimension`, and its status groups over the period's days.

Row keys: an enum's value (classification, channel), an id (category, institution, unit), a
Kemendagri code (kecamatan, desa), the office code of the local number (desk), a username
(officer); "" for complaints without one (no category, not disposed, no region at that level).
Enum rows and "" rows carry the key as their label: the interface words them.
A category's row counts every complaint under it, its sub-categories' included; the rows of
sub-categories carry their parent's key, so the rows without a parent add up to the cohort.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.complaint import Channel
from desktop.domain.report_clock import LocalDays
from desktop.domain.report_figures import (
    COMPLETED_GROUPS,
    IN_PROCESS_GROUPS,
    STATUS_GROUPS,
    BreakdownRow,
    Classification,
    Count,
    Dimension,
    ReportPeriod,
    Share,
    StatusGroup,
    StatusOverTime,
)
from desktop.domain.report_tally import Judged

DAILY_UP_TO_DAYS = 92  # longer periods show their status over time week by week
_FOLLOWED_UP = COMPLETED_GROUPS | IN_PROCESS_GROUPS
_EMPTY: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Names:
    """What the breakdowns' keys are called at this desk."""

    office_code: str = ""
    office_name: str = ""
    categories: Mapping[int, tuple[str, int | None]] = field(default_factory=dict)  # name, parent
    institutions: Mapping[int, str] = field(default_factory=dict)
    regions: Mapping[str, str] = field(default_factory=dict)  # Kemendagri code: name
    officers: Mapping[str, str] = field(default_factory=dict)  # username: full name


def region_part(code: str | None, parts: int) -> str:
    """The kecamatan (3 parts) or desa (4 parts) of a Kemendagri code, "" when it has none."""
    if not code:
        return ""
    split = code.split(".")
    return ".".join(split[:parts]) if len(split) >= parts else ""


def desk_code(local_number: str) -> str:
    """The office code of a local number ("3201-2026-000123" -> "3201")."""
    return local_number.rsplit("-", 2)[0]


@dataclass(frozen=True)
class _Flags:
    """The cohort's complaints followed up, completed, and judged / on time for completion:
    each row's own are its received ones intersected with these (set operations in C, not a
    Python loop per row and complaint: a year's recap has 100,000 complaints, 9 dimensions)."""

    followed_up: frozenset[int]
    completed: frozenset[int]
    on_time: frozenset[int]
    judged: frozenset[int]

    @classmethod
    def of(cls, counted: Sequence[Judged]) -> _Flags:
        followed_up, completed, on_time, judged = [], [], [], []
        for j in counted:
            complaint_id = j.row.id
            if j.group in _FOLLOWED_UP:
                followed_up.append(complaint_id)
                if j.group in COMPLETED_GROUPS:
                    completed.append(complaint_id)
            if j.completed_on_time is not None:
                judged.append(complaint_id)
                if j.completed_on_time:
                    on_time.append(complaint_id)
        return cls(
            frozenset(followed_up), frozenset(completed), frozenset(on_time), frozenset(judged)
        )

    def row(
        self, key: str, label: str, ids: Iterable[int], parent_key: str | None = None
    ) -> BreakdownRow:
        received_ids = frozenset(ids)
        received = Count(received_ids)
        # A recap has thousands of rows (every desa): equal sets are kept once.
        shared = {received_ids: received_ids, _EMPTY: _EMPTY}

        def part(of: frozenset[int]) -> Count:
            found = received_ids & of
            return Count(shared.setdefault(found, found))

        return BreakdownRow(
            key=key,
            label=label,
            received=received,
            followed_up=Share(part(self.followed_up), received),
            completed=Share(part(self.completed), received),
            completed_on_time=Share(part(self.on_time), part(self.judged)),
            parent_key=parent_key,
        )


def _grouped(judged: Iterable[Judged], key: Callable[[Judged], Any]) -> dict[Any, list[int]]:
    grouped: dict[Any, list[int]] = {}
    for j in judged:
        k = key(j)
        ids = grouped.get(k)
        if ids is None:
            grouped[k] = [j.row.id]
        else:
            ids.append(j.row.id)
    return grouped


def _by_label(rows: Iterable[BreakdownRow]) -> tuple[BreakdownRow, ...]:
    return tuple(sorted(rows, key=lambda r: (r.key == "", r.label.casefold(), r.key)))


def breakdowns(
    counted: Sequence[Judged], names: Names
) -> dict[Dimension, tuple[BreakdownRow, ...]]:
    flags = _Flags.of(counted)
    result: dict[Dimension, tuple[BreakdownRow, ...]] = {}
    by_class = _grouped(counted, lambda j: j.classification.value)
    result[Dimension.CLASSIFICATION] = tuple(
        flags.row(c.value, c.value, by_class.get(c.value, ())) for c in Classification
    )
    by_channel = _grouped(counted, lambda j: j.row.channel)
    result[Dimension.CHANNEL] = tuple(
        flags.row(c.value, c.value, by_channel.get(c.value, ())) for c in Channel
    )
    result[Dimension.CATEGORY] = _categories(counted, names, flags)
    by_region = _grouped(counted, lambda j: j.row.region_code)
    named: dict[Dimension, tuple[dict[str, list[int]], Callable[[str], str]]] = {
        Dimension.INSTITUTION: (
            _keyed(_grouped(counted, lambda j: j.row.institution_id), _id_key),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.UNIT: (
            _keyed(_grouped(counted, lambda j: j.standing.unit_id), _id_key),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.KECAMATAN: (
            _keyed(by_region, lambda code: region_part(code, 3)),
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESA: (
            _keyed(by_region, lambda code: region_part(code, 4)),
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESK: (
            _keyed(_grouped(counted, lambda j: desk_code(j.row.local_number)), str),
            lambda k: names.office_name if k == names.office_code and names.office_name else k,
        ),
        Dimension.OFFICER: (
            _keyed(_grouped(counted, lambda j: j.row.recorded_by), str),
            lambda k: names.officers.get(k, k),
        ),
    }
    for dimension, (groups, label_of) in named.items():
        result[dimension] = _by_label(
            flags.row(key, label_of(key) if key else key, ids) for key, ids in groups.items()
        )
    return result


def _keyed(grouped: dict[Any, list[int]], key: Callable[[Any], str]) -> dict[str, list[int]]:
    """Groups merged under a coarser key (a village's code under its kecamatan's)."""
    keyed: dict[str, list[int]] = {}
    for value, ids in grouped.items():
        keyed.setdefault(key(value), []).extend(ids)
    return keyed


def _id_key(value: int | None) -> str:
    return "" if value is None else str(value)


def _categories(counted: Sequence[Judged], names: Names, flags: _Flags) -> tuple[BreakdownRow, ...]:
    subtree: dict[str, list[int]] = {}
    for category_id, ids in _grouped(counted, lambda j: j.row.category_id).items():
        for key in _lineage(category_id, names):
            subtree.setdefault(key, []).extend(ids)
    rows = []
    for key, ids in subtree.items():
        name, parent = names.categories.get(int(key), (key, None)) if key else ("", None)
        rows.append(flags.row(key, name, ids, None if parent is None else str(parent)))
    return _by_label(rows)


def _lineage(category_id: int | None, names: Names) -> list[str]:
    """The category's key and its ancestors' ("" for none); a cycle stops where it closes."""
    keys: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id not in seen:
        seen.add(category_id)
        keys.append(str(category_id))
        category_id = names.categories.get(category_id, ("", None))[1]
    return keys or [""]


def _step(period: ReportPeriod) -> int:
    length = (period.last_day - period.first_day).days + 1
    return 1 if length <= DAILY_UP_TO_DAYS else 7


def bucket_days(period: ReportPeriod, cut_off: dt.datetime) -> list[dt.date]:
    """The days whose end the status over time shows: each day of the period up to the cut-off,
    or for periods over `DAILY_UP_TO_DAYS` days the end of each week and the last day."""
    last = min(period.last_day, cut_off.astimezone().date())
    if last < period.first_day:
        return []
    step = _step(period)
    days = []
    day = period.first_day + dt.timedelta(days=step - 1)
    while day < last:
        days.append(day)
        day += dt.timedelta(days=step)
    days.append(last)
    return days


def status_over_time(
    counted: Sequence[Judged], period: ReportPeriod, cut_off: dt.datetime
) -> tuple[StatusOverTime, ...]:
    """How the cohort (as at the cut-off) stood at the end of each of `bucket_days`."""
    days = bucket_days(period, cut_off)
    if not days:
        return ()
    step = _step(period)
    first = period.first_day
    last_index = len(days) - 1
    local_day = LocalDays()

    def bucket(day: dt.date) -> int:
        return min(max((day - first).days, 0) // step, last_index + 1)

    deltas: dict[StatusGroup, list[int]] = {g: [0] * (len(days) + 1) for g in StatusGroup}
    start_group = StatusGroup.BELUM_TERVERIFIKASI
    for j in counted:
        current, since = start_group, bucket(j.received_day)
        deltas[current][since] += 1
        for at, status in j.standing.changes:
            group = STATUS_GROUPS[status]
            if group is current:
                continue
            index = max(bucket(local_day(at)), since)
            deltas[current][index] -= 1
            deltas[group][index] += 1
            current = group
    running = dict.fromkeys(StatusGroup, 0)
    result = []
    for index, day in enumerate(days):
        for g in StatusGroup:
            running[g] += deltas[g][index]
        result.append(StatusOverTime(day, dict(running)))
    return tuple(result)
