"""Words for the register of issued reports and the evidence documents: formats, periods,
kinds, the headline's indicators, and why a file was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.domain.report_figures import PeriodKind, ReportPeriod
from desktop.domain.report_register import EvidenceKind, HeadlineFigure, ReportFormat
from desktop.services.report_values import ReportProblem
from desktop.ui.texts import format_date

_CONTEXT = "ReportTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def format_label(report_format: ReportFormat) -> str:
    return {
        ReportFormat.XLSX: _tr("Workbook (XLSX)"),
        ReportFormat.PDF: _tr("Narrative (PDF)"),
        ReportFormat.CSV: _tr("Detail list (CSV)"),
    }[report_format]


def period_label(period: ReportPeriod) -> str:
    """"Semester 1 2026", "Maret 2026", or the two dates of a custom period."""
    first = period.first_day
    if period.kind is PeriodKind.MONTH:
        return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
    if period.kind is PeriodKind.QUARTER:
        return _tr("Quarter %1 %2").replace("%1", str((first.month - 1) // 3 + 1)).replace(
            "%2", str(first.year)
        )
    if period.kind is PeriodKind.SEMESTER:
        return _tr("Semester %1 %2").replace("%1", str((first.month - 1) // 6 + 1)).replace(
            "%2", str(first.year)
        )
    if period.kind is PeriodKind.YEAR:
        return _tr("Year %1").replace("%1", str(first.year))
    return _tr("%1 to %2").replace("%1", format_date(first)).replace(
        "%2", format_date(period.last_day)
    )


def evidence_kind_label(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.SK_TIM: _tr("Complaint team decree (SK)"),
        EvidenceKind.SOP: _tr("Standard operating procedure (SOP)"),
        EvidenceKind.MAKLUMAT: _tr("Service notice (maklumat)"),
        EvidenceKind.SOSIALISASI: _tr("Outreach"),
        EvidenceKind.PELATIHAN: _tr("Training"),
        EvidenceKind.NOTULEN_EVALUASI: _tr("Evaluation meeting minutes"),
        EvidenceKind.LAINNYA: _tr("Other"),
    }[kind]


def indicator_label(code: str) -> str:
    """"K3 % completed": the code and its short name (REPORTS.md's terms)."""
    names = {
        "K1": _tr("received"),
        "K2": _tr("% followed up"),
        "K3": _tr("% completed"),
        "K4": _tr("% in process"),
        "K5": _tr("backlog"),
        "K6": _tr("verified on time"),
        "K7": _tr("first follow-up on time"),
        "K8": _tr("completed on time"),
        "K9": _tr("median days to completion"),
        "K10": _tr("satisfaction"),
        "K11": _tr("status distribution"),
        "K12": _tr("archived"),
        "K13": _tr("forwarded"),
        "K14": _tr("reached SP4N-LAPOR!"),
        "K15": _tr("active officers"),
        "K16": _tr("channel mix"),
    }
    name = names.get(code)
    return f"{code} {name}" if name else code


def figure_text(figure: HeadlineFigure | None) -> str:
    """"75 (34,88%)", "75", "-" for a figure the report or today does not have."""
    if figure is None:
        return _tr("none")
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
        ReportProblem.FILE_UNREADABLE: _tr("The file cannot be read. Check that it still exists."),
        ReportProblem.FILE_EMPTY: _tr("The file is empty."),
        ReportProblem.FILE_TOO_LARGE: _tr("The file is larger than %1 MB.").replace(
            "%1", str(limit_mb)
        ),
        ReportProblem.FILE_TYPE_NOT_ALLOWED: _tr(
            "Only PDF, office documents and images can be kept."
        ),
        ReportProblem.FORMAT_MISMATCH: _tr("The file is not of the report's format."),
        ReportProblem.CUT_OFF_NAIVE: _tr("The report has no cut-off time zone."),
        ReportProblem.OPTIONS_NOT_JSON: _tr("The report's options cannot be kept."),
        ReportProblem.TITLE_EMPTY: _tr("Write a title."),
        ReportProblem.TITLE_TOO_LONG: _tr("The title is too long."),
        ReportProblem.YEAR_OUT_OF_RANGE: _tr("Choose a year between 2000 and 2100."),
        ReportProblem.REASON_EMPTY: _tr("Write why the document is withdrawn."),
    }[problem]


def file_size_text(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        return _tr("%1 KB").replace("%1", locale.toString(max(1, round(size / 1024))))
    return _tr("%1 MB").replace("%1", locale.toString(size / (1024 * 1024), "f", 1))
