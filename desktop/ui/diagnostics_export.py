"""Help › Export diagnostics: one zip for IT support (see desktop.services.diagnostics for what
it holds and what it keeps out), written on a worker of its own into the data folder's
`diagnostics/`, then shown with a button that opens that folder.

Any signed-in officer may use it: the zip holds no personal data and no secret, and support is
usually by telephone with whoever is at the desk.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from desktop.domain.access import Permission
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message, format_size

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.diagnostics import DiagnosticsExport
    from desktop.ui.menus import DeskMenus
    from sync.desk import NationalSync

log = logging.getLogger("desktop.ui")


class DiagnosticsFeature(QObject):
    """Signals:
    exported(object): the DiagnosticsExport written (after the message is shown).
    """

    exported = Signal(object)

    def __init__(self, window: QMainWindow, menus: DeskMenus) -> None:
        super().__init__(window)
        self._window = window
        self._desk: Desk | None = None
        self._national_sync: NationalSync | None = None
        self._worker: TaskRunner | None = None
        help_menu = window.menuBar().actions()[-1].menu()
        assert isinstance(help_menu, QMenu)
        first = help_menu.actions()[0] if help_menu.actions() else None
        self.action = help_menu.addAction(
            QCoreApplication.translate("DiagnosticsExport", "Export &diagnostics for IT support…")
        )
        if first is not None:
            help_menu.insertAction(first, self.action)
            help_menu.insertSeparator(first)
        self.action.triggered.connect(self.export)
        menus.guarded[self.action] = Permission.VIEW_COMPLAINTS  # every role

    def set_desk(self, desk: Desk, national_sync: NationalSync) -> None:
        self._desk = desk
        self._national_sync = national_sync

    @property
    def running(self) -> bool:
        return self._worker is not None

    def export(self) -> None:
        desk, national_sync = self._desk, self._national_sync
        if desk is None or national_sync is None or desk.access.current is None:
            return
        if self._worker is not None:
            return
        folder = desk.paths.data_dir / "diagnostics"
        environment: dict[str, dict[str, Any]] = {
            "versions": {"qt_runtime": qVersion(), "pyside6": pyside_version}
        }

        def job() -> DiagnosticsExport:
            environment["sync"] = sync_summary(national_sync)
            return desk.diagnostics.export(folder, environment)

        self._window.statusBar().showMessage(
            QCoreApplication.translate("DiagnosticsExport", "Collecting diagnostics…")
        )
        self._worker = TaskRunner("diagnostics", self)
        self._worker.submit(job, self._done, self._failed)

    def _end(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown()
            worker.deleteLater()

    def stop(self) -> None:
        self._end()

    def _done(self, made: DiagnosticsExport) -> None:
        self._end()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("DiagnosticsExport", "Diagnostics written: %1").replace(
                "%1", str(made.path)
            ),
            15_000,
        )
        box = result_box(made, self._window)
        open_folder = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.ActionRole
        )
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.path.parent)))
        self.exported.emit(made)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if not isinstance(error, StorageFault):
            raise error
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "DiagnosticsExport", "The diagnostics were not written. %1"
            ).replace("%1", fault_message(error.kind)),
            15_000,
        )


def result_box(made: DiagnosticsExport, parent: QWidget) -> QMessageBox:
    """Where the file went and what to do with it; its action button opens the folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("DiagnosticsExport", "Diagnostics for IT support"),
        QCoreApplication.translate(
            "DiagnosticsExport",
            "The diagnostics were written to:\n%1 (%2)\n\nSend this file to IT support. It "
            "holds versions, settings without passwords, the end of the log files and "
            "figures about the database; no complaint and no personal data.",
        )
        .replace("%1", str(made.path))
        .replace("%2", format_size(made.size)),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.addButton(
        QCoreApplication.translate("DiagnosticsExport", "&Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    return box


def sync_summary(national_sync: NationalSync) -> dict[str, Any]:
    """The outbox by state and the last round of the national sync (on the worker thread)."""
    try:
        status = national_sync.status()
    except Exception as error:  # the rest of the diagnostics matter more
        log.warning("sync status not read for the diagnostics: %s", type(error).__name__)
        return {"error": type(error).__name__}
    return {
        "enabled": status.enabled,
        "training": status.training,
        "base_url": status.base_url,
        "waiting": {str(state): count for state, count in status.waiting.items()},
        "last_round_at": status.last_round_at.isoformat() if status.last_round_at else None,
        "last_success_at": status.last_success_at.isoformat() if status.last_success_at else None,
        "last_outcome": status.last_outcome,
        "last_detail": status.last_detail,
        "credentials": str(status.credentials) if status.credentials else None,
    }
