"""A desk that does not open says why and what to do, in Indonesian: a failed upgrade, a
database from a newer version. The failures are real ones, made as tests/store makes them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.app.wiring import national_sync_for
from desktop.services.desk import OpenedDesk, open_desk
from desktop.store.database import connect
from desktop.store.errors import MigrationFailedError, SchemaTooNewError
from desktop.store.migrate import UpgradeStep, known_revisions
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.store.samples.make_samples import SAMPLE_KEY, SAMPLES


@pytest.fixture
def bare_window(qtbot: QtBot, indonesian: None, runner: TaskRunner) -> Iterator[MainWindow]:
    window = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync_for)
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
    qtbot: QtBot,
    bare_window: MainWindow,
    runner: TaskRunner,
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
    gate = DeskGate(folder, regions_csv(), runner, bare_window)
    # As the keyring's key opens a desk at start-up (a sample has no key file).
    runner.submit(lambda: gate._open(SAMPLE_KEY), lambda _opened: None, gate._open_failed)
    qtbot.waitUntil(lambda: bool(answer_message_boxes()), timeout=30_000)
    shown = answer_message_boxes()[0]
    assert shown.startswith("Pembaruan basis data untuk versi Meja Aduan ini gagal (skema 0005 ke")
    assert "dikembalikan persis seperti sebelum pembaruan: tidak ada data yang hilang" in shown
    assert "Petugas TI: pasang kembali versi Meja Aduan sebelumnya" in shown
    assert "meja-aduan-before-upgrade-" in shown  # where the copy from before is
    assert bare_window.database_label.text() == "Basis data tidak tersedia"
    # The upgrade is over: no bar and no "do not switch the computer off" left standing.
    page = bare_window.login_page
    assert page.progress.isHidden() and "Jangan matikan" not in page.message.text()
    assert "Jangan matikan" not in bare_window.statusBar().currentMessage()


def test_a_failed_upgrade_not_put_back_says_where_the_copy_is_and_how_to_restore_it(
    bare_window: MainWindow, answer_message_boxes: Callable[[], list[str]]
) -> None:
    copy = Path("/data/backups/meja-aduan-before-upgrade-20261128T020000Z-r0007.zip")
    bare_window.desk_failed(MigrationFailedError("0007", "0008", copy, restored=False))
    shown = answer_message_boxes()[0]
    assert "tidak dapat dikembalikan secara otomatis. Jangan hapus apa pun" in shown
    assert str(copy) in shown and "restore" in shown
    # It sends IT staff to the guide that has the steps, and the guide has them.
    assert '(lihat panduan TI, docs/it-guide.md, "Upgrades")' in shown
    guide = Path(__file__).resolve().parents[2] / "docs" / "it-guide.md"
    assert "\n## Upgrades\n" in guide.read_text(encoding="utf-8")


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


def test_an_upgrade_at_start_up_shows_its_steps_then_that_it_is_done(
    qtbot: QtBot, bare_window: MainWindow, runner: TaskRunner, tmp_path: Path
) -> None:
    folder = sample_desk("0001", tmp_path / "desk")
    gate = DeskGate(folder, regions_csv(), runner, bare_window)
    page = bare_window.login_page
    steps: list[UpgradeStep] = []
    seen: list[tuple[str, int, int, bool]] = []  # what the officer saw at each step

    def record(step: UpgradeStep) -> None:  # after the gate's own slot: what it showed
        steps.append(step)
        seen.append(
            (
                page.message.text(),
                page.progress.value(),
                page.progress.maximum(),
                page.progress.isVisibleTo(page),
            )
        )

    gate.upgrading.connect(record)
    opened: list[OpenedDesk] = []
    # As the keyring's key opens a desk at start-up (a sample has no key file).
    runner.submit(lambda: gate._open(SAMPLE_KEY), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    gate._on_opened(opened[0])
    revisions = known_revisions()
    # The backup, then each revision after 0001: as many steps as there are, in order.
    assert [(s.done, s.total, s.revision) for s in steps] == [
        (0, len(revisions), None),
        (1, len(revisions), None),
        *((n, len(revisions), rev) for n, rev in enumerate(revisions[1:], start=2)),
    ]
    assert seen[0][0].startswith("Memperbarui basis data untuk versi ini: membuat cadangan")
    assert seen[3][0].startswith("Memperbarui basis data untuk versi ini: langkah 3 dari")
    assert seen[3][1:] == (3, len(revisions), True)
    assert not page.progress.isVisibleTo(page)  # done: no bar left standing
    assert page.message.text().startswith("Basis data sudah diperbarui untuk versi ini")
    bare_window.stop_background_work()  # the opened desk's upkeep, before it closes
    runner.shutdown()
    opened[0].desk.close()
