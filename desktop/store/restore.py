"""Putting a backup back in place of the desk's database, all or nothing.

Everything about the backup is checked before the desk is touched: the zip reads back whole
(every member's CRC), the database copy has the SHA-256 its manifest recorded, the desk's key
opens it, SQLite and SQLCipher find every page sound, and its schema revision is one this
program knows (an older one is migrated when the desk next opens; a newer one is refused).

Then, holding the database exclusively (which fails while the app or a synchronisation round has
it open), the current database is itself backed up as `before-restore`, the backup's attachment
files that are missing are added (they are named by content, so adding never changes a file in
use), and the checked copy, staged beside the database, is renamed over it: one atomic rename.
A full disk, a damaged backup or a desk in use stop the restore before that rename; the current
data is then exactly as it was (at most some attachment files nothing refers to were added,
which the desk's upkeep removes a day later).

On Windows a file open in another process cannot be replaced: the rename fails and is reported
as the desk being in use. On Linux it could succeed under a program that opened the file in the
instant after the check; close the app and pause scheduled synchronisation first (docs/it-guide.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import filelock
import sqlcipher3.dbapi2 as sqlcipher

from desktop.domain.backup_rotation import BackupKind
from desktop.store import backups
from desktop.store.backups import BackupInfo
from desktop.store.database import connect
from desktop.store.errors import (
    BackupRefusedError,
    DeskInUseError,
    StorageFault,
    StorageFaultKind,
    storage_faults,
)
from desktop.store.files import replaced_atomically

log = logging.getLogger("desktop.db")

_NOTADB = 26
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


@dataclass(frozen=True)
class RestoreTarget:
    """The desk files a restore replaces or adds to."""

    database: Path
    attachments: Path
    keys_file: Path
    backups: Path
    # The lock a synchronisation round holds (sync.lock); the restore holds it too.
    sync_lock: Path
    # The key file's check value confirms the key: a current database it does not open is
    # damaged (or another desk's file), and is kept aside as it is instead of refusing.
    key_confirmed: bool = False


@dataclass(frozen=True)
class RestoreOutcome:
    restored: BackupInfo
    replaced: Path | None  # where the database it replaced was kept (None: there was none)
    attachments_added: int


def check_backup(
    path: Path, key: bytes, known_revisions: Sequence[str], scratch: Path
) -> BackupInfo:
    """Everything a restore checks, without touching the desk; raises BackupRefusedError."""
    staged = scratch / f".{path.name}.checking"
    with storage_faults():
        scratch.mkdir(parents=True, exist_ok=True)
        try:
            with backups.opened_backup(path) as archive:
                return _stage(archive, path, staged, key, known_revisions)
        finally:
            staged.unlink(missing_ok=True)


def restore_backup(
    path: Path,
    target: RestoreTarget,
    key: bytes,
    known_revisions: Sequence[str],
    now: dt.datetime,
) -> RestoreOutcome:
    """Replace the desk's database with the backup at `path` (see the module's notes)."""
    staged = target.database.with_name(f".{target.database.name}.restoring")
    with storage_faults():
        try:
            with _no_sync_round(target.sync_lock), backups.opened_backup(path) as archive:
                info = _stage(archive, path, staged, key, known_revisions)
                replaced = None
                if target.database.exists():
                    replaced = _set_aside_current(target, key, now)
                added = _add_attachments(archive, target.attachments)
                if not target.keys_file.exists() and backups.KEYS_MEMBER in archive.namelist():
                    # A new PC: the slots let the accounts' passwords open the restored desk.
                    target.keys_file.write_bytes(archive.read(backups.KEYS_MEMBER))
                swap_in(staged, target.database)
        finally:
            staged.unlink(missing_ok=True)
    log.info(
        "restored a %s backup at schema %s (%d attachment file(s) added)",
        info.kind,
        info.revision,
        added,
    )
    return RestoreOutcome(info, replaced, added)


def check_and_swap(path: Path, database: Path, key: bytes | None, revision: str) -> None:
    """Put the database of backup `path` in place of `database`, checked first and expected at
    `revision` (after a failed upgrade: its own pre-upgrade copy; nobody else holds the file)."""
    staged = database.with_name(f".{database.name}.restoring")
    with storage_faults():
        try:
            with backups.opened_backup(path) as archive:
                info = _stage(archive, path, staged, key, [revision])
            if info.revision != revision:
                raise BackupRefusedError("damaged", f"{path.name} is not at schema {revision}")
            swap_in(staged, database)
        finally:
            staged.unlink(missing_ok=True)


def _stage(
    archive: zipfile.ZipFile,
    path: Path,
    staged: Path,
    key: bytes | None,
    known_revisions: Sequence[str],
) -> BackupInfo:
    """Extract the backup's database to `staged` and check it and every other member."""
    manifest = backups.manifest_of(archive, path)
    info = backups.info_from(path, manifest)
    if archive.testzip() is not None:
        raise BackupRefusedError("damaged", f"{path.name} is damaged (a member fails its CRC)")
    backups.extract_database(archive, manifest, path, staged)
    copy = connect(staged, key)
    try:
        try:
            copy.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF == _NOTADB:
                raise BackupRefusedError(
                    "wrong_key", f"this desk's key does not open {path.name} (another desk's?)"
                ) from error
            raise
        try:
            backups.check_database(copy)
            revision = backups.revision_of(copy)
            complaints = backups.complaints_in(copy)
        except (StorageFault, sqlcipher.DatabaseError) as fault:
            # A page whose HMAC fails stops the check with an error rather than a report.
            raise BackupRefusedError("damaged", f"{path.name} fails its integrity check") from fault
    finally:
        copy.close()
    if revision is None or revision != info.revision:
        raise BackupRefusedError("damaged", f"{path.name} does not hold what its manifest says")
    if revision not in known_revisions:
        raise BackupRefusedError(
            "newer_schema",
            f"{path.name} was made by a newer Meja Aduan (schema {revision}); install it first",
        )
    return dataclasses.replace(info, complaints=complaints)


@contextmanager
def _no_sync_round(lock_file: Path) -> Iterator[None]:
    lock = filelock.FileLock(str(lock_file), timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except filelock.Timeout as error:
        raise DeskInUseError("a synchronisation round is running on this desk") from error
    try:
        yield
    finally:
        lock.release()


def _set_aside_current(target: RestoreTarget, key: bytes, now: dt.datetime) -> Path:
    """Back up the current database as `before-restore`, holding it exclusively meanwhile."""
    if target.database.stat().st_size == 0:
        # Emptied: nothing to back up, and SQLite would write a first page into it on opening.
        unknown = backups.backup_name(BackupKind.BEFORE_RESTORE, now, "unknown")
        return _keep_as_it_is(target, backups.free_name(target.backups, unknown))
    connection = connect(target.database, key)
    try:
        connection.execute("PRAGMA busy_timeout=0")
        # Exclusive locking mode keeps the lock until the connection closes and, in WAL mode,
        # cannot be had while any other connection has the file open: an idle app counts.
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.execute("COMMIT")
        except sqlcipher.DatabaseError as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code in _BUSY_CODES:
                raise DeskInUseError("the desk is open (the app or a sync round)") from error
            if code != _NOTADB:
                raise
            if not target.key_confirmed:
                raise BackupRefusedError(
                    "key_mismatch",
                    "the key given does not open the current database; if it is damaged "
                    "beyond opening, move it out of the data folder first",
                ) from error
            unknown = backups.backup_name(BackupKind.BEFORE_RESTORE, now, "unknown")
            return _keep_as_it_is(target, backups.free_name(target.backups, unknown))
        revision = backups.revision_of(connection) or "unknown"
        name = backups.backup_name(BackupKind.BEFORE_RESTORE, now, revision)
        kept = backups.free_name(target.backups, name)
        try:
            backups.write_backup(
                connection,
                key,
                kept,
                kind=BackupKind.BEFORE_RESTORE,
                created_at=now,
                attachments_dir=target.attachments,
                keys_file=target.keys_file,
            )
            return kept
        except StorageFault as fault:
            if fault.kind is not StorageFaultKind.CORRUPT:
                raise
    finally:
        connection.close()
    return _keep_as_it_is(target, kept)


def _keep_as_it_is(target: RestoreTarget, kept: Path) -> Path:
    """Damaged (the usual reason to restore): kept byte for byte, never rotated away."""
    damaged = kept.with_name(kept.name.removesuffix(backups.SUFFIX) + ".damaged.sqlite")
    for suffix in ("", "-wal"):
        source = target.database.with_name(target.database.name + suffix)
        if source.exists():
            copy = damaged.with_name(damaged.name + suffix)
            with replaced_atomically(copy, binary=True) as handle, source.open("rb") as src:
                shutil.copyfileobj(src, handle)
    log.warning("the database a restore replaced fails its checks; kept as it was")
    return damaged


def _add_attachments(archive: zipfile.ZipFile, folder: Path) -> int:
    added = 0
    for name, info in backups.attachment_members(archive):
        final = folder / name[:2] / name
        if final.exists():
            continue  # same name, same content: the name is a keyed hash of it
        with replaced_atomically(final, scratch=folder / "incoming", binary=True) as handle:
            backups.copy_member(archive, info, handle)
        added += 1
    return added


def swap_in(staged: Path, database: Path) -> None:
    """Rename the checked copy over the database. Its WAL must be gone first: SQLite would
    replay another file's pages onto the new one."""
    for suffix in ("-wal", "-shm"):
        journal = database.with_name(database.name + suffix)
        if journal.exists() and journal.stat().st_size > 0 and suffix == "-wal":
            raise DeskInUseError("the desk was opened again while the restore was checking")
        journal.unlink(missing_ok=True)
    try:
        os.replace(staged, database)
    except PermissionError as error:  # Windows: another process has the file open
        raise DeskInUseError("the database file is open in another program") from error
    backups.sync_folder(database.parent)
