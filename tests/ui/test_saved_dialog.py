"""After a save: print and save the receipt, and learn where it went (issue 15, items 8, 12)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.intake.saved_dialog import SavedDialog
from tests.helpers.desks import good_draft


class OpenedUrls(QObject):
    """Takes the place of the file manager for file: URLs (Qt's own hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls() -> Iterator[OpenedUrls]:
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def when_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog once it is open (it blocks the click that opened it)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and not isinstance(dialog, SavedDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def saved_dialog(qtbot: QtBot, indonesian: None, desk: Desk) -> SavedDialog:
    recorded = desk.intake.record(good_draft(desk))
    dialog = SavedDialog(recorded, lambda: desk.receipts.for_complaint(recorded.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_stays_open_says_where_the_pdf_went_and_still_prints(
    qtbot: QtBot, saved_dialog: SavedDialog, tmp_path: Path, opened_urls: OpenedUrls
) -> None:
    pdf = tmp_path / "kiriman" / "tanda-terima.pdf"
    pdf.parent.mkdir()

    def save_here(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(pdf))
        dialog.accept()

    when_modal(qtbot, save_here)
    qtbot.mouseClick(saved_dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(pdf).pages) == 1
    assert saved_dialog.isVisible()
    outcome = saved_dialog.findChild(QLabel, "receiptOutcome")
    assert outcome.isVisible() and str(pdf) in outcome.text()
    assert outcome.text().startswith("Tanda terima disimpan")
    qtbot.mouseClick(saved_dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened_urls.urls] == [str(pdf.parent)]

    # A printed copy as well: the print dialog opens from the same dialog.
    printed = tmp_path / "cetak.pdf"

    def print_to_file(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintDialog)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        dialog.done(QDialog.DialogCode.Accepted)

    when_modal(qtbot, print_to_file)
    qtbot.mouseClick(saved_dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and saved_dialog.isVisible()
    assert outcome.text() == "Tanda terima sudah dikirim ke printer."
    # Enter now closes rather than printing a second copy.
    qtbot.keyClick(saved_dialog, Qt.Key.Key_Return)
    assert not saved_dialog.isVisible()


def test_receipts_are_offered_in_documents_even_when_it_does_not_exist_yet(
    qtbot: QtBot, saved_dialog: SavedDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    documents = home / "Documents"
    offered: list[tuple[str, list[str]]] = []

    def note_and_accept(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        offered.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        dialog.accept()

    when_modal(qtbot, note_and_accept)
    qtbot.mouseClick(saved_dialog.pdf_button, Qt.MouseButton.LeftButton)
    folder, files = offered[0]
    assert folder == str(documents)
    assert [Path(f).parent for f in files] == [documents]
    assert Path(files[0]).name.startswith("tanda-terima-")
    assert Path(files[0]).exists()
