"""The set-up page's office server step: a join code, optional, pasted by whoever sets the desk
up. The desk joins with it once it exists (after IT staff's configuration file, if any), in
the background. A configuration file that carries a join code fills the field: one code, one
join.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.office.texts import join_refusal_message
from desktop.ui.widgets.field import FieldWithMessage


class JoinCodeField(QWidget):
    """`code()` is the code to join with here ("" for none, or when the file carries it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<b>Office server</b> (optional)"), self)
        explanation = QLabel(
            self.tr(
                "In an office with several desks, paste the join code the office server's "
                "administrator made for this desk: it then shares one register with the other "
                "desks. Without one, this desk works on its own (join later in Settings)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText("MA1-…")
        self.field = FieldWithMessage(self.input, self)
        label = QLabel(self.tr("&Join code"), self)
        label.setBuddy(self.input)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label, self.field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        self.setFocusProxy(self.input)
        self._from_file = False

    def take_from_file(self, code: str | None) -> None:
        """The chosen configuration file's join code (None: it has none, or no file)."""
        if code:
            self._from_file = True
            self.input.setText(code)
            self.input.setEnabled(False)
            self.field.clear_message()
            self.field.show_note(self.tr("From the configuration file."))
        elif self._from_file:
            self._from_file = False
            self.input.clear()
            self.input.setEnabled(True)
            self.field.show_note("")

    def code(self) -> str:
        return "" if self._from_file else self.input.text().strip()

    def check(self) -> bool:
        """Whether the typed code has a join code's shape (or there is none); says why not."""
        from desktop.domain.office import JoinCodeError, decode_join_code

        text = self.code()
        if not text:
            self.field.clear_message()
            return True
        try:
            decode_join_code(text)
        except JoinCodeError as error:
            self.field.show_message(join_refusal_message("code", "", str(error)))
            self.input.setFocus()
            return False
        self.field.clear_message()
        return True
