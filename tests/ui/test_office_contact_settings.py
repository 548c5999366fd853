"""The office's contact for receipts in the settings dialog: reached by its mnemonic, refused
beside the field when it is not a number, stored when it is (issue 15, receipt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def dialog(qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk) -> SettingsDialog:
    settings_dialog = SettingsDialog(gui_desk.settings, runner)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    settings_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings_dialog)
    return settings_dialog


def save(dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_wrong_phone_is_refused_beside_it_and_a_right_one_stored(
    qtbot: QtBot, dialog: SettingsDialog, gui_desk: Desk
) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Telepon kantor"
    assert dialog.focusWidget() is dialog.office_phone
    qtbot.keyClicks(dialog.office_phone, "12")
    dialog.office_email.setText("pengaduan@bogorkab.go.id")
    save(dialog)
    phone_field = dialog._fields["office_phone"]
    qtbot.waitUntil(lambda: phone_field.message_text != "")
    assert phone_field.message_text == "Bukan nomor telepon. Contoh: (0251) 8765432."
    assert dialog.isVisible() and dialog.focusWidget() is dialog.office_phone
    assert dialog.office_phone.text() == "12"  # nothing typed is lost

    dialog.office_phone.setText("(0251) 8765432")
    dialog.office_whatsapp.setText("0812 3456 7890")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save(dialog)
    stored = gui_desk.settings.load()
    assert (stored.office_phone, stored.office_whatsapp, stored.office_email) == (
        "(0251) 8765432",
        "0812 3456 7890",
        "pengaduan@bogorkab.go.id",
    )
