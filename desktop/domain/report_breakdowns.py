"""The cohort broken down by each `Dimension`, and the days its status over time shows.

The counting is `report_accumulator`'s; here the rows are made from its lists. Row keys: an
enum's value (classification, channel), an id (category, institution, unit), a
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

from desktop.domain.complaint import Channel
from desktop.domain.report_figures import (
    BreakdownRow,
    Classification,
    Count,
    Dimension,
    ReportPeriod,
    Share,
)

DAILY_UP_TO_DAYS = 92  # longer periods show their status over time week by week

# A complaint's breakdown flag (`report_accumulator`): 3 x how far it is followed up (0 not,
# 1 in process, 2 completed) + its completion on time (0 not judged, 1 on time, 2 late).
FLAGS_FOLLOWED_UP = frozenset(f for f in range(9) if f // 3 != 0)
FLAGS_COMPLETED = frozenset(f for f in range(9) if f // 3 == 2)
FLAGS_ON_TIME = frozenset(f for f in range(9) if f % 3 == 1)
FLAGS_JUDGED = frozenset(f for f in range(9) if f % 3 != 0)

Grouped = Mapping[tuple[object, int], list[int]]  # (key, breakdown flag): ids, each sorted
Breakdowns = dict[Dimension, tuple[BreakdownRow, ...]]


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


_NONE = Count()


class _Row:
    """One row's ids, by breakdown flag."""

    __slots__ = ("runs",)

    def __init__(self) -> None:
        self.runs: dict[int, list[Sequence[int]]] = {}

    def add(self, flag: int, ids: Sequence[int]) -> None:
        found = self.runs.get(flag)
        if found is None:
            self.runs[flag] = [ids]
        else:
            found.append(ids)

    def row(self, key: str, label: str, parent_key: str | None = None) -> BreakdownRow:
        runs = self.runs
        sizes = {flag: sum(map(len, found)) for flag, found in runs.items()}
        everyone = sum(sizes.values())

        def count(flags: frozenset[int] | None) -> Count:
            chosen = [f for f in runs if flags is None or f in flags]
            size = sum(sizes[f] for f in chosen)
            if not size:
                return _NONE  # counts are values: one empty count serves every row
            if size == everyone and flags is not None:
                return received
            # Sorted when a reader asks for the ids (thousands of rows, a few opened).
            return Count.of_runs([i for f in chosen for i in runs[f]], size)

        received = count(None)
        return BreakdownRow(
            key=key,
            label=label,
            received=received,
            followed_up=Share(count(FLAGS_FOLLOWED_UP), received),
            completed=Share(count(FLAGS_COMPLETED), received),
            completed_on_time=Share(count(FLAGS_ON_TIME), count(FLAGS_JUDGED)),
            parent_key=parent_key,
        )


def _rows(grouped: Grouped, key: Callable[[object], Iterable[str]]) -> dict[str, _Row]:
    """Rows keyed by `key` of each group's value (several keys: counted under each)."""
    rows: dict[str, _Row] = {}
    for (value, flag), ids in grouped.items():
        for k in key(value):
            row = rows.get(k)
            if row is None:
                row = rows[k] = _Row()
            row.add(flag, ids)
    return rows


def _by_label(rows: Iterable[BreakdownRow]) -> tuple[BreakdownRow, ...]:
    return tuple(sorted(rows, key=lambda r: (r.key == "", r.label.casefold(), r.key)))


def breakdown_rows(
    names: Names,
    by_class: Grouped,
    by_channel: Grouped,
    by_category: Grouped,
    by_institution: Grouped,
    by_unit: Grouped,
    by_region: Grouped,
    by_desk: Grouped,
    by_officer: Grouped,
) -> Breakdowns:
    """Every dimension's rows from the cohort's ids grouped by (value, breakdown flag): the
    classification's and channel's values, category and institution ids, the unit's id at the
    cut-off, the region's Kemendagri code, the desk's office code and the recorder's username
    (None where a complaint has none)."""
    result: Breakdowns = {}
    classes = _rows(by_class, lambda v: (str(v),))
    result[Dimension.CLASSIFICATION] = tuple(
        classes.get(c.value, _Row()).row(c.value, c.value) for c in Classification
    )
    channels = _rows(by_channel, lambda v: (str(v),))
    result[Dimension.CHANNEL] = tuple(
        channels.get(c.value, _Row()).row(c.value, c.value) for c in Channel
    )
    categories = _rows(by_category, lambda v: _lineage(v, names))  # type: ignore[arg-type]
    category_rows = []
    for key, row in categories.items():
        name, parent = names.categories.get(int(key), (key, None)) if key else ("", None)
        category_rows.append(row.row(key, name, None if parent is None else str(parent)))
    result[Dimension.CATEGORY] = _by_label(category_rows)
    named: dict[Dimension, tuple[dict[str, _Row], Callable[[str], str]]] = {
        Dimension.INSTITUTION: (
            _rows(by_institution, lambda v: (_id_key(v),)),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.UNIT: (
            _rows(by_unit, lambda v: (_id_key(v),)),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.KECAMATAN: (
            _rows(by_region, lambda v: (region_part(v, 3),)),  # type: ignore[arg-type]
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESA: (
            _rows(by_region, lambda v: (region_part(v, 4),)),  # type: ignore[arg-type]
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESK: (
            _rows(by_desk, lambda v: (str(v),)),
            lambda k: names.office_name if k == names.office_code and names.office_name else k,
        ),
        Dimension.OFFICER: (
            _rows(by_officer, lambda v: (str(v),)),
            lambda k: names.officers.get(k, k),
        ),
    }
    for dimension, (rows, label_of) in named.items():
        result[dimension] = _by_label(
            row.row(key, label_of(key) if key else key) for key, row in rows.items()
        )
    return result


def _id_key(value: object) -> str:
    return "" if value is None else str(value)


def _lineage(category_id: int | None, names: Names) -> list[str]:
    """The category's key and its ancestors' ("" for none); a cycle stops where it closes."""
    keys: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id not in seen:
        seen.add(category_id)
        keys.append(str(category_id))
        category_id = names.categories.get(category_id, ("", None))[1]
    return keys or [""]


def step_days(period: ReportPeriod) -> int:
    """Days per point of the status over time."""
    length = (period.last_day - period.first_day).days + 1
    return 1 if length <= DAILY_UP_TO_DAYS else 7


def bucket_days(period: ReportPeriod, cut_off: dt.datetime) -> list[dt.date]:
    """The days whose end the status over time shows: each day of the period up to the cut-off,
    or for periods over `DAILY_UP_TO_DAYS` days the end of each week and the last day."""
    last = min(period.last_day, cut_off.astimezone().date())
    if last < period.first_day:
        return []
    step = step_days(period)
    days = []
    day = period.first_day + dt.timedelta(days=step - 1)
    while day < last:
        days.append(day)
        day += dt.timedelta(days=step)
    days.append(last)
    return days
