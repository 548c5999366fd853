"""Qt's own file and print dialogs speak Indonesian (issue 15, item 8)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDir
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.paths import translations_dir

# What the issue saw, and the other words of these dialogs, as Qt writes them (no mnemonics).
QT_ENGLISH = {
    "Look in:", "File name:", "Files of type:", "Back", "Forward", "Parent Directory",
    "Create New Folder", "List View", "Detail View", "Name", "Size", "Type", "Date Modified",
    "Save", "Open", "Cancel", "Print", "Properties", "Printer", "Location:", "Type:",
    "Preview", "Output file:", "Options >>", "Options <<", "Copies", "Copies:", "Collate",
    "Reverse", "Options", "Color Mode", "Color", "Grayscale", "Print range", "Print all",
    "Pages from", "to", "Current Page", "Selection", "Page Set:", "Double Sided Printing",
    "Off", "Long side binding", "Short side binding", "Output Settings",
}  # fmt: skip


def english_sources() -> set[str]:
    """Qt's English words, and those our catalogue translates into something else."""
    tree = ET.parse(translations_dir() / "qtbase_id.ts")
    return QT_ENGLISH | {
        (message.findtext("source") or "").replace("&", "")
        for message in tree.getroot().iter("message")
        if message.findtext("source") != message.findtext("translation")
    }


def shown_words(dialog: QWidget) -> Iterator[str]:
    """What the officer reads: labels, buttons, tool tips, column headers, the title."""
    yield dialog.windowTitle()
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog):
            yield label.text()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            yield button.text()
            yield button.toolTip()
    for widget in dialog.findChildren(QWidget):
        header = getattr(widget, "header", None)
        model = getattr(widget, "model", None)
        if callable(header) and callable(model) and model() is not None:
            for column in range(model().columnCount()):
                yield str(model().headerData(column, header().orientation()))


def english_left(dialog: QWidget) -> list[str]:
    english = english_sources()
    return sorted({w for w in shown_words(dialog) if w.replace("&", "").strip() in english})


@pytest.mark.usefixtures("indonesian")
def test_the_widget_file_dialog_shows_no_english_label(qtbot: QtBot) -> None:
    dialog = QFileDialog(None, "Simpan tanda terima", QDir.tempPath(), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert english_left(dialog) == []
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels


@pytest.mark.usefixtures("indonesian")
def test_the_print_dialog_and_its_options_show_no_english_label(qtbot: QtBot) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text().startswith("&Opsi"))
    options.click()  # the copies, range and colour settings
    assert dialog.windowTitle() == "Cetak"
    assert english_left(dialog) == []
    dialog.done(QDialog.DialogCode.Rejected)
