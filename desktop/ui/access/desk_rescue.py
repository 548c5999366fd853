"""The window for a desk whose database cannot be used (missing, empty, foreign or damaged):
what happened, and a way to restore the newest verified backup or another backup file.

Shown by the start-up gate instead of the set-up or sign-in page; the restore itself is the
gate's (it holds the key and opens the desk afterwards).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.values import DeskUnusableError
from desktop.ui.access.storage_texts import unusable_message


class DeskRescueDialog(QDialog):
    """Signals:
    restoreRequested(object): the backup file (a Path) chosen to restore.
    """

    restoreRequested = Signal(object)

    def __init__(self, error: DeskUnusableError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The desk's database cannot be used"))
        self._folder = error.newest_backup.parent if error.newest_backup else None
        self.message = QLabel(unusable_message(error), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.restore_newest = QPushButton(self.tr("Restore the newest backup"), self)
        self.choose = QPushButton(self.tr("Restore a backup…"), self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        if error.newest_backup is not None:
            newest = error.newest_backup
            buttons.addButton(self.restore_newest, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_newest.clicked.connect(lambda: self._chosen(newest))
            self.restore_newest.setDefault(True)
        else:
            self.restore_newest.hide()
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self._folder or Path.home()),
            self.tr("Meja Aduan backups (*.zip)"),
        )
        if path:
            self._chosen(Path(path))

    def _chosen(self, backup: Path) -> None:
        self.accept()
        self.restoreRequested.emit(backup)
