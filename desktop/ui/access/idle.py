"""The idle lock's clock: any key press or mouse use in the application restarts it.

The application-wide event filter is installed only while someone is signed in: filtering
every event in Python makes PySide wrap each event class, which costs about 60 ms the first
time, and start-up must not pay it.

Signals:
    idle(): nobody has touched the application for the configured time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._filtering = False

    def start(self, minutes: float) -> None:
        """Watch for `minutes` of inactivity (0 turns the lock off)."""
        if minutes <= 0:
            self.stop()
            return
        self._timer.setInterval(int(minutes * 60_000))
        self._timer.start()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def uninstall(self) -> None:
        self.stop()
