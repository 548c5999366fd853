"""Backups in the main window: the menu Desk › Backups (admin) and the desk's automatic backup.

The automatic backup (`Backups.backup_if_due`) runs when the desk has opened and its start-up
upkeep is done, then every hour; it needs no signed-in officer. Backups (automatic and manual)
and the checks before a restore read the whole database and attachment folder, so they run on
a worker of their own: on the window's database runner they would hold up every save for as
long as the copy takes. A failure says what to do in the status bar and never stops the app.

The restore itself closes and reopens the desk, which the start-up gate owns: the dialog ends
with `restoreConfirmed`, and the gate does the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.domain.access import Permission
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.ui.menus import DeskMenus

log = logging.getLogger("desktop.ui")

HOURLY_MS = 60 * 60 * 1000
# How dialogs run their jobs: `work(job, on_done, on_error, owner)` on the backups' worker.
Work = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None], QObject | None],
    None,
]


class BackupFeature(QObject):
    """Signals:
    restoreConfirmed(object): the officer confirmed restoring this backup file (a Path).
    automaticChecked(object): an automatic backup check ended: the BackupInfo written, or
        None (none was due, or it failed: the status bar says so).
    """

    restoreConfirmed = Signal(object)
    automaticChecked = Signal(object)

    def __init__(self, window: QMainWindow, menus: DeskMenus) -> None:
        super().__init__(window)
        self._window = window
        self._desk: Desk | None = None
        self._worker: TaskRunner | None = None
        self._automatic_running = False
        self._timer = QTimer(self)
        self._timer.setInterval(HOURLY_MS)
        self._timer.timeout.connect(self.check_automatic)

        desk_menu = window.menuBar().actions()[0].menu()
        assert isinstance(desk_menu, QMenu)
        self.menu = QMenu(QCoreApplication.translate("BackupFeature", "&Backups"), desk_menu)
        desk_menu.insertMenu(menus.quit, self.menu)
        desk_menu.insertSeparator(menus.quit)
        self.backup_now = self.menu.addAction(
            QCoreApplication.translate("BackupFeature", "&Back up now…")
        )
        self.backup_now.triggered.connect(self.open_backup_dialog)
        self.restore = self.menu.addAction(
            QCoreApplication.translate("BackupFeature", "&Restore from a backup…")
        )
        self.restore.triggered.connect(self.open_restore_dialog)
        self.menu.addSeparator()
        self.schedule = self.menu.addAction(
            QCoreApplication.translate("BackupFeature", "Backup &schedule…")
        )
        self.schedule.triggered.connect(self.open_schedule_dialog)
        for action in (self.menu.menuAction(), self.backup_now, self.restore, self.schedule):
            menus.guarded[action] = Permission.MANAGE_BACKUPS

    # ------------------------------------------------------------ the desk
    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def start_automatic(self, desk: Desk) -> None:
        """The desk's start-up upkeep is done: check now, then every hour."""
        self._desk = desk
        self._timer.start()
        self.check_automatic()

    @property
    def busy(self) -> bool:
        """A backup or a check is running."""
        return self._worker is not None and self._worker.busy

    def stop(self) -> None:
        """Stop the hourly check and wait for a running backup (the desk is about to close)."""
        self._timer.stop()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown()
            worker.deleteLater()
        self._automatic_running = False

    def work(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None = None,
    ) -> None:
        """Run a backup job on the backups' own worker (started when first needed)."""
        if self._worker is None:
            self._worker = TaskRunner("backups", self)
        self._worker.submit(job, on_done, on_error, owner=owner)

    # ------------------------------------------------------------ automatic backups
    def check_automatic(self) -> None:
        desk = self._desk
        if desk is None or self._automatic_running:
            return
        self._automatic_running = True
        self.work(desk.backups.backup_if_due, self._automatic_done, self._automatic_failed)

    def _automatic_done(self, made: object) -> None:
        self._automatic_running = False
        self.automaticChecked.emit(made)

    def _automatic_failed(self, error: BaseException) -> None:
        from desktop.ui.backups.texts import backup_fault_message

        self._automatic_running = False
        if isinstance(error, StorageFault):
            log.warning("automatic backup not made: %s", error.kind)
            advice = backup_fault_message(error.kind)
        else:  # a bug; the desk goes on working, and the log has the details for IT staff
            log.error("automatic backup failed", exc_info=error)
            advice = QCoreApplication.translate(
                "BackupFeature", "IT staff: see the log file in the data folder."
            )
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupFeature",
                "The automatic backup was not made. %1 It is tried again within the hour.",
            ).replace("%1", advice)
        )
        self.automaticChecked.emit(None)

    # ------------------------------------------------------------ the menu's dialogs
    def _admin_desk(self) -> Desk | None:
        desk = self._desk
        if desk is None or not desk.access.allows(Permission.MANAGE_BACKUPS):
            return None
        return desk

    def open_backup_dialog(self) -> None:
        desk = self._admin_desk()
        if desk is None:
            return
        from desktop.ui.backups.backup_dialog import BackupNowDialog

        BackupNowDialog(desk.backups, desk.paths.backups, self.work, self._window).exec()

    def open_restore_dialog(self) -> None:
        desk = self._admin_desk()
        if desk is None:
            return
        if self._automatic_running:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "BackupFeature", "An automatic backup is being made; restore when it is done."
                ),
                10_000,
            )
            return
        from desktop.ui.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(desk.backups, desk.paths.backups, self.work, self._window)
        if dialog.exec() and dialog.chosen is not None:
            self.restoreConfirmed.emit(dialog.chosen)

    def open_schedule_dialog(self) -> None:
        desk = self._admin_desk()
        if desk is None:
            return
        from desktop.ui.backups.schedule_dialog import ScheduleDialog

        ScheduleDialog(desk.backups, self.work, self._window).exec()
