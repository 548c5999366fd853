"""Telling the user about environment faults met while reading, wherever they happen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.texts import fault_message

T = TypeVar("T")


def read_or_warn(parent: QWidget, read: Callable[[], T]) -> T | None:
    """`read()`, or None after a message saying what to do when the database cannot be read.

    A refusal because the screen locked meanwhile (or another officer signed in) is quiet: the
    sign-in page is what the user sees, and the action can be taken again after signing in.
    """
    try:
        return read()
    except AccessDeniedError:
        return None
    except StorageFault as fault:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Faults", "The data cannot be read"),
            fault_message(fault.kind),
        )
        return None
