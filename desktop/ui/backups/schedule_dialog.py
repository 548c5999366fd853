"""Desk › Backups › Backup schedule: the automatic backup on or off, its hour, how many kept."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.values import StorageFault
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.backups import Backups, BackupSchedule
    from desktop.ui.backups.feature import Work

_EVERY_24_HOURS = -1


class ScheduleDialog(QDialog):
    """Reads the schedule, then saves the edited one (both on the backups' worker).

    Signals: none of its own (`accepted` once saved).
    """

    def __init__(self, backups: Backups, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._work = work
        self._loaded: BackupSchedule | None = None
        self.setWindowTitle(self.tr("Backup schedule"))
        self.automatic = QCheckBox(self.tr("Back the desk up &automatically every day"), self)
        self.hour = QComboBox(self)
        self.hour.addItem(self.tr("When the last one is 24 hours old"), _EVERY_24_HOURS)
        for hour in range(24):
            self.hour.addItem(self.tr("From %1:00").replace("%1", f"{hour:02d}"), hour)
        self.daily = self._spin(1)
        self.weekly = self._spin(0)
        self.monthly = self._spin(0)
        note = QLabel(
            self.tr(
                "A PC switched off at the hour makes the day's backup when it next starts. "
                "Backups made from the menu are never deleted by the desk."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.automatic)
        form.addRow(self.tr("&Time"), self.hour)
        form.addRow(self.tr("Keep &daily backups"), self.daily)
        form.addRow(self.tr("Keep &weekly backups"), self.weekly)
        form.addRow(self.tr("Keep &monthly backups"), self.monthly)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.automatic.toggled.connect(self.hour.setEnabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setEnabled(False)  # until the stored schedule is read
        self._work(backups.schedule, self._show, self._failed, self)

    def _spin(self, minimum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, 365)
        return spin

    def _show(self, schedule: BackupSchedule) -> None:
        self._loaded = schedule
        self.automatic.setChecked(schedule.automatic)
        self.hour.setEnabled(schedule.automatic)
        hour = _EVERY_24_HOURS if schedule.hour is None else schedule.hour
        self.hour.setCurrentIndex(self.hour.findData(hour))
        self.daily.setValue(schedule.retention.daily)
        self.weekly.setValue(schedule.retention.weekly)
        self.monthly.setValue(schedule.retention.monthly)
        self.setEnabled(True)

    def edited(self) -> BackupSchedule:
        assert self._loaded is not None
        retention = dataclasses.replace(
            self._loaded.retention,
            daily=self.daily.value(),
            weekly=self.weekly.value(),
            monthly=self.monthly.value(),
        )
        hour = int(self.hour.currentData())
        return dataclasses.replace(
            self._loaded,
            automatic=self.automatic.isChecked(),
            hour=None if hour == _EVERY_24_HOURS else hour,
            retention=retention,
        )

    def save(self) -> None:
        if self._loaded is None:
            return
        schedule = self.edited()
        self.setEnabled(False)
        backups = self._backups
        self._work(lambda: backups.save_schedule(schedule), self._saved, self._failed, self)

    def _saved(self, _none: None) -> None:
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageFault):
            raise error
        self.setEnabled(True)
        self.message.setText(fault_message(error.kind))
