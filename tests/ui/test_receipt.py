"""The receipt handed to the complainant: its language, its content, one A4 page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QTextDocument

from desktop.app.paths import translations_dir
from desktop.services.desk import Desk
from desktop.services.values import Receipt
from desktop.ui.receipt import receipt_html
from tests.conftest import good_draft

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
