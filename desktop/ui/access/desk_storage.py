"""The desk's storage as the start-up gate sees it: a database that cannot be used (the rescue
window and its restore), a desk opened read-only (a window saying why), and the full check run
on the database worker after every opening (the status bar and, for damage, a window).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.services.values import (
    BackupRefusedError,
    DeskInUseError,
    DeskUnusableError,
    StorageFault,
)
from desktop.ui.access.desk_rescue import DeskRescueDialog
from desktop.ui.access.storage_texts import damage_found_message, read_only_message
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.desk import Desk, OpenedDesk
    from desktop.services.desk_health import IntegrityResult
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("desktop.ui")


class DeskStorage(QObject):
    """Signals: none; `opened` is a callback (the gate's "desk opened")."""

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        data_dir: Path,
        regions_csv: Path,
        opened: Callable[[OpenedDesk], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._data_dir = data_dir
        self._regions_csv = regions_csv
        self._opened = opened
        self._key: bytes | None = None
        self.rescue: DeskRescueDialog | None = None

    # ------------------------------------------------------------ a database that cannot be used
    def show_unusable(self, error: DeskUnusableError, key: bytes | None) -> None:
        """The rescue window; `key` (the keyring's) restores without asking for the recovery
        key."""
        self._key = key
        window = self._window
        window.database_label.setText(self.tr("Database not available"))
        window.login_page.set_busy(False)
        window.login_page.refuse(self.tr("The desk's database cannot be used: see the window."))
        self.rescue = DeskRescueDialog(error, window)
        self.rescue.restoreRequested.connect(self._restore)
        self.rescue.open()

    def _restore(self, backup: Path) -> None:
        key, recovery_key = self._key, None
        if key is None:
            from desktop.ui.access.recovery_key import RecoveryKeyEntryDialog

            dialog = RecoveryKeyEntryDialog(self._window)
            if not dialog.exec():
                return
            recovery_key = dialog.key.text()
        data_dir, regions_csv = self._data_dir, self._regions_csv

        def job() -> OpenedDesk:
            from desktop.services.desk_rescue import restore_unusable_desk

            return restore_unusable_desk(
                data_dir, backup, regions_csv, key=key, recovery_key=recovery_key
            )

        self._window.login_page.set_busy(True)
        self._window.login_page.show_notice(
            self.tr("Restoring the backup… Meja Aduan opens again by itself.")
        )
        self._runner.submit(job, self._restored, self._restore_failed)

    def _restored(self, opened: OpenedDesk) -> None:
        page = self._window.login_page
        page.reset()
        self._opened(opened)
        page.show_notice(self.tr("The backup was restored. Sign in again."))

    def _restore_failed(self, error: BaseException) -> None:
        from desktop.ui.backups.texts import refusal_message

        self._window.login_page.set_busy(False)
        if isinstance(error, DeskUnusableError):
            self.show_unusable(error, self._key)
            return
        if not isinstance(error, BackupRefusedError | DeskInUseError | StorageFault):
            raise error
        QMessageBox.warning(
            self._window,
            self.tr("Restore a backup"),
            self.tr("The backup was not restored. %1").replace("%1", refusal_message(error)),
        )
        if self.rescue is not None:
            self.rescue.open()

    # ------------------------------------------------------------ an open desk
    def desk_opened(self, desk: Desk) -> None:
        """Say so when the desk opened read-only, then run the full check on the worker."""
        if desk.read_only is not None:
            text = read_only_message(desk.read_only, self._data_dir)
            self._window.database_label.setText(self.tr("Read-only"))
            self._window.statusBar().showMessage(text)
            QMessageBox.warning(self._window, self.tr("The desk is read-only"), text)
        self._runner.submit(desk.check_integrity, self._checked, self._check_failed)

    def _checked(self, result: IntegrityResult) -> None:
        if result.sound:
            self._window.statusBar().showMessage(self.tr("Database checked: no damage."), 10_000)
            return
        assert result.problem is not None
        problem = result.problem

        def newest() -> Path | None:
            from desktop.services.desk_finder import DeskPaths
            from desktop.services.desk_health import newest_verified_backup

            return newest_verified_backup(DeskPaths(self._data_dir))

        self._window.database_label.setText(self.tr("Database damaged"))
        self._window.statusBar().showMessage(self.tr("Database damaged: nothing can be saved."))
        self._runner.submit(
            newest, lambda found: self._tell_damage(problem, found), self._check_failed
        )

    def _tell_damage(self, problem: str, newest: Path | None) -> None:
        QMessageBox.critical(
            self._window,
            self.tr("The database is damaged"),
            damage_found_message(problem, newest),
        )

    def _check_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageFault):
            raise error
        log.warning("the full check could not run: %s", error.kind)
        self._window.statusBar().showMessage(self.tr("The database could not be checked."))
