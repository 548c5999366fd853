"""Office mode's place in the main window: the status area ("Server kantor: tersambung ·
N menunggu"), "Tukar data dengan server kantor sekarang" in the synchronisation menu (F9 on a
joined desk, where the desk sends nothing to SP4N-LAPOR! itself), Pengaturan › Gabung ke server
kantor…, and the runner behind them.

The window calls `set_desk` once the database is open, `local_change` after a save and `stop`
before the desk closes; it reloads its lists on `runner.officeChanged`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.domain.access import Permission
from desktop.ui.office.runner import OfficeRunner
from desktop.ui.office.status_area import OfficeStatusArea
from desktop.ui.office.texts import exchange_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.values import StorageFault
    from desktop.ui.menus import DeskMenus
    from desktop.ui.national_sync.feature import SyncFeature
    from sync.office.desk import OfficeStatus, OfficeSync
    from sync.office.exchange import ExchangeReport
    from sync.office.join import JoinOutcome

# Long enough to read the sentence and act on it.
MESSAGE_MS = 20_000
# Faults said in a message box once (IT staff must act); "offline" only in the status bar.
_NEEDS_IT_STAFF = ("refused", "version_refused")


class OfficeFeature(QObject):
    """Owns the runner (`runner`) and the status area (`status_area`, shown on a joined
    desk only).

    Signals:
        joined(object): this desk joined an office (the JoinOutcome): its office code may be
            new, so the window shows its settings again.
    """

    joined = Signal(object)

    def __init__(
        self, window: QMainWindow, menus: DeskMenus, runner: TaskRunner, sync: SyncFeature
    ) -> None:
        super().__init__(window)
        self._window = window
        self._sync = sync
        self._desk: Desk | None = None
        self._told = ""  # the fault last said: each is said once, until things go well again
        self._fault_shown = ""  # its words in the status bar, taken away once things go well
        self.runner = OfficeRunner(runner, self)
        self.status_area = OfficeStatusArea(window)
        self.status_area.hide()
        window.statusBar().insertPermanentWidget(0, self.status_area)
        self.runner.statusChanged.connect(self._status_read)
        self.runner.runningChanged.connect(self.status_area.set_exchanging)
        self.runner.exchanged.connect(self._exchanged)
        self.runner.failed.connect(self._fault)
        self.status_area.clicked.connect(self.exchange_now)

        self.exchange_action = QAction(self.tr("E&xchange with the office server now"), window)
        sync.menu.insertAction(sync.send_now, self.exchange_action)
        self.exchange_action.setVisible(False)  # on a joined desk only
        self.exchange_action.triggered.connect(self.exchange_now)

        settings_menu = menus.office.parent()
        assert isinstance(settings_menu, QMenu)
        self.join_action = QAction(self.tr("&Join an office server…"), settings_menu)
        actions = settings_menu.actions()
        after_sync = actions[actions.index(sync.settings_action) + 1]
        settings_menu.insertAction(after_sync, self.join_action)
        self.join_action.triggered.connect(self.open_join)
        menus.guarded[self.join_action] = Permission.MANAGE_SETTINGS

    def set_desk(self, desk: Desk, office: OfficeSync) -> None:
        self._desk = desk
        self._told = ""
        self.runner.set_office(office)

    def local_change(self) -> None:
        self.runner.local_change()

    def stop(self) -> None:
        self.runner.stop()

    def exchange_now(self) -> None:
        if self.runner.joined:
            self._told = ""  # asked: the outcome is said again
            self.runner.exchange_now()

    def _status_read(self, status: OfficeStatus | None) -> None:
        joined = status is not None
        self.status_area.setVisible(joined)
        self.exchange_action.setVisible(joined)
        # F9 is "send now": to the office server on a joined desk, to SP4N-LAPOR! otherwise.
        f9 = QKeySequence(Qt.Key.Key_F9)
        self.exchange_action.setShortcut(f9 if joined else QKeySequence())
        self._sync.send_now.setShortcut(QKeySequence() if joined else f9)
        self._sync.set_in_office(joined)
        if status is not None:
            self.status_area.show_status(status)

    def _exchanged(self, report: ExchangeReport) -> None:
        outcome = report.outcome.name.lower()
        bar = self._window.statusBar()
        if outcome in ("done", "busy", "not_joined"):
            if outcome == "done":
                self._told = ""
                # A fault said a moment ago is over: it does not stay beside "tersambung".
                if self._fault_shown and bar.currentMessage() == self._fault_shown:
                    bar.clearMessage()
                self._fault_shown = ""
            return
        if outcome == self._told:
            return  # said once already
        self._told = outcome
        text = exchange_message(outcome)
        bar.showMessage(text, MESSAGE_MS)
        self._fault_shown = text
        if outcome in _NEEDS_IT_STAFF:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Office server"), text, parent=self._window
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec: the exchange's loop goes on behind it, nothing waits

    def _fault(self, error: StorageFault) -> None:
        self._window.statusBar().showMessage(fault_message(error.kind), 10_000)

    def join_with(self, code: str) -> None:
        """Join with a code that came from elsewhere (the set-up page, IT staff's configuration
        file), in the background; a refusal is said in a message box, with where to join later.
        A desk that has joined already keeps its office."""
        if self._desk is None or self.runner.joined:
            return
        self._window.statusBar().showMessage(self.tr("Joining the office server…"), MESSAGE_MS)
        self.runner.join(code, self._joined_with, lambda error: self._join_refused(error, code))

    def _joined_with(self, outcome: JoinOutcome) -> None:
        self.joined.emit(outcome)
        self._say_joined(outcome)

    def _join_refused(self, error: BaseException, code: str) -> None:
        from desktop.ui.office.join_dialog import refusal_for

        reason = refusal_for(error, code)
        if reason is None:
            raise error
        self._window.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Office server"),
            self.tr(
                "This desk did not join the office server:\n%1\n\nJoin it later in "
                "Settings › Join an office server…"
            ).replace("%1", reason),
            parent=self._window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _say_joined(self, outcome: JoinOutcome) -> None:
        self._window.statusBar().showMessage(
            self.tr(
                "This desk joined the office as desk %1; its history goes to the office now."
            ).replace("%1", outcome.desk_code),
            MESSAGE_MS,
        )

    def open_join(self) -> None:
        desk = self._desk
        if desk is None or desk.access.current is None:
            return
        from desktop.ui.office.join_dialog import JoinDialog

        dialog = JoinDialog(self.runner, self.runner.status, self._window)
        if not dialog.exec() or dialog.outcome is None:
            return
        self._joined_with(dialog.outcome)
