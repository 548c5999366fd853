"""How long personal data is kept, and anonymising what is older on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.person_values import MAX_RETENTION_YEARS
from desktop.ui.data_subject.words import error_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.confirm import confirm_irreversible

if TYPE_CHECKING:
    from desktop.services.data_subject import PersonRequests


class RetentionTab(QWidget):
    """Signals:
    loaded(int): the stored retention period arrived.
    saved(int): the retention period was saved.
    applied(int): applying the period anonymised this many complaints.
    """

    loaded = Signal(int)
    saved = Signal(int)
    applied = Signal(int)

    def __init__(
        self, people: PersonRequests, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._runner = runner
        self.confirm_box: QMessageBox | None = None
        self.years = QSpinBox(self)
        self.years.setRange(0, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setSpecialValueText(self.tr("Keep forever"))
        self.years.setEnabled(False)  # until the stored value has arrived
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.apply_button = QPushButton(self.tr("&Apply now"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Complaints received longer ago than this period are anonymised: the "
                "complainant's identity and contact details, the text and the attachments are "
                "removed; the number, dates and categories stay for the statistics. Follow the "
                "archive schedule (JRA) of your region. 0 keeps everything."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Retention period"), self.years)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.apply_button.clicked.connect(self._ask_to_apply)
        runner.submit(people.retention_years, self._show, self._failed)

    def _show(self, years: int) -> None:
        self.years.setValue(years)
        self.years.setEnabled(True)
        self.loaded.emit(years)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error))

    def _save(self) -> None:
        years = self.years.value()
        people = self._people
        self._runner.submit(
            lambda: people.set_retention_years(years), lambda _: self._saved(years), self._failed
        )

    def _saved(self, years: int) -> None:
        if years == 0:
            self.status.setText(self.tr("Saved: personal data is kept without a time limit."))
        else:
            self.status.setText(self.tr("Saved: personal data is kept for %n year(s).", "", years))
        self.saved.emit(years)

    def _ask_to_apply(self) -> None:
        years = self.years.value()
        if years == 0:
            self.status.setText(
                self.tr("Nothing to apply: personal data is kept without a time limit.")
            )
            return
        self.confirm_box = confirm_irreversible(
            self,
            self.tr("Apply the retention period"),
            self.tr(
                "Every complaint received more than %n year(s) ago loses its personal data "
                "for good. This cannot be undone. Save this period and apply it now?",
                "",
                years,
            ),
            lambda: self._apply(years),
        )

    def _apply(self, years: int) -> None:
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Anonymising old complaints…"))
        people = self._people

        def save_and_apply() -> int:
            # Applying a period other than the one shown would surprise the user.
            people.set_retention_years(years)
            return people.apply_retention()

        self._runner.submit(save_and_apply, self._applied, self._apply_failed)

    def _applied(self, count: int) -> None:
        self.apply_button.setEnabled(True)
        self.status.setText(self.tr("%n complaint(s) anonymised.", "", count))
        self.applied.emit(count)

    def _apply_failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self._failed(error)
