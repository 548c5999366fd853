"""The settings tab "Time limits": working days allowed per step, and which days count."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_typed_date, parse_typed_date
from desktop.domain.desk_settings import (
    BY_NAME,
    CUTI_BERSAMA_STOPS_CLOCK,
    DEADLINE_SETTINGS,
    EXTRA_DAYS_OFF,
    EXTRA_WORKING_DAYS,
)
from desktop.domain.sla import DeadlineTable
from desktop.services.values import DeskSettings
from desktop.ui.setting_inputs import number_input
from desktop.ui.setting_texts import help_text, label, refusal
from desktop.ui.widgets.field import FieldWithMessage, add_form_row

# Wider than the allowed 1..365 on purpose: a mistyped limit stays in its box, with a message
# beside it, instead of the spin box silently putting back the old number.
_SPIN_RANGE = (0, 999)


class TimeLimitsTab(QWidget):
    """Limits (one spin box each, keyed "deadlines.<limit>" as the declaration names them)
    and the working-day calendar (cuti bersama, the desk's days off and its holidays worked)."""

    def __init__(self, current: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            self.tr(
                "Working days allowed for each step. A change applies to the deadlines of "
                "open complaints too, not only to new ones."
            ),
            self,
        )
        note.setWordWrap(True)
        limits_box = QGroupBox(self.tr("Working days allowed"), self)
        limits_form = QFormLayout(limits_box)
        self.limits: dict[str, QSpinBox] = {}
        self.fields: dict[str, FieldWithMessage] = {}
        for setting in DEADLINE_SETTINGS:
            name = setting.name.removeprefix("deadlines.")
            spin = number_input(setting, getattr(current.deadlines, name), limits_box, _SPIN_RANGE)
            # A number of days needs no full-width box; its message may use the whole row.
            spin.setMinimumWidth(spin.sizeHint().width() + 16)
            spin.setMaximumWidth(spin.minimumWidth())
            self.limits[name] = spin
            wrapped = self.fields[setting.name] = FieldWithMessage(spin, limits_box)
            field_layout = wrapped.layout()
            assert field_layout is not None  # FieldWithMessage stacks its input and message
            field_layout.setAlignment(spin, Qt.AlignmentFlag.AlignLeft)
            add_form_row(limits_form, label(setting), wrapped)
        self.restore_button = QPushButton(self.tr("&Restore defaults"), limits_box)
        self.restore_button.setToolTip(
            self.tr("Put back the limits of the regulation (saved only with Save)")
        )
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        limits_form.addRow(restore_row)
        self.restore_button.clicked.connect(self.restore_defaults)

        calendar_box = QGroupBox(self.tr("Working days"), self)
        calendar_form = QFormLayout(calendar_box)
        self.cuti_bersama = QCheckBox(label(CUTI_BERSAMA_STOPS_CLOCK), calendar_box)
        self.cuti_bersama.setToolTip(help_text(CUTI_BERSAMA_STOPS_CLOCK))
        self.cuti_bersama.setChecked(current.cuti_bersama_stops_clock)
        self.days_off = QLineEdit(_typed_days(current.extra_days_off), calendar_box)
        self.days_off.setPlaceholderText(self.tr("e.g. 02-01-2027, 14-08-2027"))
        self.days_off.setToolTip(help_text(EXTRA_DAYS_OFF))
        self.working_days = QLineEdit(_typed_days(current.extra_working_days), calendar_box)
        self.working_days.setPlaceholderText(self.tr("e.g. 01-06-2026"))
        self.working_days.setToolTip(help_text(EXTRA_WORKING_DAYS))
        for setting, line in (
            (EXTRA_DAYS_OFF, self.days_off),
            (EXTRA_WORKING_DAYS, self.working_days),
        ):
            self.fields[setting.name] = FieldWithMessage(line, calendar_box)
        calendar_form.addRow("", self.cuti_bersama)
        add_form_row(calendar_form, label(EXTRA_DAYS_OFF), self.fields[EXTRA_DAYS_OFF.name])
        add_form_row(calendar_form, label(EXTRA_WORKING_DAYS), self.fields[EXTRA_WORKING_DAYS.name])
        calendar_note = QLabel(
            self.tr(
                "Monday to Friday count, except national holidays. Add days off the national "
                "list lacks (a regional holiday, a new joint-leave decree), and holidays on "
                "which the office works because a decree moved them. Dates as day-month-year, "
                "separated by commas."
            ),
            calendar_box,
        )
        calendar_note.setWordWrap(True)
        calendar_form.addRow(calendar_note)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(limits_box)
        layout.addWidget(calendar_box)
        layout.addStretch(1)

    def restore_defaults(self) -> None:
        for setting in DEADLINE_SETTINGS:
            self.limits[setting.name.removeprefix("deadlines.")].setValue(setting.default)
            self.fields[setting.name].clear_message()

    def apply_to(self, settings: DeskSettings) -> DeskSettings | None:
        """`settings` with this tab's values, or None (and a message beside the field, which
        gets the focus) when a list of days cannot be read."""
        days: dict[str, tuple[dt.date, ...]] = {}
        for key, line in (
            ("extra_days_off", self.days_off),
            ("extra_working_days", self.working_days),
        ):
            parsed = [parse_typed_date(part) for part in line.text().split(",") if part.strip()]
            if any(day is None for day in parsed):
                self.fields[key].show_message(
                    self.tr("Dates as day-month-year, separated by commas.")
                )
                line.setFocus()
                return None
            days[key] = tuple(day for day in parsed if day is not None)
        table = DeadlineTable(**{name: spin.value() for name, spin in self.limits.items()})
        return dataclasses.replace(
            settings,
            cuti_bersama_stops_clock=self.cuti_bersama.isChecked(),
            extra_days_off=days["extra_days_off"],
            extra_working_days=days["extra_working_days"],
            deadlines=table,
        )

    def refusal_message(self, field: str) -> str:
        """What to tell the user when the settings store refused `field` (a declared setting's
        name): its rules, or, for the list of days worked, the rule joining the two lists."""
        if field == EXTRA_WORKING_DAYS.name:
            return self.tr("A day cannot be both a day off and a day worked: keep it in one list.")
        return refusal(BY_NAME[field])


def _typed_days(days: tuple[dt.date, ...]) -> str:
    return ", ".join(format_typed_date(day) for day in sorted(days))
