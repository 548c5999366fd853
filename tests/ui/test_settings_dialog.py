"""The settings dialog's time limits on a real desk: a limit changed by keyboard is stored, a bad
one is refused beside its box with nothing typed lost, and the defaults come back on request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.domain.sla import DeadlineTable
from desktop.services.desk import Desk
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def dialog(qtbot: QtBot, runner: TaskRunner, gui_desk: Desk) -> Iterator[SettingsDialog]:
    settings_dialog = SettingsDialog(gui_desk.settings, runner)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    settings_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings_dialog)
    yield settings_dialog


def type_into_limit(qtbot: QtBot, dialog: SettingsDialog, name: str, text: str) -> None:
    spin = dialog.time_limits.limits[name]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def save(dialog: SettingsDialog) -> None:
    button = dialog.findChild(QDialogButtonBox)
    assert button is not None
    save_button = button.button(QDialogButtonBox.StandardButton.Save)
    assert save_button is not None
    save_button.click()


def test_a_limit_changed_by_keyboard_is_stored(
    qtbot: QtBot, dialog: SettingsDialog, gui_desk: Desk
) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic
    assert dialog.tabs.currentWidget() is dialog.time_limits
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # "&Verification"
    assert dialog.focusWidget() is dialog.time_limits.limits["verify"]
    type_into_limit(qtbot, dialog, "verify", "5")
    dialog.time_limits.working_days.setText("01-06-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save(dialog)
    stored = gui_desk.settings.load()
    assert stored.deadlines == DeadlineTable(verify=5)
    assert stored.extra_working_days == (dt.date(2026, 6, 1),)
    assert stored.office_name == "Kecamatan Cibinong"  # the other tab's values are kept


def test_the_tab_key_walks_the_time_limits_in_reading_order(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    tab = dialog.time_limits
    dialog.tabs.setCurrentWidget(tab)
    tab.limits["verify"].setFocus()
    walked = [QApplication.focusWidget()]
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [
        *tab.limits.values(),
        tab.restore_button,
        tab.cuti_bersama,
        tab.days_off,
        tab.working_days,
    ]


def test_a_bad_limit_is_refused_beside_its_box_and_nothing_typed_is_lost(
    qtbot: QtBot, dialog: SettingsDialog, gui_desk: Desk
) -> None:
    dialog.tabs.setCurrentWidget(dialog.time_limits)
    type_into_limit(qtbot, dialog, "complete_complaint", "20")
    type_into_limit(qtbot, dialog, "verify", "0")
    dialog.time_limits.days_off.setText("01-12-2026")
    dialog.office_name.setText("Kecamatan Cibinong Baru")
    save(dialog)
    verify = dialog.time_limits.fields["deadlines.verify"]
    qtbot.waitUntil(lambda: verify.message_text != "")
    assert verify.message_text == "Between 1 and 365 working days."
    assert dialog.isVisible() and dialog.focusWidget() is dialog.time_limits.limits["verify"]
    limits = dialog.time_limits.limits
    assert (limits["verify"].value(), limits["complete_complaint"].value()) == (0, 20)
    assert dialog.time_limits.days_off.text() == "01-12-2026"
    assert dialog.office_name.text() == "Kecamatan Cibinong Baru"
    assert gui_desk.settings.load().deadlines == DeadlineTable()  # nothing stored
    # Put right, the same dialog saves everything typed.
    type_into_limit(qtbot, dialog, "verify", "4")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save(dialog)
    stored = gui_desk.settings.load()
    assert stored.deadlines == DeadlineTable(verify=4, complete_complaint=20)
    assert stored.extra_days_off == (dt.date(2026, 12, 1),)


def test_a_day_in_both_lists_is_refused_beside_the_working_days(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.time_limits.days_off.setText("01-06-2026")
    dialog.time_limits.working_days.setText("01-06-2026")
    save(dialog)  # from the office tab: the dialog shows the tab with the refused field
    worked = dialog.time_limits.fields["extra_working_days"]
    qtbot.waitUntil(lambda: worked.message_text != "")
    assert "both a day off and a day worked" in worked.message_text
    assert dialog.tabs.currentWidget() is dialog.time_limits
    assert dialog.time_limits.fields["extra_days_off"].message_text == ""


def test_restoring_the_defaults_puts_back_the_regulations_limits(
    qtbot: QtBot, runner: TaskRunner, gui_desk: Desk
) -> None:
    from dataclasses import replace

    gui_desk.settings.save(replace(gui_desk.settings.load(), deadlines=DeadlineTable(verify=9)))
    dialog = SettingsDialog(gui_desk.settings, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.time_limits.limits["verify"].value() == 9
    dialog.time_limits.restore_button.click()
    assert dialog.time_limits.limits["verify"].value() == 3
    assert gui_desk.settings.load().deadlines.verify == 9  # only Save stores it
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save(dialog)
    assert gui_desk.settings.load().deadlines == DeadlineTable()
