"""A front-desk officer records a walk-in complaint, from the keyboard, end to end."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.problems import Field
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from tests.services.test_intake import png_bytes

pytestmark = pytest.mark.gui


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field, as the officer does."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on `target`, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(10, 10)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(position, copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the form must accept dragged files"
    QApplication.sendEvent(target, QDropEvent(position, copy, mime, left, none))


def fill_complaint(qtbot: QtBot, window: MainWindow, photo: Path) -> None:
    form = window.intake
    type_into(qtbot, form.category.lineEdit(), "Jalan dan Jemb")
    leave(qtbot, form.category.lineEdit())
    type_into(qtbot, form.title, "Jalan berlubang di depan SDN 2")
    type_into(
        qtbot,
        form.description,
        "Sejak bulan lalu jalan di depan SDN 2 berlubang besar; dua pengendara motor jatuh.",
    )
    type_into(qtbot, form.incident_date.line, "20-11-2026")
    leave(qtbot, form.incident_date.line)
    kecamatan = form.region.levels[2]
    type_into(qtbot, kecamatan.lineEdit(), "Cibinong")
    leave(qtbot, kecamatan.lineEdit())
    type_into(qtbot, form.reporter_name, "Siti Rahmawati")
    type_into(qtbot, form.reporter_nik, "3201 0145 0890 0002")
    type_into(qtbot, form.reporter_phone, "0812-3456-7890")
    form.privacy.setFocus()
    qtbot.keyClick(form.privacy, Qt.Key.Key_Space)
    drop_files(form, [photo])


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto jalan.png"
    path.write_bytes(png_bytes())
    return path


def test_record_print_and_find_a_complaint(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    photo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = window.intake
    assert form.region.code() == "32.01"  # the office's regency is chosen already
    fill_complaint(qtbot, window, photo)
    assert form.category.current_key() is not None
    assert form.region.code() == "32.01.01"
    assert form.attachments.paths() == [photo]
    assert all(not form.message_for(f) for f in Field)

    with qtbot.waitSignal(form.recorded, timeout=10_000) as saved:
        qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    recorded = saved.args[0]
    assert recorded.local_number.startswith("3201-")

    # The confirmation shows the number; the form behind is blank for the next person.
    dialog = window.saved_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "localNumber").text() == recorded.local_number
    assert form.title.text() == "" and form.reporter_name.text() == ""
    assert form.attachments.paths() == []

    pdf = tmp_path / "tanda-terima.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "TANDA TERIMA PENGADUAN" in text
    assert recorded.local_number in text
    assert "Kecamatan Cibinong" in text
    assert "Siti Rahmawati" in text
    assert "Diverifikasi paling lambat" in text

    window.list_action.trigger()
    model = window.worklist.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == recorded.local_number
    assert model.index(0, 4).data() == "Jalan berlubang di depan SDN 2"
    assert model.index(0, 6).data() == "Siti Rahmawati"

    window.worklist.open_selected()
    detail = window.worklist.detail_dialog
    assert detail is not None and detail.isVisible()
    assert recorded.local_number in detail.windowTitle()
    record = gui_desk.worklist.record(recorded.id)
    assert record is not None and record.attachments[0].info.original_name == "foto jalan.png"
