"""Desk › Backups › Restore from a backup: choose a backup, see what it holds and what will be
lost, and confirm. The check (the whole file read and its database opened and verified) runs
on the backups' worker; the restore itself is the gate's (it closes and reopens the desk).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.values import BackupRefusedError, DeskInUseError, StorageFault
from desktop.ui.backups.texts import backup_summary, kind_label, refusal_message
from desktop.ui.texts import format_datetime, format_size

if TYPE_CHECKING:
    from desktop.services.backups import BackupInfo, Backups
    from desktop.ui.backups.feature import Work

_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Accepted once a checked backup is confirmed; `chosen` is its path then.

    Signals: none of its own (`accepted`, `finished` from QDialog).
    """

    def __init__(
        self, backups: Backups, folder: Path, work: Work, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._folder = folder
        self._work = work
        self._checking: Path | None = None
        self.chosen: Path | None = None
        self.checked: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr("Choose the backup to restore:"), self)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(120)
        self.list.currentItemChanged.connect(self._list_choice)
        self.other = QPushButton(self.tr("Another &file…"), self)
        self.other.clicked.connect(self._choose_file)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.understood = QCheckBox(
            self.tr("I understand that what was entered after that time will be gone"), self
        )
        self.understood.hide()
        self.understood.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        self.summary.setText(self.tr("Reading the backups folder…"))
        self._work(backups.list, self._listed, self._list_failed, self)

    # ------------------------------------------------------------ the list
    def _listed(self, found: list[BackupInfo]) -> None:
        self.summary.clear()
        for info in found:
            size = format_size(info.path.stat().st_size) if info.path.exists() else ""
            text = f"{format_datetime(info.created_at)} · {kind_label(info.kind)} · {size}"
            item = QListWidgetItem(text, self.list)
            item.setData(_PATH, str(info.path))
            item.setToolTip(info.path.name)
        if not found:
            self.summary.setText(
                self.tr(
                    "There is no backup in %1. Choose a backup file with “Another file”."
                ).replace("%1", str(self._folder))
            )

    def _list_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageFault):
            raise error
        self._refused(error)

    def _list_choice(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.check(Path(str(item.data(_PATH))))

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            str(self._folder),
            self.tr("Meja Aduan backups (*.zip)"),
        )
        if name:
            self.list.setCurrentRow(-1)
            self.check(Path(name))

    # ------------------------------------------------------------ the check
    def check(self, path: Path) -> None:
        """Check `path` on the worker, then show what it holds or why it cannot be used."""
        self._checking = path
        self.checked = None
        self.warning.clear()
        self.understood.hide()
        self.understood.setChecked(False)
        self.progress.show()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking %1…").replace("%1", path.name))
        self._update_buttons()
        backups = self._backups
        self._work(
            lambda: backups.check(path),
            lambda info: self._checked(path, info),
            lambda error: self._check_failed(path, error),
            self,
        )

    def _checked(self, path: Path, info: BackupInfo) -> None:
        if path != self._checking:
            return  # another backup was chosen meanwhile
        self.progress.hide()
        self.checked = info
        self.summary.setText(
            self.tr("%1\nThe backup is whole and belongs to this desk.\n%2")
            .replace("%1", path.name)
            .replace("%2", backup_summary(info))
        )
        self.warning.setText(
            self.tr(
                "Everything entered or changed after %1 will be gone: complaints, follow-ups, "
                "accounts and settings. The current data is first kept as a “before restore” "
                "backup in the backups folder. Everyone is signed out and must sign in again."
            ).replace("%1", format_datetime(info.created_at))
        )
        self.understood.show()
        self._update_buttons()
        self.adjustSize()  # the wrapped texts need their height

    def _check_failed(self, path: Path, error: BaseException) -> None:
        if path != self._checking:
            return
        if not isinstance(error, BackupRefusedError | DeskInUseError | StorageFault):
            raise error
        self._refused(error)

    def _refused(self, error: BaseException) -> None:
        self.progress.hide()
        self.checked = None
        self.summary.setStyleSheet("color: #b71c1c;")
        self.summary.setText(
            self.tr("This backup cannot be restored. %1").replace("%1", refusal_message(error))
        )
        self._update_buttons()
        self.adjustSize()

    def _update_buttons(self) -> None:
        self.restore.setEnabled(self.checked is not None and self.understood.isChecked())

    def _confirm(self) -> None:
        if self.checked is None or not self.understood.isChecked():
            return
        self.chosen = self._checking
        self.accept()
