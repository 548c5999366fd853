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
from desktop.domain.sla import DEADLINE_LIMITS, DeadlineTable
from desktop.services.values import DeskSettings
from desktop.ui.widgets.field import FieldWithMessage, add_form_row

# Wider than the allowed 1..365 on purpose: a mistyped limit stays in its box, with a message
# beside it, instead of the spin box silently putting back the old number.
_SPIN_RANGE = (0, 999)


class TimeLimitsTab(QWidget):
    """Limits (one spin box each, keyed "deadlines.<limit>" as the settings store names them)
    and the working-day calendar (cuti bersama, the desk's days off and its holidays worked)."""

    def __init__(self, current: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "verify": self.tr("&Verification"),
            "first_follow_up": self.tr("&First follow-up after disposition"),
            # Its own word: a complaint implying wrongdoing by an official (DOMAIN.md).
            "complete_supervisory": self.tr("Completion: complaint (&berkadar pengawasan)"),
            "complete_complaint": self.tr("Completion: com&plaint"),
            "complete_information": self.tr("Completion: request for i&nformation"),
            "complete_aspiration": self.tr("Completion: &aspiration"),
        }
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
        for name in DEADLINE_LIMITS:
            spin = QSpinBox(limits_box)
            spin.setRange(*_SPIN_RANGE)
            spin.setValue(getattr(current.deadlines, name))
            spin.setAccessibleName(labels[name].replace("&", ""))
            # A number of days needs no full-width box; its message may use the whole row.
            spin.setMinimumWidth(spin.sizeHint().width() + 16)
            spin.setMaximumWidth(spin.minimumWidth())
            self.limits[name] = spin
            wrapped = self.fields[f"deadlines.{name}"] = FieldWithMessage(spin, limits_box)
            field_layout = wrapped.layout()
            assert field_layout is not None  # FieldWithMessage stacks its input and message
            field_layout.setAlignment(spin, Qt.AlignmentFlag.AlignLeft)
            add_form_row(limits_form, labels[name], wrapped)
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
        self.cuti_bersama = QCheckBox(
            self.tr("&Cuti bersama stops the working-day clock"), calendar_box
        )
        self.cuti_bersama.setChecked(current.cuti_bersama_stops_clock)
        self.days_off = QLineEdit(_typed_days(current.extra_days_off), calendar_box)
        self.days_off.setPlaceholderText(self.tr("e.g. 02-01-2027, 14-08-2027"))
        self.working_days = QLineEdit(_typed_days(current.extra_working_days), calendar_box)
        self.working_days.setPlaceholderText(self.tr("e.g. 01-06-2026"))
        self.fields["extra_days_off"] = FieldWithMessage(self.days_off, calendar_box)
        self.fields["extra_working_days"] = FieldWithMessage(self.working_days, calendar_box)
        calendar_form.addRow("", self.cuti_bersama)
        add_form_row(calendar_form, self.tr("Desk's own &days off"), self.fields["extra_days_off"])
        add_form_row(
            calendar_form, self.tr("Holidays the office &works"), self.fields["extra_working_days"]
        )
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
        defaults = DeadlineTable()
        for name, spin in self.limits.items():
            spin.setValue(getattr(defaults, name))
            self.fields[f"deadlines.{name}"].clear_message()

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
        """What to tell the user when the settings store refused `field` (one of `fields`)."""
        if field.startswith("deadlines."):
            # The store's range (SHORTEST_LIMIT..LONGEST_LIMIT in desktop.domain.sla).
            return self.tr("Between 1 and 365 working days.")
        if field == "extra_working_days":
            return self.tr("A day cannot be both a day off and a day worked: keep it in one list.")
        return ""


def _typed_days(days: tuple[dt.date, ...]) -> str:
    return ", ".join(format_typed_date(day) for day in sorted(days))
