"""The worklist's filters: search words, status, type, channel, category, institution, unit,
received dates and deadline state. It edits a `WorklistQuery` and says when it changed.

Widgets only: the panel reads the query and loads the list in the background.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.records import CategoryOption, InstitutionOption
from desktop.domain.worklist_query import DueFilter, WorklistQuery
from desktop.ui.texts import channel_label, status_label, type_label
from desktop.ui.widgets.searchable_combo import SearchableComboBox

SEARCH_PAUSE_MS = 350  # search once typing pauses, not on every key


class SearchIn(StrEnum):
    """What the search field looks in."""

    COMPLAINTS = "complaints"  # number, title, text and notes, as typing pauses
    REPORTER = "reporter"  # a complainant's name, phone number or NIK, on Enter


class FilterBar(QWidget):
    """Signals:
    queryChanged(): the officer changed a filter (search words: once typing pauses).
    searchEntered(): Enter in the search field (searching complaints), after the query took
        what was typed: the panel opens the complaint if it is the only one found.
    reporterSearched(str): Enter in the search field while it looks for a complainant: the
        panel has the service find them (audited); "" ends that search.
    """

    queryChanged = Signal()
    searchEntered = Signal()
    reporterSearched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = WorklistQuery()
        self.search_in = QComboBox(self)
        self.search_in.addItem(self.tr("Search complaints"), SearchIn.COMPLAINTS)
        self.search_in.addItem(self.tr("Find a complainant"), SearchIn.REPORTER)
        self.search_in.setToolTip(
            self.tr(
                "Search the complaints' number and text (Ctrl+F), or find a returning "
                "complainant by name, phone number or NIK (Ctrl+Shift+F)"
            )
        )
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        # Its hint shows whole at 1366 px in both languages, and the bar still fits there.
        self.search.setMinimumWidth(220)
        self._show_search_mode()
        self.status = self._combo(self.tr("All statuses"))
        for status in Status:
            self.status.addItem(status_label(status), frozenset({status}))
        self.type = self._combo(self.tr("All types"))
        for kind in ComplaintType:
            self.type.addItem(type_label(kind), kind)
        self.channel = self._combo(self.tr("All channels"))
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.due = self._combo(self.tr("Any deadline"))
        self.due.addItem(self.tr("Due soon"), DueFilter.DUE_SOON)
        self.due.addItem(self.tr("Overdue"), DueFilter.OVERDUE)
        self.category = SearchableComboBox(self.tr("All categories"), self)
        self.institution = SearchableComboBox(self.tr("All institutions"), self)
        self.unit = SearchableComboBox(self.tr("All units"), self)
        self.dated = QCheckBox(self.tr("Re&ceived from"), self)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        # A figure of the "Laporan" tab: its complaints, named as the report names them.
        self._report_figure = ""
        self.report_filter = QWidget(self)
        self.report_label = QLabel(self.report_filter)
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_remove = QToolButton(self.report_filter)
        self.report_remove.setText("×")
        self.report_remove.setToolTip(self.tr("Remove this filter: list every complaint again"))
        self.report_remove.setAccessibleName(self.tr("Remove the report's filter"))
        chip = QHBoxLayout(self.report_filter)
        chip.setContentsMargins(0, 0, 0, 0)
        chip.addWidget(self.report_label)
        chip.addWidget(self.report_remove)
        chip.addStretch(1)
        self.report_filter.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.setSpacing(2)
        search_row.addWidget(self.search_in)
        search_row.addWidget(self.search, 1)
        grid.addLayout(search_row, 0, 0, 1, 2)
        grid.addWidget(self.status, 0, 2)
        grid.addWidget(self.type, 0, 3)
        grid.addWidget(self.channel, 0, 4)
        grid.addWidget(self.due, 0, 5)
        grid.addWidget(self.category, 1, 0)
        grid.addWidget(self.institution, 1, 1)
        grid.addWidget(self.unit, 1, 2)
        grid.addWidget(self.dated, 1, 3)
        dates = QWidget(self)
        row = QGridLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_from, 0, 0)
        row.addWidget(QLabel(self.tr("to"), dates), 0, 1)
        row.addWidget(self.date_to, 0, 2)
        grid.addWidget(dates, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        grid.addWidget(self.report_filter, 2, 0, 1, 6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._read_widgets)
        self.search.textEdited.connect(self._search_typed)
        self.search.returnPressed.connect(self._search_entered)
        self.search_in.activated.connect(lambda _index: self._search_mode_chosen())
        for combo in (self.status, self.type, self.channel, self.due):
            combo.activated.connect(lambda _index: self._read_widgets())
        for picker in (self.category, self.institution, self.unit):
            picker.keyChanged.connect(lambda _key: self._read_widgets())
        self.dated.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _day: self._read_widgets())
        self.date_to.dateChanged.connect(lambda _day: self._read_widgets())
        self.clear_button.clicked.connect(self.clear_all)
        self.report_remove.clicked.connect(self._remove_report_filter)
        self._dates_toggled(False)

    def clear_all(self) -> None:
        """No filter, no search words, no complainant searched ("Clear filters")."""
        with QSignalBlocker(self.search_in):
            self.search_in.setCurrentIndex(index_of(self.search_in, SearchIn.COMPLAINTS))
        self._show_search_mode()
        self.search.clear()
        self.set_query(WorklistQuery(), emit=True)

    def searching_reporter(self) -> bool:
        return SearchIn(self.search_in.currentData()) is SearchIn.REPORTER

    def set_search_mode(self, mode: SearchIn) -> None:
        """Look in complaints or for a complainant (Ctrl+F, Ctrl+Shift+F)."""
        if SearchIn(self.search_in.currentData()) is not mode:
            self.search_in.setCurrentIndex(max(0, index_of(self.search_in, mode)))
            self._search_mode_chosen()

    def _search_mode_chosen(self) -> None:
        """What is typed stays (the officer may have typed a name before switching): it is
        searched the new way, complaints at once, a complainant on Enter."""
        self._show_search_mode()
        if self.searching_reporter():
            query = replace(self._query, text="", reporter_ids=None)
        else:
            query = replace(self._query, text=self.search.text().strip(), reporter_ids=None)
        if query != self._query:
            self._query = query
            self.queryChanged.emit()

    def _show_search_mode(self) -> None:
        if self.searching_reporter():
            self.search.setPlaceholderText(self.tr("Name, phone or NIK, then Enter"))
            self.search.setToolTip(
                self.tr(
                    "A NIK or phone number must match exactly and the search is recorded in "
                    "the audit trail; a name is found by its words. Anonymous reports are "
                    "never found."
                )
            )
        else:
            self.search.setPlaceholderText(self.tr("Number, title, text… (Ctrl+F)"))
            self.search.setToolTip(
                self.tr("Every word must occur; the start of a word is enough (Ctrl+F)")
            )

    def show_reporter_result(self, complaint_ids: frozenset[int] | None) -> None:
        """Narrow the list to the complaints a complainant search found (None: none made)."""
        self._query = replace(self._query, text="", reporter_ids=complaint_ids)

    def show_report_figure(self, figure: str, complaint_ids: frozenset[int]) -> None:
        """List exactly the complaints a report's figure counts (`figure` names it, e.g. "K3
        Selesai"), with no other filter: the officer sees what the report counted."""
        self._report_figure = figure
        with QSignalBlocker(self.search_in):
            self.search_in.setCurrentIndex(index_of(self.search_in, SearchIn.COMPLAINTS))
        self._show_search_mode()
        self.search.clear()
        self.set_query(WorklistQuery(complaint_ids=complaint_ids))

    def _remove_report_filter(self) -> None:
        self.set_query(replace(self._query, complaint_ids=None), emit=True)
        self.search.setFocus()  # the button is gone: the focus goes to where a search starts

    def _show_report_filter(self, complaint_ids: frozenset[int] | None) -> None:
        if complaint_ids is None:
            self.report_filter.hide()
            return
        self.report_label.setText(
            self.tr("From the report: %1 (%2)")
            .replace("%1", self._report_figure)
            .replace("%2", QLocale().toString(len(complaint_ids)))
        )
        self.report_filter.show()

    def _search_typed(self, _text: str) -> None:
        if not self.searching_reporter():
            self._search_timer.start()  # a complainant is looked for on Enter only

    def _search_entered(self) -> None:
        if self.searching_reporter():
            self.reporterSearched.emit(self.search.text().strip())
            return
        self._read_widgets()
        self.searchEntered.emit()

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setDate(QDate.currentDate())
        return edit

    def set_lists(
        self, categories: list[CategoryOption], institutions: list[InstitutionOption]
    ) -> None:
        """The choices of the category, institution and unit pickers (units are institutions
        of the desk's list, as dispositions name them)."""
        self.category.set_entries([(c.id, c.path, c.aliases) for c in categories])
        named = [(i.id, i.name, i.aliases) for i in institutions]
        self.institution.set_entries(named)
        self.unit.set_entries(named)
        self._show(self._query)

    def query(self) -> WorklistQuery:
        return self._query

    def set_query(self, query: WorklistQuery, *, emit: bool = False) -> None:
        """Show `query` in the widgets (a standard view was chosen, or filters cleared)."""
        self._query = query
        self._show(query)
        if emit:
            self.queryChanged.emit()

    def _show(self, query: WorklistQuery) -> None:
        blockers = [QSignalBlocker(w) for w in self._widgets()]
        if not self.searching_reporter():  # else it holds the complainant looked for
            self.search.setText(query.text)
        statuses = index_of(self.status, query.statuses or None)
        if statuses < 0:  # a set of statuses no single entry stands for: a view's own
            self.status.addItem(" + ".join(status_label(s) for s in sorted(query.statuses)))
            statuses = self.status.count() - 1
            self.status.setItemData(statuses, query.statuses)
        self.status.setCurrentIndex(statuses)
        self._select(self.type, next(iter(query.types)) if len(query.types) == 1 else None)
        self._select(self.channel, next(iter(query.channels)) if len(query.channels) == 1 else None)
        self._select(self.due, query.due)
        self.category.set_current_key(query.category_id)
        self.institution.set_current_key(query.institution_id)
        self.unit.set_current_key(query.unit_id)
        dated = query.received_from is not None or query.received_to is not None
        self.dated.setChecked(dated)
        if query.received_from is not None:
            self.date_from.setDate(_qdate(query.received_from))
        if query.received_to is not None:
            self.date_to.setDate(_qdate(query.received_to))
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)
        self._show_report_filter(query.complaint_ids)
        del blockers

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        combo.setCurrentIndex(max(0, index_of(combo, data)))

    def _widgets(self) -> list[QWidget]:
        return [
            self.search,
            self.search_in,
            self.status,
            self.type,
            self.channel,
            self.due,
            self.category,
            self.institution,
            self.unit,
            self.dated,
            self.date_from,
            self.date_to,
        ]

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._read_widgets()

    def _read_widgets(self) -> None:
        self._search_timer.stop()
        type_ = self.type.currentData()
        channel = self.channel.currentData()
        dated = self.dated.isChecked()
        start, end = _day(self.date_from), _day(self.date_to)
        query = replace(
            self._query,
            text="" if self.searching_reporter() else self.search.text().strip(),
            statuses=self.status.currentData() or frozenset(),
            types=frozenset({type_}) if type_ else frozenset(),
            channels=frozenset({channel}) if channel else frozenset(),
            due=self.due.currentData(),
            category_id=self.category.current_key(),
            institution_id=self.institution.current_key(),
            unit_id=self.unit.current_key(),
            received_from=min(start, end) if dated else None,
            received_to=max(start, end) if dated else None,
        )
        if query != self._query:
            self._query = query
            self.queryChanged.emit()


def index_of(combo: QComboBox, data: Any) -> int:
    """The entry holding `data`, or -1. Compared in Python: `findData` cannot compare Python
    objects such as sets of statuses."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == data), -1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    shown = edit.date()
    return dt.date(shown.year(), shown.month(), shown.day())
