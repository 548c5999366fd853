"""The four report files the "Laporan" tab writes from the figures on screen, what each is
called, and how each is written: plain functions, no widgets.

The recap workbook and the detail lists come from the services' writers, on a worker thread.
The narrative PDF comes from Qt's text document and PDF writer, which belong to the GUI thread
(QTextDocument starts timers, QtCharts draws the charts): it is written there, and only its
issuing goes to the worker.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage

from desktop.domain.report_figures import ReportFigures
from desktop.domain.report_register import ReportFormat, headline_of, safe_file_name
from desktop.services.issued_report_values import IssuedReportInfo, ReportToIssue
from desktop.services.report_detail import DetailFormat
from desktop.services.report_narrative import NarrativeText, NotableCase
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading

if TYPE_CHECKING:
    from desktop.services.desk import Desk


class ReportKind(StrEnum):
    RECAP = "recap"
    DETAIL_XLSX = "detail_xlsx"
    DETAIL_CSV = "detail_csv"
    NARRATIVE = "narrative"


REPORT_FORMATS = {
    ReportKind.RECAP: ReportFormat.XLSX,
    ReportKind.DETAIL_XLSX: ReportFormat.XLSX,
    ReportKind.DETAIL_CSV: ReportFormat.CSV,
    ReportKind.NARRATIVE: ReportFormat.PDF,
}
DETAIL_KINDS = frozenset({ReportKind.DETAIL_XLSX, ReportKind.DETAIL_CSV})

# Wide enough for the chart's words on an A4 page, which the PDF shows 560 points wide.
PDF_CHART_SIZE = QSize(1400, 820)


def kind_label(kind: ReportKind) -> str:
    """As the "Ekspor" menu and the "Terbitkan" dialog name it."""
    return {
        ReportKind.RECAP: QCoreApplication.translate("ReportFiles", "Recap (XLSX)"),
        ReportKind.DETAIL_XLSX: QCoreApplication.translate("ReportFiles", "Detail list (XLSX)"),
        ReportKind.DETAIL_CSV: QCoreApplication.translate("ReportFiles", "Detail list (CSV)"),
        ReportKind.NARRATIVE: QCoreApplication.translate("ReportFiles", "Narrative report (PDF)"),
    }[kind]


def file_filter(kind: ReportKind) -> str:
    if kind is ReportKind.NARRATIVE:
        return QCoreApplication.translate("ReportFiles", "PDF documents (*.pdf)")
    if kind is ReportKind.DETAIL_CSV:
        return QCoreApplication.translate("ReportFiles", "CSV files (*.csv)")
    return QCoreApplication.translate("ReportFiles", "Excel workbooks (*.xlsx)")


def suggested_name(kind: ReportKind, figures: ReportFigures, texts: ReportTexts) -> str:
    """ "Rekap pengaduan Juni 2026.xlsx": what it is and of which period."""
    stem = {
        ReportKind.RECAP: QCoreApplication.translate("ReportFiles", "Complaint recap"),
        ReportKind.DETAIL_XLSX: QCoreApplication.translate("ReportFiles", "Complaint list"),
        ReportKind.DETAIL_CSV: QCoreApplication.translate("ReportFiles", "Complaint list"),
        ReportKind.NARRATIVE: QCoreApplication.translate("ReportFiles", "Complaint report"),
    }[kind]
    suffix = REPORT_FORMATS[kind].value
    return safe_file_name(f"{stem} {texts.name_period(figures.period)}.{suffix}")


@dataclass(frozen=True)
class ReportRequest:
    """One file to write from the figures on screen, and whether to issue it."""

    kind: ReportKind
    figures: ReportFigures
    target: Path
    texts: ReportTexts
    issue: bool = False
    # A detail list: the complaints of the figure chosen, and whether NIKs are written whole.
    figure_title: str = ""
    complaint_ids: frozenset[int] = frozenset()
    reveal_identity: bool = False
    # The narrative report: what the head of unit typed, and the charts drawn.
    narrative: NarrativeText | None = None
    cases: Sequence[NotableCase] = ()
    charts: Sequence[tuple[str, QImage]] = field(default=())

    def options(self) -> dict[str, Any]:
        """What the register keeps of how the file was made."""
        options: dict[str, Any] = {"kind": self.kind.value}
        if self.kind in DETAIL_KINDS:
            options |= {
                "figure": self.figure_title,
                "rows": len(self.complaint_ids),
                "reveal_identity": self.reveal_identity,
            }
        if self.kind is ReportKind.NARRATIVE:
            options["cases"] = [case.local_number for case in self.cases]
        return options


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    issued: IssuedReportInfo | None


def write_narrative(request: ReportRequest, signed_on: dt.date) -> None:
    """The narrative PDF, whole or not at all: on the GUI thread. OSError when not written."""
    from desktop.ui.reports.narrative_pdf import save_narrative_pdf

    assert request.narrative is not None
    target = request.target
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(target.parent))
    save_narrative_pdf(
        target,
        request.figures,
        request.narrative,
        request.cases,
        request.charts,
        signed_on,
        request.texts,
    )
    if not target.is_file():  # Qt's writer says nothing when it cannot write
        raise OSError(errno.EIO, "the PDF was not written", str(target))


def write_report(
    desk: Desk, request: ReportRequest, progress: Callable[[int], None] | None = None
) -> WrittenReport:
    """Write the file (whole, or not at all), then issue it when asked: on a worker thread.
    A narrative PDF is already written (`write_narrative`). OSError when the file cannot be
    written; the services' errors as they raise them."""
    figures, texts, target = request.figures, request.texts, request.target
    if request.kind is ReportKind.RECAP:
        from desktop.services.report_workbook import write_recap_workbook  # XlsxWriter

        write_recap_workbook(figures, texts, target)
    elif request.kind in DETAIL_KINDS:
        desk.detail_lists.export(
            sorted(request.complaint_ids),
            target,
            texts,
            file_format=(
                DetailFormat.CSV if request.kind is ReportKind.DETAIL_CSV else DetailFormat.XLSX
            ),
            reveal_identity=request.reveal_identity,
            heading=ReportHeading.of(figures),
            progress=progress,
        )
    issued = None
    if request.issue:
        issued = desk.report_register.issue(
            ReportToIssue(
                period=figures.period,
                format=REPORT_FORMATS[request.kind],
                cut_off=figures.cut_off,
                file=target,
                headline=headline_of(figures),
                options=request.options(),
                file_name=target.name,
            )
        )
    return WrittenReport(target, issued)


def file_fault_text(error: OSError, target: Path) -> str:
    """What went wrong writing `target`, and what to do about it."""
    folder = str(target.parent)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return QCoreApplication.translate(
            "ReportFiles",
            "The disk is full, so the file was not saved. Free some space or choose a folder "
            "on another disk (a flash drive), then try again.",
        )
    if error.errno == errno.ENOENT:
        return QCoreApplication.translate(
            "ReportFiles",
            "The folder %1 does not exist (any more): a flash drive taken out, or a folder "
            "moved. Choose another folder and try again.",
        ).replace("%1", folder)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "ReportFiles",
            "Meja Aduan may not write in the folder %1. Choose another folder, for example "
            "Documents, and try again.",
        ).replace("%1", folder)
    return (
        QCoreApplication.translate(
            "ReportFiles",
            "The file could not be saved in %1 (%2). Close it if another program has it open, "
            "or choose another folder, and try again.",
        )
        .replace("%1", folder)
        .replace("%2", error.strerror or type(error).__name__)
    )
