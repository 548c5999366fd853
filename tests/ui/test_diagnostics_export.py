"""Bantuan › Ekspor diagnostik: a zip for IT support, made in the background."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from tests.helpers.desks import good_draft


def test_export_diagnostics_from_the_help_menu(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    assert window.diagnostics.action.isVisible() and window.diagnostics.action.isEnabled()
    with qtbot.waitSignal(window.diagnostics.exported, timeout=30_000) as exported:
        window.diagnostics.action.trigger()
    made = exported.args[0]
    assert made.path.parent == gui_desk.paths.data_dir / "diagnostics"
    shown = answer_message_boxes()[0]
    assert shown.startswith("Diagnostik disimpan di:\n" + str(made.path))
    assert "tanpa pengaduan dan tanpa data pribadi" in shown
    with zipfile.ZipFile(made.path) as archive:
        sync = json.loads(archive.read("sync.json"))
        versions = json.loads(archive.read("versions.json"))
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert "waiting" in sync and sync["enabled"] is False
    assert versions["qt_runtime"] and versions["pyside6"]
    assert b"3201014508900002" not in everything and b"Siti" not in everything
    assert not window.diagnostics.running  # its worker thread has ended
