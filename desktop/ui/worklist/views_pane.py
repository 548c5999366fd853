"""The views side of the worklist: standard and saved views with their counts, and saving or
deleting a view of the current filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.worklist_query import SavedView, StandardView, WorklistQuery
from desktop.services.saved_views import InvalidViewNameError, TooManyViewsError
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.views_list import ViewsList

if TYPE_CHECKING:
    from desktop.services.desk import Desk


class ViewsPane(QWidget):
    """Signals:
    changed(): a view was saved or deleted: the list is to be read again.
    failed(object): reading or writing failed (the error, for the panel's fault line).
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        current_query: Callable[[], WorklistQuery],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._current_query = current_query
        self._desk: Desk | None = None
        self._select_when_listed: str | None = None  # a view just saved: highlight it
        self.views = ViewsList(self)
        self.save_view_button = QPushButton(self.tr("Sa&ve view…"), self)
        self.save_view_button.setToolTip(self.tr("Keep the current filters under a name"))
        self.delete_view_button = QPushButton(self.tr("Delete view"), self)
        self.delete_view_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.save_view_button)
        layout.addWidget(self.delete_view_button)
        self.setMaximumWidth(200)
        self.views.currentItemChanged.connect(
            lambda *_: self.delete_view_button.setEnabled(self.views.current_saved() is not None)
        )
        self.save_view_button.clicked.connect(self._save_view)
        self.delete_view_button.clicked.connect(self._delete_view)

    def load_counts(self, desk: Desk) -> None:
        """Read the saved views and every view's count in the background."""
        self._desk = desk

        def counts() -> tuple[list[SavedView], dict[StandardView, int], list[int]]:
            saved = desk.saved_views.all()
            return (
                saved,
                desk.worklist.view_counts(),
                desk.worklist.counts([v.query for v in saved]),
            )

        self._runner.submit(counts, self._show_counts, self.failed.emit)

    def _show_counts(
        self, found: tuple[list[SavedView], dict[StandardView, int], list[int]]
    ) -> None:
        saved, standard, saved_counts = found
        if [v.name for v in saved] != [v.name for v in self.views.saved] or any(
            a.query != b.query for a, b in zip(saved, self.views.saved, strict=False)
        ):
            self.views.set_saved(saved)
        self.views.set_counts(standard, saved_counts)
        if self._select_when_listed is not None:
            self.views.select_saved(self._select_when_listed)
            self._select_when_listed = None

    def _save_view(self) -> None:
        if self._desk is None:
            return
        current = self.views.current_saved()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save view"),
            self.tr("Name of the view (the desk's officers all see it):"),
            text=current.name if current else "",
        )
        if not ok:
            return
        desk, query = self._desk, self._current_query()

        def saved(_: object) -> None:
            self._select_when_listed = " ".join(name.split())
            self.changed.emit()

        self._runner.submit(lambda: desk.saved_views.save(name, query), saved, self._view_refused)

    def _delete_view(self) -> None:
        view = self.views.current_saved()
        if self._desk is None or view is None:
            return
        desk = self._desk
        self._runner.submit(
            lambda: desk.saved_views.delete(view.name),
            lambda _: self._deleted(),
            self.failed.emit,
        )

    def _view_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidViewNameError):
            message = self.tr("Give the view a name of at most 60 characters.")
        elif isinstance(error, TooManyViewsError):
            message = self.tr("The desk already keeps 30 views. Delete one first.")
        else:
            self.failed.emit(error)
            return
        QMessageBox.warning(self, self.tr("Save view"), message)

    def _deleted(self) -> None:
        self.views.setCurrentRow(0)
        self.views.viewChosen.emit(StandardView.ALL)
