"""A follow-up step's dialog, by keyboard only: its own fields and nothing else, Tab leaving
the text, Save by Alt+S, Ctrl+S or Ctrl+Enter, and typed text never thrown away unasked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.follow_up import EventKind
from desktop.services.desk import Desk
from desktop.services.values import RecordedComplaint
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.event_dialog import EventDialog
from tests.helpers.desks import good_draft

# What an officer sees in each step's dialog, in Tab order (the labels, in Indonesian).
FIELDS = {
    EventKind.VERIFIED: ["Keterangan (boleh kosong)"],
    EventKind.HELD: ["Yang ditanyakan kepada pelapor"],
    EventKind.FORWARDED: ["Instansi"],
    EventKind.ARCHIVED: ["Alasan"],
    EventKind.DISPOSED: ["Unit", "Instruksi"],
    EventKind.CONTACT: ["Cara", "Hasil"],
    EventKind.NOTE: ["Catatan"],
}
INPUTS = (QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit)


@pytest.fixture
def complaint(gui_desk: Desk) -> RecordedComplaint:
    return gui_desk.intake.record(good_draft(gui_desk))


@pytest.fixture
def open_step(
    qtbot: QtBot, indonesian: None, gui_desk: Desk, runner: TaskRunner, complaint: RecordedComplaint
) -> Callable[[EventKind], EventDialog]:
    def show(kind: EventKind) -> EventDialog:
        dialog = EventDialog(
            kind,
            gui_desk.reference.institutions(),
            lambda step: gui_desk.follow_up.add(complaint.id, step),
            runner,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return show


def field_of(widget: QWidget | None) -> QWidget | None:
    """The input a focused widget belongs to (a spin box's inner text box is the spin box)."""
    if widget is not None and isinstance(widget.parentWidget(), QAbstractSpinBox):
        return widget.parentWidget()
    return widget


def name_of(dialog: EventDialog, widget: QWidget | None) -> str:
    """What the officer reads for a focused widget: its label, or the button's text."""
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text().replace("&", "")
    return f"unlabelled {type(widget).__name__}"


def focused() -> QWidget | None:
    return field_of(QApplication.focusWidget())


def tab_walk(qtbot: QtBot, dialog: EventDialog) -> list[str]:
    """Names met pressing Tab from the focused widget until it comes round again."""
    start = focused()
    names = [name_of(dialog, start)]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if focused() is start:
            return names
        names.append(name_of(dialog, focused()))
    return names


@pytest.mark.parametrize("kind", list(FIELDS))
def test_a_step_shows_only_its_own_fields_and_tab_visits_them_in_order(
    qtbot: QtBot, open_step: Callable[[EventKind], EventDialog], kind: EventKind
) -> None:
    dialog = open_step(kind)
    shown = [
        name_of(dialog, widget)
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and widget.isVisible()
        and field_of(widget) is widget  # the spin box, not its inner text box
    ]
    assert sorted(shown) == sorted(FIELDS[kind])  # no stray "Telepon" box in a corner
    walk = tab_walk(qtbot, dialog)
    assert walk[: len(FIELDS[kind])] == FIELDS[kind]  # the first field has focus at first
    assert sorted(walk[len(FIELDS[kind]) :]) == ["Batal", "Simpan"]


def test_tab_in_the_remark_moves_on_instead_of_typing_a_tab(
    qtbot: QtBot, open_step: Callable[[EventKind], EventDialog]
) -> None:
    dialog = open_step(EventKind.VERIFIED)
    assert isinstance(dialog.text, QPlainTextEdit)
    qtbot.keyClicks(dialog.text, "Berkas lengkap")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "Berkas lengkap"
    assert not dialog.text.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.text.hasFocus()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        (
            Qt.Key.Key_Enter,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
        ),
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier),  # "&Simpan"
    ],
    ids=["ctrl+enter", "ctrl+keypad-enter", "ctrl+s", "alt+s"],
)
def test_the_step_is_saved_from_the_remark_by_keyboard(
    qtbot: QtBot,
    open_step: Callable[[EventKind], EventDialog],
    gui_desk: Desk,
    complaint: RecordedComplaint,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    dialog = open_step(EventKind.VERIFIED)
    assert isinstance(dialog.text, QPlainTextEdit)
    qtbot.keyClicks(dialog.text, "Berkas lengkap")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.text, key, modifier)
    [saved] = gui_desk.follow_up.timeline(complaint.id)
    assert (saved.event.kind, saved.event.text) == (EventKind.VERIFIED, "Berkas lengkap")


@pytest.mark.parametrize("kind", [EventKind.DISPOSED, EventKind.CONTACT, EventKind.ARCHIVED])
def test_each_labels_alt_letter_reaches_its_field(
    qtbot: QtBot, open_step: Callable[[EventKind], EventDialog], kind: EventKind
) -> None:
    dialog = open_step(kind)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert sorted(name_of(dialog, label.buddy()) for label in labels) == sorted(FIELDS[kind])
    for label in reversed(labels):  # from the last field, so focus has to move each time
        letter = label.text()[label.text().index("&") + 1]
        qtbot.keyClick(QApplication.focusWidget(), letter.lower(), Qt.KeyboardModifier.AltModifier)
        assert focused() is label.buddy(), label.text()
    typed = [w.text() for w in dialog.findChildren(QLineEdit) if w.isVisible()]
    typed += [w.toPlainText() for w in dialog.findChildren(QPlainTextEdit)]
    assert not any(typed)  # no letter typed into a field on the way


def answer(box: QMessageBox | None, role: QMessageBox.ButtonRole) -> None:
    assert box is not None and box.isVisible()
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def test_cancelling_with_a_typed_remark_asks_before_throwing_it_away(
    qtbot: QtBot,
    open_step: Callable[[EventKind], EventDialog],
    gui_desk: Desk,
    complaint: RecordedComplaint,
) -> None:
    dialog = open_step(EventKind.HELD)
    assert isinstance(dialog.text, QPlainTextEdit)
    qtbot.keyClicks(dialog.text, "Mohon kirim foto lokasi")
    for _ in range(3):  # Shift+Tab from the remark: the buttons, Batal among them
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier
        )
        if name_of(dialog, QApplication.focusWidget()) == "Batal":
            break
    assert name_of(dialog, QApplication.focusWidget()) == "Batal"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible())
    assert dialog.isVisible()  # nothing thrown away yet
    box = dialog.discard_box
    assert box is not None and box.defaultButton() is box.escapeButton()  # Enter keeps it
    answer(box, QMessageBox.ButtonRole.RejectRole)  # "Lanjutkan mengisi"
    assert dialog.isVisible() and dialog.text.toPlainText() == "Mohon kirim foto lokasi"

    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible())
    with qtbot.waitSignal(dialog.rejected):
        answer(dialog.discard_box, QMessageBox.ButtonRole.DestructiveRole)  # "Buang"
    assert gui_desk.follow_up.timeline(complaint.id) == []


def test_cancelling_an_untouched_step_closes_at_once(
    qtbot: QtBot, open_step: Callable[[EventKind], EventDialog]
) -> None:
    dialog = open_step(EventKind.DISPOSED)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.discard_box is None
