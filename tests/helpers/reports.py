"""Report files as tests read them: the texts in Bahasa Indonesia, and workbooks read back."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.app.i18n import install_translations
from desktop.services.report_texts import ReportTexts
from desktop.ui.reports.texts import report_texts


@contextmanager
def indonesian_texts(app: QCoreApplication) -> Iterator[ReportTexts]:
    """The report files' words as an Indonesian desk writes them (catalogue and locale)."""
    locale = QLocale()
    translators = install_translations(app, "id")
    try:
        yield report_texts()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def chart_parts(path: Path) -> list[str]:
    """The chart parts inside an XLSX file (one per native chart)."""
    with zipfile.ZipFile(path) as archive:
        return sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))


def sheet_xml(path: Path, index: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")
