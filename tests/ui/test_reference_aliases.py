"""Institutions (and categories) are found by the acronyms officers type, in the intake form's
pickers, and those other names are edited in Pengaturan › Kategori dan instansi."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.audit_actions import AuditAction
from desktop.services.desk import Desk
from desktop.store import audit
from desktop.ui.main_window import MainWindow
from desktop.ui.reference_dialog import ReferenceListsDialog
from desktop.ui.tasks import TaskRunner


def institution_id(desk: Desk, name: str) -> int:
    return next(i.id for i in desk.reference.institutions() if i.name == name)


def shown_aliases(dialog: ReferenceListsDialog, name: str) -> str:
    tree = dialog.institutions
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return next(row.text(1) for row in rows if row.text(0) == name)


def choose_by_typing(qtbot: QtBot, window: MainWindow, text: str) -> object:
    line = window.intake.institution.lineEdit()
    line.setFocus()
    line.clear()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    return window.intake.institution.current_key()


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("pdam", "Perusahaan Umum Daerah Air Minum"),
        ("RSUD", "Rumah Sakit Umum Daerah"),
        ("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ],
)
def test_an_acronym_typed_in_the_institution_picker_chooses_the_institution(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, typed: str, name: str
) -> None:
    assert choose_by_typing(qtbot, window, typed) == institution_id(gui_desk, name)
    assert window.intake.institution.currentText() == name  # the name, not the acronym


def test_the_picker_offers_the_institution_while_its_acronym_is_typed(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    line = window.intake.institution.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "pup")
    completer = window.intake.institution.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert offered == ["Dinas Pekerjaan Umum dan Penataan Ruang"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.intake.institution.current_key() == institution_id(
        gui_desk, "Dinas Pekerjaan Umum dan Penataan Ruang"
    )
    assert line.text() == "Dinas Pekerjaan Umum dan Penataan Ruang"


def test_other_names_edited_in_the_lists_dialog_are_matched_on_the_form(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, runner: TaskRunner
) -> None:
    dialog = ReferenceListsDialog(gui_desk.reference, runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.institutions
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Dinas Sosial"
    )
    tree.setCurrentItem(item)
    assert item.text(1) == "Dinsos"

    def type_names() -> None:
        asked = QApplication.activeModalWidget()
        if not isinstance(asked, QInputDialog):
            QTimer.singleShot(20, type_names)
            return
        assert asked.textValue() == "Dinsos"
        asked.setTextValue("Dinsos,  bansos ; Dinas Sosial Kab")
        asked.accept()

    QTimer.singleShot(20, type_names)
    button = next(b for b in tree.parent().findChildren(QPushButton) if b.text() == "Nama &lain…")
    button.click()
    qtbot.waitUntil(lambda: "bansos" in shown_aliases(dialog, "Dinas Sosial"))
    social = institution_id(gui_desk, "Dinas Sosial")
    assert next(i for i in gui_desk.reference.institutions() if i.id == social).aliases == (
        "Dinsos",
        "bansos",
        "Dinas Sosial Kab",
    )
    with gui_desk.database.reading() as session:
        changed = list(audit.entries(session, actions=(AuditAction.REFERENCE_CHANGED,)))
    assert changed[0].target == f"institution:{social}"
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.intake.reload_reference_lists()
    assert choose_by_typing(qtbot, window, "Bansos") == social
