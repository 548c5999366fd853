"""The command line on real broken desks: one `error:` line naming the problem and the backup
to restore, an exit code of its own (desktop/app/storage_messages.py), the data unchanged."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.app.paths import regions_csv
from desktop.app.storage_messages import (
    EXIT_DESK_DAMAGED,
    EXIT_DESK_MISSING,
    EXIT_DISK_FULL,
    EXIT_READ_ONLY,
)
from desktop.services.backups import BackupKind, write_backup
from desktop.services.desk import open_desk_with_recovery_key
from tests.helpers import ROOT
from tests.helpers.broken_storage import break_database, small_disks, state
from tests.helpers.cli import copy_of_seeded_desk, run_cli

BackedUp = tuple[Path, str, Path]  # the desk's folder, its recovery key, its one backup


@pytest.fixture(scope="module")
def backed_up(
    cli_seeded_desk: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> BackedUp:
    folder = tmp_path_factory.mktemp("backed-up") / "desk"
    recovery_key = copy_of_seeded_desk(cli_seeded_desk, folder)
    desk = open_desk_with_recovery_key(folder, regions_csv(), recovery_key).desk
    try:
        now = dt.datetime.now(dt.UTC)
        backup = write_backup(desk.paths, desk.database, BackupKind.MANUAL, now).path
    finally:
        desk.close()
    return folder, recovery_key, backup


@pytest.fixture
def desk_copy(backed_up: BackedUp, tmp_path: Path) -> tuple[Path, dict[str, str], Path]:
    folder = tmp_path / "desk"
    shutil.copytree(backed_up[0], folder)
    return folder, {RECOVERY_KEY_ENV: backed_up[1]}, folder / "backups" / backed_up[2].name


def run_sync(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync", *args],
        cwd=ROOT,
        env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


COMMANDS = {
    "audit verify": ("audit", "verify"),
    "seed": ("seed", "--count", "2"),
    "backup": ("backup",),
    "self-test": ("--self-test",),
}


def run(command: str, folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if command == "sync status":
        return run_sync("status", "--data-dir", str(folder), env=env)
    return run_cli("--data-dir", str(folder), *COMMANDS[command], env=env)


# Each broken file with the commands IT staff ran on it in the issue (every command meets
# several kinds of damage; all of them on every kind would take minutes).
CASES = [
    ("zero-byte", ["audit verify", "seed"], EXIT_DESK_MISSING, "is empty (0 bytes)"),
    ("missing", ["self-test", "sync status"], EXIT_DESK_MISSING, "is missing"),
    ("foreign", ["backup"], EXIT_DESK_MISSING, "is not a Meja Aduan database"),
    ("cut-to-1000", ["sync status", "audit verify"], EXIT_DESK_DAMAGED, "is damaged"),
    ("flipped-first", ["backup", "seed"], EXIT_DESK_DAMAGED, "is damaged"),
    ("flipped-middle", ["seed", "backup"], EXIT_DESK_DAMAGED, "is damaged"),
    ("flipped-last", ["audit verify", "self-test"], EXIT_DESK_DAMAGED, "is damaged"),
    ("cut-100", ["seed"], EXIT_DESK_DAMAGED, "is damaged"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("how", "commands", "code", "words"), CASES)
def test_a_broken_desk_is_one_line_naming_the_backup_and_nothing_changes(
    desk_copy: tuple[Path, dict[str, str], Path],
    how: str,
    commands: list[str],
    code: int,
    words: str,
) -> None:
    folder, env, backup = desk_copy
    break_database(folder, how)
    before = state(folder)
    for command in commands:
        result = run(command, folder, env)
        assert result.returncode == code, (command, result.stderr)
        [line] = result.stderr.splitlines()
        assert line.startswith("error: the desk's database "), command
        assert words in line
        assert f'restore "{backup}"' in line  # the newest verified backup, and how
        assert state(folder) == before, command
        assert result.stdout == ""


@pytest.mark.slow
def test_the_backup_named_restores_a_damaged_desk(
    desk_copy: tuple[Path, dict[str, str], Path],
) -> None:
    folder, env, backup = desk_copy
    break_database(folder, "flipped-first")
    restored = run_cli("--data-dir", str(folder), "restore", str(backup), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "damaged.sqlite" in restored.stdout  # the damaged file, kept aside as it was
    verified = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr


@pytest.fixture
def disk(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    with small_disks(tmp_path) as put:
        yield put


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "code", "words"),
    [
        ("read-only", EXIT_READ_ONLY, "error: the data folder is read-only: "),
        ("full", EXIT_DISK_FULL, "error: the disk is full: "),
    ],
)
def test_read_only_and_full_storage_read_verify_and_back_up_elsewhere_but_refuse_writes(
    disk,  # type: ignore[no-untyped-def]
    desk_copy: tuple[Path, dict[str, str], Path],
    tmp_path: Path,
    kind: str,
    code: int,
    words: str,
) -> None:
    folder = disk(kind, desk_copy[0])
    env = desk_copy[1]
    before = state(folder)
    verified = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("audit trail intact")
    usb = tmp_path / "usb"
    usb.mkdir()
    rescued = run_cli("--data-dir", str(folder), "backup", str(usb), env=env)
    assert rescued.returncode == 0, rescued.stderr
    assert "not in the audit trail: the desk was opened read-only" in rescued.stdout
    assert len(list(usb.glob("meja-aduan-manual-*.zip"))) == 1
    seeded = run_cli("--data-dir", str(folder), "seed", "--count", "2", env=env)
    assert seeded.returncode == code
    [line] = seeded.stderr.splitlines()
    assert line.startswith(words) and "backed up to another drive" in line
    status = run_sync("status", "--data-dir", str(folder), env=env)
    assert status.returncode == 0, status.stderr
    assert state(folder) == before
