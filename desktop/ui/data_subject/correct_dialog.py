"""Correcting the reporter fields of one complaint, as the person asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Field
from desktop.services.person_values import InvalidCorrectionError, ReporterCorrection
from desktop.ui.data_subject.words import error_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import problem_message

if TYPE_CHECKING:
    from desktop.services.data_subject import PersonRequests

_FIELDS = {
    Field.REPORTER_NAME: "name",
    Field.REPORTER_NIK: "nik",
    Field.REPORTER_PHONE: "phone",
    Field.REPORTER_EMAIL: "email",
    Field.REPORTER_ADDRESS: "address",
}


class CorrectDialog(QDialog):
    """Signals: accepted() once the correction is saved."""

    def __init__(
        self,
        people: PersonRequests,
        runner: TaskRunner,
        complaint_id: int,
        local_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._runner = runner
        self._complaint_id = complaint_id
        self.setWindowTitle(self.tr("Correct personal data – %1").replace("%1", local_number))
        self.edits = {name: QLineEdit(self) for name in _FIELDS.values()}
        self.problems = {name: QLabel(self) for name in _FIELDS.values()}
        labels = {
            "name": self.tr("&Name"),
            "nik": self.tr("NI&K"),
            "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"),
            "address": self.tr("&Address"),
        }
        form = QFormLayout()
        for name, edit in self.edits.items():
            edit.setEnabled(False)  # until the stored values have arrived
            column = QVBoxLayout()
            column.addWidget(edit)
            problem = self.problems[name]
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            column.addWidget(problem)
            form.addRow(labels[name], column)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Change the fields as the person asked, then save."), self))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        runner.submit(lambda: people.reporter_of(complaint_id), self._show, self._failed)

    def _show(self, stored: ReporterCorrection) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(stored, name))
            edit.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _save(self) -> None:
        typed = ReporterCorrection(**{name: e.text() for name, e in self.edits.items()})
        for label in self.problems.values():
            label.hide()
        self.buttons.setEnabled(False)
        people, complaint_id = self._people, self._complaint_id
        self._runner.submit(lambda: people.correct(complaint_id, typed), self._saved, self._failed)

    def _saved(self, _changed: list[str]) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidCorrectionError):
            for problem in error.problems:
                label = self.problems[_FIELDS[problem.field]]
                label.setText(problem_message(problem))
                label.show()
            self.edits[_FIELDS[error.problems[0].field]].setFocus()
            return
        self.status.setText(error_message(error))
