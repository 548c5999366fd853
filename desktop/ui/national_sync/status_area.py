"""The status bar's word on synchronisation: connected or not (or "mode latihan"), how many
items wait, and when the last round went through. A click opens the sync panel."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop.ui.national_sync.texts import outcome_message
from desktop.ui.peers.status_area import PeerStatusArea
from desktop.ui.texts import format_short_datetime

if TYPE_CHECKING:
    from sync.desk import SyncStatus
    from sync.report import RoundReport

# A dot beside the words (the words carry the meaning; the colour helps the eye find it).
# Long enough to read the sentence and its menu path.
NOT_SET_UP_MS = 20_000
_COLOURS = {"online": "#2e7d32", "offline": "#c62828", "training": "#ef6c00", "off": "#757575"}


def connection_state(status: SyncStatus) -> str:
    """ "off", "offline", "training" or "online", as the indicator shows it."""
    if not status.enabled:
        return "off"
    if status.last_outcome in ("offline", "credentials_refused", "not_configured"):
        return "offline"
    return "training" if status.training else "online"


class SyncStatusArea(PeerStatusArea):
    """A flat button in the status bar (Ctrl+F9 also opens the panel).

    Signals:
        clicked(): the officer wants the sync panel.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setToolTip(self.tr("Synchronisation with SP4N-LAPOR! (Ctrl+F9)"))
        self.button.setText(self.tr("SP4N-LAPOR!: …"))
        self._status: SyncStatus | None = None
        self._sending = False
        self.set_colour(_COLOURS["off"])

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self._render()

    def set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._render()

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        state = connection_state(status)
        self.set_colour(_COLOURS[state])
        if state == "off":
            head = self.tr("SP4N-LAPOR!: not active")
        elif self._sending:
            head = self.tr("SP4N-LAPOR!: sending…")
        elif state == "offline":
            head = self.tr("SP4N-LAPOR!: not connected")
        elif state == "training":
            head = self.tr("SP4N-LAPOR! (training mode)")
        else:
            head = self.tr("SP4N-LAPOR!: connected")
        parts = [head, self.tr("%n waiting", "", status.owed)]
        if status.last_success_at is not None:
            parts.append(self.tr("Last sent %1").replace("%1", _when(status.last_success_at)))
        self.button.setText(" · ".join(parts))


def _when(moment: dt.datetime) -> str:
    """ "10:42" today, a date and time before."""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return format_short_datetime(moment)


class RoundMessages(QObject):
    """Shows a running round's progress in the status bar's message area, as the due-date
    recalculation does, and says how it ended when it found something to tell."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar

    def show_progress(self, phase: str, done: int, total: int) -> None:
        locale = QLocale()
        words = {
            "reconcile": self.tr("SP4N-LAPOR!: checking unsure items… %1 of %2"),
            "send": self.tr("SP4N-LAPOR!: sending… %1 of %2"),
            "receive": self.tr("SP4N-LAPOR!: reading news… %1 of %2"),
        }.get(phase, self.tr("SP4N-LAPOR!: %1 of %2"))
        self._bar.showMessage(
            words.replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        )

    def show_finished(self, report: RoundReport) -> None:
        from sync.report import RoundOutcome

        if report.outcome is RoundOutcome.NOT_CONFIGURED:
            # F9 or "Kirim sekarang" on a desk not set up: say so, and where it is set up.
            self._bar.showMessage(outcome_message("not_configured"), NOT_SET_UP_MS)
        elif report.acknowledged:
            self._bar.showMessage(
                self.tr("%n item(s) sent to SP4N-LAPOR!.", "", report.acknowledged), 8000
            )
        elif self._bar.currentMessage().startswith("SP4N-LAPOR!"):
            self._bar.clearMessage()
