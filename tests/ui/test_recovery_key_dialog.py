"""The recovery key shown at set-up: printable, not left on a shared PC's clipboard, and said
in words an IT officer uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.access.recovery_key import RecoveryKeyShownDialog
from desktop.ui.access.recovery_sheet import new_printer, print_recovery_key

KEY = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567-89ABC-DEFGH"


@pytest.fixture
def shown(qtbot: QtBot, indonesian: None) -> RecoveryKeyShownDialog:
    QApplication.clipboard().clear()
    dialog = RecoveryKeyShownDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_lines(path: Path) -> list[str]:
    """The lines of a PDF's text, spaced by single spaces (PDF text comes with tabs)."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_print_button_asks_for_a_printer_and_prints_the_key_with_what_it_is_for(
    qtbot: QtBot, shown: RecoveryKeyShownDialog, tmp_path: Path
) -> None:
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown.print_dialog is not None and shown.print_dialog.isVisible())
    chooser = shown.print_dialog
    assert isinstance(chooser, QPrintDialog)
    chooser.reject()  # cancelled: nothing printed, nothing said
    assert shown.note.text() == ""
    assert shown.isVisible()

    # No printer offscreen: the same sheet goes to a PDF through a QPrinter.
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kunci.pdf"))
    print_recovery_key(KEY, printer)
    lines = pdf_lines(tmp_path / "kunci.pdf")
    # On a line of its own (text extraction may split a monospaced word: spaces left out).
    assert KEY in [line.replace(" ", "") for line in lines]
    text = " ".join(lines)
    assert "Meja Aduan: kunci pemulihan" in text
    assert "Buka dengan kunci pemulihan" in text  # the sign-in page's button, as it reads
    assert "Dicetak " in text


def test_a_copied_key_is_taken_off_the_clipboard_after_a_while(
    qtbot: QtBot, shown: RecoveryKeyShownDialog
) -> None:
    assert shown.clipboard_ms == 60_000
    shown.clipboard_ms = 200  # the minute, shortened for the test
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == KEY
    assert "dikosongkan" in shown.note.text()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5_000)
    assert shown.isVisible()


def test_closing_the_dialog_takes_the_copied_key_off_the_clipboard(
    qtbot: QtBot, shown: RecoveryKeyShownDialog
) -> None:
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == KEY
    shown.kept.setChecked(True)
    shown.accept()
    assert QApplication.clipboard().text() == ""


def test_what_was_copied_since_is_left_alone(qtbot: QtBot, shown: RecoveryKeyShownDialog) -> None:
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText("3201-2026-000123")  # the officer copied something else
    shown.kept.setChecked(True)
    shown.accept()
    assert QApplication.clipboard().text() == "3201-2026-000123"


def test_the_explanation_names_what_an_it_officer_knows(shown: RecoveryKeyShownDialog) -> None:
    intro = shown.findChildren(QLabel)[0].text()
    assert "penyimpanan kunci komputer" not in intro
    assert "Manajer Kredensial" in intro
