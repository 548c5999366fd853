"""Small real report files (a PDF, a workbook, a CSV) and issuing one, for the register's tests."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from pypdf import PdfWriter

from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_register import HeadlineFigure, ReportFormat
from desktop.services.desk import Desk
from desktop.services.issued_report_values import IssuedReportInfo, ReportToIssue

CUT_OFF = dt.datetime(2026, 7, 1, 1, 0, tzinfo=dt.UTC)
HEADLINE = {
    "K1": HeadlineFigure(215),
    "K2": HeadlineFigure(88, 40.93),
    "K3": HeadlineFigure(75, 34.88),
}


def pdf_bytes(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)  # A4 in points
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def workbook_bytes() -> bytes:
    """A zip with the parts that make a file a workbook (what the format check looks for)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def issue_pdf(desk: Desk, folder: Path, name: str = "rekap-semester-1.pdf") -> IssuedReportInfo:
    """Issue a fresh one-page PDF for the first semester of 2026."""
    path = write(folder / name, pdf_bytes())
    return desk.report_register.issue(
        ReportToIssue(
            period=ReportPeriod.semester(2026, 1),
            format=ReportFormat.PDF,
            cut_off=CUT_OFF,
            file=path,
            headline=HEADLINE,
            options={"breakdowns": ["channel"], "signature": "Kepala Bagian"},
        )
    )
