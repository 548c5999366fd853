"""Linking a complaint to a possible duplicate, or merging it into one, by the other's number.

The number is looked up on the task runner (Enter or "Find"); what was found is shown before
anything is saved, and a refusal (no such number, the complaint itself, one merged away) is
shown beside the number, which stays as typed. A merge archives this complaint: it is asked
for once more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain.follow_up import EventKind, FollowUpEvent, Refusal
from desktop.domain.records import ComplaintSummary
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import format_date, status_label
from desktop.ui.widgets.confirm import confirm_irreversible
from desktop.ui.widgets.field import FieldWithMessage
from desktop.ui.worklist.event_dialog import EventDialog

FindComplaint = Callable[[str], ComplaintSummary]

# Refusals that are about the number typed: shown beside it.
_NUMBER_REFUSALS = (
    Refusal.LINK_REQUIRED,
    Refusal.NO_SUCH_COMPLAINT,
    Refusal.SAME_COMPLAINT,
    Refusal.TARGET_MERGED_AWAY,
)


class LinkDialog(EventDialog):
    def __init__(
        self,
        kind: EventKind,
        find: FindComplaint,
        save: Callable[[FollowUpEvent], object],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        """`kind` is LINKED or MERGED; `find` looks a number up (EventRefusedError says why
        that complaint will not do) and runs on the task runner, as `save` does."""
        super().__init__(kind, (), save, runner, parent)
        self._find = find
        self._found: ComplaintSummary | None = None
        self.confirm_box: QMessageBox | None = None
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("3201-2026-000123")
        self.find_button = QPushButton(self.tr("&Find"), self)
        number_row = QWidget(self)
        row = QHBoxLayout(number_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.find_button)
        number_row.setFocusProxy(self.number)
        field = FieldWithMessage(number_row, self)
        for refusal in _NUMBER_REFUSALS:
            self.fields[refusal] = field
        caption = QLabel(self.tr("Other complaint's &number"), self)
        caption.setBuddy(self.number)
        self.found = QLabel(self)
        self.found.setTextFormat(Qt.TextFormat.PlainText)  # a typed title, never markup
        self.found.setWordWrap(True)
        self.form.insertRow(0, caption, field)
        self.form.insertRow(1, "", self.found)
        # Enter in the number looks it up; it must not press Save before the user has seen
        # which complaint the number belongs to.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.number.returnPressed.connect(lambda: self._look_up(None))
        self.find_button.clicked.connect(lambda: self._look_up(None))
        self.number.textChanged.connect(self._forget_found)
        self.inputs[:0] = [self.number, self.find_button]
        self.inputs_ready()

    def _forget_found(self) -> None:
        self._found = None
        self.found.clear()

    def _look_up(self, then: Callable[[], None] | None) -> None:
        for field in self.fields.values():
            field.clear_message()
        self.message.clear()
        self._set_busy(True)
        find, number = self._find, self.number.text()

        def found(summary: ComplaintSummary) -> None:
            self._set_busy(False)
            if self.number.text() != number:
                return  # changed while it was looked up: what was found is not for it
            self._show_found(summary)
            if then is not None:
                then()

        self._runner.submit(lambda: find(number), found, self._failed, owner=self)

    def _show_found(self, summary: ComplaintSummary) -> None:
        self._found = summary
        day = summary.received_at.astimezone().date()  # the desk's local day
        received = self.tr("received %1").replace("%1", format_date(day))
        title = self.tr("Confidential report") if summary.redacted else summary.title
        head = " · ".join((summary.local_number, received, status_label(summary.status)))
        self.found.setText(f"{head}\n{title}")

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.find_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self._found is None:
            self._look_up(self._confirm_then_save)
        else:
            self._confirm_then_save()

    def _confirm_then_save(self) -> None:
        found = self._found
        if found is None:
            return
        if self._kind is not EventKind.MERGED:
            super()._submit()
            return
        text = self.tr(
            "Merge this complaint into %1? It will be archived as a duplicate; its history "
            "stays, and it can be reopened."
        ).replace("%1", found.local_number)
        self.confirm_box = confirm_irreversible(self, self.windowTitle(), text, super()._submit)

    def typed_event(self) -> FollowUpEvent:
        other = self._found.id if self._found is not None else None
        return replace(super().typed_event(), linked_complaint_id=other)

    def _failed(self, error: BaseException) -> None:
        self.find_button.setEnabled(True)
        super()._failed(error)
