"""The recovery key: shown once at set-up, typed back when the desk cannot be opened otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyShownDialog(QDialog):
    """Shows the new recovery key; it closes only once the reader confirms they kept it."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "Write this recovery key down or print it, and keep it locked away (IT staff). "
                "It is shown only this once. Without it, the data cannot be opened if every "
                "password is forgotten or this computer's key store is lost."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.kept.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.accepted.connect(self.accept)

    def reject(self) -> None:  # Escape must not skip the confirmation
        if self.kept.isChecked():
            super().reject()


class RecoveryKeyEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open with the recovery key"))
        intro = QLabel(
            self.tr(
                "For IT staff: type the recovery key given when this desk was set up. "
                "Officers then sign in as usual."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)

    def _accept_if_typed(self) -> None:
        if sum(ch.isalnum() for ch in self.key.text()) < 20:
            self.message.setText(self.tr("Type the whole recovery key."))
            return
        self.accept()
