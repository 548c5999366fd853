"""The figures counted complaint by complaint, in one pass: a `Tally` takes each complaint once
(judged from its journal, or as it settled, `report_settled`) and keeps only lists of ids, so a
year's recap never holds 100,000 judged complaints, nor a set per figure.

Each complaint of the cohort goes into one list per *profile* (status, classification, channel,
the on-time flags, reopened or not): a figure is the union of the profiles it counts. Each
breakdown dimension keeps one list per key and "breakdown flag" (followed up or completed, and
completion on time), a row's counts being unions of those. Ids come in register order road by
road, so every union is a merge of a few sorted runs.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.report_breakdowns import (
    Breakdowns,
    Names,
    breakdown_rows,
    bucket_days,
    step_days,
)
from desktop.domain.report_figures import (
    COMPLETED_GROUPS,
    IN_PROCESS_GROUPS,
    STATUS_GROUPS,
    BacklogBucket,
    Classification,
    Count,
    Duration,
    DurationStep,
    ReportFigures,
    ReportPeriod,
    Satisfaction,
    Share,
    StaffActivity,
    StatusGroup,
    StatusOverTime,
    backlog_bucket,
    classification,
)
from desktop.domain.report_rules import micros
from desktop.domain.report_settled import GROUP_INDEX, GROUPS
from desktop.domain.report_tally import local_midnight

PAPER_CHANNELS = frozenset({Channel.WALK_IN.value, Channel.LETTER.value})
_CLOSED_GROUP = GROUP_INDEX[StatusGroup.TERDISPOSISI_SELESAI]
_FIRST_GROUP = GROUP_INDEX[StatusGroup.BELUM_TERVERIFIKASI]
_GROUP_DIGIT = {str(i): i for i in range(len(GROUPS))}

# A breakdown flag: 3 x (followed-up class) + (completion on time: None, True, False).
_NOT_FOLLOWED, _IN_PROCESS, _COMPLETED = 0, 1, 2
_ON_TIME_PLACE: dict[bool | None, int] = {None: 0, True: 1, False: 2}
_FOLLOWED_CLASS = {
    status: (
        _COMPLETED
        if group in COMPLETED_GROUPS
        else _IN_PROCESS
        if group in IN_PROCESS_GROUPS
        else _NOT_FOLLOWED
    )
    for status, group in STATUS_GROUPS.items()
}
_FLAG = {
    (status, on_time): 3 * followed + place
    for status, followed in _FOLLOWED_CLASS.items()
    for on_time, place in _ON_TIME_PLACE.items()
}

Profile = tuple[Status, Classification, str, bool | None, bool | None, bool | None, bool]
Grouped = defaultdict[tuple[object, int], list[int]]  # (key, breakdown flag): ids


def count_of(lists: Iterable[Sequence[int]]) -> Count:
    """The count of the ids in `lists`, none in two of them. Each list is a few ascending runs
    (one per road), merged when the ids are first asked for (`Count.of_runs`)."""
    return Count.of_runs([ids for ids in lists if ids])


# The profiles a figure counts (functions rather than lambdas in comprehensions: each keeps its
# own value, and the types are declared).
def _classified(c: Classification) -> Callable[[Profile], bool]:
    return lambda p: p[1] is c


def _grouped(g: StatusGroup) -> Callable[[Profile], bool]:
    return lambda p: STATUS_GROUPS[p[0]] is g


def _channel(c: Channel) -> Callable[[Profile], bool]:
    return lambda p: p[2] == c.value


def _cell(c: Classification, g: StatusGroup) -> Callable[[Profile], bool]:
    return lambda p: p[1] is c and STATUS_GROUPS[p[0]] is g


@dataclass(frozen=True)
class _Dimensions:
    """Per breakdown dimension of the cohort: ids by (key, breakdown flag)."""

    category: Grouped
    institution: Grouped
    unit: Grouped
    region: Grouped
    desk: Grouped
    officer: Grouped


class Tally:
    """Counts the complaints it is given. `add` for each complaint of the cohort (received in
    the period up to the cut-off, merged ones left out), `add_other` for each complaint outside
    it that may be open at the cut-off or closed in the period; then `figures`."""

    def __init__(
        self, period: ReportPeriod, cut_off: dt.datetime, acknowledged: Mapping[int, dt.datetime]
    ) -> None:
        self._period = period
        self._cut_off = cut_off
        self._acknowledged = acknowledged
        self._profiles: defaultdict[Profile, list[int]] = defaultdict(list)
        self._measured: tuple[list[int], list[int], list[int]] = ([], [], [])
        self._took: tuple[list[int], list[int], list[int]] = ([], [], [])
        self._backlog: dict[BacklogBucket, list[int]] = {b: [] for b in BacklogBucket}
        grouped: list[Grouped] = [defaultdict(list) for _ in range(6)]
        self._dimensions = _Dimensions(*grouped)
        self._hours_to_lapor: list[float] = []
        # Satisfaction: the complaints closed in the period, the rating of each one's last
        # closure in it (when given).
        self._closed: list[int] = []
        self._ratings: dict[int, int] = {}
        self._first = micros(local_midnight(period.first_day))
        self._end = micros(local_midnight(period.last_day + dt.timedelta(days=1)))
        # The status over time: bucket i holds the days from the period's first day plus
        # i steps; a change counts at the end of its bucket's last day (`bucket_days`).
        self._days = bucket_days(period, cut_off)
        step = step_days(period)
        self._bounds = [
            micros(local_midnight(period.first_day + dt.timedelta(days=step * (i + 1))))
            for i in range(len(self._days))
        ]
        slots = len(self._days) + 1
        self._deltas = [[0] * slots for _ in GROUPS]

    def add(
        self,
        complaint_id: int,
        status: Status,
        kind: Classification,
        channel: str,
        on_time: tuple[bool | None, bool | None, bool | None],
        took: tuple[int | None, int | None, int | None],
        open_age: int | None,
        reopened: bool,
        keys: tuple[int | None, int | None, int | None, str | None, str, str],
        timeline: str,
    ) -> None:
        """One complaint of the cohort: `on_time` and `took` for verification, first follow-up
        and completion; `keys`: its category, institution, unit, region code, local number and
        recorder; `timeline` as `report_settled` writes it."""
        # Called 100,000 times for a year's recap: plain locals, no helper calls.
        verified, followed_up, completed = on_time
        self._profiles[status, kind, channel, verified, followed_up, completed, reopened].append(
            complaint_id
        )
        verify_days, follow_up_days, complete_days = took
        if verify_days is not None:
            self._measured[0].append(complaint_id)
            self._took[0].append(verify_days)
        if follow_up_days is not None:
            self._measured[1].append(complaint_id)
            self._took[1].append(follow_up_days)
        if complete_days is not None:
            self._measured[2].append(complaint_id)
            self._took[2].append(complete_days)
        if open_age is not None:
            self._backlog[backlog_bucket(open_age)].append(complaint_id)
        flag = _FLAG[status, completed]
        category, institution, unit, region, number, officer = keys
        d = self._dimensions
        d.category[category, flag].append(complaint_id)
        d.institution[institution, flag].append(complaint_id)
        d.unit[unit, flag].append(complaint_id)
        d.region[region, flag].append(complaint_id)
        d.desk[number.rsplit("-", 2)[0], flag].append(complaint_id)  # `desk_code`
        d.officer[officer, flag].append(complaint_id)
        received = self._cohort_timeline(complaint_id, timeline)
        if channel in PAPER_CHANNELS:
            acknowledged = self._acknowledged.get(complaint_id)
            if acknowledged is not None:
                # As (acknowledged - received_at).total_seconds() / 3600, to the last bit.
                self._hours_to_lapor.append((micros(acknowledged) - received) / 10**6 / 3600)

    def add_settled(self, rows: Iterable[Sequence[Any]], cut_off_day: dt.date) -> None:
        """Complaints of the cohort as they settled, rows in `report_totals.SETTLED_ROW` order
        (merged ones left out): what `add` does for each, inline, with each step's outcome at
        the cut-off day (`StepOutcome.on_time_at`). About 95,000 rows a year's recap: plain
        locals, no call but the timeline's."""
        statuses = {s.value: s for s in Status}
        kinds: dict[tuple[str, bool], Classification] = {}
        profiles = self._profiles
        (measured_v, measured_f, measured_c), (took_v, took_f, took_c) = self._measured, self._took
        d = self._dimensions
        by_category, by_institution, by_unit = d.category, d.institution, d.unit
        by_region, by_desk, by_officer = d.region, d.desk, d.officer
        flags = _FLAG
        timeline_of = self._cohort_timeline
        acknowledged = self._acknowledged
        hours = self._hours_to_lapor
        for (
            complaint_id,
            number,
            channel,
            kind,
            supervisory,
            category,
            institution,
            region,
            recorded_by,
            status_value,
            merged,
            unit,
            reopened,
            verify_days,
            verify_on_time,
            verify_due,
            follow_up_days,
            follow_up_on_time,
            follow_up_due,
            complete_days,
            complete_on_time,
            complete_due,
            timeline,
        ) in rows:
            if merged:
                continue
            classified = kinds.get((kind, supervisory))
            if classified is None:
                classified = classification(ComplaintType(kind), bool(supervisory))
                kinds[kind, supervisory] = classified
            status = statuses[status_value]
            if verify_days is not None:
                verified = verify_on_time
                measured_v.append(complaint_id)
                took_v.append(verify_days)
            else:
                verified = False if verify_due is not None and verify_due < cut_off_day else None
            if follow_up_days is not None:
                followed_up = follow_up_on_time
                measured_f.append(complaint_id)
                took_f.append(follow_up_days)
            else:
                followed_up = (
                    False if follow_up_due is not None and follow_up_due < cut_off_day else None
                )
            if complete_days is not None:
                completed = complete_on_time
                measured_c.append(complaint_id)
                took_c.append(complete_days)
            else:
                completed = (
                    False if complete_due is not None and complete_due < cut_off_day else None
                )
            profiles[
                status, classified, channel, verified, followed_up, completed, bool(reopened)
            ].append(complaint_id)
            flag = flags[status, completed]
            by_category[category, flag].append(complaint_id)
            by_institution[institution, flag].append(complaint_id)
            by_unit[unit, flag].append(complaint_id)
            by_region[region, flag].append(complaint_id)
            by_desk[number.rsplit("-", 2)[0], flag].append(complaint_id)  # `desk_code`
            by_officer[recorded_by, flag].append(complaint_id)
            received = timeline_of(complaint_id, timeline)
            if channel in PAPER_CHANNELS:
                at = acknowledged.get(complaint_id)
                if at is not None:
                    hours.append((micros(at) - received) / 10**6 / 3600)

    def add_other(self, complaint_id: int, open_age: int | None, timeline: str) -> None:
        if open_age is not None:
            self._backlog[backlog_bucket(open_age)].append(complaint_id)
        self._closures(complaint_id, timeline)

    def _closures(self, complaint_id: int, timeline: str) -> None:
        """Counts a timeline's last closure in the period (satisfaction reads those)."""
        entries = timeline.split(";")
        first, end = self._first, self._end
        closed_in_period = False
        rating = None
        for entry in entries[1:]:
            parts = entry.split(",")
            at = int(parts[0])
            if _GROUP_DIGIT[parts[1]] == _CLOSED_GROUP and first <= at < end:
                closed_in_period = True
                rating = int(parts[2]) if len(parts) > 2 else None
        if closed_in_period:
            self._closed.append(complaint_id)
            if rating is not None:
                self._ratings[complaint_id] = rating

    def _cohort_timeline(self, complaint_id: int, timeline: str) -> int:
        """Counts a cohort complaint's changes in the status over time and its closures in the
        period (as `_closures`, in the same pass); returns the moment of receipt."""
        entries = timeline.split(";")
        received = int(entries[0])
        bounds, deltas = self._bounds, self._deltas
        since = bisect_right(bounds, received)
        deltas[_FIRST_GROUP][since] += 1
        if len(entries) == 1:
            return received
        first, end = self._first, self._end
        closed_in_period = False
        rating = None
        current = deltas[_FIRST_GROUP]
        for entry in entries[1:]:
            parts = entry.split(",")
            at = int(parts[0])
            group = _GROUP_DIGIT[parts[1]]
            index = since if at <= received else bisect_right(bounds, at)
            if index < since:
                index = since
            current[index] -= 1
            current = deltas[group]
            current[index] += 1
            if group == _CLOSED_GROUP and first <= at < end:
                closed_in_period = True
                rating = int(parts[2]) if len(parts) > 2 else None
        if closed_in_period:
            self._closed.append(complaint_id)
            if rating is not None:
                self._ratings[complaint_id] = rating
        return received

    def region_codes(self) -> set[str]:
        """The cohort's region codes (their names are looked up for the breakdowns)."""
        return {code for code, _ in self._dimensions.region if isinstance(code, str) and code}

    def figures(
        self,
        office_name: str,
        active_actors: frozenset[str],
        accounts: frozenset[str],
        names: Names,
        archive_reasons: Callable[[Collection[int]], Mapping[int, str]],
    ) -> ReportFigures:
        profiles = self._profiles

        def count(keep: Callable[[Profile], bool]) -> Count:
            return count_of(ids for p, ids in profiles.items() if keep(p))

        received = count(lambda p: True)
        completed = count(lambda p: STATUS_GROUPS[p[0]] in COMPLETED_GROUPS)
        in_process = count(lambda p: STATUS_GROUPS[p[0]] in IN_PROCESS_GROUPS)
        followed = count(lambda p: STATUS_GROUPS[p[0]] in COMPLETED_GROUPS | IN_PROCESS_GROUPS)
        archived = count(lambda p: p[0] is Status.DIARSIPKAN)
        forwarded = count(lambda p: p[0] is Status.BUKAN_WEWENANG)
        reasons = archive_reasons(archived.sorted_ids())
        by_reason: dict[str, list[int]] = {}
        for complaint_id in archived.sorted_ids():
            by_reason.setdefault(reasons.get(complaint_id, ""), []).append(complaint_id)
        paper = count(lambda p: p[2] in PAPER_CHANNELS)
        reached = Count.of_sorted([i for i in paper.sorted_ids() if i in self._acknowledged])
        hours = self._hours_to_lapor
        return ReportFigures(
            period=self._period,
            cut_off=self._cut_off,
            office_name=office_name,
            received=received,
            followed_up=Share(followed, received),
            completed=Share(completed, received),
            in_process=Share(in_process, received),
            backlog={b: Count.of_sorted(sorted(ids)) for b, ids in self._backlog.items()},
            verified_on_time=self._on_time(3, lambda p: True),
            first_follow_up_on_time=self._on_time(4, lambda p: True),
            completed_on_time=self._on_time(5, lambda p: True),
            completed_on_time_by_classification={
                c: self._on_time(5, _classified(c)) for c in Classification
            },
            durations=self._durations(),
            satisfaction=self._satisfaction(),
            status_groups={g: count(_grouped(g)) for g in StatusGroup},
            archived=Share(archived, received),
            archived_by_reason={
                reason: Count.of_sorted(ids) for reason, ids in sorted(by_reason.items())
            },
            forwarded=Share(forwarded, received),
            reached_lapor=Share(reached, paper),
            median_hours_to_lapor=statistics.median(hours) if hours else None,
            staff_activity=StaffActivity(active_actors & accounts, accounts),
            channel_mix={c: count(_channel(c)) for c in Channel},
            matrix={c: {g: count(_cell(c, g)) for g in StatusGroup} for c in Classification},
            breakdowns=self._breakdowns(names),
            status_over_time=self._status_over_time(),
            reopened=count(lambda p: p[6]),
        )

    def _on_time(self, place: int, keep: Callable[[Profile], bool]) -> Share:
        chosen = [(p[place], ids) for p, ids in self._profiles.items() if keep(p)]
        on_time = count_of(ids for flag, ids in chosen if flag)
        judged = count_of(ids for flag, ids in chosen if flag is not None)
        return Share(on_time, judged)

    def _durations(self) -> dict[DurationStep, Duration]:
        result = {}
        for step, measured, values in zip(DurationStep, self._measured, self._took, strict=True):
            result[step] = Duration(
                step,
                count_of([measured]),
                float(statistics.median(values)) if values else None,
                nearest_rank(values, 0.9),
            )
        return result

    def _satisfaction(self) -> Satisfaction:
        ratings = self._ratings
        rated = Count.of_sorted(sorted(ratings))
        high = Count.of_sorted(sorted(i for i, r in ratings.items() if r >= 4))
        mean = statistics.fmean(ratings.values()) if ratings else None
        closed = Count.of_sorted(sorted(self._closed))
        return Satisfaction(rated, mean, Share(high, rated), Share(rated, closed))

    def _breakdowns(self, names: Names) -> Breakdowns:
        by_class: Grouped = defaultdict(list)
        by_channel: Grouped = defaultdict(list)
        for (status, kind, channel, _, _, completed, _), ids in self._profiles.items():
            flag = _FLAG[status, completed]
            by_class[kind.value, flag].extend(ids)
            by_channel[channel, flag].extend(ids)
        d = self._dimensions
        return breakdown_rows(
            names,
            by_class,
            by_channel,
            d.category,
            d.institution,
            d.unit,
            d.region,
            d.desk,
            d.officer,
        )

    def _status_over_time(self) -> tuple[StatusOverTime, ...]:
        running = [0] * len(GROUPS)
        result = []
        for index, day in enumerate(self._days):
            for g, deltas in enumerate(self._deltas):
                running[g] += deltas[index]
            result.append(StatusOverTime(day, dict(zip(GROUPS, running, strict=True))))
        return tuple(result)


def nearest_rank(values: Sequence[int], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])
