"""The office's settings: its code (first part of every complaint number), name and limits, on
a second tab its time limits and working days, and on a third (when given the desk's sync
service) how it reaches SP4N-LAPOR!."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

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

from desktop.domain.desk_settings import (
    IDLE_LOCK_MINUTES,
    MAX_ATTACHMENT_MB,
    OFFICE_ADDRESS,
    OFFICE_CODE,
    OFFICE_EMAIL,
    OFFICE_NAME,
    OFFICE_PHONE,
    OFFICE_WEBSITE,
    OFFICE_WHATSAPP,
    REPORT_SIGNER_NAME,
    REPORT_SIGNER_NIP,
    REPORT_SIGNER_POSITION,
    REPORT_SIGNING_PLACE,
    DeskSetting,
)
from desktop.domain.local_number import OFFICE_CODE_MAX_LENGTH
from desktop.services.values import InvalidSettingsError, StorageFault
from desktop.ui.setting_inputs import number_input, text_input
from desktop.ui.setting_texts import help_text, label
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
        # The office tab's settings, in the form's order; each input as its declaration says.
        self.office_code = text_input(OFFICE_CODE, current.office_code, office)
        self.office_code.setMaxLength(OFFICE_CODE_MAX_LENGTH)
        self.office_name = text_input(OFFICE_NAME, current.office_name, office)
        self.office_address = text_input(OFFICE_ADDRESS, current.office_address, office)
        # How complainants follow their complaint: printed on every receipt.
        self.office_phone = text_input(OFFICE_PHONE, current.office_phone, office)
        self.office_whatsapp = text_input(OFFICE_WHATSAPP, current.office_whatsapp, office)
        self.office_email = text_input(OFFICE_EMAIL, current.office_email, office)
        self.office_website = text_input(OFFICE_WEBSITE, current.office_website, office)
        # Who signs the reports: a page of its own, the office page is full at 768 px.
        reports = self._reports_page = QWidget(self.tabs)
        self.signer_name = text_input(REPORT_SIGNER_NAME, current.report_signer_name, reports)
        self.signer_nip = text_input(REPORT_SIGNER_NIP, current.report_signer_nip, reports)
        self.signer_position = text_input(
            REPORT_SIGNER_POSITION, current.report_signer_position, reports
        )
        self.signing_place = text_input(REPORT_SIGNING_PLACE, current.report_signing_place, reports)
        report_inputs: dict[DeskSetting[Any], QLineEdit] = {
            REPORT_SIGNER_NAME: self.signer_name,
            REPORT_SIGNER_NIP: self.signer_nip,
            REPORT_SIGNER_POSITION: self.signer_position,
            REPORT_SIGNING_PLACE: self.signing_place,
        }
        self.max_mb = number_input(MAX_ATTACHMENT_MB, current.max_attachment_mb, office)
        self.idle_minutes = number_input(IDLE_LOCK_MINUTES, current.idle_lock_minutes, office)
        self._office_inputs: dict[DeskSetting[Any], QLineEdit | QSpinBox] = {
            OFFICE_CODE: self.office_code,
            OFFICE_NAME: self.office_name,
            OFFICE_ADDRESS: self.office_address,
            OFFICE_PHONE: self.office_phone,
            OFFICE_WHATSAPP: self.office_whatsapp,
            OFFICE_EMAIL: self.office_email,
            OFFICE_WEBSITE: self.office_website,
            MAX_ATTACHMENT_MB: self.max_mb,
            IDLE_LOCK_MINUTES: self.idle_minutes,
        }
        form = QFormLayout()
        self._fields: dict[str, FieldWithMessage] = {}
        for setting, editor in self._office_inputs.items():
            wrapped = self._fields[setting.name] = FieldWithMessage(editor, office)
            add_form_row(form, label(setting), wrapped)
        report_form = QFormLayout(reports)
        for setting, editor in report_inputs.items():
            wrapped = self._fields[setting.name] = FieldWithMessage(editor, reports)
            add_form_row(report_form, label(setting), wrapped)
        self._office_inputs.update(report_inputs)  # saved with the office's
        note = QLabel(help_text(OFFICE_CODE), office)
        note.setWordWrap(True)
        office_layout = QVBoxLayout(office)
        office_layout.addLayout(form)
        office_layout.addWidget(note)
        office_layout.addStretch(1)
        self.time_limits = TimeLimitsTab(current, self.tabs)
        self._fields.update(self.time_limits.fields)
        self.tabs.addTab(office, self.tr("&Office"))
        self.tabs.addTab(self.time_limits, self.tr("&Time limits"))
        self.tabs.addTab(reports, self.tr("&Reports"))
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
        typed: dict[str, Any] = {
            setting.name: editor.text() if isinstance(editor, QLineEdit) else editor.value()
            for setting, editor in self._office_inputs.items()
        }
        typed[OFFICE_CODE.name] = self.office_code.text().strip().upper()
        office = dataclasses.replace(self._loaded, **typed)
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
            wrapped = self._fields[error.field]
            wrapped.show_message(self.time_limits.refusal_message(error.field))
            # The refused field may be on another tab: show it before giving it the focus.
            pages = (self.time_limits, self._reports_page, self._office_page)
            self.tabs.setCurrentWidget(next(p for p in pages if p.isAncestorOf(wrapped)))
            wrapped.input.setFocus()
        elif isinstance(error, StorageFault):
            QMessageBox.warning(self, self.tr("Settings not saved"), fault_message(error.kind))
        else:
            raise error
