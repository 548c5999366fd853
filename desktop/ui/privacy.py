"""The privacy notice read to complainants (UU 27/2022 on personal data protection)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def privacy_notice() -> str:
    return QCoreApplication.translate(
        "Privacy",
        "Your name, identity number (NIK), phone number, e-mail, address and the content of "
        "your report are recorded by this office to handle your report, as a public service "
        "required by Law 25/2009. They are used only for this purpose: to verify your report, "
        "pass it to the unit responsible and send you the answer. If your report is marked "
        "Anonymous, your identity is not shown to the party you report about or to the public. "
        "Your data is kept for the period of the archive schedule and then deleted or "
        "anonymised. You may ask to see, correct or delete your data at this desk "
        "(Law 27/2022 on Personal Data Protection).",
    )


def receipt_privacy_note() -> str:
    return QCoreApplication.translate(
        "Privacy",
        "Your personal data is used only to handle this report and is protected under "
        "Law 27/2022 on Personal Data Protection. You may ask this desk to see, correct or "
        "delete it.",
    )


def show_privacy_notice(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Privacy", "Privacy notice"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(privacy_notice())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
