"""The figures K1-K16 from complaints judged at the cut-off (`report_tally`), as one
`ReportFigures`. Pure: the service gathers the rows and names, this counts.

Definitions where REPORTS.md leaves a choice (the report says which it used):
- the cohort is the complaints received on the period's local days up to the cut-off, less those
  merged into another complaint at the cut-off (they count once, under that complaint);
- K7's denominator is the disposed complaints whose first follow-up came, or whose 5 HK have run
  without one (a follow-up given early is judged as K8 judges an early closure);
- K9's 90th percentile is the nearest-rank one (the smallest value at or above 90% of them);
- K10 is over every complaint closed in the period (whatever its intake month), with the rating
  of its last closure in the period;
- K15 counts any entry in the audit trail (signing in included) in the 30 days up to the
  cut-off, by accounts active now (the desk keeps no history of deactivations).
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop.domain.complaint import Channel, Status
from desktop.domain.report_breakdowns import Names, breakdowns, status_over_time
from desktop.domain.report_figures import (
    COMPLETED_GROUPS,
    IN_PROCESS_GROUPS,
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
    backlog_bucket,
)
from desktop.domain.report_rules import micros
from desktop.domain.report_tally import Judged, local_midnight

K = TypeVar("K")

PAPER_CHANNELS = frozenset({Channel.WALK_IN.value, Channel.LETTER.value})


@dataclass(frozen=True)
class Sources:
    """What besides the judged complaints the figures read."""

    period: ReportPeriod
    cut_off: dt.datetime
    office_name: str
    acknowledged: Mapping[int, dt.datetime]  # complaint id: the national side acknowledged it
    active_actors: frozenset[str]  # audit actors in the 30 days up to the cut-off
    accounts: frozenset[str]  # active accounts
    names: Names  # what the breakdowns' rows are called
    # The reason of each archived complaint's last archiving at the cut-off, by id.
    archive_reasons: Callable[[Collection[int]], Mapping[int, str]]


def _count(ids: Iterable[int]) -> Count:
    return Count(frozenset(ids))


def totals(cohort: Sequence[Judged], others: Sequence[Judged], sources: Sources) -> ReportFigures:
    """`cohort`: the complaints received in the period up to the cut-off (merged ones among
    them are left out here); `others`: complaints received earlier that may be open at the
    cut-off or closed in the period."""
    counted = [j for j in cohort if not j.merged]
    received = _count(j.row.id for j in counted)
    by_group = _group_by(counted, lambda j: j.group)
    groups = {g: _count(by_group.get(g, ())) for g in StatusGroup}
    by_cell = _group_by(counted, lambda j: (j.classification, j.group))
    by_channel = _group_by(counted, lambda j: j.row.channel)
    completed = _count(j.row.id for j in counted if j.group in COMPLETED_GROUPS)
    in_process = _count(j.row.id for j in counted if j.group in IN_PROCESS_GROUPS)
    followed = Count(completed.complaint_ids | in_process.complaint_ids)
    archived = _count(j.row.id for j in counted if j.standing.status is Status.DIARSIPKAN)
    reasons = sources.archive_reasons(archived.complaint_ids)
    by_reason: dict[str, set[int]] = {}
    for complaint_id in archived.complaint_ids:
        by_reason.setdefault(reasons.get(complaint_id, ""), set()).add(complaint_id)
    forwarded = _count(j.row.id for j in counted if j.standing.status is Status.BUKAN_WEWENANG)
    everyone = [*counted, *(j for j in others if not j.merged)]
    return ReportFigures(
        period=sources.period,
        cut_off=sources.cut_off,
        office_name=sources.office_name,
        received=received,
        followed_up=Share(followed, received),
        completed=Share(completed, received),
        in_process=Share(in_process, received),
        backlog=_backlog(everyone),
        verified_on_time=_on_time(counted, lambda j: j.verified_on_time),
        first_follow_up_on_time=_on_time(counted, lambda j: j.followed_up_on_time),
        completed_on_time=_on_time(counted, lambda j: j.completed_on_time),
        completed_on_time_by_classification={
            c: _on_time(
                [j for j in counted if j.classification is c], lambda j: j.completed_on_time
            )
            for c in Classification
        },
        durations=_durations(counted),
        satisfaction=_satisfaction(everyone, sources),
        status_groups=groups,
        archived=Share(archived, received),
        archived_by_reason={reason: _count(ids) for reason, ids in sorted(by_reason.items())},
        forwarded=Share(forwarded, received),
        reached_lapor=_reached(counted, sources.acknowledged),
        median_hours_to_lapor=_median_hours(counted, sources.acknowledged),
        staff_activity=StaffActivity(sources.active_actors & sources.accounts, sources.accounts),
        channel_mix={c: _count(by_channel.get(c.value, ())) for c in Channel},
        matrix={
            c: {g: _count(by_cell.get((c, g), ())) for g in StatusGroup} for c in Classification
        },
        breakdowns=breakdowns(counted, sources.names),
        status_over_time=status_over_time(counted, sources.period, sources.cut_off),
        reopened=_count(j.row.id for j in counted if j.standing.reopenings),
    )


def _group_by(judged: Iterable[Judged], key: Callable[[Judged], K]) -> dict[K, set[int]]:
    grouped: dict[K, set[int]] = {}
    for j in judged:
        grouped.setdefault(key(j), set()).add(j.row.id)
    return grouped


def _on_time(judged: Iterable[Judged], flag: Callable[[Judged], bool | None]) -> Share:
    on_time, judged_ids = set(), set()
    for j in judged:
        value = flag(j)
        if value is not None:
            judged_ids.add(j.row.id)
            if value:
                on_time.add(j.row.id)
    return Share(_count(on_time), _count(judged_ids))


def _backlog(everyone: Iterable[Judged]) -> dict[BacklogBucket, Count]:
    buckets: dict[BacklogBucket, set[int]] = {b: set() for b in BacklogBucket}
    for j in everyone:
        if j.open_age is not None:
            buckets[backlog_bucket(j.open_age)].add(j.row.id)
    return {b: _count(ids) for b, ids in buckets.items()}


def nearest_rank(values: Sequence[int], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def _durations(counted: Sequence[Judged]) -> dict[DurationStep, Duration]:
    steps: dict[DurationStep, Callable[[Judged], int | None]] = {
        DurationStep.VERIFY: lambda j: j.verify_days,
        DurationStep.FIRST_FOLLOW_UP: lambda j: j.follow_up_days,
        DurationStep.COMPLETE: lambda j: j.complete_days,
    }
    result = {}
    for step, took in steps.items():
        measured = [(j.row.id, days) for j in counted if (days := took(j)) is not None]
        values = [days for _, days in measured]
        result[step] = Duration(
            step,
            _count(i for i, _ in measured),
            float(statistics.median(values)) if values else None,
            nearest_rank(values, 0.9),
        )
    return result


def _satisfaction(everyone: Iterable[Judged], sources: Sources) -> Satisfaction:
    first = _utc_micros_of_day(sources.period.first_day)
    end = _utc_micros_of_day(sources.period.last_day + dt.timedelta(days=1))
    closed: set[int] = set()
    ratings: dict[int, int] = {}
    for j in everyone:
        in_period = [(at, r) for at, r in j.standing.closures if first <= at < end]
        if in_period:
            closed.add(j.row.id)
            rating = in_period[-1][1]
            if rating is not None:
                ratings[j.row.id] = rating
    rated = _count(ratings)
    high = _count(i for i, r in ratings.items() if r >= 4)
    mean = statistics.fmean(ratings.values()) if ratings else None
    return Satisfaction(rated, mean, Share(high, rated), Share(rated, _count(closed)))


def _utc_micros_of_day(day: dt.date) -> int:
    return micros(local_midnight(day))


def _reached(counted: Sequence[Judged], acknowledged: Mapping[int, dt.datetime]) -> Share:
    paper = _count(j.row.id for j in counted if j.row.channel in PAPER_CHANNELS)
    return Share(_count(i for i in paper.complaint_ids if i in acknowledged), paper)


def _median_hours(
    counted: Sequence[Judged], acknowledged: Mapping[int, dt.datetime]
) -> float | None:
    hours = [
        (acknowledged[j.row.id] - j.row.received_at).total_seconds() / 3600
        for j in counted
        if j.row.channel in PAPER_CHANNELS and j.row.id in acknowledged
    ]
    return statistics.median(hours) if hours else None
