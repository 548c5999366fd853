"""Faults of the machine the desk runs on, told apart from bugs.

A `StorageFault` means the environment stopped a read or write (another program holds the
database, the disk is full, the file is read-only or damaged). The interface tells the user what
to do; nothing was half-written because every write is one transaction.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path


class StorageFaultKind(StrEnum):
    BUSY = "busy"  # another program holds the write lock longer than the busy timeout
    FULL = "full"  # no space left on the disk (or the database's page limit)
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    IO = "io"


class StorageFault(Exception):
    def __init__(self, kind: StorageFaultKind, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else str(kind))
        self.kind = kind
        self.detail = detail


class DamagedAttachmentError(StorageFault):
    """A stored attachment failed its integrity check (changed, cut short or not ours).

    A storage fault of kind CORRUPT, so every place that explains faults explains this one.
    """

    def __init__(self, stored_name: str) -> None:
        super().__init__(StorageFaultKind.CORRUPT, f"attachment {stored_name} is damaged")
        self.stored_name = stored_name


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema revision {revision!r} is newer than this program")
        self.revision = revision


class WrongDatabaseKeyError(Exception):
    """The key given does not open the database file (or the file is not a database)."""


class DeskProblem(StrEnum):
    """What is wrong with the database of a data folder that has held a desk."""

    MISSING = "missing"  # the file is gone
    EMPTY = "empty"  # zero bytes: whatever emptied it, the register is not in it
    FOREIGN = "foreign"  # a database, but not a desk's (another program's SQLite file)
    DAMAGED = "damaged"  # the key is right (its check value says so) but the file is damaged


class DeskUnusableError(Exception):
    """The data folder has held a desk, and its database cannot be used as it is: it is never
    recreated or written to then. `newest_backup` is the newest backup in the folder whose
    zip and database copy read back whole (None: none found); restoring it is the remedy."""

    def __init__(
        self,
        problem: DeskProblem,
        database: Path,
        newest_backup: Path | None,
        detail: str = "",
    ) -> None:
        words = {
            DeskProblem.MISSING: "is missing",
            DeskProblem.EMPTY: "is empty (0 bytes)",
            DeskProblem.FOREIGN: "is not a Meja Aduan database",
            DeskProblem.DAMAGED: "is damaged (the key is right, the file is not)",
        }[problem]
        super().__init__(
            f"the desk's database {database} {words}" + (f" ({detail})" if detail else "")
        )
        self.problem = problem
        self.database = database
        self.newest_backup = newest_backup
        self.detail = detail


_SQLITE_CODES = {
    sqlite3.SQLITE_BUSY: StorageFaultKind.BUSY,
    sqlite3.SQLITE_LOCKED: StorageFaultKind.BUSY,
    sqlite3.SQLITE_FULL: StorageFaultKind.FULL,
    sqlite3.SQLITE_READONLY: StorageFaultKind.READ_ONLY,
    sqlite3.SQLITE_CORRUPT: StorageFaultKind.CORRUPT,
    sqlite3.SQLITE_NOTADB: StorageFaultKind.CORRUPT,
    sqlite3.SQLITE_IOERR: StorageFaultKind.IO,
    sqlite3.SQLITE_CANTOPEN: StorageFaultKind.IO,
}

_OS_ERRNOS = {
    errno.ENOSPC: StorageFaultKind.FULL,
    errno.EDQUOT: StorageFaultKind.FULL,
    errno.EROFS: StorageFaultKind.READ_ONLY,
    errno.EACCES: StorageFaultKind.READ_ONLY,
    errno.EPERM: StorageFaultKind.READ_ONLY,
}


# SQLite's own words for its result codes, for the few driver errors that come without the
# code (sqlcipher3's Connection.backup raises a bare OperationalError on a full disk).
_SQLITE_MESSAGES = {
    "database or disk is full": sqlite3.SQLITE_FULL,
    "database is locked": sqlite3.SQLITE_BUSY,
    "database disk image is malformed": sqlite3.SQLITE_CORRUPT,
    "file is not a database": sqlite3.SQLITE_NOTADB,
    "disk I/O error": sqlite3.SQLITE_IOERR,
}


def fault_for_sqlite(error: Exception) -> StorageFault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None and type(error).__module__.split(".")[0] in ("sqlite3", "sqlcipher3"):
        code = _SQLITE_MESSAGES.get(str(error))
    if code is None:
        return None
    kind = _SQLITE_CODES.get(code & 0xFF)  # extended codes keep the primary code in the low byte
    return StorageFault(kind, str(error)) if kind else None


def fault_for_os_error(error: OSError) -> StorageFault:
    return StorageFault(_OS_ERRNOS.get(error.errno or 0, StorageFaultKind.IO), str(error))


@contextmanager
def storage_faults() -> Iterator[None]:
    """Re-raise environment failures from SQLite or the file system as `StorageFault`.

    SQLAlchemy wraps driver errors and keeps the original in `.orig`; reading it by attribute
    keeps this module free of SQLAlchemy, so the interface can import the fault types cheaply.
    """
    try:
        yield
    except StorageFault:
        raise
    except OSError as error:
        raise fault_for_os_error(error) from error
    except Exception as error:
        original = getattr(error, "orig", error)
        # sqlite3's and sqlcipher3's errors both carry SQLite's result code.
        fault = fault_for_sqlite(original)
        if fault is None:
            raise
        raise fault from error


class BackupRefusedError(Exception):
    """A backup file cannot be restored; nothing was changed. The message says why in English
    for the command line; `reason` is a stable code the interface words in its own language."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class DeskInUseError(Exception):
    """The desk is open in the app or a synchronisation round: a restore would pull the file
    from under it. Close the app and wait for the round (or stop its scheduled task)."""


class MigrationFailedError(Exception):
    """An upgrade failed. `restored` tells whether the copy taken before it was put back (then
    the desk is exactly as before and the older program still opens it); `backup` names it."""

    def __init__(
        self, from_revision: str, to_revision: str, backup: Path | None, restored: bool
    ) -> None:
        state = "the database was put back as it was" if restored else "restore it by hand"
        super().__init__(
            f"upgrading the database from {from_revision} to {to_revision} failed; {state}"
            + (f" (backup: {backup})" if backup else "")
        )
        self.from_revision = from_revision
        self.to_revision = to_revision
        self.backup = backup
        self.restored = restored
