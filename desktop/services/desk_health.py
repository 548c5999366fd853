"""Whether a desk's storage can be trusted: the marker that says a folder holds a desk, the
newest verified backup to restore, the checks when a desk opens and the full check afterwards.

A data folder that has held a desk is never treated as new again: a missing, empty or foreign
database there is reported (`DeskUnusableError`) with the newest backup that reads back whole,
never silently replaced by a blank desk. A desk on storage that cannot be written (read-only,
or a full disk) opens read-only, so its data can still be read, verified and backed up elsewhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import zipfile
from pathlib import Path

from desktop.services.desk_finder import DeskPaths, DeskState, marker_file
from desktop.store import backups, integrity
from desktop.store.database import Database
from desktop.store.errors import (
    DeskProblem,
    DeskUnusableError,
    StorageFault,
    StorageFaultKind,
    WrongDatabaseKeyError,
    storage_faults,
)
from desktop.store.files import replaced_atomically
from desktop.store.integrity import IntegrityResult as IntegrityResult  # for the interface
from desktop.store.keyslots import KeySlots

log = logging.getLogger("desktop.db")

# Below this much free space the desk opens read-only: opening writes (the WAL, statistics, the
# regions' check), and a write that meets a full disk halfway helps nobody.
FULL_BELOW_BYTES = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


def storage_cause(paths: DeskPaths) -> StorageFaultKind | None:
    """Why the desk's storage cannot be written (READ_ONLY, FULL), or None. Writes nothing."""
    folder = paths.data_dir
    try:
        if folder.exists() and not os.access(folder, os.W_OK):
            return StorageFaultKind.READ_ONLY
        if paths.database.exists() and not os.access(paths.database, os.W_OK):
            return StorageFaultKind.READ_ONLY
        if folder.exists() and shutil.disk_usage(folder).free < FULL_BELOW_BYTES:
            return StorageFaultKind.FULL
    except OSError:
        return None  # let opening meet the problem and name it
    return None


def newest_verified_backup(paths: DeskPaths) -> Path | None:
    """The newest backup in the desk's backups folder whose manifest reads and whose database
    copy has the SHA-256 the manifest recorded (the copy was checked when it was written)."""
    try:
        found = backups.backups_in(paths.backups)
    except StorageFault:
        return None
    for stamped in reversed(found):
        path = paths.backups / stamped.name
        if _reads_back(path):
            return path
        log.warning("backup %s does not read back whole; an older one is offered", path.name)
    return None


def _reads_back(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(backups.MANIFEST))
            digest = hashlib.sha256()
            with archive.open(backups.DATABASE_MEMBER) as member:
                for chunk in iter(lambda: member.read(_CHUNK), b""):
                    digest.update(chunk)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError):
        return False
    return isinstance(manifest, dict) and digest.hexdigest() == manifest.get("database_sha256")


def unusable(paths: DeskPaths, problem: DeskProblem, detail: str = "") -> DeskUnusableError:
    return DeskUnusableError(problem, paths.database, newest_verified_backup(paths), detail)


def unusable_for_state(paths: DeskPaths, state: DeskState) -> DeskUnusableError:
    """The error for what `find_desk` found (MISSING, EMPTY or FOREIGN), naming the newest
    verified backup (which reads every backup's database copy: a worker's job)."""
    problem = {
        DeskState.MISSING: DeskProblem.MISSING,
        DeskState.EMPTY: DeskProblem.EMPTY,
    }.get(state, DeskProblem.FOREIGN)
    return unusable(paths, problem)


def check_opening(paths: DeskPaths, database: Database, slots: KeySlots) -> None:
    """Before anything is read or written: the key opens the file, and a bounded glance finds
    it sound. DeskUnusableError(DAMAGED) when the key's check value says the key is right and
    the file is not; WrongDatabaseKeyError when the key is wrong."""
    key = database.key
    try:
        database.check_key()
    except WrongDatabaseKeyError:
        if key is not None and slots.key_check_matches(key):
            raise unusable(
                paths,
                DeskProblem.DAMAGED,
                "its first page does not decrypt: damaged, or another desk's file put there",
            ) from None
        raise
    except StorageFault as fault:
        if fault.kind is not StorageFaultKind.CORRUPT:
            raise
        # The first page decrypted (else it would be a wrong key): the key is right.
        raise unusable(paths, DeskProblem.DAMAGED, fault.detail) from fault
    with storage_faults():
        connection = database.raw_connection()
        try:
            problem = integrity.glance(connection, database.path)
        finally:
            connection.close()
    if problem is not None:
        raise unusable(paths, DeskProblem.DAMAGED, problem)


def full_check(database: Database, clock: dt.datetime | None = None) -> IntegrityResult:
    """The whole file checked (slow on a large desk: a worker thread's job). A damaged file is
    marked so that every later write is refused with the reason."""
    with storage_faults():
        connection = database.raw_connection()
        try:
            problem = integrity.full_check(connection)
        finally:
            connection.close()
    result = IntegrityResult(clock or dt.datetime.now(dt.UTC), problem)
    database.last_check = result
    if problem is not None:
        database.damage = problem
        log.error("the database failed its full check: %s", problem)
    else:
        log.info("the database passed its full check")
    return result


def require_sound(paths: DeskPaths, database: Database) -> None:
    """The full check, raising DeskUnusableError(DAMAGED) when it fails: for the commands that
    verify or write in bulk."""
    result = full_check(database)
    if result.problem is not None:
        raise unusable(paths, DeskProblem.DAMAGED, result.problem)


def keep_signs(paths: DeskPaths, slots: KeySlots, key: bytes) -> None:
    """After the key opened the desk on writable storage: the marker that says this folder
    holds a desk, and the key's check value, for desks made before either was kept. Best
    effort: a failure is logged and tried again at the next opening."""
    try:
        with storage_faults():
            if not marker_file(paths.data_dir).exists():
                write_marker(paths, slots.desk_id)
            if slots.key_check is None and paths.keys.exists():
                slots.set_key_check(key)
                slots.save()
    except StorageFault as fault:
        log.warning("the desk's marker or key check could not be written: %s", fault.kind)


def write_marker(paths: DeskPaths, desk_id: str) -> None:
    data = {
        "format": 1,
        "what": "a Meja Aduan desk's data folder; do not delete",
        "desk_id": desk_id,
        "marked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    with replaced_atomically(marker_file(paths.data_dir)) as handle:
        json.dump(data, handle, indent=1)
