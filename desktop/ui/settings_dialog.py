"""The office's settings: its code (first part of every complaint number), name and limits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import parse_typed_date
from desktop.services.values import DeskSettings, InvalidSettingsError, StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.field import FieldWithMessage

if TYPE_CHECKING:
    from desktop.services.settings import DeskSettingsStore


class SettingsDialog(QDialog):
    def __init__(
        self, store: DeskSettingsStore, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        current = store.load()
        self.setWindowTitle(self.tr("Office settings"))
        self.office_code = QLineEdit(current.office_code, self)
        self.office_code.setMaxLength(12)
        self.office_name = QLineEdit(current.office_name, self)
        self.office_name.setPlaceholderText(self.tr("e.g. Kecamatan Cibinong, Kabupaten Bogor"))
        self.office_address = QLineEdit(current.office_address, self)
        self.max_mb = QSpinBox(self)
        self.max_mb.setRange(1, 500)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(current.max_attachment_mb)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setValue(current.idle_lock_minutes)
        self.cuti_bersama = QCheckBox(self.tr("Cuti bersama stops the working-day clock"), self)
        self.cuti_bersama.setChecked(current.cuti_bersama_stops_clock)
        self.extra_days = QLineEdit(
            ", ".join(day.strftime("%d-%m-%Y") for day in current.extra_days_off), self
        )
        self.extra_days.setPlaceholderText(self.tr("e.g. 02-01-2027, 14-08-2027"))
        self._fields = {
            "office_code": FieldWithMessage(self.office_code, self),
            "office_name": FieldWithMessage(self.office_name, self),
            "office_address": FieldWithMessage(self.office_address, self),
            "max_attachment_mb": FieldWithMessage(self.max_mb, self),
            "idle_lock_minutes": FieldWithMessage(self.idle_minutes, self),
            "extra_days_off": FieldWithMessage(self.extra_days, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Office &code"), self._fields["office_code"])
        form.addRow(self.tr("Office &name"), self._fields["office_name"])
        form.addRow(self.tr("Office &address"), self._fields["office_address"])
        form.addRow(self.tr("Largest &attachment"), self._fields["max_attachment_mb"])
        form.addRow(self.tr("&Lock the screen after"), self._fields["idle_lock_minutes"])
        form.addRow("", self.cuti_bersama)
        form.addRow(self.tr("Desk's own &days off"), self._fields["extra_days_off"])
        note = QLabel(
            self.tr(
                "The office code starts every complaint number (for example 3201-2026-000123). "
                "Use the Kemendagri code of the office's region without dots."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def _save(self) -> None:
        for wrapped in self._fields.values():
            wrapped.clear_message()
        days = [
            parse_typed_date(part) for part in self.extra_days.text().split(",") if part.strip()
        ]
        if any(day is None for day in days):
            self._fields["extra_days_off"].show_message(
                self.tr("Dates as day-month-year, separated by commas.")
            )
            self.extra_days.setFocus()
            return
        settings = DeskSettings(
            office_code=self.office_code.text().strip().upper(),
            office_name=self.office_name.text(),
            office_address=self.office_address.text(),
            max_attachment_mb=self.max_mb.value(),
            idle_lock_minutes=self.idle_minutes.value(),
            cuti_bersama_stops_clock=self.cuti_bersama.isChecked(),
            extra_days_off=tuple(day for day in days if day is not None),
        )
        self._buttons.setEnabled(False)
        self._runner.submit(lambda: self._store.save(settings), self._saved, self._failed)

    def _saved(self, _: None) -> None:
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._buttons.setEnabled(True)
        if isinstance(error, InvalidSettingsError):
            messages = {
                "office_code": self.tr("2 to 12 letters or digits, e.g. 3201."),
                "office_name": self.tr("Write the office's name (at most 200 characters)."),
                "max_attachment_mb": self.tr("Between 1 and 500 MB."),
                "idle_lock_minutes": self.tr("Between 0 (never) and 240 minutes."),
            }
            self._fields[error.field].show_message(messages.get(error.field, ""))
            self._fields[error.field].input.setFocus()
        elif isinstance(error, StorageFault):
            QMessageBox.warning(self, self.tr("Settings not saved"), fault_message(error.kind))
        else:
            raise error
