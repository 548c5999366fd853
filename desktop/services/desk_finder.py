"""What a data folder holds, found without opening the database: used at start-up to choose
between the set-up page and the sign-in page while SQLAlchemy still loads elsewhere.

Cheap to import (no SQLAlchemy): the key file, the OS keyring and a glance at the first bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.services.keys import KeySlots, key_file, key_from_keyring
from desktop.store.errors import storage_faults
from desktop.store.keyslots import KeyFileError
from desktop.store.private_files import make_private


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
        """Make the folders, and the data folder private (0700, its files 0600; POSIX): a desk
        from before is put right here, at its opening."""
        for folder in (self.data_dir, self.attachments, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        make_private(self.data_dir)


class DeskState(StrEnum):
    NEW = "new"  # no database yet: set-up creates the first admin
    LOCKED = "locked"  # the key must come from a password or the recovery key
    KEY_AVAILABLE = "key_available"  # the OS keyring holds the key
    KEY_FILE_MISSING = "key_file_missing"  # only the recovery key can open it
    KEY_FILE_DAMAGED = "key_file_damaged"  # the same, and the damaged file is set aside
    # A plain SQLite file, from the 0.1 test builds (never released to desks): not converted,
    # refused with a message, so nothing stays unencrypted unnoticed.
    UNENCRYPTED = "unencrypted"


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
    if not has_database:
        return FoundDesk(paths, DeskState.NEW, None, None)
    try:
        with storage_faults():
            slots = KeySlots.load(paths.keys)
    except KeyFileError:
        return FoundDesk(paths, DeskState.KEY_FILE_DAMAGED, None, None)
    if _is_plain_sqlite(paths.database):
        return FoundDesk(paths, DeskState.UNENCRYPTED, slots, None)
    if slots is None:
        return FoundDesk(paths, DeskState.KEY_FILE_MISSING, None, None)
    key = key_from_keyring(slots)
    state = DeskState.KEY_AVAILABLE if key is not None else DeskState.LOCKED
    return FoundDesk(paths, state, slots, key)


def _is_plain_sqlite(path: Path) -> bool:
    # An SQLCipher file starts with its random salt; a plain one with SQLite's magic string.
    with storage_faults(), path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
