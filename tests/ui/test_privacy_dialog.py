"""The personal data dialog on a real desk: search, erase after confirming, retention."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.complaint import Reporter
from desktop.services.desk import Desk
from desktop.services.person_values import PersonKey
from desktop.store.people import ERASED_TEXT
from desktop.ui.data_subject.find_tab import FindPersonTab
from desktop.ui.data_subject.retention_tab import RetentionTab
from desktop.ui.privacy_dialog import PrivacyDialog
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import good_draft
from tests.helpers.files import png_bytes

BUDI = Reporter(name="Budi Santoso", nik="3201011203850001", phone="0813 9876 5432")


@pytest.fixture
def dialog(qtbot: QtBot, runner: TaskRunner, gui_desk: Desk) -> Iterator[PrivacyDialog]:
    shown = PrivacyDialog(gui_desk.people, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.retention_tab.loaded):
        shown.show()
    yield shown
    shown.close()


def confirm(qtbot: QtBot, tab: FindPersonTab | RetentionTab) -> None:
    """Press Yes on the confirmation the tab has just opened."""
    qtbot.waitUntil(lambda: tab.confirm_box is not None and tab.confirm_box.isVisible())
    assert tab.confirm_box is not None
    tab.confirm_box.button(QMessageBox.StandardButton.Yes).click()


def test_a_person_is_found_and_erased_after_confirming(
    qtbot: QtBot, dialog: PrivacyDialog, gui_desk: Desk, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes())
    siti = [
        gui_desk.intake.record(good_draft(gui_desk), [photo]),
        gui_desk.intake.record(good_draft(gui_desk, title="Lampu jalan mati")),
    ]
    budi = gui_desk.intake.record(good_draft(gui_desk, reporter=BUDI))
    tab = dialog.find_tab

    tab.kind.setCurrentIndex(tab.kind.findData(PersonKey.NIK))
    tab.text.setText("3201 0145")
    tab.search_button.click()
    qtbot.waitUntil(lambda: tab.problem.text() == "A NIK has exactly 16 digits.")

    tab.text.setText("3201014508900002")
    with qtbot.waitSignal(tab.searched) as found:
        tab.search_button.click()
    assert found.args == [2]
    assert tab.problem.text() == ""
    qtmodeltester.check(tab.model)
    assert {tab.model.match_at(r).local_number for r in range(2)} == {s.local_number for s in siti}
    assert not tab.erase_button.isEnabled()  # nothing selected yet

    tab.table.selectAll()
    assert tab.erase_button.isEnabled() and not tab.correct_button.isEnabled()
    tab.erase_button.click()
    assert tab.confirm_box is not None
    assert "2 complaints?" in tab.confirm_box.text()
    assert "cannot be undone" in tab.confirm_box.text()
    with qtbot.waitSignal(tab.erased) as erased:
        confirm(qtbot, tab)
    assert erased.args == [2]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)  # she is no longer found

    for saved in siti:
        record = gui_desk.worklist.record(saved.id)
        assert record is not None
        assert record.reporter == Reporter() and record.title == ERASED_TEXT
    kept = gui_desk.worklist.record(budi.id)
    assert kept is not None and kept.reporter.name == "Budi Santoso"


def test_cancelling_the_confirmation_erases_nothing(
    qtbot: QtBot, dialog: PrivacyDialog, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    tab = dialog.find_tab
    tab.kind.setCurrentIndex(tab.kind.findData(PersonKey.NAME))
    tab.text.setText("rahmawati")
    with qtbot.waitSignal(tab.searched):
        tab.text.returnPressed.emit()
    tab.table.selectRow(0)
    tab.erase_button.click()
    assert tab.confirm_box is not None
    qtbot.waitUntil(tab.confirm_box.isVisible)
    tab.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    record = gui_desk.worklist.record(saved.id)
    assert record is not None and record.reporter.name == "Siti Rahmawati"


def test_the_retention_tab_saves_the_period_and_applies_it(
    qtbot: QtBot, dialog: PrivacyDialog, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    tab = dialog.retention_tab
    dialog.tabs.setCurrentWidget(tab)
    assert tab.years.value() == 5  # the default
    tab.years.setValue(0)
    assert tab.years.text() == "Keep forever"
    tab.apply_button.click()
    assert tab.status.text() == "Nothing to apply: personal data is kept without a time limit."

    tab.years.setValue(3)
    with qtbot.waitSignal(tab.saved):
        tab.save_button.click()
    assert tab.status.text() == "Saved: personal data is kept for 3 years."
    assert gui_desk.people.retention_years() == 3

    tab.years.setValue(2)
    tab.apply_button.click()
    with qtbot.waitSignal(tab.applied) as applied:
        confirm(qtbot, tab)
    assert applied.args == [0]  # today's complaint is well inside the period
    assert tab.status.text() == "0 complaints anonymised."
    assert gui_desk.people.retention_years() == 2


def test_the_what_we_hold_page_names_the_breach_deadline(dialog: PrivacyDialog) -> None:
    text = dialog.held_page.toPlainText()
    assert "3 x 24 hours" in text
    assert "encrypted" in text
    assert "Administrators" in text


def test_a_correction_shows_the_problem_beside_the_field_then_saves(
    qtbot: QtBot, dialog: PrivacyDialog, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    tab = dialog.find_tab
    tab.kind.setCurrentIndex(tab.kind.findData(PersonKey.PHONE))
    tab.text.setText("0812 3456 7890")
    with qtbot.waitSignal(tab.searched):
        tab.search_button.click()
    tab.table.selectRow(0)
    tab.correct_button.click()
    correct = tab.correct_dialog
    assert correct is not None
    qtbot.waitUntil(lambda: correct.edits["nik"].text() == "3201014508900002")

    correct.edits["nik"].setText("3201019999900002")
    correct.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: correct.problems["nik"].isVisible())
    assert "birth date" in correct.problems["nik"].text()

    correct.edits["nik"].setText("3201014508900002")
    correct.edits["name"].setText("Siti Rahmawati Putri")
    with qtbot.waitSignal(correct.accepted):
        correct.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tab.status.text() == "The correction was saved.")
    record = gui_desk.worklist.record(saved.id)
    assert record is not None and record.reporter.name == "Siti Rahmawati Putri"
    qtbot.waitUntil(
        lambda: (
            tab.model.rowCount() == 1
            and tab.model.match_at(0).reporter_name == "Siti Rahmawati Putri"
        )
    )
