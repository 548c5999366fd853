"""From start-up to a signed-in officer: set-up, sign-in, recovery key and the idle lock.

The database work (finding, creating, opening, checking passwords) runs on the task runner;
the services behind it are imported there, so the window comes up before SQLAlchemy loads.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.services.account_values import (
    LoginRefusal,
    LoginRefusedError,
    WrongRecoveryKeyError,
)
from desktop.services.values import DeskUnusableError, StorageFault
from desktop.ui.access.desk_storage import DeskStorage
from desktop.ui.access.texts import login_refusal_message
from desktop.ui.backups.restore_flow import RestoreFlow
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.access import Actor
    from desktop.services.desk import Desk, OpenedDesk, UpgradeStep
    from desktop.services.desk_finder import FoundDesk
    from desktop.services.keys import KeySlots, PasswordUnlock
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("desktop.ui")


class DeskGate(QObject):
    """Signals:
    upgrading(object): the database is being upgraded: an UpgradeStep, for each step (emitted
        on the worker thread that opens it; shown on the GUI thread).
    """

    upgrading = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        regions_csv: Path,
        runner: TaskRunner,
        window: MainWindow,
        offered_file: Path | None = None,
    ) -> None:
        """`offered_file`: IT staff's configuration file for every desk of this PC, which the
        set-up of a new desk offers (desktop.app.paths.offered_provisioning_file)."""
        super().__init__(window)
        self._data_dir = data_dir
        self._regions_csv = regions_csv
        self._offered_file = offered_file
        self._runner = runner
        self._window = window
        self._found: FoundDesk | None = None
        self.desk: Desk | None = None
        # The keyring's key is opening the desk: a sign-in typed meanwhile waits for it
        # instead of opening the database a second time through the password's key slot.
        self._opening = False
        self._waiting_sign_in: tuple[str, str] | None = None
        self._unlocker: PasswordUnlock | None = None  # made on the worker, when first needed
        window.login_page.submitted.connect(self._sign_in)
        window.login_page.recoveryRequested.connect(self._ask_recovery_key)
        self.upgrading.connect(self._show_upgrading)
        self._restore = RestoreFlow(
            window, runner, regions_csv, self._on_opened, window.desk_failed
        )
        self.storage = DeskStorage(window, runner, data_dir, regions_csv, self._on_opened)
        window.backups.restoreConfirmed.connect(self._restore_backup)

    def start(self) -> None:
        def find() -> FoundDesk:
            # Not services.desk: this must not wait for SQLAlchemy to load.
            from desktop.services.desk_finder import find_desk

            return find_desk(self._data_dir)

        self._runner.submit(find, self._on_found, self._window.desk_failed)

    def _on_found(self, found: FoundDesk) -> None:
        # Already loaded on the worker.
        from desktop.services.desk_finder import UNUSABLE_STATES, DeskState

        self._found = found
        if found.state in UNUSABLE_STATES:
            self._window.show_login()
            self._window.login_page.set_busy(True)

            def explain() -> DeskUnusableError:
                from desktop.services.desk_health import unusable_for_state

                return unusable_for_state(found.paths, found.state)

            self._runner.submit(
                explain,
                lambda error: self.storage.show_unusable(error, found.key),
                self._window.desk_failed,
            )
            return
        if found.state is DeskState.NEW:
            from desktop.ui.access.desk_setup import DeskSetup

            DeskSetup(
                self._window,
                self._runner,
                self._data_dir,
                self._regions_csv,
                self._on_opened,
                self._offered_file,
            )
            self._window.show_setup()
            return
        self._window.show_login()
        if found.state is DeskState.KEY_AVAILABLE and found.key is not None:
            key = found.key
            self._opening = True
            self._runner.submit(lambda: self._open(key), self._on_opened, self._open_failed)
        elif found.state is DeskState.UNENCRYPTED:
            self._window.database_label.setText(self.tr("Database not available"))
            self._window.login_page.refuse(
                self.tr(
                    "This data folder holds an unencrypted database from a test version of Meja "
                    "Aduan, which this version does not open. IT staff: move the folder away "
                    "(it holds personal data: delete it safely) and start again."
                )
            )
        elif found.state is DeskState.KEY_FILE_MISSING:
            self._window.login_page.show_error(
                self.tr(
                    "The key file of this desk is missing. IT staff: open it with the recovery key."
                )
            )
        elif found.state is DeskState.KEY_FILE_DAMAGED:
            self._window.login_page.show_error(
                self.tr(
                    "The key file of this desk is damaged. IT staff: open it with the recovery "
                    "key; the damaged file is kept aside."
                )
            )

    def _open(self, key: bytes) -> OpenedDesk:
        from desktop.services.desk import open_desk

        return open_desk(self._data_dir, self._regions_csv, key, on_upgrade=self.upgrading.emit)

    def _show_upgrading(self, step: UpgradeStep) -> None:
        if step.done == 0:
            log.info("upgrading the database from %s to %s", step.from_revision, step.to_revision)
        self._window.login_page.show_progress(step.done, step.total)
        if step.done == step.total:
            text = self.tr("Database updated; finishing…")
        elif step.done == 0:
            text = self.tr(
                "Updating the database for this version of Meja Aduan: making a backup first… "
                "Do not switch the computer off."
            )
        else:
            text = (
                self.tr(
                    "Updating the database for this version of Meja Aduan: step %1 of %2 done. "
                    "Do not switch the computer off."
                )
                .replace("%1", str(step.done))
                .replace("%2", str(step.total))
            )
        self._window.database_label.setText(self.tr("Updating the database…"))
        self._window.statusBar().showMessage(text)
        self._window.login_page.show_notice(text)

    def _restore_backup(self, backup: Path) -> None:
        if self.desk is not None:
            self._restore.restore(self.desk, backup)

    def _upgrade_over(self) -> None:
        """An upgrade's bar and "do not switch off" notice go once opening has ended, however
        it ended (a failed upgrade has put the old database back by then)."""
        page = self._window.login_page
        if not page.progress.isHidden():
            page.progress.hide()
            page.show_notice("")
            self._window.statusBar().clearMessage()

    def _open_failed(self, error: BaseException) -> None:
        self._upgrade_over()
        self._opening = False
        self._waiting_sign_in = None
        self._window.login_page.set_busy(False)
        if isinstance(error, DeskUnusableError):
            self.storage.show_unusable(error, self._found.key if self._found else None)
            return
        self._window.desk_failed(error)

    def _on_opened(self, opened: OpenedDesk) -> None:
        self._opening = False
        self.desk = opened.desk
        self._window.database_opened(opened.desk)
        log.info("desk opened at schema %s", opened.migration.to_revision)
        # First on the worker: the upkeep below writes, which a damaged file must refuse.
        self.storage.desk_opened(opened.desk)
        if opened.migration.changed and opened.migration.backup is not None:
            page = self._window.login_page
            self._upgrade_over()
            text = self.tr(
                "The database was updated for this version. The copy from before is kept in the "
                "backups folder."
            )
            page.show_notice(text)
            self._window.statusBar().showMessage(text, 15_000)
        waiting, self._waiting_sign_in = self._waiting_sign_in, None
        if waiting is not None:
            self._sign_in(*waiting)
        # The desk's upkeep whenever it opens: complaints past the retention period are
        # anonymised, attachment files nothing refers to any more are removed.
        people = opened.desk.people

        def upkeep() -> int:
            anonymised = people.apply_due_retention()
            people.remove_orphaned_files()
            return anonymised

        self._runner.submit(upkeep, self._retention_done, self._retention_failed)
        # Due dates stored under other rules (the upgrade that added them, a new holidays
        # release) are recomputed on a worker of the window's own: up to a minute on a large
        # desk, which the shared runner must not wait for.
        self._window.recalculate_due_dates()

    def _upkeep_over(self) -> None:
        # Then the automatic backup (its own worker): after the upkeep, so it holds its result.
        if self.desk is not None:
            self._window.backups.start_automatic(self.desk)

    def _retention_done(self, count: int) -> None:
        self._upkeep_over()
        if count:
            self._window.statusBar().showMessage(
                self.tr("%n complaint(s) past the retention period anonymised.", "", count), 10_000
            )

    def _retention_failed(self, error: BaseException) -> None:
        self._upkeep_over()
        if not isinstance(error, StorageFault):
            raise error
        log.warning("retention not applied this time: %s", error.kind)  # tried again next start

    # ------------------------------------------------------------ signing in
    def _sign_in(self, username: str, password: str) -> None:
        desk, found = self.desk, self._found
        if self._opening:
            self._waiting_sign_in = (username, password)
            return
        if desk is not None:
            self._runner.submit(
                lambda: desk.accounts.sign_in(username, password),
                self._on_signed_in,
                self._sign_in_failed,
            )
        elif found is not None and found.slots is not None:
            slots = found.slots
            self._runner.submit(
                lambda: self._unlock_and_sign_in(slots, username, password),
                self._on_unlocked,
                self._sign_in_failed,
            )
        elif found is None:
            self._window.login_page.show_error(
                self.tr("The database is still opening; try again in a moment.")
            )
        else:  # no key file: only the recovery key opens the desk now
            self._window.login_page.show_error(
                self.tr(
                    "Passwords cannot open this desk until IT staff open it once with the "
                    "recovery key."
                )
            )

    def _unlock_and_sign_in(self, slots: KeySlots, username: str, password: str) -> OpenedDesk:
        """No keyring entry: the password's key slot opens the database, then the sign-in."""
        from desktop.services.keys import PasswordUnlock

        if self._unlocker is None:
            self._unlocker = PasswordUnlock(lambda: dt.datetime.now(dt.UTC))
        unlocker = self._unlocker
        key = unlocker.unlock(slots, username, password)
        opened = self._open(key)
        accounts = opened.desk.accounts
        try:
            accounts.note_failed_unlocks(unlocker.unrecorded_failures)
            unlocker.unrecorded_failures = 0
            accounts.sign_in(username, password)
        except LoginRefusedError as refused:
            opened.desk.close()
            if refused.refusal is LoginRefusal.LOCKED:
                # The slot opened, so the password is right: "locked" here would confirm a
                # guess. The account's own screen said it was locked when that happened.
                raise LoginRefusedError(LoginRefusal.WRONG_CREDENTIALS) from refused
            raise
        except BaseException:
            opened.desk.close()
            raise
        opened.desk.keys.remember_in_keyring()
        return opened

    def _on_unlocked(self, opened: OpenedDesk) -> None:
        self._on_opened(opened)
        self._window.enter_workspace(opened.desk)

    def _on_signed_in(self, actor: Actor) -> None:
        assert self.desk is not None
        self._window.enter_workspace(self.desk)

    def _sign_in_failed(self, error: BaseException) -> None:
        self._upgrade_over()  # the password's key slot opened the desk, which failed to open
        page = self._window.login_page
        if isinstance(error, LoginRefusedError):
            page.show_error(login_refusal_message(error.refusal, error.locked_until))
        elif isinstance(error, StorageFault):
            page.show_error(fault_message(error.kind))
        elif isinstance(error, DeskUnusableError):
            self._open_failed(error)
        else:
            page.set_busy(False)
            self._window.desk_failed(error)

    # ------------------------------------------------------------ recovery key
    def _ask_recovery_key(self) -> None:
        if self.desk is not None:
            self._window.login_page.show_error(
                self.tr("The desk is already open: sign in with your own account.")
            )
            return
        from desktop.ui.access.recovery_key import RecoveryKeyEntryDialog

        dialog = RecoveryKeyEntryDialog(self._window)
        if not dialog.exec():
            return
        typed = dialog.key.text()

        def open_with_recovery_key() -> OpenedDesk:
            from desktop.services.desk import open_desk_with_recovery_key

            return open_desk_with_recovery_key(
                self._data_dir, self._regions_csv, typed, on_upgrade=self.upgrading.emit
            )

        self._window.login_page.set_busy(True)
        self._runner.submit(open_with_recovery_key, self._on_recovered, self._recovery_failed)

    def _on_recovered(self, opened: OpenedDesk) -> None:
        self._on_opened(opened)
        self._window.login_page.reset()
        self._window.login_page.message.setText(
            self.tr("The desk is open. Officers can sign in with their own passwords.")
        )

    def _recovery_failed(self, error: BaseException) -> None:
        if isinstance(error, WrongRecoveryKeyError):
            self._window.login_page.show_error(
                self.tr("That recovery key does not open this desk. Nothing was changed.")
            )
        else:
            self._sign_in_failed(error)
