"""The summary of a `ReportFigures` as rows: one per indicator K1-K16, with the values it is
broken down by below it, each carrying exactly the complaints it counts (for the worklist).

Plain values with the words already in the user's language (from one `ReportTexts`):
`figure_list` shows them, and the narrative PDF's summary table is the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale

from desktop.domain.report_figures import (
    SCOPES,
    Count,
    DurationStep,
    Indicator,
    ReportFigures,
    Scope,
    Share,
)
from desktop.services.report_texts import ReportTexts
from desktop.ui.translation_context import TranslationContext


@dataclass(frozen=True)
class FigureRow:
    indicator: Indicator
    label: str  # "K3 Selesai" for an indicator, "Loket" for a value below it
    name: str  # in a table of figures: "% penyelesaian" for an indicator, the label below it
    value: str  # "35 dari 215", "215", "median 4,0 HK"
    percent: str  # "16,3%", or "" when none applies
    scope: Scope | None  # shown on the indicator's row only
    counted: Count | None  # the complaints to list; None: not complaints (K9's times, K15)
    drill_title: str  # how the worklist names the figure: "K5 Tunggakan 15-60 HK"
    children: tuple[FigureRow, ...] = field(default=())


# lupdate takes the context from the name before `.tr` (see translation_context).
FigureRows = TranslationContext("FigureRows")


def number(value: int) -> str:
    return QLocale().toString(value)


def decimal(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 1)


def percent(value: float | None) -> str:
    return "" if value is None else f"{decimal(value)}%"


def of(share: Share) -> str:
    """A share as its two counts: "35 of 215"."""
    return (
        FigureRows.tr("%1 of %2")
        .replace("%1", number(share.numerator.value))
        .replace("%2", number(share.denominator.value))
    )


def _share_row(
    texts: ReportTexts, indicator: Indicator, share: Share, children: tuple[FigureRow, ...] = ()
) -> FigureRow:
    return FigureRow(
        indicator,
        texts.titled(indicator),
        texts.indicator_names[indicator],
        of(share),
        percent(share.percent),
        SCOPES[indicator],
        share.numerator,
        texts.titled(indicator),
        children,
    )


def _count_child(
    texts: ReportTexts, indicator: Indicator, label: str, count: Count, whole: int | None
) -> FigureRow:
    share = None if not whole else 100.0 * count.value / whole
    return FigureRow(
        indicator,
        label,
        label,
        number(count.value),
        percent(share),
        None,
        count,
        texts.titled(indicator, label),
    )


def _share_child(texts: ReportTexts, indicator: Indicator, label: str, share: Share) -> FigureRow:
    return FigureRow(
        indicator,
        label,
        label,
        of(share),
        percent(share.percent),
        None,
        share.numerator,
        texts.titled(indicator, label),
    )


def _whole_row(
    texts: ReportTexts,
    indicator: Indicator,
    value: str,
    counted: Count | None,
    children: tuple[FigureRow, ...] = (),
    share: str = "",
) -> FigureRow:
    """An indicator's row that is not a share: a count, a time, a mean."""
    return FigureRow(
        indicator,
        texts.titled(indicator),
        texts.indicator_names[indicator],
        value,
        share,
        SCOPES[indicator],
        counted,
        texts.titled(indicator),
        children,
    )


def _union(counts: list[Count]) -> Count:
    return Count(frozenset().union(*(c.complaint_ids for c in counts)))


def figure_rows(figures: ReportFigures, texts: ReportTexts) -> list[FigureRow]:
    received = figures.received.value
    by_class = [
        _count_child(
            texts,
            Indicator.RECEIVED,
            texts.classifications[kind],
            _union(list(groups.values())),
            received,
        )
        for kind, groups in figures.matrix.items()
    ]
    backlog_total = _union(list(figures.backlog.values()))
    backlog = [
        _count_child(
            texts,
            Indicator.BACKLOG,
            texts.backlog_buckets_short[bucket],
            count,
            backlog_total.value,
        )
        for bucket, count in figures.backlog.items()
    ]
    on_time_by_class = [
        _share_child(texts, Indicator.COMPLETED_ON_TIME, texts.classifications[kind], share)
        for kind, share in figures.completed_on_time_by_classification.items()
    ]
    durations = [
        FigureRow(
            Indicator.DURATIONS,
            texts.duration_steps[step],
            texts.duration_steps[step],
            FigureRows.tr("median %1 WD, 90%: %2 WD")
            .replace("%1", decimal(duration.median_working_days))
            .replace("%2", decimal(duration.p90_working_days)),
            "",
            None,
            duration.measured,
            texts.titled(Indicator.DURATIONS, texts.duration_steps[step]),
        )
        for step, duration in figures.durations.items()
    ]
    # K9's row: the step a complainant feels most (to completion; the others below), kept
    # short so the names beside it read in full at 1366 px.
    completion = figures.durations.get(DurationStep.COMPLETE)
    to_completion = (
        FigureRows.tr("median %1 WD").replace("%1", decimal(completion.median_working_days))
        if completion is not None and completion.median_working_days is not None
        else ""
    )
    satisfaction = figures.satisfaction
    satisfied = [
        _share_child(
            texts,
            Indicator.SATISFACTION,
            FigureRows.tr("rated 4 or more"),
            satisfaction.rated_4_or_more,
        ),
        _share_child(
            texts,
            Indicator.SATISFACTION,
            FigureRows.tr("response rate"),
            satisfaction.response_rate,
        ),
    ]
    groups = [
        _count_child(texts, Indicator.STATUS_GROUPS, texts.status_groups[group], count, received)
        for group, count in figures.status_groups.items()
    ]
    reasons = [
        _count_child(texts, Indicator.ARCHIVED, reason, count, received)
        for reason, count in figures.archived_by_reason.items()
    ]
    channels = [
        _count_child(texts, Indicator.CHANNEL_MIX, texts.channels[channel], count, received)
        for channel, count in figures.channel_mix.items()
    ]
    hours_label = FigureRows.tr("median hours to acknowledgement")
    lapor_hours = FigureRow(
        Indicator.REACHED_LAPOR,
        hours_label,
        hours_label,
        decimal(figures.median_hours_to_lapor),
        "",
        None,
        None,
        texts.titled(Indicator.REACHED_LAPOR),
    )
    staff = figures.staff_activity
    officers = (
        FigureRows.tr("%1 of %2 officers")
        .replace("%1", number(len(staff.active_usernames)))
        .replace("%2", number(len(staff.account_usernames)))
    )
    mean = FigureRows.tr("mean %1").replace("%1", decimal(satisfaction.mean_rating))
    return [
        _whole_row(texts, Indicator.RECEIVED, number(received), figures.received, tuple(by_class)),
        _share_row(texts, Indicator.FOLLOWED_UP, figures.followed_up),
        _share_row(texts, Indicator.COMPLETED, figures.completed),
        _share_row(texts, Indicator.IN_PROCESS, figures.in_process),
        _whole_row(
            texts, Indicator.BACKLOG, number(backlog_total.value), backlog_total, tuple(backlog)
        ),
        _share_row(texts, Indicator.VERIFIED_ON_TIME, figures.verified_on_time),
        _share_row(texts, Indicator.FIRST_FOLLOW_UP_ON_TIME, figures.first_follow_up_on_time),
        _share_row(
            texts, Indicator.COMPLETED_ON_TIME, figures.completed_on_time, tuple(on_time_by_class)
        ),
        _whole_row(texts, Indicator.DURATIONS, to_completion, None, tuple(durations)),
        _whole_row(texts, Indicator.SATISFACTION, mean, satisfaction.rated, tuple(satisfied)),
        _whole_row(
            texts, Indicator.STATUS_GROUPS, number(received), figures.received, tuple(groups)
        ),
        _share_row(texts, Indicator.ARCHIVED, figures.archived, tuple(reasons)),
        _share_row(texts, Indicator.FORWARDED, figures.forwarded),
        _share_row(texts, Indicator.REACHED_LAPOR, figures.reached_lapor, (lapor_hours,)),
        # Officers, not complaints: nothing to list.
        _whole_row(texts, Indicator.STAFF_ACTIVITY, officers, None, share=percent(staff.percent)),
        _whole_row(
            texts, Indicator.CHANNEL_MIX, number(received), figures.received, tuple(channels)
        ),
    ]
