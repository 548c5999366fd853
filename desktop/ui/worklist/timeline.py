"""A complaint's follow-up: its history and the steps its status (and the officer's role)
allow next. An entry with text can be corrected (both texts stay); links and merges show the
other complaint's number, in this complaint's timeline and in the other's.

Signals:
    changed(object): a step was added (its EventKind); the list may show a new status.
    statusShown(object): the complaint's status as last read (a Status).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent, RecordedEvent
from desktop.domain.records import InstitutionOption
from desktop.services.access import AccessDeniedError, PermissionDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import (
    fault_message,
    format_short_datetime,
    officer_name,
    status_label,
    user_name_tip,
)
from desktop.ui.worklist.event_dialog import EventDialog
from desktop.ui.worklist.follow_up_texts import (
    contact_method_label,
    deadline_line,
    event_label,
    incoming_link_label,
    national_line,
)
from desktop.ui.worklist.link_dialog import LinkDialog
from desktop.ui.worklist.model import recorded_by_text
from desktop.ui.worklist.overtaken import Overtaking, overtakings
from desktop.ui.worklist.timeline_entries import Entry, corrected_ids, shown_order

if TYPE_CHECKING:
    from desktop.services.follow_up import FollowUpOverview, FollowUpService

_LINKS = (EventKind.LINKED, EventKind.MERGED)

Loaded = tuple["FollowUpOverview", list[InstitutionOption]]


class TimelinePanel(QWidget):
    changed = Signal(object)
    statusShown = Signal(object)

    def __init__(
        self,
        complaint_id: int,
        service: FollowUpService,
        institutions: Callable[[], list[InstitutionOption]],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaint_id = complaint_id
        self._service = service
        self._load_institutions = institutions
        self._institutions: list[InstitutionOption] = []
        self._unit_names: dict[int, str] = {}
        self._linked_numbers: dict[int, str] = {}
        self._actor_names: dict[str, str] = {}
        self._overtakings: dict[int, Overtaking] = {}
        self._may_correct = False
        self._runner = runner
        self.status_label = QLabel(self)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.deadlines = QLabel(self)
        self.deadlines.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlines.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setWordWrap(True)
        # One entry is several lines: shading and a gap keep entries apart.
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(3)
        self.correct_button = QPushButton(self.tr("&Correct…"), self)
        self.correct_button.setToolTip(
            self.tr("Correct the selected entry's text; the original stays in the history")
        )
        self.correct_button.hide()
        entry_row = QHBoxLayout()
        entry_row.addStretch(1)
        entry_row.addWidget(self.correct_button)
        self.actions_row = QHBoxLayout()
        self.buttons: dict[EventKind, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.history, 1)
        layout.addLayout(entry_row)
        layout.addLayout(self.actions_row)
        self.history.currentItemChanged.connect(self._enable_correction)
        self.correct_button.clicked.connect(self._correct_selected)
        self.reload()

    def reload(self) -> None:
        service, complaint_id = self._service, self._complaint_id

        load_institutions = self._load_institutions

        def load() -> Loaded:
            return service.overview(complaint_id), load_institutions()

        self._runner.submit(load, self._show, self._failed, owner=self)

    def _show(self, loaded: Loaded) -> None:
        overview, institutions = loaded
        self._institutions = institutions
        self._unit_names = {option.id: option.name for option in institutions}
        self._linked_numbers = overview.linked_numbers
        self._actor_names = overview.actor_names
        timeline, state = overview.timeline, overview.state
        offered, deadlines = overview.offered, overview.deadlines
        self.statusShown.emit(state.status)
        self.status_label.setText(self.tr("Status: %1").replace("%1", status_label(state.status)))
        self.deadlines.setText("\n".join(deadline_line(d) for d in deadlines))
        self.history.clear()
        if not timeline and not overview.incoming:
            self.history.addItem(self.tr("Nothing followed up yet."))
        corrected = corrected_ids(timeline)
        self._overtakings = overtakings(timeline)
        for entry in shown_order(timeline, overview.incoming):
            item = QListWidgetItem(self._entry_text(entry, corrected))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if isinstance(entry, RecordedEvent) and entry.event.overtaken:
                # Set apart in grey italics; its words say why (the colour is not the only sign).
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            actor = entry.actor if isinstance(entry, RecordedEvent) else entry.recorded.actor
            if actor in self._actor_names:
                # The user name too, as the audit trail and the accounts list show it.
                item.setToolTip(user_name_tip(actor))
            if isinstance(entry, RecordedEvent):
                item.setData(Qt.ItemDataRole.UserRole, entry)
            self.history.addItem(item)
        self._may_correct = EventKind.CORRECTION in offered
        self.correct_button.setVisible(self._may_correct)
        self._enable_correction()
        while self.actions_row.count():
            taken = self.actions_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        # A correction needs an entry picked first: its button is beneath the history.
        for kind in offered:
            if kind is EventKind.CORRECTION:
                continue
            button = QPushButton(event_label(kind), self)
            button.clicked.connect(lambda _=False, k=kind: self._ask(k))
            self.actions_row.addWidget(button)
            self.buttons[kind] = button
        self.actions_row.addStretch(1)
        closed = state.status is Status.SELESAI
        self.status_label.setToolTip(self.tr("Closed: it can be reopened.") if closed else "")

    def _entry_text(self, entry: Entry, corrected: set[int]) -> str:
        if not isinstance(entry, RecordedEvent):
            event = entry.recorded.event
            when = format_short_datetime(event.at)
            what = incoming_link_label(event.kind, entry.local_number)
            return f"{when}  {what}  ({self._officer(entry.recorded.actor, entry.recorded)})"
        text = self._line(entry)
        if entry.id in corrected:
            head, _, rest = text.partition("\n")
            mark = self.tr("[corrected]")
            text = f"{head}  {mark}\n{rest}".rstrip()
        if entry.id in self._overtakings:
            head, _, rest = text.partition("\n")
            mark = self.tr("[not applied]")
            why = self._overtaken_line(self._overtakings[entry.id])
            text = f"{head}  {mark}\n{why}\n{rest}".rstrip()
        if entry.event.kind is EventKind.CORRECTION:
            # Beneath the entry it corrects, set in, so the two read together.
            text = "\n".join("      " + line for line in text.splitlines())
        return text

    def _line(self, recorded: RecordedEvent) -> str:
        event = recorded.event
        when = format_short_datetime(event.at)
        if event.kind is EventKind.NATIONAL:
            # Its actor is the national system itself: the line names it once, with its words.
            return f"{when}  {national_line(event.text, event.national_status)}"
        parts = [f"{when}  {event_label(event.kind)}  ({self._officer(recorded.actor, recorded)})"]
        if event.kind in _LINKS and event.linked_complaint_id is not None:
            parts.append(self._linked_numbers.get(event.linked_complaint_id, "?"))
        if event.unit_id is not None:
            parts.append(self._unit_names.get(event.unit_id, "?"))
        if event.institution_id is not None:
            parts.append(self._unit_names.get(event.institution_id, "?"))
        if event.contact_method is not None:
            parts.append(contact_method_label(event.contact_method))
        if event.rating is not None:
            parts.append(self.tr("rating %1/5").replace("%1", str(event.rating)))
        for text in (event.reason, event.text):
            if text:
                parts.append(text)
        return "\n".join(parts)

    def _officer(self, username: str, recorded: RecordedEvent | None = None) -> str:
        """Who added an entry as people know them: the full name (of this desk's accounts or,
        on a desk of an office, the office's), else the user name the event carries; in an
        office, with the desk it was made at ("Dewi Lestari · L2", as "Dicatat oleh")."""
        name = officer_name(self._actor_names.get(username, ""), username)
        return recorded_by_text(name, recorded.desk_code if recorded is not None else "")

    def _overtaken_line(self, overtaking: Overtaking) -> str:
        """Why an entry counts for nothing: what reached the office server first, and the
        status the complaint kept."""
        status = status_label(overtaking.status)
        first = overtaking.first
        if first is None:
            return self.tr(
                "Overtaken: when it reached the office server the status was already %1; "
                "it was not applied."
            ).replace("%1", status)
        return (
            self.tr(
                "Overtaken: %1 by %2 (%3) reached the office server first; "
                "this change was not applied and the status stayed %4."
            )
            .replace("%1", event_label(first.event.kind))
            .replace("%2", self._officer(first.actor, first))
            .replace("%3", format_short_datetime(first.event.at))
            .replace("%4", status)
        )

    def _selected_entry(self) -> RecordedEvent | None:
        item = self.history.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if isinstance(entry, RecordedEvent) else None

    def _enable_correction(self) -> None:
        entry = self._selected_entry()
        self.correct_button.setEnabled(
            self._may_correct and entry is not None and bool(entry.event.text)
        )

    def _correct_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and entry.event.text:
            self._ask(EventKind.CORRECTION, entry)

    def _ask(self, kind: EventKind, corrected: RecordedEvent | None = None) -> None:
        service, complaint_id = self._service, self._complaint_id

        def save(step: FollowUpEvent) -> object:
            return service.add(complaint_id, step)

        dialog: EventDialog
        if kind in _LINKS:
            dialog = LinkDialog(
                kind,
                lambda number: service.link_target(complaint_id, kind, number),
                save,
                self._runner,
                self,
            )
        else:
            dialog = EventDialog(kind, self._institutions, save, self._runner, self, corrected)
        self.event_dialog = dialog
        if dialog.exec():
            self.reload()
            self.changed.emit(kind)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDeniedError):
            self.status_label.setText(self.tr("Withheld: confidential report."))
            return
        if isinstance(error, AccessDeniedError):
            return  # locked meanwhile
        if not isinstance(error, StorageFault):
            raise error
        self.status_label.setText(fault_message(error.kind))
