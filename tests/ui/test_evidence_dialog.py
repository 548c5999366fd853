"""The "Bukti dukung" dialog on a real desk, in Indonesian: a file added with its kind and
title from the keyboard, listed, withdrawn with a reason, and the year exported as a zip."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.report_register import EvidenceKind
from desktop.services.desk import Desk
from desktop.ui.reports.evidence_dialog import EvidenceDialog
from desktop.ui.tasks import TaskRunner
from tests.helpers.files import png_bytes
from tests.helpers.report_files import issue_pdf, pdf_bytes, write


@pytest.fixture
def dialog(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk
) -> Iterator[EvidenceDialog]:
    evidence = EvidenceDialog(gui_desk.evidence, runner, year=2026)
    qtbot.addWidget(evidence)
    with qtbot.waitSignal(evidence.loaded):
        evidence.show()
    evidence.activateWindow()
    yield evidence


def add_by_keyboard(
    qtbot: QtBot, dialog: EvidenceDialog, kind: EvidenceKind, title: str, path: Path
) -> int:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.file_edit, str(path))
    with qtbot.waitSignal(dialog.added) as added, qtbot.waitSignal(dialog.loaded):
        qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)  # Enter in the file field adds
    return int(added.args[0])


def shown(dialog: EvidenceDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_document_is_added_listed_and_withdrawn(
    qtbot: QtBot, dialog: EvidenceDialog, gui_desk: Desk, tmp_path: Path
) -> None:
    assert dialog.status_label.text() == "0 dokumen tersimpan untuk tahun 2026."
    sk = write(tmp_path / "sk-tim.pdf", pdf_bytes())
    document_id = add_by_keyboard(qtbot, dialog, EvidenceKind.SK_TIM, "SK Tim Pengaduan 2026", sk)

    assert shown(dialog, 0) == ["SK tim pengaduan"]
    assert shown(dialog, 1) == ["SK Tim Pengaduan 2026"]
    assert shown(dialog, 2) == ["sk-tim.pdf"]
    assert dialog.status_label.text() == "1 dokumen tersimpan untuk tahun 2026."
    assert dialog.title_edit.text() == "" and dialog.file_edit.text() == ""
    assert dialog.title_edit.hasFocus()  # ready for the next one

    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.withdraw_button.isEnabled()
    document = dialog.selected()
    assert document is not None and document.id == document_id
    with qtbot.waitSignal(dialog.withdrawn), qtbot.waitSignal(dialog.loaded):
        dialog.withdraw(document, "Diganti SK baru")
    assert shown(dialog, 1) == []
    with qtbot.waitSignal(dialog.loaded):
        dialog.show_withdrawn.setChecked(True)
    assert shown(dialog, 1) == ["SK Tim Pengaduan 2026"]
    assert shown(dialog, 7)[0].endswith("oleh Admin Meja: Diganti SK baru")  # by full name
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert not dialog.withdraw_button.isEnabled()  # withdrawn once, for good


def test_a_file_that_may_not_be_kept_is_explained(
    qtbot: QtBot, dialog: EvidenceDialog, gui_desk: Desk, tmp_path: Path
) -> None:
    text_file = write(tmp_path / "catatan.txt", b"catatan rapat")
    dialog.title_edit.setText("Catatan")
    dialog.file_edit.setText(str(text_file))
    dialog.add_document()
    qtbot.waitUntil(
        lambda: (
            dialog.status_label.text()
            == "Hanya PDF, dokumen perkantoran dan gambar yang dapat disimpan."
        )
    )
    assert dialog.add_button.isEnabled()
    assert gui_desk.evidence.documents(2026, withdrawn=True) == []

    dialog.title_edit.clear()
    dialog.add_document()
    assert dialog.status_label.text() == "Tulis judul." and dialog.title_edit.hasFocus()


def test_the_year_is_exported_as_one_zip_with_the_chosen_report(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, tmp_path: Path
) -> None:
    report = issue_pdf(gui_desk, tmp_path)
    dialog = EvidenceDialog(gui_desk.evidence, runner, year=2026, report_ids=[report.id])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    photo = write(tmp_path / "foto.png", png_bytes())
    add_by_keyboard(qtbot, dialog, EvidenceKind.SOSIALISASI, "Sosialisasi Maret", photo)

    target = tmp_path / "bukti-dukung-2026.zip"
    with qtbot.waitSignal(dialog.exported):
        dialog.export_to(target)
    assert dialog.status_label.text().startswith("2 berkas diekspor ke ")
    with zipfile.ZipFile(target) as archive:
        assert archive.read("bukti-dukung/04-sosialisasi/Sosialisasi Maret.png") == png_bytes()
        assert archive.read("laporan/rekap-semester-1.pdf") == gui_desk.report_register.read(
            report.id
        )
        assert "DAFTAR-ISI.csv" in archive.namelist()
