"""Words for the register of issued reports and the evidence documents: formats, periods,
kinds, the headline's indicators, and why a file was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.domain.report_figures import PeriodKind, ReportPeriod
from desktop.domain.report_register import EvidenceKind, HeadlineFigure, ReportFormat
from desktop.services.issued_report_values import ReportProblem
from desktop.ui.texts import format_date


def format_label(report_format: ReportFormat) -> str:
    return {
        ReportFormat.XLSX: QCoreApplication.translate("ReportTexts", "Workbook (XLSX)"),
        ReportFormat.PDF: QCoreApplication.translate("ReportTexts", "Narrative (PDF)"),
        ReportFormat.CSV: QCoreApplication.translate("ReportTexts", "Detail list (CSV)"),
    }[report_format]


def period_label(period: ReportPeriod) -> str:
    """ "Semester 1 2026", "Maret 2026", or the two dates of a custom period."""
    first = period.first_day
    if period.kind is PeriodKind.MONTH:
        return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
    if period.kind is PeriodKind.QUARTER:
        return (
            QCoreApplication.translate("ReportTexts", "Quarter %1 %2")
            .replace("%1", str((first.month - 1) // 3 + 1))
            .replace("%2", str(first.year))
        )
    if period.kind is PeriodKind.SEMESTER:
        return (
            QCoreApplication.translate("ReportTexts", "Semester %1 %2")
            .replace("%1", str((first.month - 1) // 6 + 1))
            .replace("%2", str(first.year))
        )
    if period.kind is PeriodKind.YEAR:
        return QCoreApplication.translate("ReportTexts", "Year %1").replace("%1", str(first.year))
    return (
        QCoreApplication.translate("ReportTexts", "%1 to %2")
        .replace("%1", format_date(first))
        .replace("%2", format_date(period.last_day))
    )


def evidence_kind_label(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.SK_TIM: QCoreApplication.translate(
            "ReportTexts", "Complaint team decree (SK)"
        ),
        EvidenceKind.SOP: QCoreApplication.translate(
            "ReportTexts", "Standard operating procedure (SOP)"
        ),
        EvidenceKind.MAKLUMAT: QCoreApplication.translate(
            "ReportTexts", "Service notice (maklumat)"
        ),
        EvidenceKind.SOSIALISASI: QCoreApplication.translate("ReportTexts", "Outreach"),
        EvidenceKind.PELATIHAN: QCoreApplication.translate("ReportTexts", "Training"),
        EvidenceKind.NOTULEN_EVALUASI: QCoreApplication.translate(
            "ReportTexts", "Evaluation meeting minutes"
        ),
        EvidenceKind.LAINNYA: QCoreApplication.translate("ReportTexts", "Other"),
    }[kind]


def indicator_label(code: str) -> str:
    """ "K3 % completed": the code and its short name (REPORTS.md's terms)."""
    names = {
        "K1": QCoreApplication.translate("ReportTexts", "received"),
        "K2": QCoreApplication.translate("ReportTexts", "% followed up"),
        "K3": QCoreApplication.translate("ReportTexts", "% completed"),
        "K4": QCoreApplication.translate("ReportTexts", "% in process"),
        "K5": QCoreApplication.translate("ReportTexts", "backlog"),
        "K6": QCoreApplication.translate("ReportTexts", "verified on time"),
        "K7": QCoreApplication.translate("ReportTexts", "first follow-up on time"),
        "K8": QCoreApplication.translate("ReportTexts", "completed on time"),
        "K9": QCoreApplication.translate("ReportTexts", "median days to completion"),
        "K10": QCoreApplication.translate("ReportTexts", "satisfaction"),
        "K11": QCoreApplication.translate("ReportTexts", "status distribution"),
        "K12": QCoreApplication.translate("ReportTexts", "archived"),
        "K13": QCoreApplication.translate("ReportTexts", "forwarded"),
        "K14": QCoreApplication.translate("ReportTexts", "reached SP4N-LAPOR!"),
        "K15": QCoreApplication.translate("ReportTexts", "active officers"),
        "K16": QCoreApplication.translate("ReportTexts", "channel mix"),
    }
    name = names.get(code)
    return f"{code} {name}" if name else code


def figure_text(figure: HeadlineFigure | None) -> str:
    """ "75 (34,88%)", "75", "-" for a figure the report or today does not have."""
    if figure is None:
        return QCoreApplication.translate("ReportTexts", "none")
    locale = QLocale()

    def number(value: float) -> str:
        if float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 2)

    value = "-" if figure.value is None else number(figure.value)
    if figure.percent is None:
        return value
    return f"{value} ({locale.toString(float(figure.percent), 'f', 2)}%)"


def problem_text(problem: ReportProblem, limit_mb: int = 0) -> str:
    return {
        ReportProblem.FILE_UNREADABLE: QCoreApplication.translate(
            "ReportTexts", "The file cannot be read. Check that it still exists."
        ),
        ReportProblem.FILE_EMPTY: QCoreApplication.translate("ReportTexts", "The file is empty."),
        ReportProblem.FILE_TOO_LARGE: QCoreApplication.translate(
            "ReportTexts", "The file is larger than %1 MB."
        ).replace("%1", str(limit_mb)),
        ReportProblem.FILE_TYPE_NOT_ALLOWED: QCoreApplication.translate(
            "ReportTexts", "Only PDF, office documents and images can be kept."
        ),
        ReportProblem.FORMAT_MISMATCH: QCoreApplication.translate(
            "ReportTexts", "The file is not of the report's format."
        ),
        ReportProblem.CUT_OFF_NAIVE: QCoreApplication.translate(
            "ReportTexts", "The report has no cut-off time zone."
        ),
        ReportProblem.OPTIONS_NOT_JSON: QCoreApplication.translate(
            "ReportTexts", "The report's options cannot be kept."
        ),
        ReportProblem.TITLE_EMPTY: QCoreApplication.translate("ReportTexts", "Write a title."),
        ReportProblem.TITLE_TOO_LONG: QCoreApplication.translate(
            "ReportTexts", "The title is too long."
        ),
        ReportProblem.YEAR_OUT_OF_RANGE: QCoreApplication.translate(
            "ReportTexts", "Choose a year between 2000 and 2100."
        ),
        ReportProblem.REASON_EMPTY: QCoreApplication.translate(
            "ReportTexts", "Write why the document is withdrawn."
        ),
    }[problem]


def file_size_text(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        return QCoreApplication.translate("ReportTexts", "%1 KB").replace(
            "%1", locale.toString(max(1, round(size / 1024)))
        )
    return QCoreApplication.translate("ReportTexts", "%1 MB").replace(
        "%1", locale.toString(size / (1024 * 1024), "f", 1)
    )
