"""The receipt ("tanda terima") handed to the complainant: printed, or saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.values import Receipt
from desktop.ui.receipt_content import receipt_html

__all__ = ["ask_and_save_pdf", "print_receipt", "receipt_html", "save_receipt_pdf"]


# Smaller and smaller until the receipt fits one page (a long office address or title).
_SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def receipt_document(receipt: Receipt, page: QSizeF) -> QTextDocument:
    """The receipt laid out on pages of `page` points, on one page if it can be."""
    for scale in _SCALES:
        document = QTextDocument()
        document.setPageSize(page)
        document.setHtml(receipt_html(receipt, scale))
        if document.pageCount() <= 1:
            break
    return document


def _document(receipt: Receipt, device: QPagedPaintDevice) -> QTextDocument:
    size = device.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    return receipt_document(receipt, QSizeF(size.width(), size.height()))


def save_receipt_pdf(receipt: Receipt, path: Path) -> None:
    """Write the receipt as a one-page A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(
        QCoreApplication.translate("Receipt", "Complaint receipt") + " " + receipt.local_number
    )
    writer.setCreator("Meja Aduan")
    _document(receipt, writer).print_(writer)


def print_receipt(receipt: Receipt, parent: QWidget) -> bool:
    """Ask for a printer and print; False when the officer cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(
        QCoreApplication.translate("Receipt", "Complaint receipt") + " " + receipt.local_number
    )
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(receipt, printer).print_(printer)
    return True


def receipts_folder() -> Path:
    """Where receipts are saved unless the officer chooses otherwise: Documents.

    Made when missing: a fresh account (common on Linux) may have no Documents folder yet, and
    the file dialog would then open in the program's working folder instead.
    """
    home = Path(QDir.homePath())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else home
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return home
    return folder


def ask_and_save_pdf(receipt: Receipt, parent: QWidget) -> Path | None:
    """Ask where to save the receipt PDF (Documents by default) and save it there; the path,
    or None when the officer cancelled or the file could not be written (said in a box)."""
    suggested = receipts_folder() / (
        QCoreApplication.translate("Receipt", "receipt") + f"-{receipt.local_number}.pdf"
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Receipt", "Save receipt as PDF"),
        str(suggested),
        QCoreApplication.translate("Receipt", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    try:
        save_receipt_pdf(receipt, path)
    except OSError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Receipt", "Receipt not saved"), str(error)
        )
        return None
    return path
