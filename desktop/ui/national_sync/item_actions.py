"""A verifier's actions on the items selected in the sync panel, in bulk: send again, hold back,
"not there: send again" after checking LAPOR! (with a confirmation), "send anyway" for an
anonymous report flagged for personal data (with a confirmation), and, for one complaint
selected, "found on LAPOR!": settle it with the number found there.

The buttons are shown only to officers with the RECONCILE_SYNC permission; the service checks
it again (and audits each action).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState, SyncProblem
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
    acted(int): an action on that item (-1: on several) was saved; the list and figures
        should be read again.
    refused(str): the action could not be taken; why, in the user's words.
    """

    acted = Signal(int)
    refused = Signal(str)

    def __init__(self, national_sync: NationalSync, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._sync = national_sync
        self._runner = runner
        self._items: list[OutboxEntry] = []
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setToolTip(self.tr("Send it at the next round (after fixing its cause)"))
        self.hold_button = QPushButton(self.tr("&Hold back"), self)
        self.hold_button.setToolTip(self.tr("Do not send it; it stays in this list"))
        self.resend_button = QPushButton(self.tr("Not there: send a&gain…"), self)
        self.resend_button.setToolTip(
            self.tr("You checked LAPOR! and the selected items are not there: send them once more")
        )
        self.send_anyway_button = QPushButton(self.tr("Send &anyway…"), self)
        self.send_anyway_button.setToolTip(
            self.tr("You read the flagged reports: they may go to LAPOR! as they are")
        )
        self.tracking_id = QLineEdit(self)
        self.tracking_id.setPlaceholderText(self.tr("LAPOR! number, e.g. 4512873"))
        self.tracking_id.setMaxLength(20)
        self.tracking_field = FieldWithMessage(self.tracking_id, self)
        self.confirm_button = QPushButton(self.tr("&Found on LAPOR!: confirm its number"), self)
        self.confirm_button.setToolTip(
            self.tr("You found this complaint on LAPOR!: its number settles it without sending")
        )
        buttons = QHBoxLayout()
        for button in (
            self.retry_button,
            self.hold_button,
            self.resend_button,
            self.send_anyway_button,
        ):
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
        self.retry_button.clicked.connect(self._retry)
        self.hold_button.clicked.connect(self._hold)
        self.resend_button.clicked.connect(self._ask_resend)
        self.send_anyway_button.clicked.connect(self._ask_send_anyway)
        self.confirm_button.clicked.connect(self._confirm_tracking_id)
        self.tracking_id.returnPressed.connect(self._confirm_tracking_id)
        self.show_items([])

    def show_item(self, item: OutboxEntry | None) -> None:
        self.show_items([item] if item is not None else [])

    def show_items(self, items: list[OutboxEntry]) -> None:
        """Enable what fits the selected items' states (an action applies to those it fits)."""
        self._items = list(items)
        self.retry_button.setEnabled(bool(self._retryable()))
        self.hold_button.setEnabled(bool(self._of(OutboxState.PENDING, OutboxState.UNKNOWN)))
        self.resend_button.setEnabled(bool(self._of(OutboxState.UNKNOWN)))
        self.send_anyway_button.setEnabled(bool(self._flagged()))
        settles = (
            len(self._items) == 1
            and self._items[0].kind is OutboxKind.CREATE
            and self._items[0].state in (OutboxState.UNKNOWN, OutboxState.QUARANTINED)
        )
        self.confirm_button.setEnabled(settles)
        self.tracking_id.setEnabled(settles)
        self.tracking_field.clear_message()

    def _of(self, *states: OutboxState) -> list[int]:
        return [i.id for i in self._items if i.state in states]

    def _flagged(self) -> list[int]:
        return [
            i.id
            for i in self._items
            if i.state is OutboxState.QUARANTINED and i.problem is SyncProblem.PERSONAL_DATA
        ]

    def _retryable(self) -> list[int]:
        flagged = set(self._flagged())
        return [
            i for i in self._of(OutboxState.QUARANTINED, OutboxState.PENDING) if i not in flagged
        ]

    def _retry(self) -> None:
        ids = self._retryable()
        self._act(lambda: sum(self._one(self._sync.retry, i) for i in ids))

    def _hold(self) -> None:
        ids = self._of(OutboxState.PENDING, OutboxState.UNKNOWN)
        self._act(lambda: sum(self._one(self._sync.quarantine, i) for i in ids))

    @staticmethod
    def _one(action: Callable[[int], None], item_id: int) -> int:
        from sync.desk import ItemNotActionableError

        try:
            action(item_id)
        except ItemNotActionableError:
            return 0
        return 1

    def _ask_resend(self) -> None:
        ids = self._of(OutboxState.UNKNOWN)
        if not ids:
            return
        numbers = ", ".join(i.local_number for i in self._items if i.id in ids)
        self.resend_box = confirm_irreversible(
            self,
            self.tr("Send again?"),
            self.tr(
                "%n item(s) may already have reached LAPOR! (%1): the connection broke before "
                "the answer came. Sending again what is there makes a duplicate that the "
                "national side has to close by hand.\n\nSend again only after searching "
                "LAPOR! for each and not finding it. If you found one, enter its number "
                "instead.",
                "",
                len(ids),
            ).replace("%1", numbers),
            lambda: self._act(lambda: self._sync.approve_resend_many(ids)),
        )

    def _ask_send_anyway(self) -> None:
        ids = self._flagged()
        if not ids:
            return
        self.send_anyway_box = confirm_irreversible(
            self,
            self.tr("Send anyway?"),
            self.tr(
                "%n anonymous report(s) seem to hold personal data (a NIK, phone number or "
                "e-mail) in the title or description. Sent as they are, LAPOR! may learn, or "
                "show, who the complainant is.\n\nSend anyway only if you read them and the "
                "complainant agrees; otherwise correct the complaint first.",
                "",
                len(ids),
            ),
            lambda: self._act(lambda: self._sync.send_anyway(ids)),
        )

    def _confirm_tracking_id(self) -> None:
        if not self.confirm_button.isEnabled() or len(self._items) != 1:
            return
        number = self.tracking_id.text().strip().lstrip("#")
        if not number.isdigit():
            self.tracking_field.show_message(
                self.tr("Digits only: the number LAPOR! shows for the complaint, e.g. 4512873.")
            )
            self.tracking_id.setFocus()
            return
        item_id = self._items[0].id
        self._act(lambda: self._sync.confirm_tracking_id(item_id, number), item_id)

    def _act(self, action: Callable[[], object], item_id: int = -1) -> None:
        if not self._items:
            return
        self.setEnabled(False)
        self._runner.submit(action, lambda _done: self._done(item_id), self._failed, owner=self)

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
