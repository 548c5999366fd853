"""The set-up page's administrator form: the password rules said before typing, and every
problem shown at once beside its field, in the form's order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.account_values import AccountField
from desktop.services.desk_finder import DeskState, find_desk
from desktop.ui.main_window import MainWindow
from tests.helpers.ui import GatedStart


@pytest.fixture
def setup_window(qtbot: QtBot, gate_on: GatedStart, tmp_path: Path) -> MainWindow:
    window, gate = gate_on(tmp_path / "desk")
    gate.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    window.activateWindow()
    return window


def test_the_password_rules_are_shown_before_a_password_is_typed(
    setup_window: MainWindow,
) -> None:
    rules = setup_window.setup_page.account.rules
    assert rules.isVisible()
    assert rules.text() == (
        "Kata sandi paling sedikit 10 karakter, paling sedikit 5 di antaranya berbeda, dan "
        "tidak boleh memuat nama pengguna."
    )


def test_every_problem_is_shown_at_once_beside_its_field_in_the_forms_order(
    qtbot: QtBot, setup_window: MainWindow, tmp_path: Path
) -> None:
    page = setup_window.setup_page
    fields = page.account
    fields.username.setText("Sri Wahyuni")  # a space: not a user name
    fields.password.setText("sri")
    fields.password_again.setText("sri-2026")
    qtbot.keyClick(fields.password_again, Qt.Key.Key_Return)

    shown = {field: box.message_text for field, box in fields.fields.items()}
    assert shown == {
        AccountField.FULL_NAME: "Isi nama lengkap orang tersebut.",
        AccountField.USERNAME: (
            "Gunakan 3 sampai 40 huruf kecil, angka, titik atau tanda hubung, diawali huruf."
        ),
        AccountField.PASSWORD: "Gunakan paling sedikit 10 karakter.",
        AccountField.PASSWORD_AGAIN: "Kedua kata sandi tidak sama.",
    }
    boxes = fields.fields.values()
    # Each whole: as tall as its wrapped lines need.
    qtbot.waitUntil(
        lambda: all(
            b.message.height() >= b.message.heightForWidth(b.message.width()) for b in boxes
        )
    )
    tops = [box.message.mapTo(page, box.message.rect().topLeft()).y() for box in boxes]
    assert tops == sorted(tops)  # each beside its own field, top to bottom
    assert QApplication.focusWidget() is fields.full_name  # the first to put right
    assert page.create_button.isEnabled()
    assert find_desk(tmp_path / "desk").state is DeskState.NEW  # nothing was made


def test_a_password_containing_the_user_name_is_refused_beside_the_password(
    qtbot: QtBot, setup_window: MainWindow
) -> None:
    fields = setup_window.setup_page.account
    fields.full_name.setText("Sri Wahyuni")
    fields.username.setText("sri.w")
    fields.password.setText("Sri.W-kantor-2026")
    fields.password_again.setText("Sri.W-kantor-2026")
    qtbot.mouseClick(setup_window.setup_page.create_button, Qt.MouseButton.LeftButton)
    shown = {field: box.message_text for field, box in fields.fields.items() if box.message_text}
    assert shown == {AccountField.PASSWORD: "Kata sandi tidak boleh memuat nama pengguna."}
    assert QApplication.focusWidget() is fields.password


def test_fixing_the_form_takes_the_old_messages_away(
    qtbot: QtBot, setup_window: MainWindow
) -> None:
    fields = setup_window.setup_page.account
    qtbot.mouseClick(setup_window.setup_page.create_button, Qt.MouseButton.LeftButton)
    assert fields.fields[AccountField.FULL_NAME].message_text
    fields.full_name.setText("Sri Wahyuni")
    qtbot.mouseClick(setup_window.setup_page.create_button, Qt.MouseButton.LeftButton)
    assert not fields.fields[AccountField.FULL_NAME].message_text
    assert fields.fields[AccountField.USERNAME].message_text
