"""The worklist's search from the keyboard: Ctrl+F selects what was typed before, Enter opens a
single hit, and a returning complainant is found by name, phone number or NIK."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter
from desktop.services.desk import Desk
from desktop.store import audit
from desktop.ui.audit_texts import details_text
from desktop.ui.worklist.panel import WorklistPanel
from tests.helpers.desks import good_draft, sign_in_as

DEWI = Reporter(
    name="Dewi Ayu Lestari",
    nik="3201015206880003",
    phone="0857-1122-3344",
    email="dewi@contoh.id",
    address="Jl. Anggrek 2, Cibinong",
)


def shown_numbers(panel: WorklistPanel) -> list[str]:
    number = panel.model.COLUMNS.index("number")
    return sorted(panel.model.index(r, number).data() for r in range(panel.model.rowCount()))


def loaded(qtbot: QtBot, panel: WorklistPanel, desk: Desk) -> WorklistPanel:
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_desk(desk)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def test_ctrl_f_is_shown_and_selects_the_old_search_so_typing_replaces_it(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    loaded(qtbot, panel, gui_desk)
    assert "Ctrl+F" in panel.filters.search.placeholderText()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.filters.search, "jalan")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.filters.search
    assert panel.filters.search.selectedText() == "jalan"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.filters.search, "sampah")
    assert panel.filters.search.text() == "sampah"


def test_enter_in_the_search_opens_the_only_complaint_found(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    lamp = gui_desk.intake.record(good_draft(gui_desk, title="Lampu jalan padam di Jl. Kenanga"))
    loaded(qtbot, panel, gui_desk)
    panel.filters.search.setFocus()
    qtbot.keyClicks(panel.filters.search, "jalan")  # both: Enter opens nothing
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 2 and panel.detail_dialog is None
    qtbot.keyClicks(panel.filters.search, " kenanga")  # Enter before the typing pause
    qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.detail_dialog is not None, timeout=10_000)
    assert panel.detail_dialog is not None and panel.detail_dialog.isVisible()
    assert lamp.local_number in panel.detail_dialog.windowTitle()


def test_a_returning_complainant_is_found_by_phone_nik_or_name_at_the_counter(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk
) -> None:
    desk = gui_desk
    first = desk.intake.record(good_draft(desk, reporter=DEWI)).local_number
    second = desk.intake.record(good_draft(desk, reporter=DEWI, title="Sampah menumpuk"))
    desk.intake.record(good_draft(desk, reporter=DEWI, is_anonymous=True))
    desk.intake.record(good_draft(desk, reporter=DEWI, is_secret=True))
    desk.intake.record(good_draft(desk))  # Siti's
    sign_in_as(desk, "rudi", Role.PETUGAS)  # a front-desk officer
    loaded(qtbot, panel, desk)
    assert panel.model.rowCount() == 5

    qtbot.keyClick(
        panel.table,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier),
    )
    assert panel.filters.searching_reporter()
    assert QApplication.focusWidget() is panel.filters.search
    assert "NIK" in panel.filters.search.placeholderText()
    qtbot.keyClicks(panel.filters.search, "+62 857 1122 3344")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)
    # Hers, named: neither the anonymous one nor the confidential one (not for this role).
    assert shown_numbers(panel) == sorted([first, second.local_number])
    assert panel.count_label.text() == "2 pengaduan dari pelapor yang dicari"
    reporter = panel.model.COLUMNS.index("reporter")
    assert {panel.model.index(r, reporter).data() for r in range(2)} == {"Dewi Ayu Lestari"}
    assert panel.detail_dialog is None  # two found: the officer chooses

    panel.filters.search.clear()
    qtbot.keyClicks(panel.filters.search, "dewi sampah")
    qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.count_label.text() == "0 pengaduan dari pelapor yang dicari", timeout=10_000
    )  # a name goes by its words, all of them

    panel.filters.search.clear()
    qtbot.keyClicks(panel.filters.search, "3201 0152 0688 000")
    qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count_label.text() == "NIK terdiri atas tepat 16 angka.")

    with desk.database.reading() as session:
        searched = list(audit.entries(session, actions=(AuditAction.PERSON_SEARCHED,)))
    assert [(e.actor, e.details["by"]) for e in searched] == [("rudi", "phone")]
    assert details_text(searched[0].details) == (
        "Melalui: nomor telepon; Ditemukan: 2; Tempat: daftar pengaduan, di loket"
    )

    # "Clear filters" ends the complainant search: the list is everyone's again.
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.filters.clear_button.click()
    assert not panel.filters.searching_reporter() and panel.filters.search.text() == ""
    assert panel.model.rowCount() == 5  # confidential rows are listed (redacted) as before
