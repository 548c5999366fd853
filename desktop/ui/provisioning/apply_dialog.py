"""Settings › Apply a desk configuration file: the same file and checks as `python -m desktop
provision FILE`, for an administrator at the desk.

The file is checked against this desk (a day off the desk already works counts); "Apply"
writes all of it in one transaction, then stores the key and token. The dialog stays open on
a problem or a fault, with everything chosen and typed kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.provisioning.file_panel import ProvisionFilePanel, UnreadableFileError
from desktop.ui.provisioning.outcome import applied_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.provisioning_file import CheckedFile, Provisioned


class ApplyConfigurationDialog(QDialog):
    """Signals:
    applied(object): the Provisioned outcome, after its message was shown and before the
        dialog closes (the window refreshes what the settings drive).
    """

    applied = Signal(object)

    def __init__(
        self, desk: Desk, runner: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._language = language
        self._applying = False
        self.setWindowTitle(self.tr("Apply a desk configuration file"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "IT staff's configuration file (.toml) sets the office, the SP4N-LAPOR! "
                "connection, the id mappings, the time limits and the backup schedule. The whole "
                "file is checked first; nothing is applied unless all of it is correct."
            ),
            self,
        )
        intro.setWordWrap(True)

        def check(text: str, file: Path, online: bool) -> CheckedFile:
            from desktop.services.provisioning_file import check_file
            from sync.reachability import why_unreachable

            probe = why_unreachable if online else None
            return check_file(text, file.parent, desk=desk, probe=probe)

        self.panel = ProvisionFilePanel(check, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.panel.checkedChanged.connect(self._checked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        self.panel.stop()
        super().done(result)

    def _checked(self) -> None:
        checked = self.panel.checked
        self.apply_button.setEnabled(checked is not None and not checked.problems)
        self.adjustSize()  # the summary or the problems appeared: show them whole

    def apply(self) -> None:
        self.message.clear()
        if self.panel.file is None or not self.panel.ready():
            return
        file, desk = self.panel.file, self._desk
        credentials = self.panel.typed_credentials()

        def job() -> Provisioned:
            from desktop.services.provisioning_file import provision

            try:
                text = file.read_text(encoding="utf-8")
            except UnicodeDecodeError as error:  # replaced since the check by something else
                raise UnreadableFileError("not text") from error
            return provision(desk, text, file.parent, credentials=credentials)

        self._set_applying(True)
        self._runner.submit(job, self._done, self._failed, owner=self)

    def _set_applying(self, applying: bool) -> None:
        self._applying = applying
        self.apply_button.setEnabled(not applying)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not applying)
        self.panel.setEnabled(not applying)

    def reject(self) -> None:
        if self._applying:
            return  # the file is being written: its outcome must be seen
        super().reject()

    def _done(self, provisioned: Provisioned) -> None:
        self._set_applying(False)
        if provisioned.applied is None:
            # The file (or the desk) changed since the check: nothing was applied; check again
            # and show what stands in the way now.
            self.message.setText(self.tr("The file changed since it was checked: see below."))
            if self.panel.file is not None:
                self.panel.choose_file(self.panel.file)
            return
        QMessageBox.information(
            self, self.windowTitle(), applied_message(provisioned, self._language)
        )
        self.panel.forget_credentials()  # stored, or reported as not stored: not kept here
        self.applied.emit(provisioned)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_applying(False)
        if isinstance(error, StorageFault):
            self.message.setText(
                self.tr("Nothing was applied. %1").replace("%1", fault_message(error.kind))
            )
        elif isinstance(error, AccessDeniedError):
            self.message.setText(self.tr("Only an administrator may apply a configuration file."))
        elif isinstance(error, OSError | UnreadableFileError):
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self.message.setText(
                self.tr("Nothing was applied: the file cannot be read any more (%1).").replace(
                    "%1", reason or type(error).__name__
                )
            )
        else:
            raise error
