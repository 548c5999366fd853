"""What a data folder holds, found without opening the database: used at start-up to choose
between the set-up page and the sign-in page while SQLAlchemy still loads elsewhere.

Cheap to import (no SQLAlchemy): the key file, the OS keyring and a glance at the first bytes.

A folder is new only when it has never held a desk. Signs that it has: the marker written at
set-up (`meja-aduan-desk.json`), the key file (unless a set-up stopped half-way, which leaves
its `.creating` database behind), a backup in `backups/`, a file in `attachments/`. In such a
folder a missing, empty or foreign database is reported, never replaced by a new desk.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.services.keys import KeySlots, key_file, key_from_keyring
from desktop.store.errors import storage_faults
from desktop.store.keyslots import KeyFileError

MARKER_NAME = "meja-aduan-desk.json"
CREATING_SUFFIX = ".creating"


def marker_file(data_dir: Path) -> Path:
    return data_dir / MARKER_NAME


@dataclass(frozen=True)
class DeskPaths:
    """Where a desk keeps its files inside its data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "meja-aduan.sqlite"

    @property
    def keys(self) -> Path:
        return key_file(self.data_dir)

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def create(self) -> None:
        for folder in (self.data_dir, self.attachments, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


class DeskState(StrEnum):
    NEW = "new"  # no database yet: set-up creates the first admin
    LOCKED = "locked"  # the key must come from a password or the recovery key
    KEY_AVAILABLE = "key_available"  # the OS keyring holds the key
    KEY_FILE_MISSING = "key_file_missing"  # only the recovery key can open it
    KEY_FILE_DAMAGED = "key_file_damaged"  # the same, and the damaged file is set aside
    # A plain SQLite file, from the 0.1 test builds (never released to desks): not converted,
    # refused with a message, so nothing stays unencrypted unnoticed.
    UNENCRYPTED = "unencrypted"
    # The folder has held a desk, and its database is gone, empty, or another program's file:
    # reported with the newest backup to restore, never set up anew.
    MISSING = "missing"
    EMPTY = "empty"
    FOREIGN = "foreign"


UNUSABLE_STATES = frozenset({DeskState.MISSING, DeskState.EMPTY, DeskState.FOREIGN})


@dataclass(frozen=True)
class FoundDesk:
    paths: DeskPaths
    state: DeskState
    slots: KeySlots | None
    key: bytes | None


def find_desk(data_dir: Path) -> FoundDesk:
    """What is in `data_dir`, and the key when the OS keyring has it. Reads no database."""
    paths = DeskPaths(data_dir)
    with storage_faults():
        has_database = paths.database.exists()
        problem = database_problem(paths) if has_database else None
    if not has_database and not has_held_a_desk(paths):
        return FoundDesk(paths, DeskState.NEW, None, None)
    try:
        with storage_faults():
            slots = KeySlots.load(paths.keys)
    except KeyFileError:
        if has_database and problem is None:
            return FoundDesk(paths, DeskState.KEY_FILE_DAMAGED, None, None)
        slots = None
    if not has_database or problem is not None:
        # The key (when at hand) lets the app restore a backup in place without asking for it.
        key = key_from_keyring(slots) if slots is not None else None
        return FoundDesk(paths, problem or DeskState.MISSING, slots, key)
    if _is_plain_sqlite(paths.database):
        return FoundDesk(paths, DeskState.UNENCRYPTED, slots, None)
    if slots is None:
        return FoundDesk(paths, DeskState.KEY_FILE_MISSING, None, None)
    key = key_from_keyring(slots)
    state = DeskState.KEY_AVAILABLE if key is not None else DeskState.LOCKED
    return FoundDesk(paths, state, slots, key)


def has_held_a_desk(paths: DeskPaths) -> bool:
    """Whether the folder shows signs of a desk (see the module's notes)."""
    with storage_faults():
        if marker_file(paths.data_dir).exists():
            return True
        creating = paths.database.with_name(paths.database.name + CREATING_SUFFIX)
        if paths.keys.exists() and not creating.exists():
            return True
        if paths.backups.is_dir() and any(
            p.name.startswith("meja-aduan-") and p.suffix == ".zip" for p in paths.backups.iterdir()
        ):
            return True
        return paths.attachments.is_dir() and any(p.is_file() for p in paths.attachments.rglob("*"))


def database_problem(paths: DeskPaths) -> DeskState | None:
    """EMPTY or FOREIGN when the database file cannot be a desk's, else None."""
    database = paths.database
    if not database.is_file():
        return DeskState.FOREIGN  # a folder (or a device) where the file should be
    if database.stat().st_size == 0:
        return DeskState.EMPTY
    if _is_plain_sqlite(database) and not _has_desk_schema(database):
        return DeskState.FOREIGN
    return None


def _has_desk_schema(path: Path) -> bool:
    """A plain SQLite file with the desk's tables (a 0.1 test build's), read without writing."""
    try:
        connection = sqlite3.connect(path.absolute().as_uri() + "?immutable=1", uri=True)
        try:
            found = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'complaint'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return bool(found and found[0])


def _is_plain_sqlite(path: Path) -> bool:
    # An SQLCipher file starts with its random salt; a plain one with SQLite's magic string.
    with storage_faults(), path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
