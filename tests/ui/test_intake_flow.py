"""A front-desk officer records a walk-in complaint, from the keyboard, end to end."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.domain.problems import Field
from desktop.services.desk import Desk
from desktop.store.database import connect
from desktop.ui.main_window import MainWindow
from tests.helpers.files import png_bytes
from tests.helpers.ui import drop_files, fill_complaint, leave, type_into


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
    ready = (form.save_button, form.category, form.region, form.attachments)
    assert all(widget.isEnabled() for widget in ready), "the next person can be served"

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

    window.menus.complaints.trigger()
    model = window.worklist.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == recorded.local_number
    assert model.index(0, 4).data() == "Jalan berlubang di depan SDN 2"
    assert model.index(0, 7).data() == "Siti Rahmawati"

    window.worklist.open_selected()
    detail = window.worklist.detail_dialog
    assert detail is not None and detail.isVisible()
    assert recorded.local_number in detail.windowTitle()
    record = gui_desk.worklist.record(recorded.id)
    assert record is not None and record.attachments[0].info.original_name == "foto jalan.png"


def test_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    form = window.intake
    expected = [
        form.channel, form.type, form.supervisory, form.category, form.institution,
        form.title, form.description, form.incident_date.line, *form.region.levels[:2],
    ]  # fmt: skip
    form.channel.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # An editable combo box puts the focus on itself (its line edit is its focus proxy).
    assert visited == expected


def test_bad_input_is_explained_beside_the_field_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    form = window.intake
    type_into(qtbot, form.reporter_nik, "3201 0145 0890")
    leave(qtbot, form.reporter_nik)
    assert form.message_for(Field.REPORTER_NIK) == "NIK terdiri atas tepat 16 angka."
    type_into(qtbot, form.reporter_phone, "12345")
    leave(qtbot, form.reporter_phone)
    assert form.message_for(Field.REPORTER_PHONE).startswith("Nomor telepon tidak valid.")
    type_into(qtbot, form.incident_date.line, "31-12-2099")
    leave(qtbot, form.incident_date.line)
    assert form.message_for(Field.INCIDENT_DATE) == "Tanggal tidak boleh di masa depan."
    type_into(qtbot, form.category.lineEdit(), "tidak ada kategori begini")
    leave(qtbot, form.category.lineEdit())
    assert form.message_for(Field.CATEGORY).startswith("Tidak ada di daftar")

    form.save_button.click()
    # Every problem is now shown, the first one has the focus, and nothing was saved or lost.
    assert form.message_for(Field.TITLE) == "Isian ini wajib diisi."
    assert form.message_for(Field.PRIVACY).startswith("Bacakan pemberitahuan privasi")
    assert QApplication.focusWidget() is form.category
    assert form.reporter_nik.text() == "3201 0145 0890"
    assert form.reporter_phone.text() == "12345"
    assert form.category.currentText() == "tidak ada kategori begini"
    assert gui_desk.worklist.count() == 0

    # Correcting a field clears its message at once.
    form.reporter_nik.setText("3201014508900002")
    leave(qtbot, form.reporter_nik)
    assert form.message_for(Field.REPORTER_NIK) == ""


def test_a_file_that_is_not_a_document_is_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    program = tmp_path / "surat.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    drop_files(window.intake, [program])
    assert window.intake.attachments.paths() == []
    message = window.intake.message_for(Field.ATTACHMENTS)
    assert message.startswith("surat.pdf: Hanya gambar, PDF dan dokumen perkantoran")


def test_a_locked_database_keeps_the_form_and_says_what_to_do(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    photo: Path,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    fill_complaint(qtbot, window, photo)
    blocker = connect(gui_desk.paths.database, gui_desk.keys.key)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.intake.save_button.click()
        # While the save waits, nothing can be typed that the next blank form would lose,
        # and the window will not close on it.
        assert not window.intake.description.isEnabled()
        window.close()
        assert window.isVisible()
        qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=10_000)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "Basis data sedang dipakai program lain" in answer_message_boxes()[0]
    form = window.intake
    assert form.title.text() == "Jalan berlubang di depan SDN 2"
    assert form.reporter_name.text() == "Siti Rahmawati"
    assert form.attachments.paths() == [photo]
    assert form.save_button.isEnabled() and form.description.isEnabled()
    assert gui_desk.worklist.count() == 0
    assert [p for p in gui_desk.paths.attachments.rglob("*") if p.is_file()] == []

    # Once the other program lets go, the same form saves.
    with qtbot.waitSignal(form.recorded, timeout=10_000):
        form.save_button.click()
    assert gui_desk.worklist.count() == 1


def test_an_anonymous_receipt_shows_no_identity(
    qtbot: QtBot,
    window: MainWindow,
    photo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill_complaint(qtbot, window, photo)
    window.intake.anonymous.setChecked(True)
    with qtbot.waitSignal(window.intake.recorded, timeout=10_000):
        window.intake.save_button.click()
    pdf = tmp_path / "anonim.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    dialog = window.saved_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(unicodedata.normalize("NFKC", PdfReader(pdf).pages[0].extract_text()).split())
    for identity in ("Siti", "Rahmawati", "3201014508900002", "81234567890"):
        assert identity not in text
    assert "Pelapor Anonim" in text

    window.menus.complaints.trigger()
    qtbot.waitUntil(lambda: window.worklist.model.rowCount() == 1)
    assert window.worklist.model.index(0, 7).data() == "Anonim"


def test_refresh_keeps_a_row_ready_to_open(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    from tests.helpers.desks import good_draft

    for _ in range(3):
        gui_desk.intake.record(good_draft(gui_desk))
    window.menus.complaints.trigger()
    panel = window.worklist
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 3
    assert panel.table.currentIndex().row() == 0
    assert panel.count_label.text() == "3 pengaduan"
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.detail_dialog is not None and panel.detail_dialog.isVisible()
