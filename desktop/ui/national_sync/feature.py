"""Synchronisation's place in the main window: the status area, the menu with "Kirim sekarang"
(F9), the sync panel (Ctrl+F9) and the mapping editor, the round runner behind them, and
Pengaturan › Sinkronisasi SP4N-LAPOR!, which opens the settings on their Sinkronisasi tab (the
place every "not set up" message points to).

The window calls `set_desk` once the database is open, `local_change` after a save, and `stop`
before the desk closes; the rest is wired here, so the window itself stays thin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.domain.access import Permission
from desktop.ui.national_sync.runner import SyncRunner
from desktop.ui.national_sync.status_area import RoundMessages, SyncStatusArea
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.values import StorageFault
    from desktop.ui.menus import DeskMenus
    from desktop.ui.national_sync.panel import SyncPanel
    from sync.desk import NationalSync


class SyncFeature(QObject):
    """Owns the runner (`runner`), the status area (`status_area`) and the open panel
    (`panel`, None while closed).

    Signals:
        settingsSaved: the settings dialog it opened was saved (the window shows and uses the
            desk's settings again). For the rounds' own signals see `SyncRunner`'s.
    """

    settingsSaved = Signal()

    def __init__(self, window: QMainWindow, menus: DeskMenus, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._desk: Desk | None = None
        self.national_sync: NationalSync | None = None  # handed in with the desk (see set_desk)
        self.panel: SyncPanel | None = None
        self.runner = SyncRunner(runner, self)
        self.status_area = SyncStatusArea(window)
        self.status_area.hide()  # until the desk is open and its figures are read
        window.statusBar().insertPermanentWidget(0, self.status_area)
        messages = RoundMessages(window.statusBar())
        self._in_office = False  # a joined desk: the office server talks to LAPOR!, not this desk
        self.runner.statusChanged.connect(self._status_read)
        self.runner.runningChanged.connect(self.status_area.set_sending)
        self.runner.progressed.connect(messages.show_progress)
        self.runner.roundFinished.connect(messages.show_finished)
        self.runner.failed.connect(self._fault)
        self.status_area.clicked.connect(self.open_panel)

        bar = window.menuBar()
        menu = self.menu = QMenu(QCoreApplication.translate("SyncFeature", "S&ynchronisation"), bar)
        bar.insertMenu(bar.actions()[-1], menu)  # before Help, which stays last
        self.send_now = menu.addAction(
            QCoreApplication.translate("SyncFeature", "&Send now to SP4N-LAPOR!")
        )
        self.send_now.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.send_now.triggered.connect(self._send_now)
        self.open_panel_action = menu.addAction(
            QCoreApplication.translate("SyncFeature", "Synchronisation &panel…")
        )
        self.open_panel_action.setShortcut(QKeySequence("Ctrl+F9"))
        self.open_panel_action.triggered.connect(self.open_panel)
        menu.addSeparator()
        self.mapping = menu.addAction(QCoreApplication.translate("SyncFeature", "LAPOR! &mapping…"))
        self.mapping.triggered.connect(self._edit_mapping)
        # The window shows, hides and enables guarded actions as officers sign in and out.
        menus.guarded[self.send_now] = Permission.VIEW_COMPLAINTS
        menus.guarded[self.open_panel_action] = Permission.VIEW_COMPLAINTS
        menus.guarded[self.mapping] = Permission.MANAGE_REFERENCE

        # Under Pengaturan, beside Kantor…, where IT staff look for a desk's settings.
        settings_menu = menus.office.parent()
        assert isinstance(settings_menu, QMenu)
        self.settings_action = QAction(
            QCoreApplication.translate("SyncFeature", "SP4N-LAPOR! s&ynchronisation…"),
            settings_menu,
        )
        after_office = settings_menu.actions()[settings_menu.actions().index(menus.office) + 1]
        settings_menu.insertAction(after_office, self.settings_action)
        self.settings_action.triggered.connect(self.open_settings)
        menus.guarded[self.settings_action] = Permission.MANAGE_SETTINGS

    def set_desk(self, desk: Desk, national_sync: NationalSync) -> None:
        """The opened desk and its national sync, built for it by the composition root."""
        self._desk = desk
        self.national_sync = national_sync
        self.runner.set_desk(desk, national_sync)

    def local_change(self) -> None:
        self.runner.local_change()

    def settings_changed(self) -> None:
        self.runner.settings_changed()

    def stop(self) -> None:
        self.runner.stop()

    def set_in_office(self, in_office: bool) -> None:
        """A desk that joined an office sends nothing to LAPOR! itself: its LAPOR! status would
        only say "not connected", so the office's status area stands in its place."""
        self._in_office = in_office
        self.status_area.setVisible(not in_office and self.runner.status is not None)

    def _status_read(self, status: object) -> None:
        self.status_area.setVisible(not self._in_office)
        self.status_area.show_status(status)  # type: ignore[arg-type]

    def _signed_in(self) -> bool:
        return self._desk is not None and self._desk.access.current is not None

    def _send_now(self) -> None:
        if self._signed_in():
            self.runner.send_now()

    def open_panel(self) -> None:
        """Show the sync panel (raised if it is open already)."""
        desk, national_sync = self._desk, self.national_sync
        if desk is None or national_sync is None or desk.access.current is None:
            return
        if self.panel is not None:
            self.panel.show()
            self.panel.raise_()
            self.panel.activateWindow()
            return
        from desktop.ui.national_sync.panel import SyncPanel

        may_reconcile = desk.access.current.may(Permission.RECONCILE_SYNC)
        panel = SyncPanel(self.runner, national_sync, self._runner, may_reconcile, self._window)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Another officer (after the lock) gets a panel built for their role.
        panel.finished.connect(lambda _result: setattr(self, "panel", None))
        self.panel = panel
        panel.show()
        self.runner.refresh()

    def _edit_mapping(self) -> None:
        desk, national_sync = self._desk, self.national_sync
        if desk is None or national_sync is None or desk.access.current is None:
            return
        from desktop.ui.national_sync.mapping_dialog import MappingDialog

        dialog = MappingDialog(national_sync, desk, self._runner, self._window)
        dialog.exec()

    def open_settings(self, *, on_sync_tab: bool = True) -> None:
        """The desk's settings (Pengaturan › Kantor… opens them on their first tab, the sync
        menu on their Sinkronisasi tab)."""
        desk, national_sync = self._desk, self.national_sync
        if desk is None or national_sync is None or desk.access.current is None:
            return
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(desk.settings, self._runner, self._window, sync=national_sync)
        if on_sync_tab and dialog.sync_tab is not None:
            dialog.tabs.setCurrentWidget(dialog.sync_tab)
        if not dialog.exec():
            return
        # The dialog also holds the office and the time limits: the window shows and uses
        # them again (its handler calls settings_changed here too, for the rounds).
        self.settingsSaved.emit()

    def _fault(self, error: StorageFault) -> None:
        self._window.statusBar().showMessage(fault_message(error.kind), 10_000)
