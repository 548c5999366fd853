"""A desk that does not open says why and what to do, in Indonesian: a failed upgrade, a
database from a newer version. The failures are real ones, made as tests/store makes them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.services.desk import open_desk
from desktop.store.database import connect
from desktop.store.errors import MigrationFailedError, SchemaTooNewError
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.store.samples.make_samples import SAMPLE_KEY, SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture
def bare_window(qtbot: QtBot, indonesian: None, runner: TaskRunner) -> Iterator[MainWindow]:
    window = MainWindow(runner, "id", lambda _code: None)
    window.show()
    yield window
    window.close()
    window.stop_background_work()
    runner.shutdown()


def sample_desk(revision: str, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copyfile(SAMPLES / f"r{revision}.sqlite", folder / "meja-aduan.sqlite")
    return folder


def test_a_failed_upgrade_says_the_database_was_put_back(
    bare_window: MainWindow,
    tmp_path: Path,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    folder = sample_desk("0005", tmp_path / "desk")
    broken = connect(folder / "meja-aduan.sqlite", SAMPLE_KEY)
    broken.execute("PRAGMA foreign_keys=OFF")
    broken.execute(  # a follow-up of no complaint: the upgrade's reference check refuses it
        "INSERT INTO follow_up_event (complaint_id, at, actor, kind, text, reason) "
        "VALUES (999, '2026-11-03 00:00:00', 'admin', 'note', 'yatim', '')"
    )
    broken.close()
    with pytest.raises(MigrationFailedError) as raised:
        open_desk(folder, regions_csv(), SAMPLE_KEY)
    assert raised.value.restored

    bare_window.desk_failed(raised.value)
    shown = answer_message_boxes()[0]
    assert shown.startswith("Pembaruan basis data untuk versi Meja Aduan ini gagal (skema 0005 ke")
    assert "dikembalikan persis seperti sebelum pembaruan: tidak ada data yang hilang" in shown
    assert "Petugas TI: pasang kembali versi Meja Aduan sebelumnya" in shown
    assert str(raised.value.backup) in shown
    assert bare_window.database_label.text() == "Basis data tidak tersedia"


def test_a_failed_upgrade_not_put_back_says_where_the_copy_is_and_how_to_restore_it(
    bare_window: MainWindow, answer_message_boxes: Callable[[], list[str]]
) -> None:
    copy = Path("/data/backups/meja-aduan-before-upgrade-20261128T020000Z-r0007.zip")
    bare_window.desk_failed(MigrationFailedError("0007", "0008", copy, restored=False))
    shown = answer_message_boxes()[0]
    assert "tidak dapat dikembalikan secara otomatis. Jangan hapus apa pun" in shown
    assert str(copy) in shown and "restore" in shown


def test_a_database_from_a_newer_version_is_refused_in_words_that_help(
    bare_window: MainWindow,
    desk_dir: Path,
    desk_key: bytes,
    answer_message_boxes: Callable[[], list[str]],
) -> None:
    connection = connect(desk_dir / "meja-aduan.sqlite", desk_key)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(SchemaTooNewError) as raised:
        open_desk(desk_dir, regions_csv(), desk_key)
    bare_window.desk_failed(raised.value)
    assert answer_message_boxes()[0] == (
        "Basis data ini terakhir dipakai oleh versi Meja Aduan yang lebih baru (skema basis "
        "data 9999_future), dan versi lama ini tidak dapat membacanya dengan aman. Pasang lagi "
        "versi yang lebih baru itu (atau yang lebih baru lagi); tidak ada yang diubah."
    )


def test_an_upgrade_at_start_up_says_the_database_is_being_updated(
    qtbot: QtBot, bare_window: MainWindow, runner: TaskRunner, tmp_path: Path
) -> None:
    folder = sample_desk("0007", tmp_path / "desk")
    gate = DeskGate(folder, regions_csv(), runner, bare_window)
    opened: list[object] = []
    with qtbot.waitSignal(gate.upgrading, timeout=20_000) as upgrading:
        # As the keyring's key opens a desk at start-up (a sample has no key file).
        runner.submit(lambda: gate._open(SAMPLE_KEY), opened.append)
    assert upgrading.args[0] == "0007"
    assert bare_window.database_label.text() == "Memperbarui basis data…"
    assert bare_window.login_page.message.text().startswith("Memperbarui basis data untuk versi")
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    opened[0].desk.close()  # type: ignore[attr-defined]
