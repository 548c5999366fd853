"""The administrator's "Akun baru" dialog, by keyboard: focus on the first field, every field on
the Tab path and on its Alt letter, and a refusal shown whole beside its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.account_values import AccountField
from desktop.services.desk import Desk
from desktop.ui.access.accounts_dialog import NewAccountDialog
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import ADMIN_USERNAME

FIELDS = ["Nama lengkap", "Nama pengguna", "Kata sandi", "Ulangi kata sandi", "Peran"]


@pytest.fixture
def new_account(
    qtbot: QtBot, indonesian: None, gui_desk: Desk, runner: TaskRunner
) -> NewAccountDialog:
    dialog = NewAccountDialog(gui_desk.accounts, runner, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def name_of(dialog: QWidget, widget: QWidget | None) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text().replace("&", "")
    return f"unlabelled {type(widget).__name__}"


def test_focus_starts_on_the_first_field_and_a_space_is_typed_there(
    qtbot: QtBot, new_account: NewAccountDialog, gui_desk: Desk
) -> None:
    assert name_of(new_account, QApplication.focusWidget()) == "Nama lengkap"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert new_account.isVisible()  # nothing submitted
    assert new_account.fields.full_name.text() == " "
    assert [a.username for a in gui_desk.accounts.accounts()] == [ADMIN_USERNAME]


def test_tab_goes_down_every_field_including_the_role_then_to_the_buttons(
    qtbot: QtBot, new_account: NewAccountDialog
) -> None:
    walk = [name_of(new_account, QApplication.focusWidget())]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walk.append(name_of(new_account, QApplication.focusWidget()))
    assert walk[:5] == FIELDS
    assert sorted(walk[5:]) == ["Batal", "Simpan"]


def test_each_labels_alt_letter_reaches_its_own_field(
    qtbot: QtBot, new_account: NewAccountDialog
) -> None:
    labels = {
        label.text(): label.buddy()
        for label in new_account.findChildren(QLabel)
        if label.buddy() is not None and label.isVisible()
    }
    assert sorted(text.replace("&", "") for text in labels) == sorted(FIELDS)
    letters = [text[text.index("&") + 1].lower() for text in labels]
    assert len(set(letters)) == len(letters), labels  # no letter shared by two fields
    for text, buddy in reversed(labels.items()):
        letter = text[text.index("&") + 1].lower()
        qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is buddy, text
    assert not new_account.fields.full_name.text()  # no letter typed on the way


def test_the_password_rules_are_shown_before_anything_is_typed(
    new_account: NewAccountDialog,
) -> None:
    rules = new_account.fields.rules
    assert rules.isVisible()
    assert "10 karakter" in rules.text() and "nama pengguna" in rules.text()


def whole(label: QLabel) -> bool:
    """The label shows all its lines inside its window."""
    inside = QRect(label.mapTo(label.window(), label.rect().topLeft()), label.size())
    return label.height() >= label.heightForWidth(label.width()) and label.window().rect().contains(
        inside
    )


@pytest.mark.parametrize("username", ["Budi Santoso!", ADMIN_USERNAME])
def test_a_refused_user_name_is_shown_whole(
    qtbot: QtBot, new_account: NewAccountDialog, username: str
) -> None:
    fields = new_account.fields
    fields.full_name.setText("Budi Santoso")
    fields.username.setText(username)
    fields.password.setText("Kantor-camat-2026")
    fields.password_again.setText("Kantor-camat-2026")
    qtbot.keyClick(fields.password_again, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    field = fields.fields[AccountField.USERNAME]
    qtbot.waitUntil(lambda: bool(field.message_text), timeout=10_000)
    qtbot.waitUntil(lambda: new_account.buttons.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: whole(field.message))
    assert new_account.isVisible()
    assert QApplication.focusWidget() is fields.username


def test_every_problem_of_the_form_is_shown_at_once(
    qtbot: QtBot, new_account: NewAccountDialog
) -> None:
    fields = new_account.fields
    fields.username.setText("Budi Santoso")
    fields.password.setText("pendek")
    fields.password_again.setText("lain")
    new_account.buttons.button(new_account.buttons.StandardButton.Save).click()
    shown = {field: box.message_text for field, box in fields.fields.items()}
    assert all(shown.values()), shown
    qtbot.waitUntil(lambda: all(whole(box.message) for box in fields.fields.values()))
    assert QApplication.focusWidget() is fields.full_name  # the first field in the form
