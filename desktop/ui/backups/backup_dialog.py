"""Desk › Backups › Back up now: into the desk's backups folder or another (a USB drive)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.values import StorageFault
from desktop.ui.backups.texts import backup_fault_message
from desktop.ui.texts import format_size

if TYPE_CHECKING:
    from desktop.services.backups import BackupInfo, Backups
    from desktop.ui.backups.feature import Work


class BackupNowDialog(QDialog):
    """Choose where, back up (on the backups' worker), and read where the file went.

    Signals: none of its own (`finished` from QDialog).
    """

    def __init__(
        self, backups: Backups, default_folder: Path, work: Work, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._work = work
        self.made: BackupInfo | None = None
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A backup holds the whole desk: the database and the attached files, encrypted "
                "with the desk's key. Keep a copy away from this computer (a USB drive kept "
                "locked away)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.to_default = QRadioButton(self.tr("The desk's &backups folder"), self)
        self.to_default.setChecked(True)
        default_label = QLabel(str(default_folder), self)
        default_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        default_label.setIndent(24)
        self.to_folder = QRadioButton(self.tr("&Another folder (a USB drive):"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_default)
        group.addButton(self.to_folder)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        self.choose = QPushButton(self.tr("&Choose…"), self)
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # how long is unknown: the copy reports no steps
        self.progress.hide()
        self.result_line = QLabel(self)
        self.result_line.setWordWrap(True)
        self.result_line.setTextFormat(Qt.TextFormat.PlainText)
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start.setDefault(True)
        self.start.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.to_default)
        layout.addWidget(default_label)
        layout.addWidget(self.to_folder)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_line)
        layout.addWidget(self.buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"))
        if folder:
            self.folder.setText(folder)
            self.to_folder.setChecked(True)

    def back_up(self) -> None:
        target: Path | None = None
        if self.to_folder.isChecked():
            if not self.folder.text():
                self._show(self.tr("Choose the folder first."), error=True)
                return
            target = Path(self.folder.text())
        self._set_busy(True)
        self._show(self.tr("Backing up… this can take a few minutes on a large desk."))
        backups = self._backups
        self._work(lambda: backups.create(target), self._done, self._failed, self)

    def _done(self, made: BackupInfo) -> None:
        self._set_busy(False)
        self.made = made
        size = format_size(made.path.stat().st_size) if made.path.exists() else ""
        self._show(
            self.tr("Backup written: %1 (%2).").replace("%1", str(made.path)).replace("%2", size)
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, StorageFault):
            raise error
        self._show(
            self.tr("No backup was made. %1").replace("%1", backup_fault_message(error.kind)),
            error=True,
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.start, self.choose, self.to_default, self.to_folder):
            widget.setEnabled(not busy)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(not busy)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.result_line.setStyleSheet("color: #b71c1c;" if error else "")
        self.result_line.setText(text)

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # a backup is being written: its outcome must be seen
        super().reject()
