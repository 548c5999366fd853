"""Shown after a save: the complaint's number, and the receipt to hand over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.values import Receipt, RecordedComplaint
from desktop.ui.receipt import ask_and_save_pdf, print_receipt


class SavedDialog(QDialog):
    """Enter prints the receipt; Esc closes. The form behind is already blank."""

    def __init__(
        self,
        recorded: RecordedComplaint,
        load_receipt: Callable[[], Receipt | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_receipt = load_receipt
        self.setWindowTitle(self.tr("Complaint saved"))
        heading = QLabel(self.tr("The complaint was saved with number"), self)
        number = QLabel(recorded.local_number, self)
        number.setObjectName("localNumber")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = number.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        number.setFont(font)
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Hand the complainant a receipt with this number."), self)
        linked = QLabel(self)
        linked.setObjectName("linkedNumber")
        if recorded.linked_number:
            linked.setText(
                self.tr("It is linked to complaint %1 as a possible duplicate.").replace(
                    "%1", recorded.linked_number
                )
            )
        linked.setVisible(bool(recorded.linked_number))
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print receipt"), self)
        self.pdf_button = QPushButton(self.tr("Save receipt as P&DF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(number)
        layout.addWidget(hint)
        layout.addWidget(linked)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.rejected.connect(self.reject)

    def _print(self) -> None:
        receipt = self._load_receipt()
        if receipt is not None and print_receipt(receipt, self):
            self.accept()

    def _save_pdf(self) -> None:
        receipt = self._load_receipt()
        if receipt is not None and ask_and_save_pdf(receipt, self):
            self.accept()
