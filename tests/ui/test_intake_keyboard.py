"""The intake form from the keyboard only: focus chain, Alt letters, Ctrl+N, and what the
officer sees on a 1366x768 screen."""

from __future__ import annotations

import datetime as dt
import string
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.problems import Field
from desktop.services.desk import Desk
from desktop.ui.intake.form import IntakeForm
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import good_draft

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
# The keys that move the focus or pick from a list, which the walk-in intake must keep few.
NAVIGATION = {Key.Key_Tab, Key.Key_Backtab, Key.Key_Up, Key.Key_Down, Key.Key_Left, Key.Key_Right}
NAVIGATION |= {Key.Key_Return, Key.Key_Enter}


def focused() -> QWidget | None:
    return QApplication.focusWidget()


class Keyboard:
    """Keys as the keyboard delivers them: to the open pop-up (a completer's list, a menu)
    when there is one, otherwise to the focused widget. Counts the navigation keys."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.navigation = 0

    def _target(self) -> QWidget:
        target = QApplication.activePopupWidget() or focused()
        assert target is not None, "nothing has the keyboard focus"
        return target

    def press(self, key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        if key in NAVIGATION or modifier == ALT:
            self.navigation += 1
        self._qtbot.keyClick(self._target(), key, modifier)

    def alt(self, letter: str) -> None:
        self.press(getattr(Key, f"Key_{letter.upper()}"), ALT)

    def type(self, text: str) -> None:
        for char in text:
            self._qtbot.keyClicks(self._target(), char)


@pytest.fixture
def keys(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


def fields_in_tab_order(form: IntakeForm) -> list[QWidget]:
    """Every control of the form, in the order the form's own layout shows them."""
    return [
        form.channel, form.type, form.supervisory, form.category, form.institution,
        form.title, form.description, form.incident_date.line, *form.region.levels,
        form.incident_address, form.anonymous, form.secret, form.reporter_name,
        form.reporter_nik, form.reporter_phone, form.reporter_email, form.reporter_address,
        form.privacy, form.privacy_button, form.attachments.list, form.attachments.add_button,
        form.new_button, form.save_button,
    ]  # fmt: skip


def labelled_inputs(form: IntakeForm) -> list[QWidget]:
    """The inputs that have a label beside them (the check boxes carry their own text)."""
    return [
        form.channel, form.type, form.category, form.institution, form.title, form.description,
        form.incident_date.line, form.region.levels[0], form.incident_address,
        form.reporter_name, form.reporter_nik, form.reporter_phone, form.reporter_email,
        form.reporter_address,
    ]  # fmt: skip


def mnemonic_owners(form: QWidget) -> dict[QWidget, str]:
    """Each visible label, button and group box of the form with an Alt letter, and its letter."""
    owners: dict[QWidget, str] = {}
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        mnemonic = QKeySequence.mnemonic(text)
        if not mnemonic.isEmpty():
            owners[widget] = mnemonic.toString().removeprefix("Alt+").upper()
    return owners


def label_of(form: IntakeForm, widget: QWidget) -> QLabel:
    labels = [label for label in form.findChildren(QLabel) if label.buddy() is widget]
    assert len(labels) == 1, f"{widget} has {len(labels)} labels for its Alt letter"
    return labels[0]


def reads_before(first: QWidget, second: QWidget, window: MainWindow) -> bool:
    """Whether `first` comes before `second` in reading order: the report column, then the
    complainant column, then the buttons under both; in a column top to bottom, and left to
    right on one line (centres less than 6 px apart)."""
    form = window.intake
    right_column = form.reporter_name.parentWidget()
    while not isinstance(right_column, QGroupBox):
        right_column = right_column.parentWidget()
    column_x = right_column.mapTo(form, QPoint(0, 0)).x()
    buttons_y = form.save_button.mapTo(form, QPoint(0, 0)).y()

    def place(widget: QWidget) -> tuple[int, int, int]:
        corner = widget.mapTo(form, QPoint(0, 0))
        column = 2 if corner.y() >= buttons_y else int(corner.x() >= column_x)
        return column, corner.y() + widget.height() // 2, corner.x()

    (column_a, middle_a, x_a), (column_b, middle_b, x_b) = place(first), place(second)
    if column_a != column_b:
        return column_a < column_b
    if abs(middle_a - middle_b) > 6:
        return middle_a < middle_b
    return x_a < x_b


def inside_viewport(window: MainWindow, widget: QWidget) -> bool:
    viewport = widget.parentWidget()
    while viewport is not None and viewport.objectName() != "qt_scrollarea_viewport":
        viewport = viewport.parentWidget()
    assert viewport is not None, "the form's fields are in a scroll area"
    shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(shown)


# ------------------------------------------------------------------- the deliverable


def test_a_walk_in_complaint_recorded_from_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, keys: Keyboard
) -> None:
    form = window.intake
    keys.press(Key.Key_3, CTRL)  # the officer was looking at today's list
    keys.press(Key.Key_N, CTRL)
    assert focused() is form.channel  # Tatap muka: the channel of a walk-in is chosen already

    keys.alt("g")  # Kategori
    assert focused() is form.category
    keys.type("Jalan dan Jemb")
    keys.press(Key.Key_Tab)
    assert focused() is form.institution
    keys.press(Key.Key_Tab)
    keys.type("Jalan berlubang di depan SDN 2")
    keys.press(Key.Key_Tab)
    keys.type("Sejak bulan lalu jalan di depan SDN 2 berlubang besar; dua pengendara jatuh.")
    keys.press(Key.Key_Tab)
    assert focused() is form.incident_date.line
    keys.type((dt.date.today() - dt.timedelta(days=3)).strftime("%d-%m-%Y"))
    for _ in range(3):  # past the office's province and regency, chosen already
        keys.press(Key.Key_Tab)
    assert focused() is form.region.levels[2]
    keys.type("Cibinong")
    keys.press(Key.Key_Tab)
    assert focused() is form.region.levels[3], "Tab from Kecamatan goes to Desa/Kelurahan"
    keys.type("Pondok Rajeg")
    keys.press(Key.Key_Tab)
    assert focused() is form.incident_address
    keys.type("Jl. Mayor Oking No. 5")

    keys.alt("n")  # Nama, not the Bantuan menu
    assert focused() is form.reporter_name
    keys.type("Siti Rahmawati")
    keys.press(Key.Key_Tab)
    keys.type("3201 0145 0890 0002")
    keys.press(Key.Key_Tab)
    keys.type("0812-3456-7890")
    for _ in range(3):
        keys.press(Key.Key_Tab)
    assert focused() is form.privacy
    keys.press(Key.Key_Space)  # the privacy notice was read out

    assert all(not form.message_for(field) for field in Field)
    with qtbot.waitSignal(form.recorded, timeout=10_000) as saved:
        keys.press(Key.Key_S, CTRL)
    record = gui_desk.worklist.record(saved.args[0].id)
    assert record is not None
    assert record.region_code == "32.01.01.1001"
    assert record.reporter.name == "Siti Rahmawati"
    assert keys.navigation <= 24, f"{keys.navigation} navigation keys for one walk-in"


def test_tab_order_is_the_visual_order_and_reaches_every_field(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.region.set_code("32.01.01")  # a kecamatan chosen: its desa list is open
    form.channel.setFocus()
    visited = [focused()]
    while focused() is not form.save_button and len(visited) < 60:
        keys.press(Key.Key_Tab)
        visited.append(focused())
    assert visited == fields_in_tab_order(form)
    for first, second in zip(visited, visited[1:], strict=False):
        assert first is not None and second is not None
        assert reads_before(first, second, window), f"Tab goes back from {first} to {second}"


# ------------------------------------------------------------------- item 4


def test_tab_from_a_chosen_kecamatan_goes_to_its_desa(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    kecamatan, desa = window.intake.region.levels[2:]
    kecamatan.setFocus()
    keys.type("Cibinong")
    keys.press(Key.Key_Tab)
    assert focused() is desa
    assert desa.count() > 0
    keys.press(Key.Key_Backtab)
    assert focused() is kecamatan


# ------------------------------------------------------------------- item 5


def test_every_label_letter_focuses_its_field_before_any_menu(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    letters = Counter(mnemonic_owners(form).values())
    assert [letter for letter, count in letters.items() if count > 1] == []
    form.title.setText("Jalan berlubang")
    for widget in labelled_inputs(form):
        letter = mnemonic_owners(form).get(label_of(form, widget))
        assert letter, f"the label of {widget} has no Alt letter"
        form.title.setFocus()
        keys.alt(letter)
        assert QApplication.activePopupWidget() is None, f"Alt+{letter} opened a menu"
        assert focused() is widget, f"Alt+{letter} went to {focused()}"
        assert form.title.text() == "Jalan berlubang", f"Alt+{letter} typed a letter"


def menu_letters(window: MainWindow) -> set[str]:
    return {
        QKeySequence.mnemonic(action.text()).toString().removeprefix("Alt+").upper()
        for action in window.menuBar().actions()
    } - {""}


def test_menu_letters_the_form_does_not_use_still_open_their_menu(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    free = sorted(menu_letters(window) - set(mnemonic_owners(form).values()))
    assert free, "the form leaves the officer at least one menu to open with Alt"
    form.title.setFocus()
    keys.alt(free[0])
    menu = QApplication.activePopupWidget()
    assert menu is not None, f"Alt+{free[0]} should still open its menu"
    menu.close()


def test_an_alt_letter_nothing_uses_types_nothing(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    used = set(mnemonic_owners(form).values()) | menu_letters(window)
    unbound = next(c for c in string.ascii_uppercase if c not in used)
    for field in (form.title, form.description, form.category):
        field.setFocus()
        keys.alt(unbound)
        assert focused() is field
    assert form.title.text() == "" and form.description.toPlainText() == ""
    assert form.category.currentText() == ""


def test_no_two_labels_share_a_letter_in_english_either(qtbot: QtBot, runner: TaskRunner) -> None:
    form = IntakeForm(runner)
    qtbot.addWidget(form)
    form.show()
    letters = Counter(mnemonic_owners(form).values())
    assert [letter for letter, count in letters.items() if count > 1] == []
    for widget in labelled_inputs(form):
        assert label_of(form, widget).buddy() is widget


# ------------------------------------------------------------------- item 11


def test_ctrl_n_from_another_tab_opens_the_form_at_its_first_field(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    keys.press(Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is not form
    keys.press(Key.Key_N, CTRL)
    assert window.tabs.currentWidget() is form
    assert focused() is form.channel

    keys.press(Key.Key_3, CTRL)
    keys.press(Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is form
    assert focused() is form.channel


def test_ctrl_n_elsewhere_keeps_a_half_typed_complaint_and_says_so(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.title.setFocus()
    keys.type("Lampu jalan padam")
    keys.press(Key.Key_2, CTRL)
    keys.press(Key.Key_N, CTRL)
    assert window.tabs.currentWidget() is form
    assert form.title.text() == "Lampu jalan padam"
    assert "Ctrl+N" in window.statusBar().currentMessage()
    assert focused() is form.channel


def test_after_a_save_the_next_complaint_starts_at_the_first_field(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, keys: Keyboard
) -> None:
    form = window.intake
    draft = good_draft(gui_desk)
    form.category.set_current_key(draft.category_id)
    form.title.setText(draft.title)
    form.description.setPlainText(draft.description)
    form.incident_date.set_date(draft.incident_date)
    form.region.set_code(draft.region_code)
    form.reporter_name.setText(draft.reporter.name)
    form.reporter_phone.setText(draft.reporter.phone)
    form.privacy.setChecked(True)
    form.title.setFocus()
    with qtbot.waitSignal(form.recorded, timeout=10_000):
        keys.press(Key.Key_S, CTRL)
    dialog = window.saved_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Where the focus goes when the window is active again (a window manager activates it;
    # the offscreen platform leaves no window active).
    qtbot.waitUntil(lambda: window.focusWidget() is form.channel)
    assert all(not form.message_for(field) for field in Field)


def test_tabbing_past_an_empty_field_does_not_mark_it(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.channel.setFocus()
    for _ in fields_in_tab_order(form):  # once round the form, touching nothing
        keys.press(Key.Key_Tab)
    assert [field for field in Field if form.message_for(field)] == []

    # Once edited, a field says what is wrong when left, even if it is empty again.
    form.title.setFocus()
    keys.type("J")
    keys.press(Key.Key_Backspace)
    keys.press(Key.Key_Tab)
    assert form.message_for(Field.TITLE) == "Isian ini wajib diisi."


def test_a_new_form_after_a_failed_save_shows_no_error(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    keys.press(Key.Key_S, CTRL)  # Save is pressed a moment later, as it shows being pressed
    qtbot.waitUntil(lambda: bool(form.message_for(Field.CATEGORY)))
    assert focused() is form.category  # the first field to correct
    keys.press(Key.Key_N, CTRL)  # nothing typed: no question, a blank form at once
    assert [field for field in Field if form.message_for(field)] == []
    assert focused() is form.channel


def test_the_new_form_button_clears_errors_too(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.title.setFocus()
    keys.press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(form.message_for(Field.TITLE)))
    form.title.setFocus()
    keys.alt(mnemonic_owners(form)[form.new_button])
    qtbot.waitUntil(lambda: focused() is form.channel)
    assert [field for field in Field if form.message_for(field)] == []


# ------------------------------------------------------------------- item 7


@pytest.mark.parametrize("height", [768, 600], ids=["1366x768", "with task bar and title"])
def test_messages_do_not_squash_fields_on_a_small_screen(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, keys: Keyboard, height: int
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    window.resize(1366, height)
    qtbot.waitUntil(lambda: window.height() == height)
    form = window.intake
    form.region.set_code("32.01.01")  # a kecamatan: Desa/Kelurahan is open to choose
    # The description and the attachment list share the spare height; every other control
    # has the one height it needs.
    stretching = (form.description, form.attachments.list)
    inputs = [w for w in fields_in_tab_order(form) if w.isVisible() and w not in stretching]
    heights = {w: w.height() for w in inputs}

    keys.press(Key.Key_S, CTRL)  # an empty form: a message under almost every field
    qtbot.waitUntil(lambda: bool(form.message_for(Field.TITLE)))
    form.reporter_nik.setFocus()
    keys.type("3201014508900002")  # the complaint recorded above: a possible duplicate
    qtbot.waitUntil(form.duplicate_hints.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: inside_viewport(window, form.reporter_nik))

    assert {w: w.height() for w in inputs} == heights
    assert all(w.height() >= w.minimumSizeHint().height() for w in stretching)
    messages = [
        label
        for label in form.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
    ]
    assert len(messages) >= 5
    for label in messages:
        assert label.height() >= label.heightForWidth(label.width()), f"cut: {label.text()}"
    for widget in (form.region.levels[3], form.incident_address, form.reporter_address):
        widget.setFocus()
        keys.press(Key.Key_Tab)
        keys.press(Key.Key_Backtab)
        assert focused() is widget
        qtbot.waitUntil(lambda w=widget: inside_viewport(window, w))
    keys.alt(mnemonic_owners(form)[label_of(form, form.incident_address)])
    assert focused() is form.incident_address
    qtbot.waitUntil(lambda: inside_viewport(window, form.incident_address))


# ------------------------------------------------------------------- item 16


def test_a_nik_naming_no_region_gets_a_note_and_still_saves(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.reporter_nik.setFocus()
    keys.type("3201994508900002")
    keys.press(Key.Key_Tab)
    assert form.message_for(Field.REPORTER_NIK) == ""
    assert "32.01.99" in form.note_for(Field.REPORTER_NIK)
    assert "KTP" in form.note_for(Field.REPORTER_NIK)
    assert Field.REPORTER_NIK not in {p.field for p in form.problems()}

    form.reporter_nik.setFocus()
    form.reporter_nik.selectAll()
    keys.type("3201014508900002")
    keys.press(Key.Key_Tab)
    assert form.note_for(Field.REPORTER_NIK) == ""


def test_a_number_in_the_name_box_is_refused(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.reporter_name.setFocus()
    keys.type("3201014508900002")
    keys.press(Key.Key_Tab)
    assert form.message_for(Field.REPORTER_NAME).startswith("Ini tampak seperti nomor")


def test_an_anonymous_report_whose_description_holds_a_nik_gets_a_note_beside_it(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.description.setFocus()
    keys.type("Petugas minta uang. Hubungi saya di 0812 3456 7890, NIK 3201014508900002.")
    assert form.note_for(Field.DESCRIPTION) == ""  # not anonymous: the complainant is known

    form.anonymous.setFocus()
    keys.press(Key.Key_Space)  # the officer ticks "Anonim"
    note = form.note_for(Field.DESCRIPTION)
    assert "NIK, nomor telepon" in note and "anonim" in note
    assert form.message_for(Field.DESCRIPTION) == ""  # a note, not a problem
    assert form.note_for(Field.TITLE) == ""
    assert Field.DESCRIPTION not in {p.field for p in form.problems()}

    form.title.setFocus()
    keys.type("Tulis ke siti@contoh.id")
    qtbot.waitUntil(lambda: "alamat e-mail" in form.note_for(Field.TITLE))


def test_the_personal_data_note_waits_until_typing_pauses(
    qtbot: QtBot, window: MainWindow, keys: Keyboard
) -> None:
    form = window.intake
    form.anonymous.setFocus()
    keys.press(Key.Key_Space)  # an anonymous report
    form.description.setFocus()
    # Typed quickly (no pause of 300 ms between keys): looked at once typing pauses, not at
    # every keystroke on the GUI thread.
    keys.type("Hubungi saya di 0812 3456 7890 kapan saja.")
    assert form.note_for(Field.DESCRIPTION) == ""
    qtbot.waitUntil(lambda: "nomor telepon" in form.note_for(Field.DESCRIPTION), timeout=2000)

    form.description.selectAll()
    keys.type("Jalan rusak di depan pasar.")
    assert "nomor telepon" in form.note_for(Field.DESCRIPTION)  # until typing pauses again
    qtbot.waitUntil(lambda: form.note_for(Field.DESCRIPTION) == "", timeout=2000)
