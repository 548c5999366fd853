"""Words for the register of issued reports and the evidence documents: formats, periods,
kinds, the headline's indicators, and why a file was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.report_figures import Indicator, ReportPeriod
from desktop.domain.report_register import EvidenceKind, HeadlineFigure, ReportFormat
from desktop.services.issued_report_values import ReportProblem
from desktop.ui.reports.texts import report_texts


def format_label(report_format: ReportFormat) -> str:
    return {
        ReportFormat.XLSX: QCoreApplication.translate("ReportTexts", "Workbook (XLSX)"),
        ReportFormat.PDF: QCoreApplication.translate("ReportTexts", "Narrative (PDF)"),
        ReportFormat.CSV: QCoreApplication.translate("ReportTexts", "Detail list (CSV)"),
    }[report_format]


def period_label(period: ReportPeriod) -> str:
    """ "Semester I 2026", "Maret 2026", or the two dates of a custom period: as every report
    names it."""
    return report_texts().name_period(period)


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
    """ "K3 % penyelesaian": the code and its name in REPORTS.md's terms."""
    try:
        indicator = Indicator(code)
    except ValueError:  # a code a later version may keep
        return code
    return f"{code} {report_texts().indicator_names[indicator]}"


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
