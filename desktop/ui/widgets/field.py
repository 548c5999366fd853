"""A form input with its message line underneath, where validation problems are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

# A red border marks the field; the message under it says what to do. Both go together so the
# problem is clear without relying on colour alone. The rule names the widget itself (an id
# selector), so it does not spill onto the children of a composite field.
_MARKED_NAME = "invalidFieldInput"
_INVALID_STYLE = f"#{_MARKED_NAME} {{ border: 1px solid #c62828; border-radius: 3px; }}"


class FieldWithMessage(QWidget):
    """Wraps an input widget and shows a message below it, hidden while there is none."""

    def __init__(self, input_widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = input_widget
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(input_widget)
        layout.addWidget(self.message)
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
            marked.setStyleSheet(_INVALID_STYLE if text else "")
        self.input.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.show_message("")

    @property
    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()


def add_form_row(form: QFormLayout, label: str, field: FieldWithMessage) -> None:
    """A row whose label's mnemonic (Alt+letter) focuses the field's input. QFormLayout would
    make the wrapper the label's buddy, and a label gives focus only to a buddy that takes it
    itself: the wrapper merely forwards it, so the mnemonic would do nothing."""
    caption = QLabel(label, field.parentWidget())
    caption.setBuddy(field.input)
    form.addRow(caption, field)
