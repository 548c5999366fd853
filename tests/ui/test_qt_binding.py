"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call returning nothing and to
True/False on every signal emission; a desk would abort after a few minutes of use. This guards
any future upgrade of the binding.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_calls_and_signals_keep_reference_counts(qapp: QApplication) -> None:
    label = QLabel()
    emitter = _Emitter()
    received: list[bool] = []

    def receive(value: bool) -> None:
        received.append(value)

    emitter.changed.connect(receive)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        qapp.processEvents()
        label.setText("x")
        emitter.changed.emit(True)
    received.clear()
    # A small drift is other code at work; a binding bug shows as -500 or -1000.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
