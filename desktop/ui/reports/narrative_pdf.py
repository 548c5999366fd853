"""The narrative report as an A4 PDF, through Qt's own PDF writer (no printer needed)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.report_figures import ReportFigures
from desktop.services.report_narrative import NarrativeText, NotableCase
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.narrative_content import narrative_html
from desktop.ui.reports.texts import report_texts


def save_narrative_pdf(
    path: Path,
    figures: ReportFigures,
    text: NarrativeText,
    cases: Sequence[NotableCase],
    charts: Sequence[tuple[str, QImage]],
    signed_on: dt.date,
    texts: ReportTexts | None = None,
) -> None:
    """Write the report to `path`, whole or not at all: it is written beside it first and
    moved into place, so an earlier report of the same name is never left half overwritten.

    `charts` are (caption, image) in the order they are shown; `texts`, the report's words,
    are made now when not given."""
    words = texts or report_texts()
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    title = QCoreApplication.translate("NarrativeReport", "Complaint handling report")
    writer.setTitle(f"{title} {words.name_period(figures.period)} · {figures.office_name}")
    writer.setCreator("Meja Aduan")
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    document = QTextDocument()
    document.setPageSize(QSizeF(area.width(), area.height()))
    urls = []
    for number, (caption, image) in enumerate(charts):
        url = f"chart:{number}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        urls.append((url, caption))
    document.setHtml(narrative_html(figures, text, cases, urls, signed_on, words))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    os.replace(partial, path)
