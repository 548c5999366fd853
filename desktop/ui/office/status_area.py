"""The status bar's word on the office server: connected or not, how many of this desk's changes
wait, and (in its tooltip) the last exchange and what to do when something is wrong. A click
exchanges now, as F9 does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.ui.office.texts import exchange_message
from desktop.ui.peers.status_area import PeerStatusArea
from desktop.ui.texts import format_short_datetime

if TYPE_CHECKING:
    from sync.office.desk import OfficeStatus

_COLOURS = {"connected": "#2e7d32", "disconnected": "#c62828"}
# Outcomes that say the server answered and took this desk's changes.
_CONNECTED = ("done", "waiting")
# Outcomes that say nothing about the server ("busy": a scheduled exchange had the lock).
_SILENT = ("busy", "not_joined", "")


class OfficeStatusArea(PeerStatusArea):
    """A flat button in the status bar.

    Signals:
        clicked(): the officer wants an exchange now.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: OfficeStatus | None = None
        self._connected = False
        self._outcome = ""
        self._exchanging = False

    @property
    def connected(self) -> bool:
        return self._connected

    def show_status(self, status: OfficeStatus) -> None:
        self._status = status
        if status.last_outcome not in _SILENT:
            self._outcome = status.last_outcome
            self._connected = status.last_outcome in _CONNECTED
        self._render()

    def set_exchanging(self, exchanging: bool) -> None:
        self._exchanging = exchanging
        self._render()

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        if self._connected:
            head = self.tr("Office server: connected")
        else:
            head = self.tr("Office server: disconnected")
        self.set_colour(_COLOURS["connected" if self._connected else "disconnected"])
        self.button.setText(" · ".join([head, self.tr("%n waiting", "", status.waiting)]))
        lines = [
            self.tr("Desk %1 of the office server %2")
            .replace("%1", status.desk_code)
            .replace("%2", status.server_url)
        ]
        if self._exchanging:
            lines.append(self.tr("Exchanging with the office server…"))
        if status.last_exchange_at is not None:
            lines.append(
                self.tr("Last exchange: %1").replace(
                    "%1", format_short_datetime(status.last_exchange_at)
                )
            )
        else:
            lines.append(self.tr("No exchange yet."))
        advice = exchange_message(self._outcome)
        if advice:
            lines.append(advice)
        lines.append(self.tr("Click or press F9 to exchange now."))
        self.button.setToolTip("\n".join(lines))
