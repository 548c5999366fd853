"""A peer's place in the status bar: a coloured dot beside a flat button whose words say how
things stand (the words carry the meaning; the colour helps the eye find it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class PeerStatusArea(QWidget):
    """The dot (`dot`) and the button (`button`); subclasses put their peer's words on it.

    Signals:
        clicked(): the officer clicked the words.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel("●", self)
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.dot)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.clicked)

    @property
    def text(self) -> str:
        return self.button.text()

    def set_colour(self, colour: str) -> None:
        self.dot.setStyleSheet(f"color: {colour};")
