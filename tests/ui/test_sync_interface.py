"""Synchronisation as the officer sees it, on a real desk against the real sandbox hub: the
status area, "Kirim sekarang", rounds that start on their own when the connection returns, the
sync panel's list and a verifier's actions, and the Sinkronisasi settings tab."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.complaint import Status
from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState, SyncProblem
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.store import outbox
from desktop.ui.main_window import MainWindow
from desktop.ui.national_sync.items_model import (
    ATTACHMENTS,
    KIND,
    REASON,
    STATE,
    TITLE,
    SyncItemsModel,
)
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.follow_up_texts import national_line
from sync.desk import NationalSync, WaitingItem
from tests.helpers.desks import good_draft
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import point_desk_at
from tests.helpers.ui import SYNC_WAIT_MS, open_sync_panel

WAIT_MS = SYNC_WAIT_MS


def status_text(window: MainWindow) -> str:
    return window.sync.status_area.text


def held_item(desk: Desk, state: OutboxState, problem: SyncProblem, detail: str) -> int:
    """A recorded complaint whose create item a round left in `state` (as the engine does
    when the national side refused it, or when its answer never came)."""
    recorded = desk.intake.record(good_draft(desk))
    now = dt.datetime.now(dt.UTC)
    with desk.database.writing() as session:
        item = next(e for e in outbox.entries(session, [OutboxState.PENDING]))
        assert item.complaint_id == recorded.id and item.kind is OutboxKind.CREATE
        assert outbox.claim(session, item.id, now)
        outbox.settle(session, item.id, state, now, problem=problem, detail=detail)
    return item.id


def test_kirim_sekarang_sends_a_recorded_complaint(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    hub: InProcessHub,
) -> None:
    point_desk_at(gui_desk, hub)
    gui_desk.intake.record(good_draft(gui_desk))
    panel = open_sync_panel(qtbot, window)

    panel.send_button.click()

    qtbot.waitUntil(lambda: "Terkirim terakhir" in status_text(window), timeout=WAIT_MS)
    assert "0 menunggu" in status_text(window)
    assert "mode latihan" in status_text(window)
    assert len(hub.complaints()) == 1
    qtbot.waitUntil(lambda: "Terkirim terakhir" in panel.figures.text(), timeout=WAIT_MS)
    assert "Semua yang dicatat di sini sudah terkirim" in panel.outcome.text()


@pytest.mark.slow
def test_offline_items_wait_and_go_by_themselves_when_the_connection_returns(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    hub: InProcessHub,
) -> None:
    point_desk_at(gui_desk, hub)
    hub.set_faults(1.0, ["http_503"])
    gui_desk.intake.record(good_draft(gui_desk))

    window.sync.send_now.trigger()

    qtbot.waitUntil(lambda: "tidak tersambung" in status_text(window), timeout=WAIT_MS)
    assert "1 menunggu" in status_text(window)
    panel = open_sync_panel(qtbot, window)
    assert panel.outcome.text() == (
        "Tidak tersambung ke SP4N-LAPOR!. Pengaduan tetap tersimpan dan akan dikirim otomatis "
        "saat tersambung."
    )
    assert hub.complaints() == []

    hub.clear_faults()  # the connection is back: nobody presses anything

    qtbot.waitUntil(lambda: "0 menunggu" in status_text(window), timeout=WAIT_MS)
    assert len(hub.complaints()) == 1


def test_refused_credentials_stop_automatic_rounds_and_say_whom_to_ask(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    hub: InProcessHub,
) -> None:
    point_desk_at(gui_desk, hub, key="kunci-yang-salah")
    gui_desk.intake.record(good_draft(gui_desk))
    panel = open_sync_panel(qtbot, window)

    panel.send_button.click()

    qtbot.waitUntil(lambda: "menolak kunci API" in panel.outcome.text(), timeout=WAIT_MS)
    assert "Pengaturan › Sinkronisasi" in panel.outcome.text()
    assert window.sync.runner.blocked
    window.sync.local_change()  # a save: no new round with the refused key
    assert not window.sync.runner.running


def test_a_held_back_item_shows_its_reason_and_coba_lagi_queues_it_again(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    item_id = held_item(
        gui_desk, OutboxState.QUARANTINED, SyncProblem.REFUSED, "category_id: tidak dikenal"
    )
    panel = open_sync_panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    reason = panel.model.index(0, REASON).data()
    assert "SP4N-LAPOR! menolaknya" in reason and "category_id: tidak dikenal" in reason
    assert panel.model.index(0, STATE).data() == "Ditahan"

    panel.table.selectRow(panel.model.row_of(item_id))  # the officer clicks its row
    assert panel.item_actions.retry_button.isEnabled()
    panel.item_actions.retry_button.click()

    # Still listed (it failed once), now waiting for the next round.
    qtbot.waitUntil(
        lambda: panel.model.index(0, STATE).data() == "Menunggu dikirim", timeout=WAIT_MS
    )
    with gui_desk.database.reading() as session:
        entry = outbox.entry(session, item_id)
    assert entry is not None and entry.state is OutboxState.PENDING
    qtbot.waitUntil(lambda: "1 menunggu" in status_text(window), timeout=WAIT_MS)


def test_an_item_of_unknown_outcome_is_settled_with_the_number_found_on_lapor(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    item_id = held_item(gui_desk, OutboxState.UNKNOWN, SyncProblem.NO_ANSWER, "ReadTimeout")
    panel = open_sync_panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    panel.table.selectRow(panel.model.row_of(item_id))  # the officer clicks its row
    actions = panel.item_actions
    assert actions.resend_button.isEnabled() and actions.confirm_button.isEnabled()

    actions.tracking_id.setText("LP-45")
    actions.confirm_button.click()
    assert "Hanya angka" in actions.tracking_field.message_text

    actions.tracking_id.setText("4512873")
    actions.confirm_button.click()

    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT_MS)
    with gui_desk.database.reading() as session:
        entry = outbox.entry(session, item_id)
    assert entry is not None and entry.state is OutboxState.ACKNOWLEDGED
    assert entry.remote_id == "4512873"


def test_a_petugas_sees_the_list_but_no_actions(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    held_item(gui_desk, OutboxState.QUARANTINED, SyncProblem.REFUSED, "ditolak")
    password = "Loket-pagi-2026"
    gui_desk.accounts.create(NewAccount("rudi", "Rudi", Role.PETUGAS, password, password))
    gui_desk.accounts.sign_in("rudi", password)

    panel = open_sync_panel(qtbot, window)

    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.item_actions.isHidden()


def test_the_settings_tab_refuses_plain_http_to_another_host_beside_the_field(
    qtbot: QtBot, indonesian: None, gui_desk: Desk, runner: TaskRunner
) -> None:
    dialog = SettingsDialog(gui_desk.settings, runner, sync=NationalSync(gui_desk))
    qtbot.addWidget(dialog)
    tab = dialog.sync_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.is_loaded, timeout=WAIT_MS)
    tab.enabled.setChecked(True)
    tab.base_url.setText("http://api.lapor.go.id/v3")
    tab.api_key.setText("kunci-baru")
    tab.api_token.setText("token-baru")

    dialog._buttons.accepted.emit()

    field = tab.fields["base_url"]
    qtbot.waitUntil(lambda: field.message_text != "", timeout=WAIT_MS)
    assert "https://" in field.message_text
    assert dialog.tabs.currentWidget() is tab
    assert tab.base_url.text() == "http://api.lapor.go.id/v3"
    assert tab.api_key.text() == "kunci-baru"  # nothing typed is lost
    assert not NationalSync(gui_desk).has_credentials()


def test_the_items_model_keeps_qt_rules(qtmodeltester: object, indonesian: None) -> None:
    model = SyncItemsModel()
    now = dt.datetime.now(dt.UTC)
    unknown = OutboxEntry(
        1, 7, "3201-2026-000007", OutboxKind.CREATE, OutboxState.UNKNOWN, 2,
        SyncProblem.NO_ANSWER, "", now, sent_at=now,
    )  # fmt: skip
    too_large = OutboxEntry(
        2, 8, "3201-2026-000008", OutboxKind.ATTACHMENT, OutboxState.QUARANTINED, 1,
        SyncProblem.ATTACHMENT_TOO_LARGE, "12 MB", now, attachment_id=3,
    )  # fmt: skip
    model.set_items(
        [
            WaitingItem(unknown, "Lampu jalan mati", now, False, ("foto.jpg",), ""),
            WaitingItem(too_large, "Pungutan liar", now, True, (), ""),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # What waits for a person comes first.
    assert model.index(0, KIND).data() == "Lampiran"
    assert model.index(1, ATTACHMENTS).data() == "1: foto.jpg"


@pytest.mark.parametrize("status", [Status.DALAM_PROSES, None])
def test_national_events_are_worded_as_lapor_says(indonesian: None, status: Status | None) -> None:
    line = national_line("Dalam Proses · Dinas Kesehatan", status)
    assert line.startswith("SP4N-LAPOR!: Dalam Proses · Dinas Kesehatan")
    assert ("status di sini" in line) == (status is not None)


def menu_path_in(text: str) -> list[str]:
    """The menu path a sentence points to, e.g. ["Pengaturan", "Sinkronisasi SP4N-LAPOR!"]
    from "... di Pengaturan › Sinkronisasi SP4N-LAPOR!. ..."."""
    found = re.search(r"(\w+) › ([\w!-]+(?: [\w!-]+)*?)(?:\.|,| sebelum| before|$)", text)
    assert found is not None, text
    return [found.group(1), found.group(2).rstrip(".")]


def action_at(window: MainWindow, path: list[str]) -> QAction:
    """The menu action at `path`, as the officer reads the menus (no & and no …)."""

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip("…").strip()

    menus = [a.menu() for a in window.menuBar().actions() if plain(a.text()) == path[0]]
    assert len(menus) == 1 and isinstance(menus[0], QMenu), path
    actions = [a for a in menus[0].actions() if plain(a.text()) == path[1]]
    assert len(actions) == 1, (path, [a.text() for a in menus[0].actions()])
    return actions[0]


def test_f9_on_a_desk_not_set_up_says_so_and_where_it_is_set_up(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    assert not NationalSync(gui_desk).config().enabled
    bar = window.statusBar()
    qtbot.waitUntil(lambda: window.sync.runner.status is not None, timeout=WAIT_MS)

    window.sync.send_now.trigger()  # F9

    qtbot.waitUntil(lambda: "belum disiapkan" in bar.currentMessage(), timeout=WAIT_MS)
    path = menu_path_in(bar.currentMessage())
    assert path == ["Pengaturan", "Sinkronisasi SP4N-LAPOR!"]
    settings = action_at(window, path)
    assert settings.isVisible() and settings.isEnabled()

    # The menu entry opens the settings on their Sinkronisasi tab.
    opened: list[SettingsDialog] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    settings.trigger()
    assert len(opened) == 1 and opened[0].tabs.currentWidget() is opened[0].sync_tab


def test_kirim_sekarang_in_the_panel_on_a_desk_not_set_up_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = open_sync_panel(qtbot, window)
    qtbot.waitUntil(lambda: "belum disiapkan" in panel.outcome.text(), timeout=WAIT_MS)
    action_at(window, menu_path_in(panel.outcome.text()))

    panel.send_button.click()

    bar = window.statusBar()
    qtbot.waitUntil(lambda: "belum disiapkan" in bar.currentMessage(), timeout=WAIT_MS)


def test_periksa_di_lapor_lists_what_waits_for_a_person_first_and_never_promises_a_retry(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    # After a 500 the desk looks the create up by itself; one it could not settle waits for
    # a person, and the list says which is which.
    by_itself = held_item(gui_desk, OutboxState.UNKNOWN, SyncProblem.SERVER_ERROR, "HTTP 500")
    for_a_person = held_item(gui_desk, OutboxState.UNKNOWN, SyncProblem.CHECK_ON_LAPOR, "HTTP 500")
    panel = open_sync_panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)

    assert panel.list_caption.text() == (
        "Periksa di LAPOR!: 1 item menunggu tindakan petugas   ·   "
        "1 item dikirim ulang otomatis oleh meja ini"
    )
    assert panel.model.row_of(for_a_person) == 0  # a person's work comes first
    reason = panel.model.index(0, REASON).data()
    assert "Menunggu tindakan petugas" in reason and "cari di situs LAPOR!" in reason
    assert "otomatis" not in reason and "dicoba lagi" not in reason
    assert panel.model.index(0, TITLE).data() == good_draft(gui_desk).title
    assert panel.model.index(0, ATTACHMENTS).data() == "0"
    other = panel.model.index(panel.model.row_of(by_itself), REASON).data()
    assert "mencarinya sendiri di LAPOR!" in other


def test_not_there_send_again_acts_on_every_selected_item_after_a_confirmation(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    ids = [
        held_item(gui_desk, OutboxState.UNKNOWN, SyncProblem.CHECK_ON_LAPOR, "") for _ in range(2)
    ]
    panel = open_sync_panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    panel.table.selectAll()
    actions = panel.item_actions
    assert actions.resend_button.isEnabled()
    assert not actions.confirm_button.isEnabled()  # a number is entered for one at a time

    actions.resend_button.click()
    box = actions.resend_box
    assert "2 item mungkin sudah sampai di LAPOR!" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(
        lambda: (
            all(panel.model.index(r, STATE).data() == "Menunggu dikirim" for r in range(2))
            and panel.model.rowCount() == 2
        ),
        timeout=WAIT_MS,
    )
    with gui_desk.database.reading() as session:
        states = {outbox.entry(session, i).state for i in ids}  # type: ignore[union-attr]
    assert states == {OutboxState.PENDING}
