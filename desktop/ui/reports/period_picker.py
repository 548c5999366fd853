"""Choosing a report's period: a month, quarter, semester or year (a year and its number), or
any dates. Keyboard first: each part is a plain combo or spin box in tab order.

Signals: changed(): the period shown is another.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain.report_figures import PeriodKind, ReportPeriod

FIRST_YEAR = 2000


class PeriodPicker(QWidget):
    """Signals:
    changed(): the period chosen changed.
    """

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for kind, text in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.SEMESTER, self.tr("Semester")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.CUSTOM, self.tr("Dates")),
        ):
            self.kind.addItem(text, kind)
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self._parts_kind = PeriodKind.MONTH  # what the part combo lists
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("Which one"))
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setGroupSeparatorShown(False)
        self.first_day = self._date_edit(today.replace(day=1))
        self.last_day = self._date_edit(today)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.kind,
            self.part,
            self.year,
            self.first_day,
            self.to_label,
            self.last_day,
        ):
            layout.addWidget(widget)
        # The month before this one: a monthly report is made in the first days of the next.
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        self.year.setValue(last_month.year)
        self._fill_parts(PeriodKind.MONTH)
        self.part.setCurrentIndex(last_month.month - 1)
        self._show_kind()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.first_day.dateChanged.connect(lambda _d: self.changed.emit())
        self.last_day.dateChanged.connect(lambda _d: self.changed.emit())
        self.setFocusProxy(self.kind)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _fill_parts(self, kind: PeriodKind) -> None:
        locale = QLocale()
        names = {
            PeriodKind.MONTH: [
                locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)
            ],
            PeriodKind.QUARTER: [
                self.tr("Quarter %1").replace("%1", roman) for roman in ("I", "II", "III", "IV")
            ],
            PeriodKind.SEMESTER: [
                self.tr("Semester %1").replace("%1", roman) for roman in ("I", "II")
            ],
        }.get(kind, [])
        self._parts_kind = kind
        with QSignalBlocker(self.part):
            self.part.clear()
            for number, name in enumerate(names, start=1):
                self.part.addItem(name, number)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        # Keep the part of the year that was shown: June stays in quarter II and semester I.
        month = self._first_month()
        self._fill_parts(kind)
        if kind is PeriodKind.MONTH:
            self.part.setCurrentIndex(month - 1)
        elif kind is PeriodKind.QUARTER:
            self.part.setCurrentIndex((month - 1) // 3)
        elif kind is PeriodKind.SEMESTER:
            self.part.setCurrentIndex((month - 1) // 6)
        self._show_kind()
        self.changed.emit()

    def _first_month(self) -> int:
        """The first month of what the part combo showed before the kind changed."""
        number = int(self.part.currentData() or 1)
        months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.SEMESTER: 6}
        if self._parts_kind in months:
            return 1 + (number - 1) * months[self._parts_kind]
        if self._parts_kind is PeriodKind.CUSTOM:
            return self.first_day.date().month()
        return 1

    def _show_kind(self) -> None:
        kind = self.current_kind()
        self.part.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.SEMESTER))
        self.year.setVisible(kind is not PeriodKind.CUSTOM)
        for widget in (self.first_day, self.to_label, self.last_day):
            widget.setVisible(kind is PeriodKind.CUSTOM)

    def period(self) -> ReportPeriod:
        kind = self.current_kind()
        year = self.year.value()
        number = int(self.part.currentData() or 1)
        if kind is PeriodKind.MONTH:
            return ReportPeriod.month(year, number)
        if kind is PeriodKind.QUARTER:
            return ReportPeriod.quarter(year, number)
        if kind is PeriodKind.SEMESTER:
            return ReportPeriod.semester(year, number)
        if kind is PeriodKind.YEAR:
            return ReportPeriod.year(year)
        first, last = _day(self.first_day), _day(self.last_day)
        return ReportPeriod.custom(min(first, last), max(first, last))

    def set_period(self, period: ReportPeriod) -> None:
        """Show `period` (a custom one as its dates)."""
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self._fill_parts(period.kind)
        self.year.setValue(period.first_day.year)
        month = period.first_day.month
        index = {
            PeriodKind.MONTH: month - 1,
            PeriodKind.QUARTER: (month - 1) // 3,
            PeriodKind.SEMESTER: (month - 1) // 6,
        }.get(period.kind, 0)
        self.part.setCurrentIndex(index)
        first, last = period.first_day, period.last_day
        self.first_day.setDate(QDate(first.year, first.month, first.day))
        self.last_day.setDate(QDate(last.year, last.month, last.day))
        self._show_kind()
        self.changed.emit()


def _day(edit: QDateEdit) -> dt.date:
    shown = edit.date()
    return dt.date(shown.year(), shown.month(), shown.day())
