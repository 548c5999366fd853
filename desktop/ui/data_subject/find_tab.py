"""Find a person's complaints by NIK, phone or name; export, correct or erase them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.person_values import PersonKey, PersonMatch, PersonRequestError
from desktop.ui.data_subject.correct_dialog import CorrectDialog
from desktop.ui.data_subject.matches_model import PersonMatchModel
from desktop.ui.data_subject.words import error_message, person_problem_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.confirm import confirm_irreversible

if TYPE_CHECKING:
    from desktop.services.data_subject import PersonRequests


class FindPersonTab(QWidget):
    """Signals:
    searched(int): a search finished with this many complaints.
    erased(int): this many complaints were anonymised.
    """

    searched = Signal(int)
    erased = Signal(int)

    def __init__(
        self, people: PersonRequests, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._runner = runner
        self._last_search: tuple[PersonKey, str] | None = None
        self.confirm_box: QMessageBox | None = None
        self.correct_dialog: CorrectDialog | None = None

        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("NIK"), PersonKey.NIK)
        self.kind.addItem(self.tr("Phone"), PersonKey.PHONE)
        self.kind.addItem(self.tr("Name"), PersonKey.NAME)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("NIK, phone number or part of the name"))
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setDefault(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.model = PersonMatchModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.correct_button = QPushButton(self.tr("&Correct…"), self)
        self.erase_button = QPushButton(self.tr("E&rase personal data…"), self)

        search_row = QHBoxLayout()
        search_row.addWidget(self.kind)
        search_row.addWidget(self.text, 1)
        search_row.addWidget(self.search_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.export_button, self.correct_button, self.erase_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search_button.clicked.connect(self.search)
        self.text.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self._export)
        self.correct_button.clicked.connect(self._correct)
        self.erase_button.clicked.connect(self._erase)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> list[PersonMatch]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.match_at(row) for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.export_button.setEnabled(bool(chosen))
        self.correct_button.setEnabled(len(chosen) == 1 and not chosen[0].anonymised)
        self.erase_button.setEnabled(any(not m.anonymised for m in chosen))

    def search(self) -> None:
        kind = PersonKey(self.kind.currentData())
        text = self.text.text()
        self._last_search = (kind, text)
        self.problem.clear()
        self.status.setText(self.tr("Searching…"))
        people = self._people
        self._runner.submit(lambda: people.find(kind, text), self._show, self._search_failed)

    def _show(self, matches: list[PersonMatch]) -> None:
        self.model.set_matches(matches)
        self.status.setText(self.tr("%n complaint(s) found.", "", len(matches)))
        self._update_buttons()
        self.searched.emit(len(matches))

    def _search_failed(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, PersonRequestError):
            self.problem.setText(person_problem_message(error.problem))
            self.text.setFocus()
            return
        self.status.setText(error_message(error))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error))

    def _export(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export personal data"), "data-pribadi.json", self.tr("JSON (*.json)")
        )
        if not name:
            return
        ids = [m.complaint_id for m in chosen]
        people = self._people
        self._runner.submit(
            lambda: people.export(ids, Path(name)),
            lambda count: self.status.setText(self.tr("%n complaint(s) exported.", "", count)),
            self._failed,
        )

    def _correct(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        match = chosen[0]
        dialog = CorrectDialog(
            self._people, self._runner, match.complaint_id, match.local_number, self
        )
        dialog.accepted.connect(self._corrected)
        self.correct_dialog = dialog
        dialog.open()

    def _corrected(self) -> None:
        self.status.setText(self.tr("The correction was saved."))
        self._search_again()

    def _erase(self) -> None:
        ids = [m.complaint_id for m in self.selected() if not m.anonymised]
        if not ids:
            return
        self.confirm_box = confirm_irreversible(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data of %n complaint(s)? The name, NIK, contact details, "
                "the text and the attachments are removed for good; only the number, dates "
                "and categories stay for the statistics. This cannot be undone.",
                "",
                len(ids),
            ),
            lambda: self._erase_confirmed(ids),
        )

    def _erase_confirmed(self, ids: list[int]) -> None:
        people = self._people
        self._runner.submit(lambda: people.anonymise(ids, "request"), self._erased, self._failed)

    def _erased(self, count: int) -> None:
        self.erased.emit(count)
        self._search_again()
        self.status.setText(self.tr("Personal data erased from %n complaint(s).", "", count))

    def _search_again(self) -> None:
        """Refresh the list without re-reading the field, which the user may have changed."""
        if self._last_search is None:
            return
        kind, text = self._last_search
        people = self._people
        self._runner.submit(lambda: people.find(kind, text), self._refreshed, self._failed)

    def _refreshed(self, matches: list[PersonMatch]) -> None:
        self.model.set_matches(matches)
        self._update_buttons()
