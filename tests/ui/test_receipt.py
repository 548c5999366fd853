"""The receipt handed to the complainant: its language, its content, one A4 page."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument

from desktop.app.paths import translations_dir
from desktop.services.desk import Desk
from desktop.services.values import DeskSettings, Receipt
from desktop.ui.receipt import receipt_html, save_receipt_pdf
from desktop.ui.texts import format_date
from tests.helpers.desks import good_draft

# Words of the receipt's English source strings that Indonesian never uses.
ENGLISH_WORDS = {
    "a", "after", "and", "anonymous", "are", "by", "checks", "complaint", "confidential",
    "contacted", "days", "happens", "is", "keep", "number", "of", "officer", "received",
    "receipt", "report", "the", "this", "to", "verifier", "what", "when", "within",
    "working", "you", "your",
}  # fmt: skip


def receipt_sources() -> list[str]:
    """The English source strings of the receipt's translation contexts."""
    tree = ET.parse(translations_dir() / "meja_aduan_id.ts")
    return [
        message.findtext("source") or ""
        for context in tree.getroot().iter("context")
        if context.findtext("name") in ("Receipt", "ReceiptTexts")
        for message in context.iter("message")
    ]


def plain_text(receipt: Receipt) -> str:
    document = QTextDocument()
    document.setHtml(receipt_html(receipt))
    return document.toPlainText()


def receipts(desk: Desk) -> dict[str, Receipt]:
    made = {}
    for kind, changes in {
        "normal": {},
        "anonymous": {"is_anonymous": True},
        "secret": {"is_secret": True},
        "anonymous and secret": {"is_anonymous": True, "is_secret": True},
    }.items():
        saved = desk.intake.record(good_draft(desk, **changes))
        receipt = desk.receipts.for_complaint(saved.id)
        assert receipt is not None
        made[kind] = receipt
    return made


@pytest.mark.usefixtures("indonesian")
def test_the_receipt_in_indonesian_has_no_english_sentence(desk: Desk) -> None:
    sources = [s for s in receipt_sources() if len(s.split()) > 1]
    for kind, receipt in receipts(desk).items():
        text = plain_text(receipt)
        left_in_english = [s for s in sources if s in text]
        words = set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS
        assert (kind, left_in_english, words) == (kind, [], set())
        assert "hari kerja" in text  # the plural sentence is there, in Indonesian


def test_the_saved_pdf_is_one_a4_page_with_what_the_citizen_needs(
    indonesian: None, desk: Desk, tmp_path: Path
) -> None:
    desk.settings.save(
        DeskSettings(
            office_code="3201",
            office_name="Bagian Organisasi Sekretariat Daerah Kabupaten Bogor " * 3,
            office_address="Jl. Tegar Beriman No. 1, Tengah, Cibinong, Kabupaten Bogor " * 8,
            office_phone="(0251) 8765432",
            office_whatsapp="0812 3456 7890",
            office_email="pengaduan@bogorkab.go.id",
        )
    )
    longest_title = ("Jalan berlubang di depan SDN 2 " * 5)[:150]
    saved = desk.intake.record(good_draft(desk, title=longest_title))
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None and receipt.complete_by is not None
    pdf = tmp_path / "tanda-terima.pdf"
    save_receipt_pdf(receipt, pdf)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
    assert saved.local_number in text
    assert f"Diselesaikan paling lambat {format_date(receipt.complete_by)}" in text
    assert "(Admin Meja)" in text  # the receiving officer, under the signature space
    assert "(0251) 8765432" in text and "0812 3456 7890" in text
    assert "https://www.lapor.go.id" in text
    assert len(page.images) == 1  # the QR code of the number
