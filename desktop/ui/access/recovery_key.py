"""The recovery key: shown once at set-up, typed back when the desk cannot be opened otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.access.recovery_sheet import new_printer, print_recovery_key


class RecoveryKeyShownDialog(QDialog):
    """Shows the new recovery key; it closes only once the reader confirms they kept it.

    The key can be printed. A copied key does not stay on the clipboard of a shared PC: it is
    taken off after `clipboard_ms`, and when the dialog closes, unless something else has been
    copied since."""

    clipboard_ms = 60_000

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recovery_key = recovery_key
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "Write this recovery key down or print it, and keep it locked away (IT staff). "
                "It is shown only this once. Without it, the data cannot be opened if every "
                "password is forgotten, or if the key this PC's system keeps for it (on Windows: "
                "Credential Manager) is lost, for example when the system is reinstalled."
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
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._take_key_off_the_clipboard)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.print_button.clicked.connect(self._ask_for_a_printer)
        self.copy_button.clicked.connect(self._copy)
        self.kept.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.accepted.connect(self.accept)

    def _ask_for_a_printer(self) -> None:
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        self.print_dialog = dialog

        def chosen(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                print_recovery_key(self._recovery_key, printer)
                self.note.setText(self.tr("Sent to the printer."))

        dialog.finished.connect(chosen)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as open() does
        dialog.show()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._recovery_key)
        self._clipboard_timer.start(self.clipboard_ms)
        self.note.setText(
            self.tr(
                "Copied. The clipboard is emptied in %n second(s), or when this window closes.",
                "",
                self.clipboard_ms // 1000,
            )
        )

    def _take_key_off_the_clipboard(self) -> None:
        self._clipboard_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._recovery_key:  # not what was copied since
            clipboard.clear()
            self.note.setText(self.tr("The recovery key was taken off the clipboard."))

    def reject(self) -> None:  # Escape must not skip the confirmation
        if self.kept.isChecked():
            super().reject()

    def done(self, result: int) -> None:
        self._take_key_off_the_clipboard()
        super().done(result)


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
