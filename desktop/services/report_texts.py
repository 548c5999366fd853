"""The words of the reports, in one place: the "Laporan" tab, its charts, the recap workbook, the
detail list, the narrative PDF and the register of issued reports all read one `ReportTexts`.

Services cannot use Qt's translations, so `desktop.ui.reports.texts.report_texts()` fills it in
the user's language (Bahasa Indonesia by default, in REPORTS.md's terms) and hands it over.
Templates use `str.format` fields named in their comments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop.domain.complaint import Channel, Status
from desktop.domain.report_figures import (
    SCOPES,
    BacklogBucket,
    Classification,
    Dimension,
    DurationStep,
    Indicator,
    PeriodKind,
    ReportPeriod,
    Scope,
    StatusGroup,
)


@dataclass(frozen=True)
class DetailColumns:
    """The detail list's column headings, in the list's order."""

    number: str
    national_tracking_id: str
    status: str
    classification: str
    title: str
    description: str
    reporter: str
    nik: str
    channel: str
    category: str
    unit: str
    incident_date: str
    received: str

    def in_order(self) -> tuple[str, ...]:
        return (
            self.number,
            self.national_tracking_id,
            self.status,
            self.classification,
            self.title,
            self.description,
            self.reporter,
            self.nik,
            self.channel,
            self.category,
            self.unit,
            self.incident_date,
            self.received,
        )


@dataclass(frozen=True)
class ReportTexts:
    # Dates as people write them ("30 Juni 2026"), moments in local time.
    format_day: Callable[[dt.date], str]
    format_moment: Callable[[dt.datetime], str]
    # A period as a report names it: "Juni 2026", "Triwulan II 2026", "Semester I 2026".
    name_period: Callable[[ReportPeriod], str]

    # The header every sheet starts with; templates: {name}, {first}, {last}, {kind}, {moment},
    # {scope}.
    unit_line: str  # "Unit: {name}"
    period_line: str  # "Period: {first} to {last} ({kind})"
    cut_off_line: str  # "Figures as of {moment}"
    scope_line: str  # "Scope: {scope}"
    period_kinds: Mapping[PeriodKind, str]
    scope_names: Mapping[Scope, str]  # "cohort"
    scope_explanations: Mapping[Scope, str]  # "cohort: complaints received in the period, ..."

    # Values.
    # An indicator as the evaluators name it, in tables of figures ("% penyelesaian").
    indicator_names: Mapping[Indicator, str]
    # What the complaints an indicator counts are, where a figure is a list of them: the tab's
    # rows, its charts and the worklist's filter ("K3 Selesai" lists completed complaints).
    indicator_short_names: Mapping[Indicator, str]
    definitions: Mapping[Indicator, str]  # the definition used, with "not official" where so
    classifications: Mapping[Classification, str]
    status_groups: Mapping[StatusGroup, str]
    status_groups_short: Mapping[StatusGroup, str]  # a chart's legend: "Diproses"
    statuses: Mapping[Status, str]
    channels: Mapping[Channel, str]
    duration_steps: Mapping[DurationStep, str]
    backlog_buckets: Mapping[BacklogBucket, str]  # "0-3 working days"
    backlog_buckets_short: Mapping[BacklogBucket, str]  # a chart's axis, a row: "0-3 WD"
    dimensions: Mapping[Dimension, str]  # a breakdown sheet's name and title

    # The recap workbook.
    recap_title: str
    summary_sheet: str
    matrix_sheet: str
    on_time_sheet: str
    backlog_sheet: str
    definitions_note: str  # under the summary table: where formulas are the desk's own
    column_code: str
    column_indicator: str
    column_numerator: str
    column_denominator: str
    column_percent: str
    column_value: str
    column_scope: str
    column_definition: str
    column_received: str
    column_share_of_received: str
    column_followed_up: str
    column_completed: str
    column_completed_on_time: str
    column_limit_reached: str  # K8's denominator: limit passed, or closed early
    column_on_time: str
    column_measured: str
    column_count: str
    total: str
    median_line: str  # K9 row: "{step}: median (working days)"
    p90_line: str  # "{step}: 90th percentile (working days)"
    mean_rating: str
    rated_4_or_more: str
    response_rate: str
    median_hours_to_lapor: str
    reopened: str
    archived_reason_line: str  # "Reason: {reason}"
    classification_line: str  # K8 per type on the on-time sheet: "Completed on time: {name}"
    chart_status_groups: str
    chart_channel_mix: str
    chart_backlog: str
    chart_on_time: str

    # The detail list.
    detail_title: str
    detail_columns: DetailColumns
    withheld: str  # in place of a confidential report's title, for a role that may not read it
    identities_masked_note: str
    identities_revealed_note: str
    exported_line: str  # "Exported {moment} by {name}"

    def titled(self, indicator: Indicator, detail: str = "") -> str:
        """A figure as the tab, its charts and the worklist name it: "K3 Selesai", or
        "K5 Tunggakan 15-60 HK" for a part of it."""
        name = f"{indicator.value} {self.indicator_short_names[indicator]}"
        return f"{name} {detail}" if detail else name

    def explained(self, indicator: Indicator) -> str:
        """The definition and what the figure is counted over, as a figure's "?" shows it."""
        scope = self.scope_explanations[SCOPES[indicator]]
        return f"{self.definitions[indicator]}\n\n{scope[:1].upper()}{scope[1:]}."
