"""A form input with its message line underneath, where validation problems are shown, and a
note line for what the officer should know but that does not stop a save."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

# A red border marks the field; the message under it says what to do. Both go together so the
# problem is clear without relying on colour alone. The rule names the widget itself (an id
# selector), so it does not spill onto the children of a composite field.
_MARKED_NAME = "invalidFieldInput"
_INVALID_STYLE = f"#{_MARKED_NAME} {{ border: 1px solid #c62828; border-radius: 3px; }}"
_UNMARKED_MINIMUM = "unmarkedMinimumHeight"  # a dynamic property: the height before marking


class _WrappingLine(QLabel):
    """A word-wrapped message as tall as all its lines at the width it is given. A form
    layout gives a wrapped label the height of one line when space is short, and the rest of
    the sentence is cut off; a minimum height makes the layout (and the scroll area around a
    long form) make room instead."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Measured with the font, not heightForWidth: a label's heightForWidth never reports
        # less than its minimum height, so a minimum set while the label was still narrow (three
        # lines tall) would stay, leaving blank lines under a short message once it is wide.
        needed = 0
        if self.text():
            frame = self.height() - self.contentsRect().height()
            area = QRect(0, 0, max(self.contentsRect().width(), 1), 0)
            flags = Qt.TextFlag.TextWordWrap
            needed = self.fontMetrics().boundingRect(area, flags, self.text()).height() + frame
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class FieldWithMessage(QWidget):
    """Wraps an input widget and shows a message below it, hidden while there is none; a note
    (not a problem: no red border) shows while there is no message."""

    def __init__(self, input_widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = input_widget
        self.message = _WrappingLine(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        self.note = _WrappingLine(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6d4c00;")  # dark amber: read as "check", not "wrong"
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(input_widget)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.setFocusProxy(input_widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # A composite field (a date with its calendar button) is marked on its text box.
        # A plain container (a check box with its button) gets the message only.
        proxy = self.input.focusProxy()
        marked = proxy if isinstance(proxy, QLineEdit) else self.input
        if type(marked) is not QWidget:
            if text:
                marked.setObjectName(_MARKED_NAME)
            _keep_height(marked, bool(text))
            marked.setStyleSheet(_INVALID_STYLE if text else "")
        self._describe()

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self._describe()

    def _describe(self) -> None:
        problem = "" if self.message.isHidden() else self.message.text()
        note = "" if problem else self.note.text()
        self.note.setVisible(bool(note))
        self.input.setAccessibleDescription(problem or note)

    def clear_message(self) -> None:
        self.show_message("")
        self.show_note("")

    @property
    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    @property
    def note_text(self) -> str:
        return "" if self.note.isHidden() else self.note.text()


def _keep_height(widget: QWidget, marking: bool) -> None:
    """A style sheet's border replaces the native frame and its padding, and a marked line edit
    or combo box would shrink by a few pixels (in a form that is already tight, the fields
    around it jump). The height it had unmarked is kept as its minimum while marked."""
    if marking and widget.property(_UNMARKED_MINIMUM) is None:
        widget.setProperty(_UNMARKED_MINIMUM, widget.minimumHeight())
        widget.setMinimumHeight(max(widget.minimumHeight(), widget.sizeHint().height()))
    elif not marking and widget.property(_UNMARKED_MINIMUM) is not None:
        widget.setMinimumHeight(int(widget.property(_UNMARKED_MINIMUM)))
        widget.setProperty(_UNMARKED_MINIMUM, None)


def add_form_row(form: QFormLayout, label: str, field: FieldWithMessage) -> None:
    """A row whose label's mnemonic (Alt+letter) focuses the field's input. QFormLayout would
    make the wrapper the label's buddy, and a label gives focus only to a buddy that takes it
    itself: the wrapper merely forwards it, so the mnemonic would do nothing."""
    caption = QLabel(label, field.parentWidget())
    caption.setBuddy(focus_taker(field.input))
    form.addRow(caption, field)


def focus_taker(widget: QWidget) -> QWidget:
    """The widget that really takes the focus given to `widget`: the end of its chain of focus
    proxies (a date field's text box, a region picker's first drop-down). A label's buddy must
    be that one: a label gives focus only to a buddy that accepts it itself."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget
