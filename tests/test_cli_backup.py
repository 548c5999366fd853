"""`backup` and `restore` as IT staff script them, in their own processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from tests.helpers.cli import copy_of_seeded_desk, run_cli, seed_new_desk


@pytest.mark.slow
def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    key = {RECOVERY_KEY_ENV: seed_new_desk(folder, 40)}
    usb = tmp_path / "usb"
    usb.mkdir()

    made = run_cli("--data-dir", str(folder), "backup", str(usb), env=key)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("backup written: ") and len(made.stdout.splitlines()) == 1
    (backup,) = usb.glob("meja-aduan-manual-*.zip")
    assert str(backup) in made.stdout

    into_folder = run_cli("--data-dir", str(folder), "backup", env=key)
    assert into_folder.returncode == 0, into_folder.stderr
    listed = run_cli("--data-dir", str(folder), "backup", "--list")
    assert listed.returncode == 0 and "manual" in listed.stdout

    more = run_cli("--data-dir", str(folder), "seed", "--count", "7", env=key)
    assert more.returncode == 0, more.stderr
    restored = run_cli("--data-dir", str(folder), "restore", str(backup), env=key)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {backup.name}")
    assert "before-restore" in restored.stdout and len(restored.stdout.splitlines()) == 1

    checked = run_cli("--data-dir", str(folder), "--self-test", env=key)
    assert checked.returncode == 0, checked.stderr
    assert "40 complaints" in checked.stdout  # the 7 added after the backup are gone


@pytest.mark.slow
def test_a_damaged_backup_is_one_error_line_and_changes_nothing(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    folder = tmp_path / "desk"
    key = {RECOVERY_KEY_ENV: copy_of_seeded_desk(cli_seeded_desk, folder)}
    target = tmp_path / "cadangan.zip"
    assert run_cli("--data-dir", str(folder), "backup", str(target), env=key).returncode == 0
    database = folder / "meja-aduan.sqlite"
    before = database.read_bytes()
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))

    refused = run_cli("--data-dir", str(folder), "restore", str(target), env=key)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: cadangan.zip is damaged")
    assert "nothing was changed" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert database.read_bytes() == before

    exists = run_cli("--data-dir", str(folder), "backup", str(target), env=key)
    assert exists.returncode == 1 and "exists already" in exists.stderr
