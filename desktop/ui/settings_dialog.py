"""The office's settings: its code (first part of every complaint number), name and limits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
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
        self._fields = {
            "office_code": FieldWithMessage(self.office_code, self),
            "office_name": FieldWithMessage(self.office_name, self),
            "office_address": FieldWithMessage(self.office_address, self),
            "max_attachment_mb": FieldWithMessage(self.max_mb, self),
            "idle_lock_minutes": FieldWithMessage(self.idle_minutes, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Office &code"), self._fields["office_code"])
        form.addRow(self.tr("Office &name"), self._fields["office_name"])
        form.addRow(self.tr("Office &address"), self._fields["office_address"])
        form.addRow(self.tr("Largest &attachment"), self._fields["max_attachment_mb"])
        form.addRow(self.tr("&Lock the screen after"), self._fields["idle_lock_minutes"])
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
        settings = DeskSettings(
            office_code=self.office_code.text().strip().upper(),
            office_name=self.office_name.text(),
            office_address=self.office_address.text(),
            max_attachment_mb=self.max_mb.value(),
            idle_lock_minutes=self.idle_minutes.value(),
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
