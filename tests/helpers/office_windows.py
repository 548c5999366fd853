"""Main windows in office mode for interface tests: the window wired as `run_gui` wires it
(with the desk's side of office mode), on desks that are copies of the session's template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app.paths import regions_csv
from desktop.app.wiring import national_sync_for, office_sync_for
from desktop.services.desk import Desk
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner

# An exchange against a server process on loopback, with room for a busy machine.
EXCHANGE_WAIT_MS = 30_000


def office_window(runner: TaskRunner, desk: Desk | None = None) -> MainWindow:
    """A shown window in Indonesian; on `desk` (someone signed in) if given."""
    window = MainWindow(
        runner,
        "id",
        lambda _code: None,
        national_sync=national_sync_for,
        office_sync=office_sync_for,
    )
    window.show()
    if desk is not None:
        window.set_desk(desk)
    return window


def gated_office_window(runner: TaskRunner, data_dir: Path) -> tuple[MainWindow, DeskGate]:
    """A window and its start-up gate on `data_dir` (the set-up page for a fresh folder)."""
    window = office_window(runner)
    return window, DeskGate(data_dir, regions_csv(), runner, window, None)


def close_window(window: MainWindow) -> None:
    window.intake.clear()
    window.close()
    window.stop_background_work()
    window.deleteLater()


def cell_texts(window: MainWindow, column: str) -> list[str]:
    """The worklist's texts in `column`, top to bottom."""
    worklist = window.worklist
    assert worklist is not None
    model = worklist.model
    index = model.COLUMNS.index(column)
    return [
        str(model.data(model.index(row, index), Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
    ]
