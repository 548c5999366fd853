"""Alt+letter on a form: its own labels and buttons first, the menu bar's titles after.

Why the form wins, rather than menu titles chosen to avoid the form's letters: the intake form
has some fifteen labelled fields, and the menu bar (Meja, Pengaturan, Sinkronisasi, Cadangan,
Bantuan, in two languages, with more menus to come) would have to stay clear of all their
letters; and at the counter the officer reaches for the form's letters far more often than
for a menu. This holds only while the focus is in the form: from the tab bar or the worklist,
Alt+S opens its menu as before, and from the form the menus keep their Ctrl shortcuts.

Qt itself finds the same Alt+S in a label and in the menu bar ambiguous, and hands it to one,
then the other. Here the form answers the ShortcutOverride (Qt's question "is this key yours
before it is anyone's shortcut?") for its own letters and acts on the key press that follows.
An Alt+letter that nothing on the form or the menu bar owns is swallowed, not typed: a line
edit would otherwise insert the bare letter.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget


def _alt_letter(event: QEvent) -> QKeySequence | None:
    """The key sequence of an Alt+letter (or digit) key event; None for any other event."""
    if not isinstance(event, QKeyEvent):
        return None
    if event.modifiers() != Qt.KeyboardModifier.AltModifier:
        return None  # AltGr is Ctrl+Alt on Windows: it types characters, leave it alone
    key = event.key()
    if not (Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9):
        return None
    return QKeySequence(event.keyCombination())


def _takes_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


class FormMnemonics(QObject):
    """Gives `form`'s mnemonics precedence over the window's while the focus is in `form`.

    `typing_widgets` are the form's text inputs, which would otherwise eat the key press (the
    form sees key presses only when its children leave them)."""

    def __init__(self, form: QWidget, typing_widgets: Iterable[QWidget]) -> None:
        super().__init__(form)
        self._form = form
        form.installEventFilter(self)
        for widget in typing_widgets:
            widget.installEventFilter(self)

    def watch(self, widget: QWidget) -> None:
        """Also catch Alt+letters typed into `widget` (a text input added later)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        sequence = _alt_letter(event)
        if sequence is None:
            return False
        owner = self._owner(sequence)
        if kind == QEvent.Type.ShortcutOverride:
            if owner is None:
                return False  # not the form's: the menu bar (or nobody) may have it
            event.accept()  # the key comes to the form as a key press, not as a shortcut
            return True
        if owner is not None:
            _activate(owner)
        return True  # an unclaimed Alt+letter is not text

    def _owner(self, sequence: QKeySequence) -> QWidget | None:
        """The visible label, button or group box of the form whose mnemonic `sequence` is."""
        for label in self._form.findChildren(QLabel):
            buddy = label.buddy()
            if (
                buddy is not None
                and _takes_focus(buddy)
                and label.isVisible()
                and QKeySequence.mnemonic(label.text()) == sequence
            ):
                return label
        for button in self._form.findChildren(QAbstractButton):
            # A button given another shortcut (Ctrl+S) has lost its mnemonic.
            mnemonic = QKeySequence.mnemonic(button.text())
            if _takes_focus(button) and button.shortcut() == mnemonic == sequence:
                return button
        for box in self._form.findChildren(QGroupBox):
            shown = box.isVisible() and box.isEnabled()
            if shown and QKeySequence.mnemonic(box.title()) == sequence:
                return box
        return None


def _activate(owner: QWidget) -> None:
    """What Qt does for the mnemonic: a label focuses its buddy, a button is pressed, a group
    box focuses its first control."""
    reason = Qt.FocusReason.ShortcutFocusReason
    if isinstance(owner, QLabel):
        buddy = owner.buddy()
        if buddy is not None:
            buddy.setFocus(reason)
    elif isinstance(owner, QAbstractButton):
        owner.setFocus(reason)
        owner.animateClick()
    else:
        # Round the focus chain once: the box's controls need not follow it directly.
        widget = owner.nextInFocusChain()
        while widget is not None and widget is not owner:
            if owner.isAncestorOf(widget) and _takes_focus(widget):
                widget.setFocus(reason)
                return
            widget = widget.nextInFocusChain()
