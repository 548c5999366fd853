"""The sync panel: what waits, how the last round ended and why, "Kirim sekarang", and the
items that wait: first, together, those that wait for a person ("Periksa di LAPOR!"), with what
finds each on the LAPOR! site (title, times, attachments), then those the desk sends again by
itself, each with its reason; a verifier acts on several at once.

It is not modal: the officer may keep it open beside the work; it follows each round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.outbox import OutboxEntry, OutboxState
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.national_sync.item_actions import ItemActions
from desktop.ui.national_sync.items_model import REASON, SyncItemsModel
from desktop.ui.national_sync.runner import SyncRunner
from desktop.ui.national_sync.texts import outcome_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message, format_short_datetime

if TYPE_CHECKING:
    from sync.desk import NationalSync, SyncStatus, WaitingItem


class SyncPanel(QDialog):
    def __init__(
        self,
        sync_runner: SyncRunner,
        national_sync: NationalSync,
        runner: TaskRunner,
        may_reconcile: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync_runner = sync_runner
        self._sync = national_sync
        self._runner = runner
        self.setWindowTitle(self.tr("Synchronisation with SP4N-LAPOR!"))
        self.figures = QLabel(self)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        font = self.outcome.font()
        font.setBold(True)
        self.outcome.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("color: #555;")
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing.setVisible(False)
        self.send_button = QPushButton(self.tr("&Send now (F9)"), self)
        self.send_button.clicked.connect(sync_runner.send_now)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(self.send_button)
        self.list_caption = QLabel(self.tr("Check on LAPOR!"), self)
        self.model = SyncItemsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.list_caption.setBuddy(self.table)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.item_actions = ItemActions(national_sync, runner, self)
        self.item_actions.setVisible(may_reconcile)
        self.item_actions.acted.connect(self._after_action)
        self.item_actions.refused.connect(self.message.setText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outcome)
        layout.addWidget(self.detail)
        layout.addWidget(self.missing)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.item_actions)
        layout.addWidget(buttons)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selected)
        sync_runner.statusChanged.connect(self.show_status)
        sync_runner.runningChanged.connect(self._running)
        sync_runner.roundFinished.connect(lambda _report: self.reload())
        self._running(sync_runner.running)
        if sync_runner.status is not None:
            self.show_status(sync_runner.status)
        self.resize(980, 560)
        self.reload()

    # --- figures and outcome -----------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        locale = QLocale()
        waiting = status.waiting
        figures = [
            self.tr("Waiting to be sent: %1").replace(
                "%1", locale.toString(waiting.get(OutboxState.PENDING, 0))
            ),
            self.tr("Outcome unknown: %1").replace(
                "%1", locale.toString(waiting.get(OutboxState.UNKNOWN, 0))
            ),
            self.tr("Held back: %1").replace(
                "%1", locale.toString(waiting.get(OutboxState.QUARANTINED, 0))
            ),
        ]
        lines = ["   ·   ".join(figures)]
        times = []
        if status.last_success_at is not None:
            times.append(
                self.tr("Last sent: %1").replace(
                    "%1", format_short_datetime(status.last_success_at)
                )
            )
        if status.last_round_at is not None:
            times.append(
                self.tr("Last round: %1").replace("%1", format_short_datetime(status.last_round_at))
            )
        if times:
            lines.append("   ·   ".join(times))
        if status.training:
            lines.append(
                self.tr(
                    "Training mode: connected to the training hub at %1, not to LAPOR!."
                ).replace("%1", status.base_url)
            )
        self.figures.setText("\n".join(lines))
        if not status.enabled:
            self.outcome.setText(outcome_message("not_configured"))
        elif status.last_outcome:
            outcome = status.last_outcome
            if outcome == "done" and any(waiting.values()):
                # Items were held back or became unsure after that round: "all sent" would
                # be untrue now.
                outcome = "waiting"
            self.outcome.setText(outcome_message(outcome))
        else:
            self.outcome.setText(self.tr("No round yet since synchronisation was set up."))
        shown_detail = status.enabled and status.last_detail
        self.detail.setText(
            self.tr("The server said: %1").replace("%1", status.last_detail) if shown_detail else ""
        )
        self.detail.setVisible(bool(shown_detail))
        self._show_missing(status)

    def _show_missing(self, status: SyncStatus) -> None:
        """What this LAPOR! deployment does not offer, and what that leaves to IT staff."""
        lines = []
        if "search" in status.missing_calls:
            lines.append(
                self.tr(
                    "LAPOR! offers no look-up by the desk's reference: a complaint whose answer "
                    "was lost waits below for someone to check it on LAPOR!."
                )
            )
        if "categories" in status.missing_calls:
            lines.append(
                self.tr(
                    "LAPOR! offers no list of categories: IT staff map them by hand "
                    "(Synchronisation menu, LAPOR! mapping)."
                )
            )
            if status.unmapped_categories:
                lines.append(
                    self.tr("Categories still without a LAPOR! id: %1").replace(
                        "%1", "; ".join(status.unmapped_categories)
                    )
                )
        if status.unmapped_status_codes:
            lines.append(
                self.tr("LAPOR! status codes to map: %1").replace(
                    "%1",
                    "; ".join(f"{c} ({n})" if n else c for c, n in status.unmapped_status_codes),
                )
            )
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))

    def _running(self, running: bool) -> None:
        self.send_button.setEnabled(not running)
        self.send_button.setText(self.tr("Sending…") if running else self.tr("&Send now (F9)"))

    # --- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        sync = self._sync
        self._runner.submit(sync.waiting_items, self._show_items, self._failed, owner=self)

    def _show_items(self, items: list[WaitingItem]) -> None:
        selected = {item.id for item in self._selected_items()}
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        selection = self.table.selectionModel()
        for item_id in selected:
            row = self.model.row_of(item_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        for_a_person = self.model.for_a_person()
        by_itself = len(items) - for_a_person
        if not items:
            caption = self.tr("Nothing waits.")
        elif for_a_person:
            caption = self.tr("Check on LAPOR!: %n item(s) wait for a person", "", for_a_person)
        else:
            caption = self.tr("No item waits for a person.")
        if by_itself:
            caption += "   ·   " + self.tr(
                "%n item(s) the desk sends again by itself", "", by_itself
            )
        self.list_caption.setText(caption)
        self.item_actions.show_items(self._selected_items())

    def _selected_items(self) -> list[OutboxEntry]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [item for item in (self.model.item(row) for row in rows) if item is not None]

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.message.clear()
        self.item_actions.show_items(self._selected_items())

    def _after_action(self, _item_id: int) -> None:
        self.reload()
        self._sync_runner.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AccessDeniedError):
            return  # locked meanwhile: the panel closes with the lock
        if not isinstance(error, StorageFault):
            raise error
        self.message.setText(fault_message(error.kind))
