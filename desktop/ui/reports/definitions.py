"""The words of the "Laporan" tab for the indicators K1-K16: their names, scopes and definitions,
and the labels of the values they are broken down by.

The definitions follow REPORTS.md (`../shared/REPORTS.md` of the project's notes). Where no
evaluator publishes its formula (K6, K7, K8, K14, K15), the definition says that it is the
desk's own, so a head of unit can tell the province how a figure was counted.
"""

from __future__ import annotations

from desktop.domain.report_figures import (
    SCOPES,
    BacklogBucket,
    Classification,
    DurationStep,
    Indicator,
    Scope,
    StatusGroup,
)
from desktop.ui.translation_context import TranslationContext

# lupdate takes the context from the name before `.tr` (see translation_context).
Indicators = TranslationContext("Indicators")


def indicator_name(indicator: Indicator) -> str:
    """Short enough for a row, a chart's title and the worklist's filter ("K3 Selesai")."""
    return {
        Indicator.RECEIVED: Indicators.tr("Received"),
        Indicator.FOLLOWED_UP: Indicators.tr("Followed up"),
        Indicator.COMPLETED: Indicators.tr("Completed"),
        Indicator.IN_PROCESS: Indicators.tr("In process"),
        Indicator.BACKLOG: Indicators.tr("Backlog"),
        Indicator.VERIFIED_ON_TIME: Indicators.tr("Verified on time"),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: Indicators.tr("First follow-up on time"),
        Indicator.COMPLETED_ON_TIME: Indicators.tr("Completed on time"),
        Indicator.DURATIONS: Indicators.tr("Handling time"),
        Indicator.SATISFACTION: Indicators.tr("Complainants' satisfaction"),
        Indicator.STATUS_GROUPS: Indicators.tr("Status distribution"),
        Indicator.ARCHIVED: Indicators.tr("Archived"),
        Indicator.FORWARDED: Indicators.tr("Forwarded (not our authority)"),
        Indicator.REACHED_LAPOR: Indicators.tr("Reached SP4N-LAPOR!"),
        Indicator.STAFF_ACTIVITY: Indicators.tr("Active officers"),
        Indicator.CHANNEL_MIX: Indicators.tr("Channels"),
    }[indicator]


def titled(indicator: Indicator, detail: str = "") -> str:
    """The figure's name with its number: "K3 Selesai", or "K5 Tunggakan 15-60 HK"."""
    name = f"{indicator.value} {indicator_name(indicator)}"
    return f"{name} {detail}" if detail else name


def scope_label(scope: Scope) -> str:
    return {
        Scope.COHORT: Indicators.tr("cohort"),
        Scope.FLOW: Indicators.tr("flow"),
        Scope.SNAPSHOT: Indicators.tr("snapshot"),
    }[scope]


def scope_explanation(scope: Scope) -> str:
    return {
        Scope.COHORT: Indicators.tr(
            "Cohort: over the complaints received in the period, as they stand at the cut-off."
        ),
        Scope.FLOW: Indicators.tr(
            "Flow: over what happened in the period, whenever it was received."
        ),
        Scope.SNAPSHOT: Indicators.tr(
            "Snapshot: over every complaint still open at the cut-off, whenever it was received."
        ),
    }[scope]


def definition(indicator: Indicator) -> str:
    """How the figure is counted, with the evaluator who uses it or the desk's own choice."""
    return {
        Indicator.RECEIVED: Indicators.tr(
            "The complaints received in the period, whatever their status now. A duplicate "
            "merged into another complaint counts once, under that complaint. Anonymous and "
            "confidential complaints count like any other."
        ),
        Indicator.FOLLOWED_UP: Indicators.tr(
            "Complaints received in the period that are in process or completed at the "
            "cut-off, over the complaints received (K2 = K3 + K4). The figure of KemenPANRB's "
            "review of SP4N-LAPOR!."
        ),
        Indicator.COMPLETED: Indicators.tr(
            "Complaints received in the period that are completed at the cut-off (LAPOR!'s "
            "group Terdisposisi Selesai), over the complaints received. The regional "
            "performance figure of the Minister of Home Affairs' circular SE 490/1921/SJ."
        ),
        Indicator.IN_PROCESS: Indicators.tr(
            "Complaints received in the period that a unit has started on or answered but not "
            "closed at the cut-off (LAPOR!'s group Terdisposisi Sedang Diproses), over the "
            "complaints received."
        ),
        Indicator.BACKLOG: Indicators.tr(
            "Complaints still open at the cut-off, whenever received, by age in working days "
            "(HK) of the desk's calendar, time on hold not counted: 0-3, 4-5, 6-14, 15-60 and "
            "over 60 HK."
        ),
        Indicator.VERIFIED_ON_TIME: Indicators.tr(
            "Complaints received in the period and verified within the verification limit "
            "(3 HK), over those verified plus those still unverified past the limit. No "
            "evaluator publishes this formula: this is the desk's own definition."
        ),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: Indicators.tr(
            "Complaints received in the period whose first follow-up came within 5 HK of their "
            "disposition, over those disposed whose 5 HK have run. No evaluator publishes this "
            "formula: this is the desk's own definition."
        ),
        Indicator.COMPLETED_ON_TIME: Indicators.tr(
            "Complaints received in the period and closed within their limit (5, 14 or 60 HK "
            "by type, or the desk's own table), over those whose limit has passed plus those "
            "closed early. A reopened complaint counts its first closure. No evaluator "
            "publishes this formula: this is the desk's own definition."
        ),
        Indicator.DURATIONS: Indicators.tr(
            "Median and 90th percentile, in working days, of three steps: receipt to "
            "verification, disposition to first follow-up, receipt to closure; over the "
            "complaints received in the period that went through the step."
        ),
        Indicator.SATISFACTION: Indicators.tr(
            "Over the complaints closed in the period: the mean rating, the share rated 4 or "
            "more (of those rated) and the response rate (rated over closed). Compare the "
            "item on complaint handling of the satisfaction survey (IKM/SKM)."
        ),
        Indicator.STATUS_GROUPS: Indicators.tr(
            "The complaints received in the period in LAPOR!'s status groups at the cut-off; "
            "each is in exactly one group. Verified but not yet disposed counts as "
            "Terdisposisi Belum Ditindaklanjuti: LAPOR! verifies and disposes in one step."
        ),
        Indicator.ARCHIVED: Indicators.tr(
            "Complaints received in the period that were archived or rejected, by reason, "
            "over the complaints received."
        ),
        Indicator.FORWARDED: Indicators.tr(
            "Complaints received in the period that were forwarded to the institution they "
            "concern (not our authority), over the complaints received."
        ),
        Indicator.REACHED_LAPOR: Indicators.tr(
            "Walk-in and letter complaints received in the period that the national system "
            "acknowledged, over the walk-in and letter complaints received; with the median "
            "hours from receipt to acknowledgement. This is the desk's own definition."
        ),
        Indicator.STAFF_ACTIVITY: Indicators.tr(
            "Officers with at least one action in the 30 days before the cut-off, over the "
            "active accounts: the desk's own measure, after KemenPANRB's share of agencies "
            "active in the last month."
        ),
        Indicator.CHANNEL_MIX: Indicators.tr(
            "The complaints received in the period per channel, over the complaints received."
        ),
    }[indicator]


def full_definition(indicator: Indicator) -> str:
    """The definition with its scope, as the "?" of a figure shows it."""
    return f"{definition(indicator)}\n\n{scope_explanation(SCOPES[indicator])}"


def status_group_label(group: StatusGroup) -> str:
    """LAPOR!'s own names in Indonesian."""
    return {
        StatusGroup.BELUM_TERVERIFIKASI: Indicators.tr("Not yet verified"),
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: Indicators.tr(
            "Disposed, not yet followed up"
        ),
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: Indicators.tr("Disposed, in process"),
        StatusGroup.TERDISPOSISI_SELESAI: Indicators.tr("Disposed, completed"),
        StatusGroup.TERTUNDA: Indicators.tr("On hold"),
        StatusGroup.ARSIP: Indicators.tr("Archived or forwarded"),
    }[group]


def classification_label(value: Classification) -> str:
    return {
        Classification.ASPIRASI: Indicators.tr("Aspiration"),
        Classification.PENGADUAN_BERKADAR_PENGAWASAN: Indicators.tr(
            "Complaint with a supervisory element"
        ),
        Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: Indicators.tr(
            "Complaint without a supervisory element"
        ),
        Classification.PERMINTAAN_INFORMASI: Indicators.tr("Request for information"),
    }[value]


def bucket_label(bucket: BacklogBucket) -> str:
    """ "15-60 HK", ">60 HK"."""
    return Indicators.tr("%1 WD").replace("%1", bucket.value)


def status_group_short_label(group: StatusGroup) -> str:
    """For a chart's legend, where six of LAPOR!'s long names do not fit."""
    return {
        StatusGroup.BELUM_TERVERIFIKASI: Indicators.tr("Unverified"),
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: Indicators.tr("Not followed up"),
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: Indicators.tr("In process", "status group"),
        StatusGroup.TERDISPOSISI_SELESAI: Indicators.tr("Completed", "status group"),
        StatusGroup.TERTUNDA: Indicators.tr("On hold", "status group"),
        StatusGroup.ARSIP: Indicators.tr("Archive", "status group"),
    }[group]


def step_label(step: DurationStep) -> str:
    return {
        DurationStep.VERIFY: Indicators.tr("Receipt to verification"),
        DurationStep.FIRST_FOLLOW_UP: Indicators.tr("Disposition to first follow-up"),
        DurationStep.COMPLETE: Indicators.tr("Receipt to closure"),
    }[step]
