"""Breaking a copy of a desk the ways real storage breaks, and telling whether it changed.

Real files, really broken: bytes flipped in a page, a file cut short or emptied, another
program's database in its place, a folder on a read-only or full file system (a small tmpfs,
mounted for the test as root; elsewhere those tests are skipped rather than imitated).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PAGE = 4096
DATABASE = "meja-aduan.sqlite"
MB = 1024 * 1024


def state(folder: Path) -> dict[str, str]:
    """Every file's digest (the logs and the sync lock aside: commands write those)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(folder).parts and p.name != "sync.lock"
    }


def flip_byte(path: Path, page: str) -> None:
    """Flip one byte inside the first, a middle or the last page."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    number = {"first": 0, "middle": pages // 2, "last": pages - 1}[page]
    data[number * PAGE + 300] ^= 0xFF
    path.write_bytes(bytes(data))


def cut(path: Path, *, to: int | None = None, drop: int | None = None) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:to] if to is not None else data[: len(data) - (drop or 0)])


def foreign_database(path: Path) -> None:
    """Another program's SQLite file where the desk's database was."""
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE song (title TEXT)")
    other.execute("INSERT INTO song VALUES ('Bengawan Solo')")
    other.commit()
    other.close()


def break_database(folder: Path, how: str) -> None:
    path = folder / DATABASE
    if how == "zero-byte":
        path.write_bytes(b"")
    elif how == "missing":
        path.unlink()
    elif how == "cut-to-1000":
        cut(path, to=1000)
    elif how == "cut-100":
        cut(path, drop=100)
    elif how == "foreign":
        foreign_database(path)
    else:
        flip_byte(path, how.removeprefix("flipped-"))


def _mount(point: Path, options: str) -> bool:
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@contextmanager
def small_disks(tmp_path: Path) -> Iterator[Callable[[str, Path], Path]]:
    """`put(kind, desk)`: a copy of `desk` on its own tmpfs, then made read-only ("read-only")
    or filled to the last byte ("full"). Skips the test where mounting is not allowed."""
    mounted: list[Path] = []

    def put(kind: str, desk: Path) -> Path:
        point = tmp_path / f"{kind}-disk"
        point.mkdir()
        size = sum(p.stat().st_size for p in desk.rglob("*") if p.is_file()) + 4 * MB
        if not _mount(point, f"size={size},mode=0755"):
            pytest.skip("mounting a small tmpfs is not permitted here (needs root on Linux)")
        mounted.append(point)
        folder = point / "desk"
        shutil.copytree(desk, folder)
        if kind == "read-only":
            remounted = subprocess.run(
                ["mount", "-o", "remount,ro", str(point)], capture_output=True, check=False
            )
            assert remounted.returncode == 0, remounted.stderr
        else:
            with (point / "filler").open("wb", buffering=0) as filler:
                try:
                    while True:
                        filler.write(b"\0" * 65536)
                except OSError:
                    pass
            assert shutil.disk_usage(point).free < PAGE
        assert not os.access(folder, os.W_OK) or kind == "full"
        return folder

    try:
        yield put
    finally:
        for point in mounted:
            done = subprocess.run(["umount", str(point)], capture_output=True, check=False)
            if done.returncode != 0:  # still held (a test that failed half-way): detach it
                subprocess.run(["umount", "-l", str(point)], check=False)
