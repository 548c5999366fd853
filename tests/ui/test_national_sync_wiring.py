"""The composition root builds the desk's national sync once for each desk that opens and hands
it to the window, whose features (status area, panel) all work with that one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app.wiring import national_sync_for
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from sync.desk import NationalSync


def test_the_window_gets_one_national_sync_for_the_desk_it_opens(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk
) -> None:
    built: list[NationalSync] = []

    def national_sync(desk: Desk) -> NationalSync:
        built.append(national_sync_for(desk))
        return built[-1]

    window = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync)
    try:
        window.show()
        window.set_desk(gui_desk)
        # The status area shows the outbox's figures, read through the desk's national sync.
        qtbot.waitUntil(lambda: "menunggu" in window.sync.status_area.text, timeout=10_000)
        window.sync.open_panel()
        assert window.sync.panel is not None and window.sync.panel.isVisible()
        assert len(built) == 1 and window.sync.national_sync is built[0]
    finally:
        if window.sync.panel is not None:
            window.sync.panel.close()
        window.close()
        window.stop_background_work()
        window.deleteLater()
