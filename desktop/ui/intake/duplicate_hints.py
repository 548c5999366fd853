"""Possible duplicates of the complaint being typed, shown beside the intake form.

The form hands over the NIK, phone and title as they are typed; the box asks the desk a moment
after typing stops (never while keys are still coming), on the task runner, and shows at most
a handful of complaints with why each is offered. The officer may choose one of them (at most
one) to link the new complaint to; "View" opens it read-only. An answer that arrives after the
officer typed on is dropped: it answers a question nobody asks any more.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.duplicates import (
    MIN_DESCRIPTION_WORDS,
    MIN_TITLE_WORDS,
    DuplicateHint,
    DuplicateReason,
    significant_words,
)
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.faults import read_or_warn
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import format_date, status_label

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.ui.worklist.detail import DetailDialog

log = logging.getLogger("desktop.ui")

# Long enough that a word being typed does not start a query, short enough that the hint is
# there before the officer has moved on to the next field.
DEBOUNCE_MS = 500
# A title is cut to this in the box (its full text is the tooltip): the box stays one column.
TITLE_SHOWN = 48
NIK_DIGITS = 16
PHONE_MIN_DIGITS = 9  # an Indonesian number without its 0: area code and subscriber


def enough_to_ask(nik: str, phone: str, title: str, description: str = "") -> bool:
    """Whether what is typed could find anything: a whole NIK, a phone, a title of a few
    words, a description of a few more. The service checks properly; this only spares it
    questions while typing starts."""
    digits = [sum(c.isdigit() for c in text) for text in (nik, phone)]
    return (
        digits[0] == NIK_DIGITS
        or digits[1] >= PHONE_MIN_DIGITS
        or len(significant_words(title)) >= MIN_TITLE_WORDS
        or len(significant_words(description)) >= MIN_DESCRIPTION_WORDS
    )


class DuplicateHints(QGroupBox):
    """Signals:
    hintsShown(int): how many possible duplicates are shown now, after each answer.
    """

    hintsShown = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Alt+U reaches the first choice from anywhere in the form.
        self.setTitle(self.tr("Possible d&uplicates"))
        self._runner = runner
        self._desk: Desk | None = None
        self._tab_after: QWidget | None = None
        self.detail_dialog: DetailDialog | None = None
        self._typed = ("", "", "", "")
        # Bumped by every change: an answer for an older number is stale and dropped.
        self._generation = 0
        self._hints: list[DuplicateHint] = []
        self._chosen: DuplicateHint | None = None
        self._rows: list[tuple[DuplicateHint, QWidget, QCheckBox, QPushButton]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(2)
        self.hide()

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def set_tab_after(self, widget: QWidget) -> None:
        """The form's control the box's controls follow in the tab order."""
        self._tab_after = widget

    # ---------------------------------------------------------------- asking
    def typed(self, nik: str, phone: str, title: str, description: str = "") -> None:
        """What the form holds now; asks the desk once typing has paused."""
        if (nik, phone, title, description) == self._typed:
            return
        self._typed = (nik, phone, title, description)
        self._generation += 1
        if enough_to_ask(nik, phone, title, description):
            self._timer.start()  # restarts: only the pause after the last key counts
        else:
            self._timer.stop()
            self._show([])

    def _ask(self) -> None:
        desk = self._desk
        if desk is None:
            return
        generation = self._generation
        nik, phone, title, description = self._typed

        def answered(hints: list[DuplicateHint]) -> None:
            if generation == self._generation:
                self._show(hints)

        self._runner.submit(
            lambda: desk.duplicates.possible_duplicates(nik, phone, title, description),
            answered,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        # Hints are a help, not a step: a locked screen or a busy disk must not interrupt the
        # officer with a message about something they did not ask for. The save reports faults.
        if isinstance(error, AccessDeniedError | StorageFault):
            log.info("duplicate hints not available: %s", error)
            return
        raise error

    def clear(self) -> None:
        """A new form: no hints, no choice, no question still pending."""
        self._timer.stop()
        self._typed = ("", "", "", "")
        self._generation += 1
        self._chosen = None
        self._show([])

    # ------------------------------------------------------------- the choice
    def chosen(self) -> DuplicateHint | None:
        """The complaint the new one is to be linked to, if the officer chose one."""
        return self._chosen

    def hints(self) -> list[DuplicateHint]:
        return list(self._hints)

    def link_boxes(self) -> list[QCheckBox]:
        return [box for _, _, box, _ in self._rows]

    def view_buttons(self) -> list[QPushButton]:
        return [view for _, _, _, view in self._rows]

    def _choose(self, hint: DuplicateHint, checked: bool) -> None:
        if checked:
            self._chosen = hint
        elif self._chosen is not None and self._chosen.complaint_id == hint.complaint_id:
            self._chosen = None
        for shown, _, box, _ in self._rows:  # at most one: choosing another drops the first
            box.setChecked(self._is_chosen(shown))

    def _is_chosen(self, hint: DuplicateHint) -> bool:
        return self._chosen is not None and hint.complaint_id == self._chosen.complaint_id

    # ---------------------------------------------------------------- showing
    def _show(self, hints: Sequence[DuplicateHint]) -> None:
        shown = list(hints)
        chosen = self._chosen
        if chosen is not None and all(h.complaint_id != chosen.complaint_id for h in shown):
            # The officer's choice stays until they undo it, whatever they type on.
            shown.insert(0, chosen)
        self._hints = shown
        # QApplication's: a child's focusWidget() is the last one that had focus, even after
        # the officer went back to typing elsewhere (a Space would then tick "Link").
        focused = QApplication.focusWidget()
        focus_was_inside = focused is not None and self.isAncestorOf(focused)
        for _, row, _, _ in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for hint in shown:
            self._add_row(hint)
        self._order_tabs()
        self.setVisible(bool(shown))
        if focus_was_inside and self._rows:
            self._rows[0][2].setFocus()
        self.hintsShown.emit(len(shown))

    def _add_row(self, hint: DuplicateHint) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QCheckBox(self.tr("Link"), row)
        box.setToolTip(self.tr("Save the new complaint linked to this one"))
        box.setAccessibleName(self.tr("Link to %1").replace("%1", hint.local_number))
        box.setChecked(self._is_chosen(hint))
        box.toggled.connect(lambda checked, h=hint: self._choose(h, checked))
        title = (
            self.tr("Confidential report") if hint.redacted else _shortened(hint.title, TITLE_SHOWN)
        )
        details = QLabel(row)
        details.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped rather than widening the column when a translation runs long.
        details.setWordWrap(True)
        details.setText(
            # Why first: it is what the officer weighs; then what the complaint is now.
            f"{hint.local_number} · {format_date(hint.received_at.astimezone().date())}"
            f" — {self._reasons(hint.reasons)}\n{status_label(hint.status)} · {title}"
        )
        if not hint.redacted:
            details.setToolTip(hint.title)
        view = QPushButton(self.tr("View"), row)
        view.setToolTip(self.tr("Open this complaint, read-only"))
        view.setAccessibleName(self.tr("View %1").replace("%1", hint.local_number))
        view.clicked.connect(lambda _checked=False, h=hint: self._view(h.complaint_id))
        layout.addWidget(box)
        layout.addWidget(details, 1)
        layout.addWidget(view)
        self._layout.addWidget(row)
        self._rows.append((hint, row, box, view))

    def _reasons(self, reasons: Sequence[DuplicateReason]) -> str:
        words = {
            DuplicateReason.SAME_NIK: self.tr("same NIK"),
            DuplicateReason.SAME_PHONE: self.tr("same phone"),
            DuplicateReason.SIMILAR_TITLE: self.tr("similar title"),
            DuplicateReason.SIMILAR_DESCRIPTION: self.tr("similar description"),
        }
        return ", ".join(words[r] for r in reasons)

    def _view(self, complaint_id: int) -> None:
        desk = self._desk
        if desk is None:
            return
        record = read_or_warn(self, lambda: desk.worklist.record(complaint_id))
        if record is None:
            return
        from desktop.ui.worklist.detail import DetailDialog  # first use only

        # No attachment copies, identity or follow-up here: the officer is checking, not acting.
        dialog = DetailDialog(
            record,
            self._runner,
            lambda: read_or_warn(self, lambda: desk.receipts.for_complaint(complaint_id)),
            None,
            None,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail_dialog = dialog
        dialog.open()

    def _order_tabs(self) -> None:
        """Link, View, row by row, where the box stands in the form's order (Qt would put
        widgets made later at the end of the chain)."""
        previous = self._tab_after
        if previous is None:
            return
        for _, _, box, view in self._rows:
            for widget in (box, view):
                QWidget.setTabOrder(previous, widget)
                previous = widget


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
