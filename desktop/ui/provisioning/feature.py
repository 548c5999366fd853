"""Provisioning in the main window: Settings › Apply a configuration file (administrators) and
Settings › Export the desk configuration, to set up the next desk the same way.

The export holds no secret and no personal data (services.provisioning_file.export_text); it is
written on the window's database runner, which it needs for reading the settings anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.domain.access import Permission
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.ui.menus import DeskMenus
    from desktop.ui.provisioning.apply_dialog import ApplyConfigurationDialog


class ProvisioningFeature(QObject):
    """Signals:
    applied(object): a configuration file was applied (the Provisioned outcome).
    exported(object): the desk configuration was written to this file (a Path).
    """

    applied = Signal(object)
    exported = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        menus: DeskMenus,
        runner: TaskRunner,
        language: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._language = language
        self._desk: Desk | None = None
        settings_menu = menus.office.parent()
        assert isinstance(settings_menu, QMenu)
        after_privacy = settings_menu.actions()[settings_menu.actions().index(menus.privacy) + 1]
        self.apply_action = settings_menu.addAction(
            QCoreApplication.translate("ProvisioningFeature", "Apply a &configuration file…")
        )
        self.export_action = settings_menu.addAction(
            QCoreApplication.translate("ProvisioningFeature", "E&xport the desk configuration…")
        )
        for action in (self.apply_action, self.export_action):
            settings_menu.insertAction(after_privacy, action)
            menus.guarded[action] = Permission.MANAGE_SETTINGS
        settings_menu.insertSeparator(after_privacy)
        self.apply_action.triggered.connect(self.open_apply_dialog)
        self.export_action.triggered.connect(self.ask_export)

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def open_apply_dialog(self) -> ApplyConfigurationDialog | None:
        if self._desk is None:
            return None
        # Imported when first opened, as the window's other dialogs: not on the first window.
        from desktop.ui.provisioning.apply_dialog import ApplyConfigurationDialog

        dialog = ApplyConfigurationDialog(self._desk, self._runner, self._language(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
        dialog.applied.connect(self.applied)
        dialog.open()
        return dialog

    def ask_export(self) -> None:
        if self._desk is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("ProvisioningFeature", "Export the desk configuration"),
            str(Path(folder) / "meja-aduan-desk.toml"),
            QCoreApplication.translate("ProvisioningFeature", "Desk configuration (*.toml)"),
        )
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> None:
        desk, language = self._desk, self._language()
        if desk is None:
            return

        def job() -> Path:
            from desktop.services.provisioning_file import export_file

            export_file(desk, language, target)
            return target

        self._runner.submit(job, self._exported, self._export_failed, owner=self)

    def _exported(self, target: Path) -> None:
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("ProvisioningFeature", "Export the desk configuration"),
            QCoreApplication.translate(
                "ProvisioningFeature",
                "The desk configuration was written to %1. It holds no passwords, API key or "
                "token and no personal data; the next desk needs its own key and token.",
            ).replace("%1", str(target)),
        )
        self.exported.emit(target)

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, StorageFault):
            text = fault_message(error.kind)
        elif isinstance(error, OSError):
            text = QCoreApplication.translate(
                "ProvisioningFeature",
                "The file cannot be written there (%1). Choose another folder.",
            ).replace("%1", error.strerror or type(error).__name__)
        else:
            raise error
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("ProvisioningFeature", "Export the desk configuration"),
            text,
        )
