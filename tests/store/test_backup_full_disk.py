"""A disk that fills up during a backup or a restore leaves the desk's data as it was.

The disk is a real, small tmpfs mounted for the test (Linux, as root: CI runs so); elsewhere
these tests are skipped rather than imitated.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.backups import SYNC_LOCK_FILE_NAME, restore_desk
from desktop.services.desk import open_desk
from desktop.store.errors import StorageFault, StorageFaultKind
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

MB = 1024 * 1024


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    mounted: list[Path] = []

    def mount(size: int) -> Path:
        if not sys.platform.startswith("linux") or shutil.which("mount") is None:
            pytest.skip("a small file system is mounted with Linux's mount")
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        options = f"size={size},mode=0700"
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip("mounting a small tmpfs is not permitted here (needs root)")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=False)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != SYNC_LOCK_FILE_NAME
    }


def desk_on(disk: Path, template: Path, key: bytes) -> Path:
    folder = disk / "desk"
    shutil.copytree(template, folder)
    return folder


def complaint_count(folder: Path, key: bytes) -> int:
    desk = open_desk(folder, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        return len(desk.worklist.summaries(list(range(1, 50))))
    finally:
        desk.close()


@pytest.mark.parametrize("room", [2 * MB, "copy fits"])
def test_a_backup_on_a_full_disk_fails_cleanly(
    tiny_disk: Callable[[int], Path], desk_dir: Path, desk_key: bytes, room: int | str
) -> None:
    """2 MB free: the database copy itself hits ENOSPC. 'copy fits': the copy is made, and the
    check before writing the zip refuses (it would need as much again)."""
    with_work = open_desk(desk_dir, regions_csv(), desk_key).desk
    with_work.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    with_work.intake.record(good_draft(with_work))
    with_work.close()
    used = size_of(desk_dir)
    free = 2 * MB if room == 2 * MB else used + 2 * MB
    disk = tiny_disk(used + free)
    folder = desk_on(disk, desk_dir, desk_key)
    desk = open_desk(folder, regions_csv(), desk_key).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    try:
        with pytest.raises(StorageFault) as failed:
            desk.backups.create()
        assert failed.value.kind is StorageFaultKind.FULL
        if room != 2 * MB:
            assert "the backup needs about" in str(failed.value)
        assert list((folder / "backups").iterdir()) == []  # no partial file left behind
        assert len(desk.worklist.summaries([1])) == 1
    finally:
        desk.close()
    assert complaint_count(folder, desk_key) == 1


def test_a_restore_on_a_full_disk_changes_nothing(
    tiny_disk: Callable[[int], Path], desk_dir: Path, desk_key: bytes, tmp_path: Path
) -> None:
    source = open_desk(desk_dir, regions_csv(), desk_key).desk
    source.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    source.intake.record(good_draft(source))
    backup = source.backups.create().path
    source.close()
    kept = tmp_path / "usb" / backup.name
    kept.parent.mkdir()
    shutil.move(backup, kept)

    disk = tiny_disk(size_of(desk_dir) + 2 * MB)
    folder = desk_on(disk, desk_dir, desk_key)
    before = state(folder)
    with pytest.raises(StorageFault) as failed:
        restore_desk(folder, kept, desk_key)
    assert failed.value.kind is StorageFaultKind.FULL
    assert state(folder) == before
    assert complaint_count(folder, desk_key) == 1
