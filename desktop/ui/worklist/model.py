"""The worklist's table model: it holds complaint ids and fetches rows a page at a time.

With 200,000 complaints only the ids (about 2 MB) are kept; the rows on screen are fetched by id
when the view asks for them, and a bounded cache keeps recently shown pages.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.complaint import ComplaintType, Status
from desktop.domain.records import ComplaintSummary
from desktop.domain.sla import SlaState
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.texts import format_short_date, format_short_datetime, status_label, type_label
from desktop.ui.widgets.table_model import HeaderedTableModel

FetchSummaries = Callable[[Sequence[int]], dict[int, ComplaintSummary]]

PAGE_SIZE = 200
MAX_CACHED_PAGES = 20

AnyIndex = QModelIndex | QPersistentModelIndex

# A light red under dark text: readable, and unlike the alternating row colours.
OVERDUE_BACKGROUND = QColor(253, 226, 226)
# What the columns typically hold, to size them (category names and people's names are data).
TYPICAL_NUMBER = "3201-2026-000123"
# The title's least room: a short title in full, the first words of a longer one.
TYPICAL_TITLE = "Jalan berlubang di depan SDN 2 Cibinong"
TYPICAL_OFFICE_NUMBER = "3201-L12-2026-000123"  # a desk of an office puts its code in
TYPICAL_CATEGORY = "Penerangan Jalan Umum"
TYPICAL_NAME = "Siti Rahmawati"
TYPICAL_OFFICER = "Dewi Lestari"
TYPICAL_DESK = "L12"
_SAMPLE_MOMENT = dt.datetime(2026, 11, 28, 14, 5, tzinfo=dt.UTC)


class WorklistModel(HeaderedTableModel):
    """Signals:
    fetchFailed(object): a page of rows could not be read (the StorageFault); the rows stay
        blank until the next refresh instead of retrying on every repaint.
    """

    fetchFailed = Signal(object)
    # Columns that give up room on a narrow screen (cut with "…", whole in their tooltip);
    # see column_fit. The others (number, received, status, deadline) always read in full.
    COMPACT = frozenset({"type", "category", "reporter", "recorded_by"})
    COLUMNS = (
        "number",
        "received",
        "type",
        "category",
        "title",
        "status",
        "due",
        "reporter",
        "recorded_by",
    )

    def __init__(self, fetch: FetchSummaries | None = None) -> None:
        super().__init__()
        self._fetch = fetch
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ComplaintSummary]] = OrderedDict()
        # This desk's code in an office: its complaints recorded before it joined carry none.
        self.own_desk_code = ""
        self._headers = (
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Type"),
            self.tr("Category"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Complainant"),
            self.tr("Recorded by"),
        )

    def sample_texts(self, *, office: bool = False) -> dict[int, list[str]]:
        """For each column, the texts it shows in full at its ideal width (the title: at its
        least): every type, the usual statuses, the deadline words, a typical number, date,
        category, title and name (on a desk of an `office`, numbers with the desk's code)."""
        day = format_short_date(_SAMPLE_MOMENT.date())
        samples = {
            "number": [TYPICAL_OFFICE_NUMBER if office else TYPICAL_NUMBER],
            "received": [format_short_datetime(_SAMPLE_MOMENT)],
            "type": [type_label(kind) for kind in ComplaintType],
            "category": [TYPICAL_CATEGORY],
            "title": [TYPICAL_TITLE],
            # "On hold (waiting for complainant)" is rarer and twice as long: it may be cut
            # (its tooltip has it all), so the title keeps room at 1366 pixels.
            "status": [status_label(status) for status in Status if status is not Status.DITUNDA],
            "due": [
                self.tr("Overdue · %1").replace("%1", day),
                self.tr("Due soon · %1").replace("%1", day),
            ],
            "reporter": [TYPICAL_NAME, self.tr("Anonymous")],
            "recorded_by": [recorded_by_text(TYPICAL_OFFICER, TYPICAL_DESK)],
        }
        return {self.COLUMNS.index(column): texts for column, texts in samples.items()}

    def set_source(self, fetch: FetchSummaries) -> None:
        self._fetch = fetch

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, ids: list[int]) -> None:
        """Take the full list after the first page: rows are appended when it starts with the
        ids shown, so the selection and scroll position stay; otherwise the model resets."""
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, complaint_id: int) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(summary, column)
        late = summary.due_state is SlaState.OVERDUE
        if late and role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND  # the whole row: a late complaint must stand out
        if late and column == "due" and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if _shows_placeholder(summary, column):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def _display(self, summary: ComplaintSummary, column: str) -> str:
        if column == "number":
            return summary.local_number
        if column == "received":
            return format_short_datetime(summary.received_at)
        if column == "type":
            return type_label(summary.type)
        if column == "category":
            return summary.category
        if column == "title":
            return self.tr("Confidential report") if summary.redacted else summary.title
        if column == "status":
            return status_label(summary.status)
        if column == "due":
            return self._due_text(summary)
        if column == "recorded_by":
            desk = summary.recorded_at_desk or self.own_desk_code
            return recorded_by_text(summary.recorded_by, desk)
        if summary.redacted:
            return self.tr("Confidential")
        return self.tr("Anonymous") if summary.is_anonymous else summary.reporter_name

    def _due_text(self, summary: ComplaintSummary) -> str:
        """The earliest open deadline, with its state in words (not colour alone)."""
        if summary.next_due is None:
            return self.tr("On hold") if summary.status is Status.DITUNDA else ""
        day = format_short_date(summary.next_due)
        if summary.due_state is SlaState.OVERDUE:
            return self.tr("Overdue · %1").replace("%1", day)
        if summary.due_state is SlaState.DUE_SOON:
            return self.tr("Due soon · %1").replace("%1", day)
        return day

    def _summary(self, row: int) -> ComplaintSummary | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def _load_page(self, page: int) -> dict[int, ComplaintSummary]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        try:
            rows = self._fetch(ids) if self._fetch else {}
        except StorageFault as fault:
            rows = {}
            self.fetchFailed.emit(fault)
        except AccessDeniedError:
            rows = {}  # locked meanwhile: signing in again refreshes the list
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows


def recorded_by_text(officer: str, desk_code: str) -> str:
    """ "Dewi Lestari · L2": who recorded a complaint, and at which desk of the office."""
    return " · ".join(part for part in (officer, desk_code) if part)


def _shows_placeholder(summary: ComplaintSummary, column: str) -> bool:
    """Whether the cell shows a marker (italic, dimmed) in place of withheld text."""
    if column == "reporter":
        return summary.is_anonymous or summary.redacted
    return column == "title" and summary.redacted
