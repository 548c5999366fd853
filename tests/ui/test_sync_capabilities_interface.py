"""What a LAPOR! deployment does not offer, as IT staff see it: the sync panel says it once,
with the categories still to map by hand, and the mapping dialog lists the national status
codes seen that need an entry."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.national_sync.mapping_dialog import MappingDialog
from desktop.ui.tasks import TaskRunner
from sync.desk import NationalSync
from sync.setup import build_engine
from tests.helpers.desks import good_draft
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import MovableClock, point_desk_at
from tests.helpers.ui import SYNC_WAIT_MS, open_sync_panel


def test_the_panel_says_which_lists_lapor_lacks_and_which_categories_wait_for_a_mapping(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    hub: InProcessHub,
) -> None:
    hub.set_variants(categories=False, search=False, status_codes="lapor")
    point_desk_at(gui_desk, hub)
    gui_desk.intake.record(good_draft(gui_desk))
    panel = open_sync_panel(qtbot, window)
    assert panel.missing.isHidden()

    panel.send_button.click()

    qtbot.waitUntil(panel.missing.isVisible, timeout=SYNC_WAIT_MS)
    text = panel.missing.text()
    assert "tidak menyediakan daftar kategori" in text
    some_category = gui_desk.reference.categories()[0].name
    assert some_category in text.split("Kategori yang belum punya id LAPOR!: ")[1]


def test_the_mapping_dialog_lists_status_codes_seen_that_need_an_entry(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    runner: TaskRunner,
    hub: InProcessHub,
) -> None:
    hub.set_variants(status_codes="lapor")
    point_desk_at(gui_desk, hub)
    gui_desk.intake.record(good_draft(gui_desk))
    clock = MovableClock()
    build_engine(gui_desk, clock=clock).run_round()  # sent
    hub.advance(days=6)
    clock.offset = dt.timedelta(days=6)
    build_engine(gui_desk, clock=clock).run_round()  # its news, six days on
    national_sync = NationalSync(gui_desk)

    dialog = MappingDialog(national_sync, gui_desk, runner, window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("status"))

    def listed() -> list[str]:
        rows = dialog.model.rows
        return [f"{r.local_name} -> {r.national_value}" for r in rows]

    qtbot.waitUntil(lambda: any("Selesai" in line for line in listed()), timeout=SYNC_WAIT_MS)
    assert "4 · Selesai -> terlihat di LAPOR!, perlu diisi" in listed()
