"""The printed recovery key: one page IT staff lock away, saying what the key is and when to
use it, so whoever finds it years later knows without the program's help."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.texts import format_datetime


def _title() -> str:
    return QCoreApplication.translate("RecoverySheet", "Meja Aduan: recovery key")


def recovery_sheet_html(recovery_key: str, printed_at: dt.datetime) -> str:
    # The sign-in page's own words for the button, so the sheet names what is on screen.
    button = QCoreApplication.translate("LoginPage", "Open with the &recovery key…")
    button = button.replace("&", "").rstrip("…")
    use = QCoreApplication.translate(
        "RecoverySheet",
        "Use it only when the desk cannot be opened otherwise (every password forgotten, or "
        "the key this PC keeps for it lost): on the sign-in page choose “%1” and type it.",
    ).replace("%1", button)
    printed = QCoreApplication.translate("RecoverySheet", "Printed %1")
    parts = (
        f"<h2>{escape(_title())}</h2>",
        f"<p>{escape(printed.replace('%1', format_datetime(printed_at)))}</p>",
        # On one line, large but within an A4 page: a key broken over two lines is misread.
        f'<p style="font-family: monospace; font-size: 14pt; white-space: nowrap;">'
        f"<b>{escape(recovery_key)}</b></p>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "RecoverySheet",
                "This key opens all the data of this desk on its own. Keep this page locked "
                "away, not beside the desk PC, and do not photograph or copy it.",
            )
        )
        + "</p>",
        f"<p>{escape(use)}</p>",
    )
    return "\n".join(parts)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the print dialog may change it
    return printer


def print_recovery_key(recovery_key: str, printer: QPrinter) -> None:
    """Print the sheet on `printer` (a printer chosen in the print dialog, or a PDF file)."""
    printer.setDocName(_title())
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(recovery_key, dt.datetime.now(dt.UTC)))
    size = printer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    document.setPageSize(QSizeF(size.width(), size.height()))
    document.print_(printer)
