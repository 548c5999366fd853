"""Asking before an act that cannot be taken back (erasing a person's data, merging a duplicate)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_irreversible(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Open (not exec) a warning whose default is Cancel; `on_yes` runs only on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    # By the button, not accepted(): QMessageBox's result is the button, not Accepted.
    box.buttonClicked.connect(
        lambda button: (
            on_yes() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
        )
    )
    box.open()
    return box
