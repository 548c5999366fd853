"""The summary of a `ReportFigures` as rows: one per indicator K1-K16, with the values it is
broken down by below it, each carrying exactly the complaints it counts (for the worklist).

Plain values with the words already in the user's language; `figure_list` shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale

from desktop.domain.report_figures import (
    SCOPES,
    Count,
    Indicator,
    ReportFigures,
    Scope,
    Share,
)
from desktop.ui.reports.definitions import (
    bucket_label,
    classification_label,
    status_group_label,
    step_label,
    titled,
)
from desktop.ui.texts import channel_label
from desktop.ui.translation_context import TranslationContext


@dataclass(frozen=True)
class FigureRow:
    indicator: Indicator
    label: str  # "K3 Selesai" for an indicator, "Loket" for a value below it
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
    indicator: Indicator, share: Share, children: tuple[FigureRow, ...] = ()
) -> FigureRow:
    return FigureRow(
        indicator,
        titled(indicator),
        of(share),
        percent(share.percent),
        SCOPES[indicator],
        share.numerator,
        titled(indicator),
        children,
    )


def _count_child(indicator: Indicator, label: str, count: Count, whole: int | None) -> FigureRow:
    share = None if not whole else 100.0 * count.value / whole
    return FigureRow(
        indicator,
        label,
        number(count.value),
        percent(share),
        None,
        count,
        titled(indicator, label),
    )


def _share_child(indicator: Indicator, label: str, share: Share) -> FigureRow:
    return FigureRow(
        indicator,
        label,
        of(share),
        percent(share.percent),
        None,
        share.numerator,
        titled(indicator, label),
    )


def _union(counts: list[Count]) -> Count:
    return Count(frozenset().union(*(c.complaint_ids for c in counts)))


def figure_rows(figures: ReportFigures) -> list[FigureRow]:
    received = figures.received.value
    by_class = [
        _count_child(
            Indicator.RECEIVED,
            classification_label(kind),
            _union(list(groups.values())),
            received,
        )
        for kind, groups in figures.matrix.items()
    ]
    backlog_total = _union(list(figures.backlog.values()))
    backlog = [
        _count_child(Indicator.BACKLOG, bucket_label(bucket), count, backlog_total.value)
        for bucket, count in figures.backlog.items()
    ]
    on_time_by_class = [
        _share_child(Indicator.COMPLETED_ON_TIME, classification_label(kind), share)
        for kind, share in figures.completed_on_time_by_classification.items()
    ]
    durations = [
        FigureRow(
            Indicator.DURATIONS,
            step_label(step),
            FigureRows.tr("median %1 WD, 90%: %2 WD")
            .replace("%1", decimal(duration.median_working_days))
            .replace("%2", decimal(duration.p90_working_days)),
            "",
            None,
            duration.measured,
            titled(Indicator.DURATIONS, step_label(step)),
        )
        for step, duration in figures.durations.items()
    ]
    satisfaction = figures.satisfaction
    satisfied = [
        _share_child(
            Indicator.SATISFACTION, FigureRows.tr("rated 4 or more"), satisfaction.rated_4_or_more
        ),
        _share_child(
            Indicator.SATISFACTION, FigureRows.tr("response rate"), satisfaction.response_rate
        ),
    ]
    groups = [
        _count_child(Indicator.STATUS_GROUPS, status_group_label(group), count, received)
        for group, count in figures.status_groups.items()
    ]
    reasons = [
        _count_child(Indicator.ARCHIVED, reason, count, received)
        for reason, count in figures.archived_by_reason.items()
    ]
    channels = [
        _count_child(Indicator.CHANNEL_MIX, channel_label(channel), count, received)
        for channel, count in figures.channel_mix.items()
    ]
    lapor_hours = figures.median_hours_to_lapor
    staff = figures.staff_activity
    return [
        FigureRow(
            Indicator.RECEIVED,
            titled(Indicator.RECEIVED),
            number(received),
            "",
            SCOPES[Indicator.RECEIVED],
            figures.received,
            titled(Indicator.RECEIVED),
            tuple(by_class),
        ),
        _share_row(Indicator.FOLLOWED_UP, figures.followed_up),
        _share_row(Indicator.COMPLETED, figures.completed),
        _share_row(Indicator.IN_PROCESS, figures.in_process),
        FigureRow(
            Indicator.BACKLOG,
            titled(Indicator.BACKLOG),
            number(backlog_total.value),
            "",
            SCOPES[Indicator.BACKLOG],
            backlog_total,
            titled(Indicator.BACKLOG),
            tuple(backlog),
        ),
        _share_row(Indicator.VERIFIED_ON_TIME, figures.verified_on_time),
        _share_row(Indicator.FIRST_FOLLOW_UP_ON_TIME, figures.first_follow_up_on_time),
        _share_row(Indicator.COMPLETED_ON_TIME, figures.completed_on_time, tuple(on_time_by_class)),
        FigureRow(
            Indicator.DURATIONS,
            titled(Indicator.DURATIONS),
            "",
            "",
            SCOPES[Indicator.DURATIONS],
            None,
            titled(Indicator.DURATIONS),
            tuple(durations),
        ),
        FigureRow(
            Indicator.SATISFACTION,
            titled(Indicator.SATISFACTION),
            FigureRows.tr("mean %1").replace("%1", decimal(satisfaction.mean_rating)),
            "",
            SCOPES[Indicator.SATISFACTION],
            satisfaction.rated,
            titled(Indicator.SATISFACTION),
            tuple(satisfied),
        ),
        FigureRow(
            Indicator.STATUS_GROUPS,
            titled(Indicator.STATUS_GROUPS),
            number(received),
            "",
            SCOPES[Indicator.STATUS_GROUPS],
            figures.received,
            titled(Indicator.STATUS_GROUPS),
            tuple(groups),
        ),
        _share_row(Indicator.ARCHIVED, figures.archived, tuple(reasons)),
        _share_row(Indicator.FORWARDED, figures.forwarded),
        _share_row(
            Indicator.REACHED_LAPOR,
            figures.reached_lapor,
            (
                FigureRow(
                    Indicator.REACHED_LAPOR,
                    FigureRows.tr("median hours to acknowledgement"),
                    decimal(lapor_hours),
                    "",
                    None,
                    None,
                    titled(Indicator.REACHED_LAPOR),
                ),
            ),
        ),
        FigureRow(
            Indicator.STAFF_ACTIVITY,
            titled(Indicator.STAFF_ACTIVITY),
            FigureRows.tr("%1 of %2 officers")
            .replace("%1", number(len(staff.active_usernames)))
            .replace("%2", number(len(staff.account_usernames))),
            percent(staff.percent),
            SCOPES[Indicator.STAFF_ACTIVITY],
            None,  # officers, not complaints
            titled(Indicator.STAFF_ACTIVITY),
        ),
        FigureRow(
            Indicator.CHANNEL_MIX,
            titled(Indicator.CHANNEL_MIX),
            number(received),
            "",
            SCOPES[Indicator.CHANNEL_MIX],
            figures.received,
            titled(Indicator.CHANNEL_MIX),
            tuple(channels),
        ),
    ]
