"""A complaint's follow-up: its history and the steps its status (and the officer's role)
allow next.

Signals:
    changed(object): a step was added (its EventKind); the list may show a new status.
    statusShown(object): the complaint's status as last read (a Status).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from desktop.domain.follow_up import EventKind, RecordedEvent
from desktop.domain.records import InstitutionOption
from desktop.services.access import AccessDeniedError, PermissionDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message, format_short_datetime, status_label
from desktop.ui.worklist.event_dialog import EventDialog
from desktop.ui.worklist.follow_up_texts import (
    contact_method_label,
    deadline_line,
    event_label,
)

if TYPE_CHECKING:
    from desktop.services.follow_up import FollowUpOverview, FollowUpService

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
        self.actions_row = QHBoxLayout()
        self.buttons: dict[EventKind, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.history, 1)
        layout.addLayout(self.actions_row)
        self.reload()

    def reload(self) -> None:
        service, complaint_id = self._service, self._complaint_id

        load_institutions = self._load_institutions

        def load() -> Loaded:
            return service.overview(complaint_id), load_institutions()

        self._runner.submit(load, self._show, self._failed)

    def _show(self, loaded: Loaded) -> None:
        overview, institutions = loaded
        self._institutions = institutions
        self._unit_names = {option.id: option.name for option in institutions}
        timeline, state = overview.timeline, overview.state
        offered, deadlines = overview.offered, overview.deadlines
        self.statusShown.emit(state.status)
        self.status_label.setText(self.tr("Status: %1").replace("%1", status_label(state.status)))
        self.deadlines.setText("\n".join(deadline_line(d) for d in deadlines))
        self.history.clear()
        if not timeline:
            self.history.addItem(self.tr("Nothing followed up yet."))
        for recorded in timeline:
            item = QListWidgetItem(self._line(recorded))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.history.addItem(item)
        while self.actions_row.count():
            taken = self.actions_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        # Linking and corrections need a complaint or an entry picked first: not buttons.
        for kind in offered:
            if kind in (EventKind.LINKED, EventKind.MERGED, EventKind.CORRECTION):
                continue
            button = QPushButton(event_label(kind), self)
            button.clicked.connect(lambda _=False, k=kind: self._ask(k))
            self.actions_row.addWidget(button)
            self.buttons[kind] = button
        self.actions_row.addStretch(1)
        closed = state.status is Status.SELESAI
        self.status_label.setToolTip(self.tr("Closed: it can be reopened.") if closed else "")

    def _line(self, recorded: RecordedEvent) -> str:
        event = recorded.event
        when = format_short_datetime(event.at)
        parts = [f"{when}  {event_label(event.kind)}  ({recorded.actor})"]
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

    def _ask(self, kind: EventKind) -> None:
        service, complaint_id = self._service, self._complaint_id
        dialog = EventDialog(
            kind,
            self._institutions,
            lambda step: service.add(complaint_id, step),
            self._runner,
            self,
        )
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
