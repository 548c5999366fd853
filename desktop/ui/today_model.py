"""The table of the "Hari ini" tab: complaints with a step due today or overdue, longest
overdue first.

Unlike the worklist it holds whole rows, not ids: the service lists at most a few hundred (the
rest is counted, not listed), each already with its summary, so there is nothing to fetch later.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.complaint import Status
from desktop.domain.sla import Step
from desktop.ui.texts import format_date, status_label
from desktop.ui.translation_context import TranslationContext
from desktop.ui.widgets.table_model import HeaderedTableModel
from desktop.ui.worklist.follow_up_texts import step_label
from desktop.ui.worklist.model import (
    TYPICAL_DESK,
    TYPICAL_NUMBER,
    TYPICAL_OFFICE_NUMBER,
    TYPICAL_TITLE,
    recorded_by_text,
)

if TYPE_CHECKING:
    # Type only: that module reads with SQLAlchemy, which the interface loads only when needed.
    from desktop.services.worklist_scope import DueItem

AnyIndex = QModelIndex | QPersistentModelIndex


def overdue_colour() -> QColor:
    """A red that keeps a readable contrast on the current palette's background (dark red on a
    light theme, light red on a dark one). Never the only sign: the words say "late" too."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")


# An officer's full name as the office's accounts hold it: three words are common.
TYPICAL_LONG_OFFICER = "Siti Rahmawati Nasution"
# The longest date the "due" column shows in Indonesian and English.
_LONG_DATE = dt.date(2026, 9, 30)


class TodayModel(HeaderedTableModel):
    # "recorded_by" last, shown on a desk of an office only (TodayPanel.show_office_column).
    COLUMNS = ("number", "step", "due", "late", "status", "title", "recorded_by")
    # Columns that may give up room on a narrow screen (see worklist.column_fit); the number,
    # the date and how late always read in full.
    COMPACT = frozenset({"step", "status", "recorded_by"})

    def __init__(self) -> None:
        super().__init__()
        self._items: list[DueItem] = []
        # This desk's code in an office: its complaints recorded before it joined carry none.
        self.own_desk_code = ""
        self._headers = (
            self.tr("Number"),
            self.tr("Step"),
            self.tr("Due"),
            self.tr("How late"),
            self.tr("Status"),
            self.tr("Title"),
            QCoreApplication.translate("WorklistModel", "Recorded by"),  # the worklist's words
        )

    def sample_texts(self, *, office: bool = False) -> dict[int, list[str]]:
        """For each column, the texts it shows in full at its ideal width (the title: at its
        least), as the worklist's (`WorklistModel.sample_texts`); on a desk of an `office`,
        numbers with a desk code and a long full name with its desk."""
        samples = {
            "number": [TYPICAL_OFFICE_NUMBER if office else TYPICAL_NUMBER],
            "step": [step_label(step) for step in Step],
            "due": [format_date(_LONG_DATE)],
            "late": [late_text(0), late_text(44)],
            "status": [status_label(status) for status in Status if status is not Status.DITUNDA],
            "title": [TYPICAL_TITLE],
            "recorded_by": [recorded_by_text(TYPICAL_LONG_OFFICER, TYPICAL_DESK)],
        }
        return {self.COLUMNS.index(column): texts for column, texts in samples.items()}

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> DueItem:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.summary.id
        late = column == "late" and item.working_days_late > 0
        # The same marker as the worklist's for a report this role may not read.
        withheld = column == "title" and item.summary.redacted
        if role == Qt.ItemDataRole.FontRole and (late or withheld):
            font = QFont()
            font.setBold(late)
            font.setItalic(withheld)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if late:
                return overdue_colour()
            if withheld:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, item: DueItem, column: str) -> str:
        summary = item.summary
        if column == "number":
            return summary.local_number
        if column == "step":
            return step_label(item.step)
        if column == "due":
            return format_date(item.due)
        if column == "late":
            return late_text(item.working_days_late)
        if column == "status":
            return status_label(summary.status)
        if column == "recorded_by":
            desk = summary.recorded_at_desk or self.own_desk_code
            return recorded_by_text(summary.recorded_by, desk)
        return self.tr("Confidential report") if summary.redacted else summary.title


TodayTexts = TranslationContext("TodayTexts")


def late_text(working_days_late: int) -> str:
    """ "3 working days late", or "due today" for a deadline that is today."""
    if working_days_late > 0:
        # Not TodayModel.tr: that is the class's instance method (see translation_context).
        return TodayTexts.tr("%n working day(s) late", "", working_days_late)
    return QCoreApplication.translate("TodayModel", "due today")
