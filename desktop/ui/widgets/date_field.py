"""A date typed as text (fast at a counter), with a calendar for those who prefer to click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.domain.dates import format_typed_date, parse_typed_date


class DateField(QWidget):
    """Empty, a valid date, or text that is not a date (kept as typed, reported by the form).

    Signals:
        editingFinished(): the officer left the field or picked a date.
        edited(): the officer changed the date (typed, or picked on the calendar).
    """

    editingFinished = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.line.setMaxLength(10)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(self.open_calendar)
        self.line.editingFinished.connect(self.editingFinished)
        self.line.textEdited.connect(self.edited)
        self.line.installEventFilter(self)
        self._calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.line.text()

    def date(self) -> dt.date | None:
        return parse_typed_date(self.line.text())

    def is_blank(self) -> bool:
        return not self.line.text().strip()

    def set_date(self, day: dt.date | None) -> None:
        self.line.setText(format_typed_date(day) if day else "")

    def clear(self) -> None:
        self.line.clear()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return False

    def open_calendar(self) -> None:
        """Show the calendar under the field (one popup per field, made on first use)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._pick)
            self._calendar.clicked.connect(self._pick)
        calendar = self._calendar
        current = self.date() or dt.date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.move(self.mapToGlobal(self.line.geometry().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _pick(self, chosen: QDate) -> None:
        self.set_date(dt.date(chosen.year(), chosen.month(), chosen.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.line.setFocus()
        self.edited.emit()
        self.editingFinished.emit()
