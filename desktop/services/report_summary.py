"""The recap's summary table: K1-K16 as lines of numerator, denominator, percentage and scope.

A line per figure a reader quotes: an indicator with one number is one line; K9 is a line per
step and measure, K10 three, K11 and K16 a line per group or channel (indented under the
indicator's own line), K12 a line per reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.report_figures import (
    SCOPES,
    BacklogBucket,
    Indicator,
    ReportFigures,
    Scope,
    Share,
)
from desktop.services.report_texts import ReportTexts


@dataclass(frozen=True)
class SummaryLine:
    code: str  # "K2"; empty for a line under the indicator above it
    name: str
    numerator: int | None = None
    denominator: int | None = None
    percent: float | None = None
    value: float | None = None  # a figure that is not a count: days, hours, a mean rating
    scope: Scope | None = None
    definition: str = ""
    indented: bool = False


def summary_lines(figures: ReportFigures, texts: ReportTexts) -> list[SummaryLine]:
    names, definitions = texts.indicator_names, texts.definitions

    def head(indicator: Indicator, **values: object) -> SummaryLine:
        return SummaryLine(
            indicator.value,
            names[indicator],
            scope=SCOPES[indicator],
            definition=definitions[indicator],
            **values,  # type: ignore[arg-type]
        )

    def share(indicator: Indicator, value: Share) -> SummaryLine:
        return head(
            indicator,
            numerator=value.numerator.value,
            denominator=value.denominator.value,
            percent=value.percent,
        )

    def under(name: str, numerator: int | None, whole: int | None, **values: object) -> SummaryLine:
        percent = None
        if numerator is not None and whole:
            percent = 100.0 * numerator / whole
        return SummaryLine(
            "",
            name,
            numerator,
            whole,
            percent,
            indented=True,
            **values,  # type: ignore[arg-type]
        )

    received = figures.received.value
    backlog = sum(count.value for count in figures.backlog.values())
    lines = [
        head(Indicator.RECEIVED, numerator=received),
        share(Indicator.FOLLOWED_UP, figures.followed_up),
        share(Indicator.COMPLETED, figures.completed),
        share(Indicator.IN_PROCESS, figures.in_process),
        head(Indicator.BACKLOG, numerator=backlog),
    ]
    for bucket in BacklogBucket:
        count = figures.backlog.get(bucket)
        lines.append(under(texts.backlog_buckets[bucket], count.value if count else 0, backlog))
    lines += [
        share(Indicator.VERIFIED_ON_TIME, figures.verified_on_time),
        share(Indicator.FIRST_FOLLOW_UP_ON_TIME, figures.first_follow_up_on_time),
        share(Indicator.COMPLETED_ON_TIME, figures.completed_on_time),
        head(Indicator.DURATIONS),
    ]
    for step, duration in figures.durations.items():
        step_name = texts.duration_steps[step]
        measured = duration.measured.value
        lines.append(
            under(
                texts.median_line.format(step=step_name),
                measured,
                None,
                value=duration.median_working_days,
            )  # fmt: skip
        )
        lines.append(
            under(
                texts.p90_line.format(step=step_name),
                measured,
                None,
                value=duration.p90_working_days,
            )  # fmt: skip
        )
    satisfaction = figures.satisfaction
    lines += [
        head(Indicator.SATISFACTION, numerator=satisfaction.rated.value),
        under(texts.mean_rating, None, None, value=satisfaction.mean_rating),
        _indented(texts.rated_4_or_more, satisfaction.rated_4_or_more),
        _indented(texts.response_rate, satisfaction.response_rate),
        head(Indicator.STATUS_GROUPS, numerator=received),
    ]
    for group, count in figures.status_groups.items():
        lines.append(under(texts.status_groups[group], count.value, received))
    lines.append(share(Indicator.ARCHIVED, figures.archived))
    for reason, count in figures.archived_by_reason.items():
        lines.append(under(texts.archived_reason_line.format(reason=reason), count.value, received))
    lines += [
        share(Indicator.FORWARDED, figures.forwarded),
        share(Indicator.REACHED_LAPOR, figures.reached_lapor),
        under(texts.median_hours_to_lapor, None, None, value=figures.median_hours_to_lapor),
    ]
    staff = figures.staff_activity
    lines.append(
        head(
            Indicator.STAFF_ACTIVITY,
            numerator=len(staff.active_usernames),
            denominator=len(staff.account_usernames),
            percent=staff.percent,
        )
    )
    lines.append(head(Indicator.CHANNEL_MIX, numerator=received))
    for channel, count in figures.channel_mix.items():
        lines.append(under(texts.channels[channel], count.value, received))
    lines.append(SummaryLine("", texts.reopened, figures.reopened.value, scope=Scope.COHORT))
    return lines


def _indented(name: str, value: Share) -> SummaryLine:
    return SummaryLine(
        "",
        name,
        value.numerator.value,
        value.denominator.value,
        value.percent,
        indented=True,
    )
