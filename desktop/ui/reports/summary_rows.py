"""The headline figures K1-K16 as lines of text, in the user's language: one row per indicator,
with the indicator's name in REPORTS.md's terms, its figure ("35 dari 215 · 16,3%") and what
it is counted over. The narrative report's summary table reads them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from desktop.domain.complaint import Channel
from desktop.domain.report_figures import (
    SCOPES,
    Classification,
    Count,
    DurationStep,
    Indicator,
    PeriodKind,
    ReportFigures,
    ReportPeriod,
    Scope,
    Share,
    StatusGroup,
)
from desktop.ui.texts import format_date
from desktop.ui.translation_context import TranslationContext

# lupdate reads `ReportSummary.tr("...")` in the context named ReportSummary (translation_context).
ReportSummary = TranslationContext("ReportSummary")


def indicator_label(indicator: Indicator) -> str:
    return {
        Indicator.RECEIVED: ReportSummary.tr("Complaints received"),
        Indicator.FOLLOWED_UP: ReportSummary.tr("% followed up"),
        Indicator.COMPLETED: ReportSummary.tr("% completed"),
        Indicator.IN_PROCESS: ReportSummary.tr("% in process"),
        Indicator.BACKLOG: ReportSummary.tr("Backlog (open at cut-off)"),
        Indicator.VERIFIED_ON_TIME: ReportSummary.tr("Verified on time"),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: ReportSummary.tr("First follow-up on time"),
        Indicator.COMPLETED_ON_TIME: ReportSummary.tr("Completed on time"),
        Indicator.DURATIONS: ReportSummary.tr("Median time to completion (working days)"),
        Indicator.SATISFACTION: ReportSummary.tr("Satisfaction (mean rating)"),
        Indicator.STATUS_GROUPS: ReportSummary.tr("Completed (Terdisposisi Selesai)"),
        Indicator.ARCHIVED: ReportSummary.tr("Archived or rejected"),
        Indicator.FORWARDED: ReportSummary.tr("Forwarded (not our authority)"),
        Indicator.REACHED_LAPOR: ReportSummary.tr("Walk-in and letter reports in SP4N-LAPOR!"),
        Indicator.STAFF_ACTIVITY: ReportSummary.tr("Officers active in the last 30 days"),
        Indicator.CHANNEL_MIX: ReportSummary.tr("Walk-in share of channels"),
    }[indicator]


def scope_label(scope: Scope) -> str:
    return {
        Scope.COHORT: ReportSummary.tr("received in the period"),
        Scope.FLOW: ReportSummary.tr("happened in the period"),
        Scope.SNAPSHOT: ReportSummary.tr("open at the cut-off"),
    }[scope]


def classification_label(value: Classification) -> str:
    return {
        Classification.ASPIRASI: ReportSummary.tr("Aspiration"),
        Classification.PENGADUAN_BERKADAR_PENGAWASAN: ReportSummary.tr(
            "Complaint with supervisory content"
        ),
        Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: ReportSummary.tr(
            "Complaint without supervisory content"
        ),
        Classification.PERMINTAAN_INFORMASI: ReportSummary.tr("Request for information"),
    }[value]


def period_label(period: ReportPeriod) -> str:
    locale = QLocale()
    first = period.first_day
    roman = ("I", "II", "III", "IV")
    if period.kind is PeriodKind.MONTH:
        return f"{locale.standaloneMonthName(first.month)} {first.year}"
    if period.kind is PeriodKind.QUARTER:
        return (
            ReportSummary.tr("Quarter %1 %2")
            .replace("%1", roman[(first.month - 1) // 3])
            .replace("%2", str(first.year))
        )
    if period.kind is PeriodKind.SEMESTER:
        return (
            ReportSummary.tr("Semester %1 %2")
            .replace("%1", roman[(first.month - 1) // 6])
            .replace("%2", str(first.year))
        )
    if period.kind is PeriodKind.YEAR:
        return ReportSummary.tr("Year %1").replace("%1", str(first.year))
    return f"{format_date(first)} – {format_date(period.last_day)}"


def format_percent(percent: float | None) -> str:
    if percent is None:
        return "–"
    return QLocale().toString(percent, "f", 1) + "%"


def format_share(share: Share) -> str:
    """ "35 of 215 · 16.3%" (in Indonesian "35 dari 215 · 16,3%")."""
    counts = (
        ReportSummary.tr("%1 of %2")
        .replace("%1", str(share.numerator.value))
        .replace("%2", str(share.denominator.value))
    )
    return f"{counts} · {format_percent(share.percent)}"


def _number(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 1)


@dataclass(frozen=True)
class SummaryRow:
    code: str
    label: str
    value: str
    scope: str


def summary_rows(figures: ReportFigures) -> list[SummaryRow]:
    """One row per indicator, K1 to K16, in REPORTS.md's order."""
    completion = figures.durations.get(DurationStep.COMPLETE)
    open_total = sum(count.value for count in figures.backlog.values())
    staff = figures.staff_activity
    walk_in = figures.channel_mix.get(Channel.WALK_IN, Count())
    completed_group = figures.status_groups.get(StatusGroup.TERDISPOSISI_SELESAI, Count())
    values = {
        Indicator.RECEIVED: str(figures.received.value),
        Indicator.FOLLOWED_UP: format_share(figures.followed_up),
        Indicator.COMPLETED: format_share(figures.completed),
        Indicator.IN_PROCESS: format_share(figures.in_process),
        Indicator.BACKLOG: str(open_total),
        Indicator.VERIFIED_ON_TIME: format_share(figures.verified_on_time),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: format_share(figures.first_follow_up_on_time),
        Indicator.COMPLETED_ON_TIME: format_share(figures.completed_on_time),
        Indicator.DURATIONS: _number(
            None if completion is None else completion.median_working_days
        ),
        Indicator.SATISFACTION: _number(figures.satisfaction.mean_rating),
        Indicator.STATUS_GROUPS: str(completed_group.value),
        Indicator.ARCHIVED: format_share(figures.archived),
        Indicator.FORWARDED: format_share(figures.forwarded),
        Indicator.REACHED_LAPOR: format_share(figures.reached_lapor),
        Indicator.STAFF_ACTIVITY: (
            ReportSummary.tr("%1 of %2")
            .replace("%1", str(len(staff.active_usernames)))
            .replace("%2", str(len(staff.account_usernames)))
            + f" · {format_percent(staff.percent)}"
        ),
        Indicator.CHANNEL_MIX: format_share(Share(walk_in, figures.received)),
    }
    return [
        SummaryRow(
            indicator.value,
            indicator_label(indicator),
            values[indicator],
            scope_label(SCOPES[indicator]),
        )
        for indicator in Indicator
    ]
