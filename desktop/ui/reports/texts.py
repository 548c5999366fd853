"""The words of the reports in the user's language: the one place they are written.

`report_texts()` fills one `ReportTexts` that the "Laporan" tab, its charts, the narrative PDF,
the register of issued reports and the writers in the services (which cannot translate) all
read. Indicator names follow the terms of REPORTS.md in Bahasa Indonesia
("% tindak lanjut", "% penyelesaian", "tepat waktu", "tunggakan menurut umur"); where no official
formula is published, the definition says it is the desk's own.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from desktop.domain.complaint import Channel, Status
from desktop.domain.report_figures import (
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
from desktop.services.report_texts import DetailColumns, ReportTexts
from desktop.ui.texts import channel_label, format_date, format_datetime, status_label
from desktop.ui.translation_context import TranslationContext

# lupdate takes the context from this name (see translation_context).
ReportFiles = TranslationContext("ReportFiles")


def report_texts() -> ReportTexts:
    names = indicator_names()
    return ReportTexts(
        format_day=format_date,
        format_moment=format_datetime,
        name_period=period_name,
        unit_line=ReportFiles.tr("Unit: {name}"),
        period_line=ReportFiles.tr("Period: {first} to {last} ({kind})"),
        cut_off_line=ReportFiles.tr("Figures as of {moment} (cut-off)"),
        scope_line=ReportFiles.tr("Scope: {scope}"),
        period_kinds=period_kind_names(),
        scope_names=scope_names(),
        scope_explanations=scope_explanations(),
        indicator_names=names,
        indicator_short_names=indicator_short_names(names),
        definitions=definitions(),
        classifications=classification_names(),
        status_groups=status_group_names(),
        status_groups_short=status_group_short_names(),
        statuses={status: status_label(status) for status in Status},
        channels={channel: channel_label(channel) for channel in Channel},
        duration_steps={
            DurationStep.VERIFY: ReportFiles.tr("Receipt to verification"),
            DurationStep.FIRST_FOLLOW_UP: ReportFiles.tr("Disposition to first follow-up"),
            DurationStep.COMPLETE: ReportFiles.tr("Receipt to completion"),
        },
        backlog_buckets={
            BacklogBucket.UP_TO_3: ReportFiles.tr("0-3 working days"),
            BacklogBucket.FROM_4_TO_5: ReportFiles.tr("4-5 working days"),
            BacklogBucket.FROM_6_TO_14: ReportFiles.tr("6-14 working days"),
            BacklogBucket.FROM_15_TO_60: ReportFiles.tr("15-60 working days"),
            BacklogBucket.OVER_60: ReportFiles.tr("More than 60 working days"),
        },
        # "15-60 HK": HK (hari kerja) is how offices abbreviate working days.
        backlog_buckets_short={
            bucket: ReportFiles.tr("%1 WD").replace("%1", bucket.value) for bucket in BacklogBucket
        },
        dimensions=dimension_names(),
        recap_title=ReportFiles.tr("Complaint handling recap"),
        summary_sheet=ReportFiles.tr("Summary"),
        matrix_sheet=ReportFiles.tr("Classification x status"),
        on_time_sheet=ReportFiles.tr("On time"),
        backlog_sheet=ReportFiles.tr("Backlog by age"),
        definitions_note=ReportFiles.tr(
            "Where no official formula is published (K6-K10, K14, K15), the definition in the "
            "last column is the one this desk used. Merged duplicates count once, under the "
            "complaint they were merged into; reopened complaints count their first closure "
            "and are counted apart."
        ),
        column_code=ReportFiles.tr("No."),
        column_indicator=ReportFiles.tr("Indicator"),
        column_numerator=ReportFiles.tr("Numerator"),
        column_denominator=ReportFiles.tr("Denominator"),
        column_percent=ReportFiles.tr("%"),
        column_value=ReportFiles.tr("Value"),
        column_scope=ReportFiles.tr("Scope"),
        column_definition=ReportFiles.tr("Definition used"),
        column_received=ReportFiles.tr("Received"),
        column_share_of_received=ReportFiles.tr("% of received"),
        column_followed_up=ReportFiles.tr("Followed up"),
        column_completed=ReportFiles.tr("Completed"),
        column_completed_on_time=ReportFiles.tr("Completed on time"),
        column_limit_reached=ReportFiles.tr("Limit passed or closed"),
        column_on_time=ReportFiles.tr("On time"),
        column_measured=ReportFiles.tr("Measured"),
        column_count=ReportFiles.tr("Complaints"),
        total=ReportFiles.tr("Total"),
        median_line=ReportFiles.tr("{step}: median (working days)"),
        p90_line=ReportFiles.tr("{step}: 90th percentile (working days)"),
        mean_rating=ReportFiles.tr("Mean rating (1-5)"),
        rated_4_or_more=ReportFiles.tr("Rated 4 or 5"),
        response_rate=ReportFiles.tr("Response rate (rated / closed)"),
        median_hours_to_lapor=ReportFiles.tr("Median hours from receipt to SP4N-LAPOR!"),
        reopened=ReportFiles.tr("Reopened at least once (counted apart)"),
        archived_reason_line=ReportFiles.tr("Reason: {reason}"),
        classification_line=ReportFiles.tr("Completed on time: {name}"),
        chart_status_groups=ReportFiles.tr("Complaints by status group"),
        chart_channel_mix=ReportFiles.tr("Channel mix"),
        chart_backlog=ReportFiles.tr("Backlog by age"),
        chart_on_time=ReportFiles.tr("On time per step"),
        detail_title=ReportFiles.tr("Complaint list"),
        detail_columns=DetailColumns(
            number=ReportFiles.tr("Number"),
            national_tracking_id=ReportFiles.tr("SP4N-LAPOR! tracking ID"),
            status=ReportFiles.tr("Status"),
            classification=ReportFiles.tr("Classification"),
            title=ReportFiles.tr("Title"),
            description=ReportFiles.tr("Description (shortened)"),
            reporter=ReportFiles.tr("Reporter"),
            nik=ReportFiles.tr("NIK"),
            channel=ReportFiles.tr("Channel"),
            category=ReportFiles.tr("Category"),
            unit=ReportFiles.tr("Unit"),
            incident_date=ReportFiles.tr("Incident date"),
            received=ReportFiles.tr("Received"),
        ),
        withheld=ReportFiles.tr("(confidential report: content withheld)"),
        identities_masked_note=ReportFiles.tr(
            "NIK masked. Anonymous reports show no reporter; confidential reports show their "
            "content only to roles that may read them."
        ),
        identities_revealed_note=ReportFiles.tr(
            "NIK in full (recorded in the audit trail). Keep this file as personal data under "
            "UU 27/2022. Anonymous reports show no reporter."
        ),
        exported_line=ReportFiles.tr("Exported {moment} by {name}"),
    )


def period_kind_names() -> dict[PeriodKind, str]:
    return {
        PeriodKind.MONTH: ReportFiles.tr("month"),
        PeriodKind.QUARTER: ReportFiles.tr("quarter"),
        PeriodKind.SEMESTER: ReportFiles.tr("semester"),
        PeriodKind.YEAR: ReportFiles.tr("year"),
        PeriodKind.CUSTOM: ReportFiles.tr("chosen dates"),
    }


def scope_names() -> dict[Scope, str]:
    return {
        Scope.COHORT: ReportFiles.tr("cohort"),
        Scope.FLOW: ReportFiles.tr("flow"),
        Scope.SNAPSHOT: ReportFiles.tr("snapshot"),
    }


def scope_explanations() -> dict[Scope, str]:
    return {
        Scope.COHORT: ReportFiles.tr(
            "cohort: the complaints received in the period, as they stand at the cut-off"
        ),
        Scope.FLOW: ReportFiles.tr(
            "flow: what happened in the period, whatever the month received"
        ),
        Scope.SNAPSHOT: ReportFiles.tr(
            "snapshot: everything open at the cut-off, whatever the month received"
        ),
    }


def indicator_names() -> dict[Indicator, str]:
    return {
        Indicator.RECEIVED: ReportFiles.tr("Complaints received"),
        Indicator.FOLLOWED_UP: ReportFiles.tr("% followed up"),
        Indicator.COMPLETED: ReportFiles.tr("% completed"),
        Indicator.IN_PROCESS: ReportFiles.tr("% in process"),
        Indicator.BACKLOG: ReportFiles.tr("Backlog by age"),
        Indicator.VERIFIED_ON_TIME: ReportFiles.tr("Verified on time"),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: ReportFiles.tr("First follow-up on time"),
        Indicator.COMPLETED_ON_TIME: ReportFiles.tr("Completed on time"),
        Indicator.DURATIONS: ReportFiles.tr("Handling time"),
        Indicator.SATISFACTION: ReportFiles.tr("Complainant satisfaction"),
        Indicator.STATUS_GROUPS: ReportFiles.tr("Status distribution"),
        Indicator.ARCHIVED: ReportFiles.tr("Archived or rejected"),
        Indicator.FORWARDED: ReportFiles.tr("Forwarded (not our authority)"),
        Indicator.REACHED_LAPOR: ReportFiles.tr("Recorded in SP4N-LAPOR!"),
        Indicator.STAFF_ACTIVITY: ReportFiles.tr("Active officers"),
        Indicator.CHANNEL_MIX: ReportFiles.tr("Channel mix"),
    }


def indicator_short_names(names: dict[Indicator, str]) -> dict[Indicator, str]:
    """Short enough for a row, a chart's title and the worklist's filter ("K3 Selesai"): the
    complaints a figure lists, where the evaluators' name is of a percentage or a table."""
    return names | {
        Indicator.RECEIVED: ReportFiles.tr("Received"),
        Indicator.FOLLOWED_UP: ReportFiles.tr("Followed up"),
        Indicator.COMPLETED: ReportFiles.tr("Completed"),
        Indicator.IN_PROCESS: ReportFiles.tr("In process"),
        Indicator.BACKLOG: ReportFiles.tr("Backlog"),
        Indicator.ARCHIVED: ReportFiles.tr("Archived"),
        Indicator.STAFF_ACTIVITY: ReportFiles.tr("Active officers", "indicator"),
        Indicator.CHANNEL_MIX: ReportFiles.tr("Channels"),
    }


# Said of every figure whose formula no evaluator publishes (K6-K10, K14, K15), so a head of unit
# can tell the province how it was counted.
def _desks_own(text: str) -> str:
    said = ReportFiles.tr("No evaluator publishes this formula: this is the desk's own definition.")
    return f"{text} {said}"


def definitions() -> dict[Indicator, str]:
    """How each figure is counted, with the evaluator who uses it or the desk's own choice."""
    return {
        Indicator.RECEIVED: ReportFiles.tr(
            "The complaints received in the period, whatever their status now. A duplicate "
            "merged into another complaint counts once, under that complaint. Anonymous and "
            "confidential complaints count like any other."
        ),
        Indicator.FOLLOWED_UP: ReportFiles.tr(
            "Complaints received in the period that are in process or completed at the "
            "cut-off, over the complaints received (K2 = K3 + K4). The figure of KemenPANRB's "
            "review of SP4N-LAPOR!."
        ),
        Indicator.COMPLETED: ReportFiles.tr(
            "Complaints received in the period that are completed at the cut-off (LAPOR!'s "
            "group Terdisposisi Selesai), over the complaints received. The regional "
            "performance figure of the Minister of Home Affairs' circular SE 490/1921/SJ."
        ),
        Indicator.IN_PROCESS: ReportFiles.tr(
            "Complaints received in the period that a unit has started on or answered but not "
            "closed at the cut-off (LAPOR!'s group Terdisposisi Sedang Diproses), over the "
            "complaints received."
        ),
        Indicator.BACKLOG: ReportFiles.tr(
            "Complaints still open at the cut-off, whenever received, by age in working days "
            "(HK) of the desk's calendar, time on hold not counted: 0-3, 4-5, 6-14, 15-60 and "
            "over 60 HK."
        ),
        Indicator.VERIFIED_ON_TIME: _desks_own(
            ReportFiles.tr(
                "Complaints received in the period and verified within the verification limit "
                "(3 HK), over those verified plus those still unverified past the limit."
            )
        ),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: _desks_own(
            ReportFiles.tr(
                "Complaints received in the period whose first follow-up came within 5 HK of "
                "their disposition, over those disposed whose 5 HK have run."
            )
        ),
        Indicator.COMPLETED_ON_TIME: _desks_own(
            ReportFiles.tr(
                "Complaints received in the period and closed within their limit (5, 14 or 60 "
                "HK by type, or the desk's own table), over those whose limit has passed plus "
                "those closed early. A reopened complaint counts its first closure."
            )
        ),
        Indicator.DURATIONS: _desks_own(
            ReportFiles.tr(
                "Median and 90th percentile, in working days, of three steps: receipt to "
                "verification, disposition to first follow-up, receipt to closure; over the "
                "complaints received in the period that went through the step."
            )
        ),
        Indicator.SATISFACTION: _desks_own(
            ReportFiles.tr(
                "Over the complaints closed in the period: the mean rating, the share rated 4 "
                "or more (of those rated) and the response rate (rated over closed). Compare "
                "the item on complaint handling of the satisfaction survey (IKM/SKM)."
            )
        ),
        Indicator.STATUS_GROUPS: ReportFiles.tr(
            "The complaints received in the period in LAPOR!'s status groups at the cut-off; "
            "each is in exactly one group. Verified but not yet disposed counts as "
            "Terdisposisi Belum Ditindaklanjuti: LAPOR! verifies and disposes in one step."
        ),
        Indicator.ARCHIVED: ReportFiles.tr(
            "Complaints received in the period that were archived or rejected, by reason, "
            "over the complaints received."
        ),
        Indicator.FORWARDED: ReportFiles.tr(
            "Complaints received in the period that were forwarded to the institution they "
            "concern (not our authority), over the complaints received."
        ),
        Indicator.REACHED_LAPOR: _desks_own(
            ReportFiles.tr(
                "Walk-in and letter complaints received in the period that the national system "
                "acknowledged, over the walk-in and letter complaints received; with the "
                "median hours from receipt to acknowledgement."
            )
        ),
        Indicator.STAFF_ACTIVITY: _desks_own(
            ReportFiles.tr(
                "Officers with at least one action in the 30 days before the cut-off, over the "
                "active accounts, after KemenPANRB's share of agencies active in the last month."
            )
        ),
        Indicator.CHANNEL_MIX: ReportFiles.tr(
            "The complaints received in the period per channel, over the complaints received."
        ),
    }


def classification_names() -> dict[Classification, str]:
    return {
        Classification.ASPIRASI: ReportFiles.tr("Aspiration"),
        Classification.PENGADUAN_BERKADAR_PENGAWASAN: ReportFiles.tr(
            "Complaint with supervisory content"
        ),
        Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: ReportFiles.tr(
            "Complaint without supervisory content"
        ),
        Classification.PERMINTAAN_INFORMASI: ReportFiles.tr("Request for information"),
    }


def status_group_names() -> dict[StatusGroup, str]:
    # LAPOR!'s own names for its statistics' groups, kept as they are in both languages.
    return {
        StatusGroup.BELUM_TERVERIFIKASI: ReportFiles.tr("Belum Terverifikasi"),
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: ReportFiles.tr(
            "Terdisposisi Belum Ditindaklanjuti"
        ),
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ReportFiles.tr("Terdisposisi Sedang Diproses"),
        StatusGroup.TERDISPOSISI_SELESAI: ReportFiles.tr("Terdisposisi Selesai"),
        StatusGroup.TERTUNDA: ReportFiles.tr("Laporan Tertunda"),
        StatusGroup.ARSIP: ReportFiles.tr("Laporan Arsip"),
    }


def status_group_short_names() -> dict[StatusGroup, str]:
    """For a chart's legend, where six of LAPOR!'s long names do not fit."""
    return {
        StatusGroup.BELUM_TERVERIFIKASI: ReportFiles.tr("Unverified"),
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: ReportFiles.tr("Not followed up"),
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ReportFiles.tr("In process", "status group"),
        StatusGroup.TERDISPOSISI_SELESAI: ReportFiles.tr("Completed", "status group"),
        StatusGroup.TERTUNDA: ReportFiles.tr("On hold", "status group"),
        StatusGroup.ARSIP: ReportFiles.tr("Archive", "status group"),
    }


def period_name(period: ReportPeriod) -> str:
    """As a report names it: "Juni 2026", "Triwulan II 2026", "1 Juni 2026 – 15 Juni 2026"."""
    first = period.first_day
    year = str(first.year)
    roman = ("I", "II", "III", "IV")
    if period.kind is PeriodKind.MONTH:
        return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
    if period.kind is PeriodKind.QUARTER:
        return (
            ReportFiles.tr("Quarter %1 %2")
            .replace("%1", roman[(first.month - 1) // 3])
            .replace("%2", year)
        )
    if period.kind is PeriodKind.SEMESTER:
        return (
            ReportFiles.tr("Semester %1 %2")
            .replace("%1", roman[(first.month - 1) // 6])
            .replace("%2", year)
        )
    if period.kind is PeriodKind.YEAR:
        return ReportFiles.tr("Year %1").replace("%1", year)
    return f"{format_date(first)} – {format_date(period.last_day)}"


def dimension_names() -> dict[Dimension, str]:
    return {
        Dimension.CLASSIFICATION: ReportFiles.tr("Classification"),
        Dimension.CHANNEL: ReportFiles.tr("Per channel"),
        Dimension.CATEGORY: ReportFiles.tr("Per category"),
        Dimension.INSTITUTION: ReportFiles.tr("Per target institution"),
        Dimension.UNIT: ReportFiles.tr("Per unit"),
        Dimension.KECAMATAN: ReportFiles.tr("Per kecamatan"),
        Dimension.DESA: ReportFiles.tr("Per desa/kelurahan"),
        Dimension.DESK: ReportFiles.tr("Per desk"),
        Dimension.OFFICER: ReportFiles.tr("Per officer"),
    }
