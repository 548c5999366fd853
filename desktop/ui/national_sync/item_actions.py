"""A verifier's actions on the item selected in the sync panel: send again, hold back, approve
sending again after an unknown outcome, or settle it with the number found on LAPOR!.

The buttons are shown only to officers with the RECONCILE_SYNC permission; the service checks
it again (and audits each action).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState
from desktop.services.access import AccessDeniedError, PermissionDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.confirm import confirm_irreversible
from desktop.ui.widgets.field import FieldWithMessage

if TYPE_CHECKING:
    from sync.desk import NationalSync


class ItemActions(QWidget):
    """Signals:
    acted(int): an action on that item was saved; the list and figures should be read again.
    refused(str): the action could not be taken; why, in the user's words.
    """

    acted = Signal(int)
    refused = Signal(str)

    def __init__(self, national_sync: NationalSync, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._sync = national_sync
        self._runner = runner
        self._item: OutboxEntry | None = None
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setToolTip(self.tr("Send it at the next round (after fixing its cause)"))
        self.hold_button = QPushButton(self.tr("&Hold back"), self)
        self.hold_button.setToolTip(self.tr("Do not send it; it stays in this list"))
        self.resend_button = QPushButton(self.tr("Send a&gain…"), self)
        self.resend_button.setToolTip(
            self.tr("You checked LAPOR! and it is not there: send it once more")
        )
        self.tracking_id = QLineEdit(self)
        self.tracking_id.setPlaceholderText(self.tr("LAPOR! number, e.g. 4512873"))
        self.tracking_id.setMaxLength(20)
        self.tracking_field = FieldWithMessage(self.tracking_id, self)
        self.confirm_button = QPushButton(self.tr("&Confirm LAPOR! number"), self)
        self.confirm_button.setToolTip(
            self.tr("You found this complaint on LAPOR!: its number settles it without sending")
        )
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.hold_button, self.resend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tracking = QHBoxLayout()
        caption = QLabel(self.tr("&Number on LAPOR!:"), self)
        caption.setBuddy(self.tracking_id)
        tracking.addWidget(caption)
        tracking.addWidget(self.tracking_field, 1)
        tracking.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(tracking)
        self.retry_button.clicked.connect(lambda: self._act(self._sync.retry))
        self.hold_button.clicked.connect(lambda: self._act(self._sync.quarantine))
        self.resend_button.clicked.connect(self._ask_resend)
        self.confirm_button.clicked.connect(self._confirm_tracking_id)
        self.tracking_id.returnPressed.connect(self._confirm_tracking_id)
        self.show_item(None)

    def show_item(self, item: OutboxEntry | None) -> None:
        """Enable what fits the selected item's state."""
        self._item = item
        state = item.state if item is not None else None
        self.retry_button.setEnabled(state in (OutboxState.QUARANTINED, OutboxState.PENDING))
        self.hold_button.setEnabled(state in (OutboxState.PENDING, OutboxState.UNKNOWN))
        self.resend_button.setEnabled(state is OutboxState.UNKNOWN)
        settles = (
            item is not None
            and item.kind is OutboxKind.CREATE
            and state in (OutboxState.UNKNOWN, OutboxState.QUARANTINED)
        )
        self.confirm_button.setEnabled(settles)
        self.tracking_id.setEnabled(settles)
        self.tracking_field.clear_message()

    def _ask_resend(self) -> None:
        item = self._item
        if item is None:
            return
        self.resend_box = confirm_irreversible(
            self,
            self.tr("Send again?"),
            self.tr(
                "Complaint %1 may already have reached LAPOR!: the connection broke before its "
                "answer came. Sending again when it is there makes a duplicate that the "
                "national side has to close by hand.\n\nSend again only after searching LAPOR! "
                "for it and not finding it. If you found it, enter its number instead."
            ).replace("%1", item.local_number),
            lambda: self._act(self._sync.approve_resend),
        )

    def _confirm_tracking_id(self) -> None:
        item = self._item
        if item is None or not self.confirm_button.isEnabled():
            return
        number = self.tracking_id.text().strip().lstrip("#")
        if not number.isdigit():
            self.tracking_field.show_message(
                self.tr("Digits only: the number LAPOR! shows for the complaint, e.g. 4512873.")
            )
            self.tracking_id.setFocus()
            return
        self._act(lambda item_id: self._sync.confirm_tracking_id(item_id, number))

    def _act(self, action: Callable[[int], None]) -> None:
        item = self._item
        if item is None:
            return
        self.setEnabled(False)
        item_id = item.id
        self._runner.submit(
            lambda: action(item_id), lambda _none: self._done(item_id), self._failed, owner=self
        )

    def _done(self, item_id: int) -> None:
        self.setEnabled(True)
        self.tracking_id.clear()
        self.acted.emit(item_id)

    def _failed(self, error: BaseException) -> None:
        from sync.desk import ItemNotActionableError

        self.setEnabled(True)
        if isinstance(error, ItemNotActionableError):
            self.refused.emit(
                self.tr("A round settled this item meanwhile; the list shows where it is now.")
            )
            self.acted.emit(-1)
        elif isinstance(error, PermissionDeniedError):
            self.refused.emit(self.tr("Only a verifier may act on items that wait."))
        elif isinstance(error, AccessDeniedError):
            return  # the screen locked meanwhile
        elif isinstance(error, StorageFault):
            self.refused.emit(fault_message(error.kind))
        else:
            raise error
