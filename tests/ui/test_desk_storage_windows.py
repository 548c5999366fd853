"""The app on broken storage: a window that says what is wrong and restores the newest verified
backup; a window for a desk opened read-only; the full check after opening finds damage and
stops every write. Real broken files (tests/helpers/broken_storage)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.services.desk import open_desk
from desktop.services.values import StorageFault, StorageFaultKind
from desktop.store import keyring_vault
from tests.helpers.broken_storage import DATABASE, flip_byte, small_disks, state
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.ui import GatedStart


def key_in_keyring(folder: Path, key: bytes) -> None:
    desk_id = json.loads((folder / "desk-keys.json").read_text("utf-8"))["desk_id"]
    assert keyring_vault.store_key(desk_id, key)


def with_a_backup(folder: Path, key: bytes) -> Path:
    desk = open_desk(folder, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        desk.intake.record(good_draft(desk))
        return desk.backups.create().path
    finally:
        desk.close()


def test_an_empty_database_shows_a_window_that_restores_the_newest_backup(
    qtbot: QtBot,
    gate_on: GatedStart,
    desk_dir: Path,
    desk_key: bytes,
    os_keyring: MemoryKeyring,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    backup = with_a_backup(desk_dir, desk_key)
    key_in_keyring(desk_dir, desk_key)
    (desk_dir / DATABASE).write_bytes(b"")
    window, gate = gate_on(desk_dir)
    gate.start()
    qtbot.waitUntil(lambda: gate.storage.rescue is not None and gate.storage.rescue.isVisible())
    rescue = gate.storage.rescue
    assert rescue is not None
    assert rescue.message.text().startswith("Basis data meja ini kosong (0 bita)")
    assert backup.name in rescue.message.text()
    assert window.pages.currentWidget() is not window.setup_page  # never set up anew
    assert window.database_label.text() == "Basis data tidak tersedia"
    rescue.restore_newest.click()
    qtbot.waitUntil(lambda: gate.desk is not None, timeout=20_000)
    assert window.login_page.message.text() == "Cadangan sudah dipulihkan. Silakan masuk lagi."
    assert gate.desk is not None
    gate.desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    assert gate.desk.worklist.count() == 1  # the complaint in the backup is back
    [kept] = (desk_dir / "backups").glob("meja-aduan-before-restore-*.damaged.sqlite")
    assert kept.read_bytes() == b""  # the emptied file, kept aside as it was


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Callable[[str, Path], Path]]:
    with small_disks(tmp_path) as put:
        yield put


def test_a_read_only_data_folder_opens_read_only_and_says_so_in_a_window(
    disk: Callable[[str, Path], Path],  # first: unmounted after the window let go of it
    qtbot: QtBot,
    gate_on: GatedStart,
    desk_dir: Path,
    desk_key: bytes,
    os_keyring: MemoryKeyring,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    key_in_keyring(desk_dir, desk_key)
    folder = disk("read-only", desk_dir)
    before = state(folder)
    window, gate = gate_on(folder)
    gate.start()
    qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=20_000)
    shown = answer_message_boxes()[0]
    assert shown.startswith(f"Folder data hanya-baca: {folder}. Meja Aduan membuka meja ini")
    assert "dicadangkan ke drive lain" in shown
    assert window.database_label.text() == "Hanya-baca"
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Basis data sudah diperiksa: tidak ada kerusakan."
        )
    )
    assert state(folder) == before


def test_damage_found_after_opening_is_told_in_a_window_and_stops_writes(
    qtbot: QtBot,
    gate_on: GatedStart,
    desk_dir: Path,
    desk_key: bytes,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    window, gate = gate_on(desk_dir)
    desk = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        desk.database.checkpoint()  # every page in the file: none hidden by the WAL
        flip_byte(desk_dir / DATABASE, "middle")  # after opening read what it reads
        before = state(desk_dir)
        gate.storage.desk_opened(desk)  # what the gate does once a desk is open
        qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=20_000)
        shown = answer_message_boxes()[0]
        assert shown.startswith("Pemeriksaan menyeluruh menemukan kerusakan pada basis data")
        assert "Tidak ada cadangan yang terbaca utuh" in shown
        assert window.database_label.text() == "Basis data rusak"
        assert window.statusBar().currentMessage() == (
            "Basis data rusak: tidak ada yang dapat disimpan."
        )
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        with pytest.raises(StorageFault) as refused:
            desk.intake.record(good_draft(desk))
        assert refused.value.kind is StorageFaultKind.CORRUPT
        assert state(desk_dir) == before
    finally:
        window.stop_background_work()
        desk.close()
