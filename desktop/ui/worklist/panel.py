"""The worklist tab: standard views with counts, filters and search over every recorded
complaint, sorted by any column; overdue rows marked; Enter opens one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Permission
from desktop.domain.complaint import Reporter
from desktop.domain.records import StoredAttachment
from desktop.domain.worklist_query import (
    STANDARD_VIEWS,
    SavedView,
    SortKey,
    StandardView,
    WorklistQuery,
)
from desktop.services.access import AccessDeniedError
from desktop.services.person_values import PersonRequestError, ReporterSearch
from desktop.services.values import StorageFault
from desktop.ui.data_subject.words import person_problem_message
from desktop.ui.faults import read_or_warn
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.elide import MiddleElideDelegate
from desktop.ui.widgets.row_table import row_table
from desktop.ui.worklist.column_fit import ColumnFit
from desktop.ui.worklist.filter_bar import FilterBar, SearchIn
from desktop.ui.worklist.model import PAGE_SIZE, WorklistModel
from desktop.ui.worklist.views_pane import ViewsPane

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.ui.worklist.detail import DetailDialog


class WorklistPanel(QWidget):
    """Signals:
    firstRowsShown(): the newest complaints are on screen (the rest is still loading).
    loaded(int): the number of complaints listed after a refresh.
    complaintChanged(int): a follow-up step was saved on that complaint (from its detail).
    """

    firstRowsShown = Signal()
    loaded = Signal(int)
    complaintChanged = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._desk: Desk | None = None
        self._select_after_load: int | None = None
        self.detail_dialog: DetailDialog | None = None
        self.model = WorklistModel()
        self.table = row_table(self.model, (), self.model.COLUMNS.index("title"), self)
        header = self.table.horizontalHeader()
        # Sorting is the database's work (all rows, not the loaded ones): clicks only ask.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._in_office = False
        columns = self.model.COLUMNS
        self.column_fit = ColumnFit(
            self.table,
            columns.index("title"),
            frozenset(columns.index(name) for name in self.model.COMPACT),
            lambda: self.model.sample_texts(office=self._in_office),
        )
        self.filters = FilterBar(self)
        self.views_pane = ViewsPane(runner, self.filters.query, self)
        self.views = self.views_pane.views
        self._generation = 0
        self._loading: WorklistQuery | None = None  # the query whose list is being read
        self.count_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Show the selected complaint (Enter)"))
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.refresh_button)
        right = QVBoxLayout()
        right.addWidget(self.filters)
        right.addLayout(top)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.views_pane)
        layout.addLayout(right, 1)
        self.views.viewChosen.connect(self._view_chosen)
        self.views.savedChosen.connect(self._saved_chosen)
        self.views_pane.changed.connect(self.refresh)
        self.views_pane.failed.connect(self._load_failed)
        self.filters.queryChanged.connect(self._filters_changed)
        self.filters.searchEntered.connect(self._search_entered)
        self.filters.reporterSearched.connect(self._search_reporter)
        self._open_single_hit = False  # Enter was pressed in the search: open a lone result
        self._reporter_searched = ""  # what the shown complainant search was made with
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            lambda: self.focus_search(SearchIn.COMPLAINTS),
        )
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, lambda: self.focus_search(SearchIn.REPORTER))

        self.refresh_button.clicked.connect(self._refresh_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(self._open_index)
        self.model.fetchFailed.connect(self._load_failed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self._refresh_clicked)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.table)
        self.table.setItemDelegateForColumn(
            self.model.COLUMNS.index("recorded_by"), MiddleElideDelegate(self.table)
        )
        self.show_office_column(False)  # until the desk says it is part of an office

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self.model.set_source(desk.worklist.summaries)
        self.reload_lists()
        self.refresh()

    def reload_lists(self) -> None:
        """Read the category and institution choices again (they were edited)."""
        if self._desk is None:
            return
        reference = self._desk.reference
        self._runner.submit(
            lambda: (reference.categories(), reference.institutions()),
            lambda lists: self.filters.set_lists(*lists),
            self._load_failed,
        )

    def clear(self) -> None:
        """Show nothing (the screen locks): rows read for one officer are not left for the
        next, whose role may not see them."""
        self.model.set_ids([])
        self.count_label.clear()

    def start_afresh(self) -> None:
        """Another officer signed in: nothing of the previous one's search (words, a
        complainant looked for, filters) is shown to them; the list is all complaints."""
        self._reporter_searched = ""
        self.filters.clear_all()  # the list follows: the query changed, or is shown again
        self.show_view(StandardView.ALL)

    def focus_search(self, mode: SearchIn) -> None:
        """Ctrl+F / Ctrl+Shift+F: the search field, its text selected so typing replaces it."""
        self.filters.set_search_mode(mode)
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search: a single complaint found is opened, now or once listed."""
        if self._loading is None and self.model.rowCount() == 1:
            self.open_complaint(self.model.id_at(0))
        elif self._loading is not None:
            self._open_single_hit = True

    def _search_reporter(self, text: str) -> None:
        if self._desk is None:
            return
        if not text:
            self._reporter_searched = ""
            self.filters.show_reporter_result(None)
            self.refresh(counts=False)
            return
        if text == self._reporter_searched and self.filters.query().reporter_ids is not None:
            self._search_entered()  # the same person again: no second search, no entry
            return
        desk = self._desk
        self._generation += 1  # a list still loading for the previous filters is dropped
        self.count_label.setText(self.tr("Searching…"))

        def found(result: ReporterSearch) -> None:
            self._reporter_searched = text
            self.filters.show_reporter_result(result.complaint_ids)
            self.views.show_custom()
            self.refresh(counts=False)
            self._open_single_hit = True

        self._runner.submit(
            lambda: desk.worklist.find_reporter(text), found, self._reporter_search_failed
        )

    def _reporter_search_failed(self, error: BaseException) -> None:
        if isinstance(error, PersonRequestError):
            self.count_label.setText(person_problem_message(error.problem))
            return
        self._load_failed(error)

    def show_report_figure(self, figure: str, complaint_ids: frozenset[int]) -> None:
        """List exactly the complaints a figure of a report counts ("K3 Selesai"), shown as a
        filter the officer can remove; the list gets the focus."""
        self.filters.show_report_figure(figure, complaint_ids)
        self.views.show_custom()
        self._show_sort(self.filters.query())
        self.refresh(counts=False)
        self.table.setFocus()

    def show_view(self, view: StandardView) -> None:
        """Show a standard view (from the views list, or from elsewhere such as "Hari ini")."""
        for row in range(self.views.count()):
            if self.views.item(row).data(Qt.ItemDataRole.UserRole) == view:
                self.views.setCurrentRow(row)
        self._view_chosen(view)

    def _view_chosen(self, view: StandardView) -> None:
        query = STANDARD_VIEWS[view]
        if query == self._loading and query == self.filters.query():
            return  # the same view again (a double click): its list is already on its way
        self.filters.set_query(query)
        self._show_sort(query)
        self.refresh(counts=False)

    def _filters_changed(self) -> None:
        query = self.filters.query()
        matching = [v for v, q in STANDARD_VIEWS.items() if q == query]
        if matching:
            self.show_view(matching[0])
            return
        self.views.show_custom()
        self.refresh(counts=False)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = SortKey(self.model.COLUMNS[column])
        query = replace(
            self.filters.query(), sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        if query != self.filters.query():
            self.filters.set_query(query)
            self.refresh(counts=False)

    def _show_sort(self, query: WorklistQuery) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        with QSignalBlocker(header):
            header.setSortIndicator(self.model.COLUMNS.index(query.sort.value), order)

    @Slot()
    def _refresh_clicked(self) -> None:
        # Not refresh() itself: clicked(bool) would arrive as select_id=False.
        self.refresh()

    def refresh(self, *, select_id: int | None = None, counts: bool = True) -> None:
        """Reload in the background: the newest page first, then every id behind it, and
        (unless only the filters changed: `counts=False`) every view's count.

        On a large desk the full id list takes a few hundred milliseconds; the first screen
        of rows does not wait for it. Rows themselves are fetched as they are shown.
        """
        if self._desk is None:
            return
        desk = self._desk
        query = self.filters.query()
        self._loading = query
        self._select_after_load = select_id
        self._open_single_hit = False
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Loading…"))

        def current(show: Callable[[Any], None]) -> Callable[[Any], None]:
            # An answer for filters changed since is dropped: the newer one is on its way.
            return lambda value: show(value) if generation == self._generation else None

        self._runner.submit(
            lambda: desk.worklist.ids(query, limit=PAGE_SIZE),
            current(self._show_first_ids),
            self._load_failed,
        )
        self._runner.submit(
            lambda: desk.worklist.ids(query), current(self._show_all_ids), self._load_failed
        )
        if counts:
            self.views_pane.load_counts(desk)

    def show_office_column(self, shown: bool, desk_code: str = "") -> None:
        """ "Dicatat oleh" (officer and desk) on a desk of an office, where complaints come
        from several desks; a desk on its own has no use for it. `desk_code`: this desk's,
        for the complaints it recorded before it joined."""
        self._in_office = shown
        self.model.own_desk_code = desk_code if shown else ""
        self.table.viewport().update()
        self.table.setColumnHidden(self.model.COLUMNS.index("recorded_by"), not shown)
        self.column_fit.fit()

    def reload_in_place(self) -> None:
        """Read the list again (other desks' changes arrived), keeping the selected complaint
        selected, and an open complaint's follow-up up to date."""
        index = self.table.currentIndex()
        selected = self.model.id_at(index.row()) if index.isValid() else None
        self.refresh(select_id=selected)
        dialog = self.detail_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.timeline is not None:
            dialog.timeline.reload()

    def _saved_chosen(self, view: SavedView) -> None:
        self.filters.set_query(view.query)
        self._show_sort(view.query)
        self.refresh(counts=False)

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, AccessDeniedError):
            return  # locked meanwhile: signing in again refreshes the list
        if not isinstance(error, StorageFault):
            raise error
        self.count_label.setText(fault_message(error.kind))

    def _show_first_ids(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        if ids and self._select_after_load is None:
            self.table.selectRow(0)
        self.firstRowsShown.emit()

    def _show_all_ids(self, ids: list[int]) -> None:
        self._loading = None
        self.model.extend_ids(ids)
        shown = QLocale().toString(len(ids))
        if self.filters.query().reporter_ids is not None:
            self.count_label.setText(
                self.tr("%1 complaints of the complainant searched").replace("%1", shown)
            )
        elif self.filters.query().filtered:
            self.count_label.setText(self.tr("%1 complaints match").replace("%1", shown))
        else:
            self.count_label.setText(self.tr("%1 complaints").replace("%1", shown))
        if self._select_after_load is not None:
            row = self.model.row_of(self._select_after_load)
            if row >= 0:
                self.table.selectRow(row)
        elif ids and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        open_single, self._open_single_hit = self._open_single_hit, False
        self.loaded.emit(len(ids))
        if open_single and len(ids) == 1:
            self.open_complaint(ids[0])

    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_complaint(self.model.id_at(index.row()))

    def open_complaint(self, complaint_id: int) -> None:
        """Open a complaint's detail, whether or not the current filters list it."""
        if self._desk is None:
            return
        desk = self._desk
        record = read_or_warn(self, lambda: desk.worklist.record(complaint_id))
        if record is None:
            return
        from desktop.ui.worklist.detail import DetailDialog  # first use only: keeps start-up light

        def reveal() -> Reporter:
            return desk.worklist.reveal_identity(complaint_id)

        def save_copy(stored: StoredAttachment, target: Path) -> None:
            desk.worklist.save_attachment_copy(complaint_id, stored.stored_name, target)

        from desktop.ui.worklist.timeline import TimelinePanel

        # Offered only to roles allowed it; the service checks again and writes the audit entry.
        may_reveal = desk.access.allows(Permission.REVEAL_IDENTITY)
        if self.model.own_desk_code and not record.recorded_at_desk:  # recorded before joining
            record = replace(record, recorded_at_desk=self.model.own_desk_code)
        timeline = TimelinePanel(
            record.id, desk.follow_up, desk.reference.institutions, self._runner
        )
        timeline.changed.connect(lambda _kind: self.refresh(select_id=record.id))
        timeline.changed.connect(lambda _kind: self.complaintChanged.emit(record.id))
        dialog = DetailDialog(
            record,
            self._runner,
            lambda: read_or_warn(self, lambda: desk.receipts.for_complaint(record.id)),
            save_copy if may_reveal else None,
            reveal if may_reveal else None,
            self,
            timeline,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail_dialog = dialog
        dialog.open()
