"""Shown after a save: the complaint's number, and the receipt to hand over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.values import Receipt, RecordedComplaint
from desktop.ui.receipt import ask_and_save_pdf, print_receipt


class SavedDialog(QDialog):
    """Enter prints the receipt; Esc closes. The form behind is already blank.

    The dialog stays open after printing or saving, so the officer can do both (a printed copy
    for the citizen, a PDF to send them) and read where the PDF went; Enter then closes it.
    """

    def __init__(
        self,
        recorded: RecordedComplaint,
        load_receipt: Callable[[], Receipt | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_receipt = load_receipt
        self._saved_folder: Path | None = None
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
        # What became of the receipt: printed, or saved where (the path can be selected).
        self.outcome = QLabel(self)
        self.outcome.setObjectName("receiptOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print receipt"), self)
        self.pdf_button = QPushButton(self.tr("Save receipt as P&DF…"), self)
        self.open_folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.open_folder_button.hide()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(number)
        layout.addWidget(hint)
        layout.addWidget(linked)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.open_folder_button.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)

    def _print(self) -> None:
        receipt = self._load_receipt()
        if receipt is not None and print_receipt(receipt, self):
            self._done(self.tr("The receipt was sent to the printer."))

    def _save_pdf(self) -> None:
        receipt = self._load_receipt()
        path = None if receipt is None else ask_and_save_pdf(receipt, self)
        if path is None:
            return
        self._saved_folder = path.parent
        self._done(self.tr("The receipt was saved as %1").replace("%1", str(path)))
        self.open_folder_button.show()

    def _done(self, outcome: str) -> None:
        self.outcome.setText(outcome)
        self.outcome.show()
        # Enter would print or save a second copy by accident: it closes from now on.
        self.print_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _open_folder(self) -> None:
        if self._saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_folder)))
