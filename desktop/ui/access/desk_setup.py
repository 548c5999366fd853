"""Creating a new desk from the set-up page: the encrypted database and its administrator,
then IT staff's configuration file if one was chosen, then the recovery key shown once; then
the desk joins its office server in the background, if the page or the file gave a join code.

The file was checked before anything was made; it is checked again against the new desk and
applied by the administrator just created. Whatever happens to the file, the desk exists by
then, so its recovery key is always shown: a file that cannot be applied only says so, and the
administrator applies it later from Settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.services.account_values import InvalidAccountError, NewAccount
from desktop.services.values import FileTooLargeError, StorageFault
from desktop.ui.access.texts import account_problem_message
from desktop.ui.provisioning.outcome import applied_message
from desktop.ui.provisioning.texts import problem_line
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import CreatedDesk, OpenedDesk
    from desktop.services.provisioning_file import Provisioned
    from desktop.services.sync_credentials import ApiCredentials
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("desktop.ui")


@dataclass(frozen=True)
class _NewDesk:
    created: CreatedDesk
    provisioned: Provisioned | None = None
    # Why the file could not be applied (the desk was made all the same):
    file_error: str = ""  # it cannot be read any more
    fault: StorageFault | None = None  # the database refused the write


class DeskSetup(QObject):
    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        data_dir: Path,
        regions_csv: Path,
        on_opened: Callable[[OpenedDesk], None],
        offered_file: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._data_dir = data_dir
        self._regions_csv = regions_csv
        self._on_opened = on_opened
        window.setup_page.submitted.connect(self.create)
        if offered_file is not None:
            window.setup_page.offer_file(offered_file)

    def create(self, new: NewAccount) -> None:
        page = self._window.setup_page
        panel = page.provisioning
        file, credentials = panel.file, panel.typed_credentials()
        shared = file is not None and file == page.offered_file
        data_dir, regions_csv = self._data_dir, self._regions_csv

        def job() -> _NewDesk:
            from desktop.services.desk import create_desk

            created = create_desk(data_dir, regions_csv, new)
            if file is None:
                return _NewDesk(created)
            return _apply_file(created, file, credentials, shared)

        self._runner.submit(job, self._created, self._failed)

    def _created(self, new: _NewDesk) -> None:
        from desktop.ui.access.recovery_key import RecoveryKeyShownDialog

        panel = self._window.setup_page.provisioning
        panel.stop()
        panel.forget_credentials()  # stored by now, or to be typed in Settings: not kept here
        self._on_opened(new.created.opened)
        RecoveryKeyShownDialog(new.created.recovery_key, self._window).exec()
        self._window.enter_workspace(new.created.opened.desk)
        # The code typed on the page (a file's own code joins once the file is applied).
        typed_code = self._window.setup_page.join.code()
        if typed_code:
            self._window.office.join_with(typed_code)
        title = self.tr("IT staff's configuration file")
        provisioned = new.provisioned
        if provisioned is not None and provisioned.applied is not None:
            running = self._window.language  # before the file's own is taken
            self._window.configuration_applied(provisioned)
            QMessageBox.information(self._window, title, applied_message(provisioned, running))
        elif provisioned is not None or new.file_error or new.fault is not None:
            if provisioned is not None:  # the file changed between the check and now
                reason = "\n".join(problem_line(p) for p in provisioned.checked.problems)
            elif new.fault is not None:
                reason = fault_message(new.fault.kind)
            else:
                reason = self.tr("the file cannot be read (%1)").replace("%1", new.file_error)
            QMessageBox.warning(
                self._window,
                title,
                self.tr(
                    "The desk was created, but the configuration file was not applied:\n%1\n\n"
                    "Apply it in Settings › Apply a configuration file."
                ).replace("%1", reason),
            )

    def _failed(self, error: BaseException) -> None:
        page = self._window.setup_page
        page.set_busy(False)
        if isinstance(error, InvalidAccountError):
            page.account.show_message(error.field, account_problem_message(error.problem))
        else:
            self._window.desk_failed(error)


def _apply_file(
    created: CreatedDesk, file: Path, credentials: ApiCredentials | None, shared: bool
) -> _NewDesk:
    """Never raises: the desk exists now, and its recovery key must be shown whatever happens
    to the file."""
    from desktop.services.provisioning_file import provision, read_file

    try:
        text = read_file(file)
        provisioned = provision(
            created.opened.desk, text, file.parent, credentials=credentials, for_all_users=shared
        )
    except (OSError, UnicodeDecodeError, FileTooLargeError) as error:
        return _NewDesk(created, file_error=getattr(error, "strerror", "") or type(error).__name__)
    except StorageFault as fault:
        log.warning("the configuration file was not applied: %s", fault.kind)
        return _NewDesk(created, fault=fault)
    except Exception as error:  # the type only: a message could hold a path or a value
        log.error("the configuration file was not applied (%s)", type(error).__name__)
        return _NewDesk(created, file_error=type(error).__name__)
    return _NewDesk(created, provisioned)
