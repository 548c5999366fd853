"""The sign-in screen, also shown by the idle lock and when switching user.

Signals:
    submitted(str, str): user name and password to check.
    recoveryRequested(): IT staff want to open the desk with the recovery key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.ui.access.card import centred_card


class LoginPage(QWidget):
    submitted = Signal(str, str)
    recoveryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Sign in to Meja Aduan"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setMaxLength(40)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.recovery_button = QPushButton(self.tr("Open with the &recovery key…"), self)
        self.recovery_button.setFlat(True)
        self.progress = QProgressBar(self)  # a database upgrade's steps, while one runs
        self.progress.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        inner = centred_card(self, 480)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addLayout(form)
        inner.addWidget(self.progress)
        inner.addWidget(self.message)
        inner.addWidget(self.sign_in_button)
        inner.addWidget(self.recovery_button)

        self.sign_in_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.recovery_button.clicked.connect(self.recoveryRequested)
        self.show_welcome()

    def show_welcome(self) -> None:
        self.title.setText(self.tr("Sign in to Meja Aduan"))
        self.explanation.setText(self.tr("Each officer signs in with their own account."))
        self.username.setReadOnly(False)
        self.reset()

    def show_locked(self, username: str, full_name: str) -> None:
        """The idle lock: the person's work stays open behind this screen."""
        self.title.setText(self.tr("Screen locked"))
        self.explanation.setText(
            self.tr(
                "%1's work is kept. Type the password to go on, or sign in as another officer."
            ).replace("%1", full_name)
        )
        self.reset(username)

    def reset(self, username: str = "") -> None:
        self.username.setText(username)
        self.password.clear()
        self.message.clear()
        self.set_busy(False)
        (self.password if username else self.username).setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button, self.recovery_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))
            self.message.setStyleSheet("color: palette(text);")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def show_notice(self, text: str) -> None:
        """A plain line under the fields: what the desk is doing (an update, a restore)."""
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(text)

    def show_progress(self, done: int, total: int) -> None:
        """Steps of a long job before anyone can work; the caller hides the bar when the job
        has ended (the last step may still have work after it)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.show()

    def refuse(self, text: str) -> None:
        """Nothing can be signed in to: say why and offer no fields."""
        self.show_error(text)
        for widget in (self.username, self.password, self.sign_in_button, self.recovery_button):
            widget.setEnabled(False)

    def _submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(username, self.password.text())
