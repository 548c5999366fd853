"""Driving the interface as an officer does: typing, tabbing, dropping files, opening a
complaint; and the window with its start-up gate as `run_gui` makes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.app.wiring import national_sync_for
from desktop.services.desk import Desk
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.national_sync.panel import SyncPanel
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.detail import DetailDialog
from desktop.ui.worklist.panel import WorklistPanel


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field, as the officer does."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on `target`, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(10, 10)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        enter = QDragEnterEvent(position, copy, mime, left, none)
    except TypeError:  # before PySide6 6.12 the enter event takes an integer point
        enter = QDragEnterEvent(position.toPoint(), copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the form must accept dragged files"
    QApplication.sendEvent(target, QDropEvent(position, copy, mime, left, none))


def fill_complaint(qtbot: QtBot, window: MainWindow, photo: Path) -> None:
    form = window.intake
    type_into(qtbot, form.category.lineEdit(), "Jalan dan Jemb")
    leave(qtbot, form.category.lineEdit())
    type_into(qtbot, form.title, "Jalan berlubang di depan SDN 2")
    type_into(
        qtbot,
        form.description,
        "Sejak bulan lalu jalan di depan SDN 2 berlubang besar; dua pengendara motor jatuh.",
    )
    type_into(qtbot, form.incident_date.line, "20-11-2026")
    leave(qtbot, form.incident_date.line)
    kecamatan = form.region.levels[2]
    type_into(qtbot, kecamatan.lineEdit(), "Cibinong")
    leave(qtbot, kecamatan.lineEdit())
    type_into(qtbot, form.reporter_name, "Siti Rahmawati")
    type_into(qtbot, form.reporter_nik, "3201 0145 0890 0002")
    type_into(qtbot, form.reporter_phone, "0812-3456-7890")
    form.privacy.setFocus()
    qtbot.keyClick(form.privacy, Qt.Key.Key_Space)
    drop_files(form, [photo])


def open_first(qtbot: QtBot, panel: WorklistPanel, desk: Desk) -> DetailDialog:
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_desk(desk)
    panel.open_selected()
    dialog = panel.detail_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


class GatedStart:
    """The window and its start-up gate on a data folder, as `run_gui` makes them; the
    languages the window was asked to remember are in `languages`."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self.languages: list[str] = []
        self.made: list[tuple[MainWindow, DeskGate]] = []

    def __call__(
        self, data_dir: Path, offered_file: Path | None = None
    ) -> tuple[MainWindow, DeskGate]:
        window = MainWindow(
            self._runner, "id", self.languages.append, national_sync=national_sync_for
        )
        gate = DeskGate(data_dir, regions_csv(), self._runner, window, offered_file)
        window.show()
        self.made.append((window, gate))
        return window, gate


SYNC_WAIT_MS = 15_000  # a sync round against the in-process hub, with room for a busy machine


def open_sync_panel(qtbot: QtBot, window: MainWindow) -> SyncPanel:
    """The sync panel, opened from the window and filled."""
    window.sync.open_panel()
    panel = window.sync.panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.list_caption.text() != "", timeout=SYNC_WAIT_MS)
    return panel
