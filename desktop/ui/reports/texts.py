"""The words of the report files (recap workbook, detail list), in the user's language.

The writers live in the services, which cannot translate: `report_texts()` fills their
`ReportTexts` here. Indicator names follow the terms of REPORTS.md in Bahasa Indonesia
("% tindak lanjut", "% penyelesaian", "tepat waktu", "tunggakan menurut umur"); where no official
formula is published, the definition says it is the desk's own.
"""

from __future__ import annotations

from desktop.domain.complaint import Channel, Status
from desktop.domain.report_figures import (
    BacklogBucket,
    Classification,
    Dimension,
    DurationStep,
    Indicator,
    PeriodKind,
    Scope,
    StatusGroup,
)
from desktop.services.report_texts import DetailColumns, ReportTexts
from desktop.ui.texts import channel_label, format_date, format_datetime, status_label
from desktop.ui.translation_context import TranslationContext

# lupdate takes the context from this name (see translation_context).
ReportFiles = TranslationContext("ReportFiles")


def report_texts() -> ReportTexts:
    return ReportTexts(
        format_day=format_date,
        format_moment=format_datetime,
        unit_line=ReportFiles.tr("Unit: {name}"),
        period_line=ReportFiles.tr("Period: {first} to {last} ({kind})"),
        cut_off_line=ReportFiles.tr("Figures as of {moment} (cut-off)"),
        scope_line=ReportFiles.tr("Scope: {scope}"),
        period_kinds=period_kind_names(),
        scope_names=scope_names(),
        scope_explanations=scope_explanations(),
        indicator_names=indicator_names(),
        definitions=definitions(),
        classifications=classification_names(),
        status_groups=status_group_names(),
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


def definitions() -> dict[Indicator, str]:
    return {
        Indicator.RECEIVED: ReportFiles.tr(
            "Complaints received in the period, by the day received."
        ),
        Indicator.FOLLOWED_UP: ReportFiles.tr(
            "(Completed + in process) / received, at the cut-off; in process is the group "
            "Terdisposisi Sedang Diproses (KemenPANRB's review of SP4N-LAPOR!)."
        ),
        Indicator.COMPLETED: ReportFiles.tr(
            "Complaints in the group Terdisposisi Selesai at the cut-off / received "
            "(as in the Mendagri circular SE 490/1921/SJ)."
        ),
        Indicator.IN_PROCESS: ReportFiles.tr(
            "Complaints in the group Terdisposisi Sedang Diproses at the cut-off / received."
        ),
        Indicator.BACKLOG: ReportFiles.tr(
            "Open complaints at the cut-off, whatever the month received, by age in working "
            "days of the desk's calendar; time on hold not counted."
        ),
        Indicator.VERIFIED_ON_TIME: ReportFiles.tr(
            "Verified within the verification limit (3 working days) / verified, plus those "
            "still unverified past the limit. The desk's definition: no official formula."
        ),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: ReportFiles.tr(
            "First follow-up within 5 working days of disposition / disposed complaints whose "
            "5 working days have run. The desk's definition: no official formula."
        ),
        Indicator.COMPLETED_ON_TIME: ReportFiles.tr(
            "Closed within the limit of its type (5 / 14 / 60 working days or the desk's own "
            "table) / complaints whose limit has passed, plus those closed early; a reopened "
            "complaint counts its first closure. The desk's definition: no official formula."
        ),
        Indicator.DURATIONS: ReportFiles.tr(
            "Median and 90th percentile in working days, over the complaints that went "
            "through the step. The desk's definition: no official formula."
        ),
        Indicator.SATISFACTION: ReportFiles.tr(
            "Over the complaints closed in the period: mean rating, share rated 4 or 5, and "
            "rated / closed. The desk's definition: no official formula."
        ),
        Indicator.STATUS_GROUPS: ReportFiles.tr(
            "Received complaints per SP4N-LAPOR! status group at the cut-off; each in exactly "
            "one group."
        ),
        Indicator.ARCHIVED: ReportFiles.tr("Archived or rejected, by reason / received."),
        Indicator.FORWARDED: ReportFiles.tr(
            "Forwarded to another institution (not our authority) / received."
        ),
        Indicator.REACHED_LAPOR: ReportFiles.tr(
            "Walk-in and paper complaints acknowledged by SP4N-LAPOR! / walk-in and paper "
            "complaints received. The desk's definition: no official formula."
        ),
        Indicator.STAFF_ACTIVITY: ReportFiles.tr(
            "Officers with at least one action in the 30 days before the cut-off / active "
            "accounts. The desk's definition: no official formula."
        ),
        Indicator.CHANNEL_MIX: ReportFiles.tr("Complaints per channel / received."),
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
