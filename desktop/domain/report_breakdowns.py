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


@dataclass
class _Tally:
    received: set[int] = field(default_factory=set)
    followed_up: set[int] = field(default_factory=set)
    completed: set[int] = field(default_factory=set)
    on_time: set[int] = field(default_factory=set)
    judged: set[int] = field(default_factory=set)

    def add(self, j: Judged) -> None:
        complaint_id = j.row.id
        self.received.add(complaint_id)
        if j.group in _FOLLOWED_UP:
            self.followed_up.add(complaint_id)
            if j.group in COMPLETED_GROUPS:
                self.completed.add(complaint_id)
        if j.completed_on_time is not None:
            self.judged.add(complaint_id)
            if j.completed_on_time:
                self.on_time.add(complaint_id)

    def row(self, key: str, label: str, parent_key: str | None = None) -> BreakdownRow:
        received = Count(frozenset(self.received))
        return BreakdownRow(
            key=key,
            label=label,
            received=received,
            followed_up=Share(Count(frozenset(self.followed_up)), received),
            completed=Share(Count(frozenset(self.completed)), received),
            completed_on_time=Share(Count(frozenset(self.on_time)), Count(frozenset(self.judged))),
            parent_key=parent_key,
        )


def _tallies(
    judged: Iterable[Judged], keys: Callable[[Judged], Iterable[str]]
) -> dict[str, _Tally]:
    tallies: dict[str, _Tally] = {}
    for j in judged:
        for key in keys(j):
            tally = tallies.get(key)
            if tally is None:
                tally = tallies[key] = _Tally()
            tally.add(j)
    return tallies


def _by_label(rows: Iterable[BreakdownRow]) -> tuple[BreakdownRow, ...]:
    return tuple(sorted(rows, key=lambda r: (r.key == "", r.label.casefold(), r.key)))


def breakdowns(
    counted: Sequence[Judged], names: Names
) -> dict[Dimension, tuple[BreakdownRow, ...]]:
    result: dict[Dimension, tuple[BreakdownRow, ...]] = {}
    enums: dict[Dimension, tuple[list[str], Callable[[Judged], str]]] = {
        Dimension.CLASSIFICATION: ([c.value for c in Classification], lambda j: j.classification),
        Dimension.CHANNEL: ([c.value for c in Channel], lambda j: j.row.channel),
    }
    for dimension, (values, key) in enums.items():
        tallies = _tallies(counted, lambda j, key=key: (str(key(j)),))  # type: ignore[misc]
        result[dimension] = tuple((tallies.get(v) or _Tally()).row(v, v) for v in values)
    result[Dimension.CATEGORY] = _categories(counted, names)
    named: dict[Dimension, tuple[Callable[[Judged], str], Callable[[str], str]]] = {
        Dimension.INSTITUTION: (
            lambda j: _id_key(j.row.institution_id),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.UNIT: (
            lambda j: _id_key(j.standing.unit_id),
            lambda k: names.institutions.get(int(k), k),
        ),
        Dimension.KECAMATAN: (
            lambda j: region_part(j.row.region_code, 3),
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESA: (
            lambda j: region_part(j.row.region_code, 4),
            lambda k: names.regions.get(k, k),
        ),
        Dimension.DESK: (
            lambda j: desk_code(j.row.local_number),
            lambda k: names.office_name if k == names.office_code and names.office_name else k,
        ),
        Dimension.OFFICER: (lambda j: j.row.recorded_by, lambda k: names.officers.get(k, k)),
    }
    for dimension, (key_of, label_of) in named.items():
        tallies = _tallies(counted, lambda j, key_of=key_of: (key_of(j),))  # type: ignore[misc]
        result[dimension] = _by_label(
            tally.row(key, label_of(key) if key else key) for key, tally in tallies.items()
        )
    return result


def _id_key(value: int | None) -> str:
    return "" if value is None else str(value)


def _categories(counted: Sequence[Judged], names: Names) -> tuple[BreakdownRow, ...]:
    def lineage(category_id: int | None) -> list[str]:
        keys: list[str] = []
        seen: set[int] = set()
        while category_id is not None and category_id not in seen:
            seen.add(category_id)
            keys.append(str(category_id))
            category_id = names.categories.get(category_id, ("", None))[1]
        return keys or [""]

    chains: dict[int | None, list[str]] = {}

    def keys(j: Judged) -> list[str]:
        category_id = j.row.category_id
        chain = chains.get(category_id)
        if chain is None:
            chain = chains[category_id] = lineage(category_id)
        return chain

    rows = []
    for key, tally in _tallies(counted, keys).items():
        name, parent = names.categories.get(int(key), (key, None)) if key else ("", None)
        rows.append(tally.row(key, name, None if parent is None else str(parent)))
    return _by_label(rows)


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
