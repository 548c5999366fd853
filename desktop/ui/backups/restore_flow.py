"""The restore after the officer confirmed it: sign everyone out, stop the window's workers,
close the desk, restore and reopen it on the database worker, then ask for a sign-in.

Run by the start-up gate, which owns opening the desk: a reopened desk goes through the same
start-up as any other (upkeep, due dates, the automatic backup).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.desk import Desk, OpenedDesk
    from desktop.services.desk_restore import RestoredDesk
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("desktop.ui")


class RestoreFlow(QObject):
    """Signals: none; `finished` is a callback (the gate's "desk opened")."""

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        regions_csv: Path,
        reopened: Callable[[OpenedDesk], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._regions_csv = regions_csv
        self._reopened = reopened
        self._failed = failed

    def restore(self, desk: Desk, backup: Path) -> None:
        # Everyone signed out and the window's workers stopped before the desk closes.
        actor = desk.access.current
        if actor is None:
            return
        window = self._window
        window.lock()
        window.stop_background_work()
        window.pages.setCurrentWidget(window.login_page)
        window.login_page.show_welcome()
        window.login_page.set_busy(True)
        window.login_page.show_notice(
            QCoreApplication.translate(
                "RestoreFlow", "Restoring the backup… Meja Aduan opens again by itself."
            )
        )
        regions_csv = self._regions_csv

        def job() -> RestoredDesk:
            from desktop.services.desk_restore import restore_and_reopen

            return restore_and_reopen(desk, backup, regions_csv, actor)

        self._runner.submit(job, self._done, self._failed)

    def _done(self, result: RestoredDesk) -> None:
        from desktop.ui.backups.texts import refusal_message
        from desktop.ui.texts import format_datetime

        self._reopened(result.opened)
        page = self._window.login_page
        page.show_welcome()
        if result.outcome is None:
            assert result.refused is not None
            text = QCoreApplication.translate(
                "RestoreFlow", "The backup was not restored. %1"
            ).replace("%1", refusal_message(result.refused))
            page.show_error(text)
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("RestoreFlow", "Restore from a backup"),
                text,
            )
            return
        restored = result.outcome.restored
        kept = result.outcome.replaced
        log.info("restored backup %s in the app", backup_name(result))
        text = QCoreApplication.translate(
            "RestoreFlow",
            "The backup of %1 was restored. The data it replaced is kept as %2 in the backups "
            "folder. Sign in again.",
        )
        page.show_notice(
            text.replace("%1", format_datetime(restored.created_at)).replace(
                "%2", kept.name if kept else "-"
            )
        )


def backup_name(result: RestoredDesk) -> str:
    return result.outcome.restored.path.name if result.outcome else ""
