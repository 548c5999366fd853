"""The office's settings: its code (first part of every complaint number), name and limits, on
a second tab its time limits and working days, and on a third (when given the desk's sync
service) how it reaches SP4N-LAPOR!."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.office_contact import CONTACT_MAX_LENGTH
from desktop.services.values import InvalidSettingsError, StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.time_limits_tab import TimeLimitsTab
from desktop.ui.widgets.field import FieldWithMessage, add_form_row

if TYPE_CHECKING:
    from desktop.services.settings import DeskSettingsStore
    from desktop.services.sync_config import ConfigProblem
    from desktop.ui.national_sync.settings_tab import SyncSettingsTab
    from sync.desk import NationalSync


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: DeskSettingsStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        sync: NationalSync | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        current = self._loaded = store.load()
        self.setWindowTitle(self.tr("Office settings"))
        self.tabs = QTabWidget(self)
        office = self._office_page = QWidget(self.tabs)
        self.office_code = QLineEdit(current.office_code, office)
        self.office_code.setMaxLength(12)
        self.office_name = QLineEdit(current.office_name, office)
        self.office_name.setPlaceholderText(self.tr("e.g. Kecamatan Cibinong, Kabupaten Bogor"))
        self.office_address = QLineEdit(current.office_address, office)
        # How complainants follow their complaint: printed on every receipt.
        self.office_phone = QLineEdit(current.office_phone, office)
        self.office_phone.setPlaceholderText(self.tr("e.g. (0251) 8765432"))
        self.office_whatsapp = QLineEdit(current.office_whatsapp, office)
        self.office_whatsapp.setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        self.office_email = QLineEdit(current.office_email, office)
        self.office_email.setPlaceholderText(self.tr("e.g. pengaduan@bogorkab.go.id"))
        self.office_website = QLineEdit(current.office_website, office)
        self.office_website.setPlaceholderText(self.tr("e.g. https://bogorkab.go.id"))
        for contact in (
            self.office_phone,
            self.office_whatsapp,
            self.office_email,
            self.office_website,
        ):
            contact.setMaxLength(CONTACT_MAX_LENGTH)
        self.max_mb = QSpinBox(office)
        self.max_mb.setRange(1, 500)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(current.max_attachment_mb)
        self.idle_minutes = QSpinBox(office)
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setValue(current.idle_lock_minutes)
        self._fields = {
            "office_code": FieldWithMessage(self.office_code, office),
            "office_name": FieldWithMessage(self.office_name, office),
            "office_address": FieldWithMessage(self.office_address, office),
            "office_phone": FieldWithMessage(self.office_phone, office),
            "office_whatsapp": FieldWithMessage(self.office_whatsapp, office),
            "office_email": FieldWithMessage(self.office_email, office),
            "office_website": FieldWithMessage(self.office_website, office),
            "max_attachment_mb": FieldWithMessage(self.max_mb, office),
            "idle_lock_minutes": FieldWithMessage(self.idle_minutes, office),
        }
        form = QFormLayout()
        add_form_row(form, self.tr("Office &code"), self._fields["office_code"])
        add_form_row(form, self.tr("Office &name"), self._fields["office_name"])
        add_form_row(form, self.tr("Office &address"), self._fields["office_address"])
        add_form_row(form, self.tr("Office &phone"), self._fields["office_phone"])
        add_form_row(form, self.tr("&WhatsApp"), self._fields["office_whatsapp"])
        add_form_row(form, self.tr("Office &e-mail"), self._fields["office_email"])
        add_form_row(form, self.tr("Office web&site"), self._fields["office_website"])
        add_form_row(form, self.tr("Largest &attachment"), self._fields["max_attachment_mb"])
        add_form_row(form, self.tr("&Lock the screen after"), self._fields["idle_lock_minutes"])
        note = QLabel(
            self.tr(
                "The office code starts every complaint number (for example 3201-2026-000123). "
                "Use the Kemendagri code of the office's region without dots."
            ),
            office,
        )
        note.setWordWrap(True)
        office_layout = QVBoxLayout(office)
        office_layout.addLayout(form)
        office_layout.addWidget(note)
        office_layout.addStretch(1)
        self.time_limits = TimeLimitsTab(current, self.tabs)
        self._fields.update(self.time_limits.fields)
        self.tabs.addTab(office, self.tr("&Office"))
        self.tabs.addTab(self.time_limits, self.tr("&Time limits"))
        self.sync_tab: SyncSettingsTab | None = None
        if sync is not None:
            from desktop.ui.national_sync.settings_tab import SyncSettingsTab

            self.sync_tab = SyncSettingsTab(sync, runner, self.tabs)
            self.tabs.addTab(self.sync_tab, self.tr("S&ynchronisation"))
        self._sync = sync
        buttons = self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.resize(640, self.sizeHint().height())

    def _save(self) -> None:
        for wrapped in self._fields.values():
            wrapped.clear_message()
        office = dataclasses.replace(
            self._loaded,
            office_code=self.office_code.text().strip().upper(),
            office_name=self.office_name.text(),
            office_address=self.office_address.text(),
            office_phone=self.office_phone.text(),
            office_whatsapp=self.office_whatsapp.text(),
            office_email=self.office_email.text(),
            office_website=self.office_website.text(),
            max_attachment_mb=self.max_mb.value(),
            idle_lock_minutes=self.idle_minutes.value(),
        )
        settings = self.time_limits.apply_to(office)
        if settings is None:  # a list of days it could not read: it says so beside the list
            self.tabs.setCurrentWidget(self.time_limits)
            return
        sync, tab, store = self._sync, self.sync_tab, self._store
        sync_values = None
        if sync is not None and tab is not None and tab.is_loaded:
            tab.clear_messages()
            sync_values = tab.values()
            if sync_values is None:  # the key without its token: said beside the field
                self.tabs.setCurrentWidget(tab)
                return

        def save() -> list[ConfigProblem]:
            if sync is not None and sync_values is not None:
                problems = sync.save_config(*sync_values)
                if problems:
                    return problems  # nothing saved: the office's settings wait with them
            store.save(settings)
            return []

        self._buttons.setEnabled(False)
        self._runner.submit(save, self._saved, self._failed)

    def _saved(self, problems: list[ConfigProblem]) -> None:
        if problems and self.sync_tab is not None:
            self._buttons.setEnabled(True)
            self.tabs.setCurrentWidget(self.sync_tab)
            self.sync_tab.show_problems(problems)
            return
        if self.sync_tab is not None:
            self.sync_tab.saved()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._buttons.setEnabled(True)
        if isinstance(error, InvalidSettingsError):
            messages = {
                "office_code": self.tr("2 to 12 letters or digits, e.g. 3201."),
                "office_name": self.tr("Write the office's name (at most 200 characters)."),
                "office_phone": self.tr("Not a phone number. Example: (0251) 8765432."),
                "office_whatsapp": self.tr("Not a phone number. Example: 0812 3456 7890."),
                "office_email": self.tr(
                    "Not an e-mail address. Example: pengaduan@bogorkab.go.id."
                ),
                "office_website": self.tr(
                    "Not a website address. Example: https://bogorkab.go.id."
                ),
                "max_attachment_mb": self.tr("Between 1 and 500 MB."),
                "idle_lock_minutes": self.tr("Between 0 (never) and 240 minutes."),
            }
            wrapped = self._fields[error.field]
            wrapped.show_message(
                messages.get(error.field) or self.time_limits.refusal_message(error.field)
            )
            # The refused field may be on the other tab: show it before giving it the focus.
            on_limits = self.time_limits.isAncestorOf(wrapped)
            self.tabs.setCurrentWidget(self.time_limits if on_limits else self._office_page)
            wrapped.input.setFocus()
        elif isinstance(error, StorageFault):
            QMessageBox.warning(self, self.tr("Settings not saved"), fault_message(error.kind))
        else:
            raise error
