"""Choosing IT staff's provisioning file and seeing, before anything is applied, what it sets
or every problem in it (line and field), plus the LAPOR! key and token when the file names no
credentials file.

The check reads the file and, with "try the address", makes one request: it runs on a worker
of the panel's own, so the page stays responsive (an unreachable address takes seconds).

Signals:
    checkedChanged(): a check ended, or the file was cleared; `checked` says what was found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.values import StorageFault
from desktop.ui.provisioning.texts import problem_line
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.field import FieldWithMessage, add_form_row

if TYPE_CHECKING:
    from desktop.services.provisioning_file import CheckedFile
    from desktop.services.sync_credentials import ApiCredentials

log = logging.getLogger("desktop.ui")
# check(text, the file it was read from, whether to try the address) -> the checked file.
Check = Callable[[str, Path, bool], "CheckedFile"]
_PROBLEM_ROWS = 5  # the list's height in rows: longer lists scroll


class UnreadableFileError(Exception):
    """The chosen file cannot be read as UTF-8 text."""


class ProvisionFilePanel(QWidget):
    checkedChanged = Signal()

    def __init__(self, check: Check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        # A worker per check, ended when its answer arrives: no thread waits idle behind a
        # set-up page that is used once.
        self._workers: list[TaskRunner] = []
        self._checking = 0  # checks started; only the newest one's answer counts
        self.checked: CheckedFile | None = None
        self.file: Path | None = None

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file: set the desk up by hand afterwards"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        self.choose_button.clicked.connect(self._ask_for_file)
        self.clear_button = QPushButton(self.tr("Do&n't use a file"), self)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        self.online = QCheckBox(
            self.tr("Also t&ry the SP4N-LAPOR! address (needs the network)"),
            self,
        )
        self.online.toggled.connect(self._recheck)
        self.online.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.hide()
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.hide()

        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field = FieldWithMessage(self.key, self)
        self.token_field = FieldWithMessage(self.token, self)
        self.credentials = QWidget(self)
        form = QFormLayout(self.credentials)
        form.setContentsMargins(0, 0, 0, 0)
        add_form_row(
            form,
            self.tr("LAPOR! API &key"),
            self.key_field,
        )
        add_form_row(
            form,
            self.tr("LAPOR! &token"),
            self.token_field,
        )
        self.credentials.hide()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.path_field = FieldWithMessage(QWidget(self), self)
        self.path_field.input.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_field.setFocusProxy(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path_field)
        layout.addWidget(self.online)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.credentials)

    # ------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def stop(self) -> None:
        """Ignore the checks still running and end the idle workers. A worker still trying an
        address is not waited for (that could take seconds on the GUI thread): it ends itself
        when its answer comes."""
        self._checking += 1
        for worker in list(self._workers):
            if not worker.busy:
                self._end(worker)

    def ready(self) -> bool:
        """No file, or a file checked and sound, with the key and token typed both or not at
        all. Otherwise says, next to the field, what stands in the way."""
        self.path_field.clear_message()
        self.key_field.clear_message()
        self.token_field.clear_message()
        if self.file is None:
            return True
        if self.busy or self.checked is None:
            self.path_field.show_message(self.tr("The file is still being checked; a moment."))
            return False
        if self.checked.problems:
            self.path_field.show_message(
                self.tr(
                    "Correct the problems listed below in the file, or don't use it.",
                )
            )
            return False
        key, token = self.key.text().strip(), self.token.text().strip()
        if key and not token:
            self.token_field.show_message(self.tr("Type the token too, or clear the key."))
            return False
        if token and not key:
            self.key_field.show_message(self.tr("Type the API key too, or clear the token."))
            return False
        return True

    def typed_credentials(self) -> ApiCredentials | None:
        from desktop.services.sync_credentials import ApiCredentials

        key, token = self.key.text().strip(), self.token.text().strip()
        if self.credentials.isHidden() or not (key and token):
            return None
        return ApiCredentials(key, token)

    # ------------------------------------------------------------ choosing and checking
    def choose_file(self, file: Path) -> None:
        if file != self.file:
            # Trying the address was asked for the file before: ask again for a new one.
            self.online.blockSignals(True)
            self.online.setChecked(False)
            self.online.blockSignals(False)
        self.file = file
        self.path.setText(str(file))
        self.clear_button.show()
        self._recheck()

    def clear(self) -> None:
        self._checking += 1  # an answer still on its way is for a file no longer chosen
        self.file = None
        self.checked = None
        self.path.clear()
        self.path_field.clear_message()
        for widget in (self.clear_button, self.online, self.summary, self.problems):
            widget.hide()
        self.forget_credentials()
        self.credentials.hide()
        self.checkedChanged.emit()

    def forget_credentials(self) -> None:
        """Once used (or set aside): the key and token typed are not kept in the page."""
        self.key.clear()
        self.token.clear()

    def _ask_for_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Desk configuration file"),
            str(self.file.parent) if self.file else start,
            self.tr("Desk configuration (*.toml);;All files (*)"),
        )
        if name:
            self.choose_file(Path(name))

    def _recheck(self) -> None:
        file = self.file
        if file is None:
            return
        self._checking += 1
        number = self._checking
        online = self.online.isChecked()
        check = self._check
        self.checked = None
        self.path_field.clear_message()
        self.problems.hide()
        self.summary.setText(self.tr("Checking the file…"))
        self.summary.show()

        def job() -> CheckedFile:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise UnreadableFileError(getattr(error, "strerror", "") or "") from error
            return check(text, file, online)

        worker = TaskRunner("provisioning-check", self)
        self._workers.append(worker)

        def done(checked: CheckedFile) -> None:
            self._end(worker)
            self._show(number, checked)

        def failed(error: BaseException) -> None:
            self._end(worker)
            self._unreadable(number, error)

        worker.submit(job, done, failed)

    def _end(self, worker: TaskRunner) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
            worker.shutdown()  # its job has ended (or is about to): this returns quickly
            worker.deleteLater()

    def _show(self, number: int, checked: CheckedFile) -> None:
        if number != self._checking:
            return
        self.checked = checked
        self.problems.clear()
        sync = checked.sync
        self.online.setVisible(sync is not None and bool(sync.base_url))
        if checked.problems:
            count = len(checked.problems)
            self.summary.setText(
                self.tr(
                    "%n problem(s) in the file; nothing will be applied until it is corrected.",
                    "",
                    count,
                )
            )
            self.problems.addItems([problem_line(problem) for problem in checked.problems])
            self._fit_problems()
            self.problems.show()
            self.credentials.hide()
        else:
            self.summary.setText(summary_text(checked))
            self.credentials.setVisible(sync is not None and checked.credentials_file is None)
        self.checkedChanged.emit()

    def _fit_problems(self) -> None:
        """As tall as its lines, up to a few: a short list leaves no empty box, a long one
        scrolls."""
        rows = min(self.problems.count(), _PROBLEM_ROWS)
        height = sum(self.problems.sizeHintForRow(row) for row in range(rows))
        self.problems.setFixedHeight(height + 2 * self.problems.frameWidth() + 4)

    def _unreadable(self, number: int, error: BaseException) -> None:
        if number != self._checking:
            return
        self.summary.hide()
        if isinstance(error, UnreadableFileError):
            reason = str(error) or self.tr("not text")
            text = self.tr(
                "This file cannot be read (%1). Choose a desk configuration file (.toml)."
            ).replace("%1", reason)
        elif isinstance(error, StorageFault):  # the desk's settings could not be read
            text = self.tr("The file could not be checked. %1").replace(
                "%1", fault_message(error.kind)
            )
        else:
            # The type only: the message could hold a path or a value from the file.
            log.error("a provisioning file could not be checked (%s)", type(error).__name__)
            text = self.tr("The file could not be checked (%1). Try again.").replace(
                "%1", type(error).__name__
            )
        self.path_field.show_message(text)
        self.checkedChanged.emit()


def summary_text(checked: CheckedFile) -> str:
    """What a sound file sets, in a few lines IT staff can compare with their plan."""
    profile = checked.profile
    lines = []
    office = profile.get("office", "name")
    if office:
        lines.append(
            QCoreApplication.translate("ProvisionFilePanel", "Office: %1 (%2)")
            .replace("%1", office)
            .replace("%2", profile.get("office", "code"))
        )
    label = profile.get("desk", "id")
    if label:
        lines.append(
            QCoreApplication.translate("ProvisionFilePanel", "Desk: %1").replace("%1", label)
        )
    sync = checked.sync
    if sync is not None and sync.base_url:
        where = sync.base_url + (
            QCoreApplication.translate("ProvisionFilePanel", " (training mode)")
            if sync.training
            else ""
        )
        state = (
            QCoreApplication.translate("ProvisionFilePanel", "on")
            if sync.enabled
            else QCoreApplication.translate("ProvisionFilePanel", "off")
        )
        lines.append(
            QCoreApplication.translate("ProvisionFilePanel", "SP4N-LAPOR!: %1, synchronisation %2")
            .replace("%1", where)
            .replace("%2", state)
        )
    if checked.credentials_file is not None:
        lines.append(
            QCoreApplication.translate(
                "ProvisionFilePanel", "API key and token read from %1"
            ).replace("%1", checked.credentials_file.name)
        )
    entries = sum(len(values) for values in profile.mapping.values())
    if entries:
        lines.append(
            QCoreApplication.translate("ProvisionFilePanel", "National id mappings: %1").replace(
                "%1", str(entries)
            )
        )
    lines.append(
        QCoreApplication.translate("ProvisionFilePanel", "No problems found: ready to apply.")
    )
    return "\n".join(lines)
