"""The receipt ("tanda terima") handed to the complainant: printed, or saved as a PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.values import Receipt
from desktop.ui.privacy import receipt_privacy_note
from desktop.ui.texts import channel_label, format_date, format_datetime, type_label
from desktop.ui.translation_context import TranslationContext

# The receipt's plurals (see translation_context: lupdate takes the context from this name).
ReceiptTexts = TranslationContext("ReceiptTexts")


def receipt_html(receipt: Receipt) -> str:
    e = html.escape
    office = receipt.office_name or QCoreApplication.translate(
        "Receipt", "Complaint desk (office not yet configured)"
    )
    complainant = QCoreApplication.translate("Receipt", "Complainant")
    rows = [
        (
            QCoreApplication.translate("Receipt", "Complaint number"),
            f"<b style='font-size:15pt'>{e(receipt.local_number)}</b>",
        ),
        (
            QCoreApplication.translate("Receipt", "Received"),
            e(format_datetime(receipt.received_at)),
        ),
        (QCoreApplication.translate("Receipt", "Channel"), e(channel_label(receipt.channel))),
        (QCoreApplication.translate("Receipt", "Type"), e(type_label(receipt.type))),
        (
            QCoreApplication.translate("Receipt", "Title"),
            e(
                QCoreApplication.translate("Receipt", "(confidential: not printed)")
                if receipt.is_secret
                else receipt.title
            ),
        ),
        (
            complainant,
            e(
                QCoreApplication.translate("Receipt", "Anonymous")
                if receipt.is_anonymous
                else receipt.reporter_name
            ),
        ),
        (QCoreApplication.translate("Receipt", "Attachments"), e(str(receipt.attachment_count))),
        (
            QCoreApplication.translate("Receipt", "To be verified by"),
            f"<b>{e(format_date(receipt.verify_by))}</b>",
        ),
    ]
    table = "".join(
        f"<tr><td width='35%' style='padding:3px'>{label}</td>"
        f"<td style='padding:3px'>{value}</td></tr>"
        for label, value in rows
    )
    steps = [
        ReceiptTexts.tr(
            "A verifier checks your report within %n working days.",
            "",
            receipt.verify_within_days,
        ),
        QCoreApplication.translate(
            "Receipt",
            "After verification it is passed to the unit responsible, which must follow it up.",
        ),
        QCoreApplication.translate(
            "Receipt",
            "You are contacted with the answer. Quote the complaint number when you ask "
            "about its progress.",
        ),
    ]
    flags = []
    if receipt.is_secret:
        flags.append(
            QCoreApplication.translate(
                "Receipt", "This report is confidential: its content is not published."
            )
        )
    if receipt.is_anonymous:
        flags.append(
            QCoreApplication.translate(
                "Receipt",
                "This report is anonymous: your identity is not shown to the party "
                "you report about or to the public.",
            )
        )
    heading = QCoreApplication.translate("Receipt", "COMPLAINT RECEIPT")
    next_heading = QCoreApplication.translate("Receipt", "What happens next")
    keep = QCoreApplication.translate("Receipt", "Keep this receipt.")
    officer = QCoreApplication.translate("Receipt", "Receiving officer")
    signers = [officer] if receipt.is_anonymous else [officer, complainant]
    signatures = "".join(
        f"<td width='50%' align='center'>{e(who)}<br><br><br><br>(........................)</td>"
        for who in signers
    )
    return f"""
    <html><body style="font-family:'DejaVu Sans',Arial,sans-serif; font-size:10pt">
    <p align="center" style="font-size:12pt"><b>{e(office)}</b><br>{e(receipt.office_address)}</p>
    <h2 align="center">{e(heading)}</h2>
    <table width="100%" cellspacing="0" border="1" style="border-collapse:collapse">{table}</table>
    <h4>{e(next_heading)}</h4>
    <ol>{"".join(f"<li>{e(step)}</li>" for step in steps)}</ol>
    {"".join(f"<p>{e(flag)}</p>" for flag in flags)}
    <p style="font-size:8pt">{e(receipt_privacy_note())}</p>
    <p style="font-size:8pt">{e(keep)}</p>
    <table width="100%" cellspacing="0"><tr>{signatures}</tr></table>
    </body></html>
    """


def _document(receipt: Receipt, device: QPagedPaintDevice) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(receipt_html(receipt))
    layout = device.pageLayout()
    size = layout.paintRect(QPageLayout.Unit.Point).size()
    document.setPageSize(QSizeF(size.width(), size.height()))
    return document


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
