"""Backup files: one zip holding a verified copy of the database and the attachments it uses.

Why one file with the attachments in it: a restore must be complete (a complaint whose KTP scan
is missing is not restored), and IT staff copy one file to a USB stick more reliably than a
folder. Nothing in it is readable without the desk's key: the database copy is SQLCipher under
the same key (SQLite's online backup copies pages as they are) and the attachment files are
already AES-GCM. The zip is "stored", not deflated: encrypted bytes do not compress. Pre-upgrade
copies leave the attachments out (a migration never touches them), which the manifest says.

Members: `manifest.json` (format, kind, time, schema revision, the database copy's SHA-256 and
counts, each attachment file's size and SHA-256, the audit trail's head; no personal data),
`meja-aduan.sqlite`, `desk-keys.json` (wrapped key slots, not secret: lets passwords open a desk
restored on a new PC) and `attachments/ab/<name>`.

A restore refuses a backup unless every attachment file its manifest lists is in it, whole
(size and SHA-256). Backups made before the manifest listed them (0.x) are checked against the
attachments their database names: present, and of the size that database recorded (the
stored file is the recorded size plus the encryption's 32 bytes); the restore says so.

The audit trail's head (`audit_head`: its number of entries and the last entry's hash) is the
anchor a copy kept elsewhere gives: `audit verify --recorded COUNT:HEAD` checks the desk still
has that entry, unchanged.

A backup is written under a temporary name in its target folder, the database copy checked
(`integrity_check`, `cipher_integrity_check`) before it goes in, the zip fsynced and read back
(every member's CRC), and only then renamed into place: a name in `backups/` is a whole backup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.domain.backup_rotation import BackupKind, Stamped
from desktop.store.database import connect
from desktop.store.errors import (
    BackupRefusedError,
    StorageFault,
    StorageFaultKind,
    storage_faults,
)
from desktop.store.private_files import make_file_private

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "meja-aduan.sqlite"
KEYS_MEMBER = "desk-keys.json"
ATTACHMENTS_PREFIX = "attachments/"
SUFFIX = ".zip"
_NAME = re.compile(
    r"^meja-aduan-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{6}Z)-r(?P<rev>[0-9A-Za-z_]+)(-\d+)?\.zip$"
)
_STAMP = "%Y%m%dT%H%M%SZ"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself (from its manifest)."""

    path: Path
    kind: BackupKind
    created_at: dt.datetime
    revision: str
    attachments: int  # files in the backup
    attachments_included: bool
    missing_attachments: int  # referenced, but already gone from the folder when it was made
    # Complaints in it: read when a backup is checked (the manifest does not say); else None.
    complaints: int | None = None
    # Checked: each attachment file by its SHA-256; False for an older backup whose manifest
    # lists no digests (present and of the right size only).
    attachments_by_digest: bool = True

    @property
    def stamped(self) -> Stamped:
        return Stamped(self.path.name, self.kind, self.created_at)


def backup_name(kind: BackupKind, created_at: dt.datetime, revision: str) -> str:
    """`meja-aduan-auto-20261128T020000Z-r0008.zip`: sorts by time, says what it holds."""
    stamp = created_at.astimezone(dt.UTC).strftime(_STAMP)
    return f"meja-aduan-{kind}-{stamp}-r{revision}{SUFFIX}"


def free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or with -2, -3 ... before the suffix if taken (same second)."""
    candidate = folder / name
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{name.removesuffix(SUFFIX)}-{number}{SUFFIX}"
    return candidate


def parse_name(name: str) -> Stamped | None:
    """Kind and time from a backup's file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        kind = BackupKind(match["kind"])
    except ValueError:
        return None
    created = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return Stamped(name, kind, created)


def backups_in(folder: Path) -> list[Stamped]:
    """The backups in `folder` by their names, oldest first (nothing is opened)."""
    with storage_faults():
        if not folder.exists():
            return []
        found = [parse_name(path.name) for path in folder.iterdir() if path.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: (b.created_at, b.name))


def write_backup(
    source: sqlite3.Connection,
    key: bytes | None,
    target: Path,
    *,
    kind: BackupKind,
    created_at: dt.datetime,
    attachments_dir: Path | None,
    keys_file: Path | None,
) -> BackupInfo:
    """Write a backup of the database `source` is connected to into `target`.

    `attachments_dir` None leaves the attachments out. Raises StorageFault (FULL before
    starting when the folder clearly lacks the room; CORRUPT when the copy fails its checks)
    and leaves no partial file behind.
    """
    folder = target.parent
    copy_path = folder / f".{uuid.uuid4().hex}.sqlite.partial"
    zip_path = folder / f".{uuid.uuid4().hex}.zip.partial"
    with storage_faults():
        folder.mkdir(parents=True, exist_ok=True)
        try:
            revision, names, head = _verified_copy(source, key, copy_path)
            files = _attachment_files(attachments_dir, names)
            _require_room(folder, copy_path, [path for _, path in files])
            digest = _sha256(copy_path)
            present = [(name, path) for name, path in files if path.exists()]
            listed = {
                name: {"size": path.stat().st_size, "sha256": _sha256(path)}
                for name, path in present
            }
            manifest = {
                "format": FORMAT,
                "kind": str(kind),
                "created_at": created_at.astimezone(dt.UTC).isoformat(),
                "revision": revision,
                "database_sha256": digest,
                "attachments_included": attachments_dir is not None,
                "attachments": len(present),
                "missing_attachments": len(files) - len(present),
                "attachment_files": listed,
                "audit_head": head,
            }
            make_file_private(copy_path)
            with zip_path.open("wb") as handle:
                make_file_private(zip_path)
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
                    archive.write(copy_path, DATABASE_MEMBER)
                    if keys_file is not None and keys_file.exists():
                        archive.write(keys_file, KEYS_MEMBER)
                    for name, path in present:
                        archive.write(path, f"{ATTACHMENTS_PREFIX}{name[:2]}/{name}")
                    archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
                handle.flush()
                os.fsync(handle.fileno())
            with zipfile.ZipFile(zip_path) as archive:
                if archive.testzip() is not None:  # read back: the disk kept what was written
                    raise StorageFault(StorageFaultKind.IO, "the backup did not read back whole")
            os.replace(zip_path, target)
            sync_folder(folder)
        finally:
            copy_path.unlink(missing_ok=True)
            zip_path.unlink(missing_ok=True)
    return info_from(target, manifest)


def _verified_copy(
    source: sqlite3.Connection, key: bytes | None, copy_path: Path
) -> tuple[str, list[str], dict[str, object]]:
    """Online-backup `source` into `copy_path` and check the copy; its revision, the
    attachment names it refers to and its audit trail's head."""
    copy = connect(copy_path, key)
    try:
        source.backup(copy)
        # One self-contained file: the copy must not need a WAL beside it once in the zip.
        copy.execute("PRAGMA journal_mode=DELETE")
        check_database(copy)
        revision = _revision(copy)
        names = _attachment_names(copy)
        head = audit_head(copy)
    finally:
        copy.close()
    if revision is None:
        raise StorageFault(StorageFaultKind.CORRUPT, "the database has no schema revision")
    return revision, names, head


def audit_head(connection: sqlite3.Connection) -> dict[str, object]:
    """The audit trail's number of entries and its last entry's hash (the chain's head)."""
    if not _has_table(connection, "audit_entry"):
        return {"entries": 0, "hash": ""}
    (count,) = connection.execute("SELECT count(*) FROM audit_entry").fetchone()
    last = connection.execute(
        "SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return {"entries": int(count), "hash": str(last[0]) if last else ""}


def check_database(connection: sqlite3.Connection) -> None:
    """Raise StorageFault CORRUPT unless every page decrypts and SQLite finds the file sound."""
    problems = connection.execute("PRAGMA integrity_check").fetchall()
    if problems != [("ok",)]:
        raise StorageFault(StorageFaultKind.CORRUPT, "integrity check failed")
    # SQLCipher's own check: each page's HMAC. On a plain file the pragma returns nothing.
    if connection.execute("PRAGMA cipher_integrity_check").fetchall():
        raise StorageFault(StorageFaultKind.CORRUPT, "cipher integrity check failed")


def _revision(connection: sqlite3.Connection) -> str | None:
    if not _has_table(connection, "alembic_version"):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


# Tables whose rows name files in the attachments folder: complaints' attachments, issued
# reports and evidence documents (migration 0011); a backup holds the files of each.
FILE_TABLES = ("attachment", "issued_report", "evidence_document")


def _attachment_names(connection: sqlite3.Connection) -> list[str]:
    names: set[str] = set()
    for table in FILE_TABLES:
        if _has_table(connection, table):
            rows = connection.execute(f"SELECT DISTINCT stored_name FROM {table}").fetchall()
            names.update(str(row[0]) for row in rows)
    return sorted(names)


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
    ).fetchone()
    return found is not None


def _attachment_files(folder: Path | None, names: list[str]) -> list[tuple[str, Path]]:
    if folder is None:
        return []
    # Stored names are hex HMACs; anything else is not a name of ours and is not followed.
    return [(n, folder / n[:2] / n) for n in names if re.fullmatch(r"[0-9a-f]{64}", n)]


def _require_room(folder: Path, copy: Path, attachments: list[Path]) -> None:
    """Refuse early when the zip clearly cannot fit (it needs the copy's size again plus the
    attachments'): a clear message now, instead of a disk filled to the last byte."""
    needed = copy.stat().st_size + sum(p.stat().st_size for p in attachments if p.exists())
    free = shutil.disk_usage(folder).free
    if free < needed + _CHUNK:
        raise StorageFault(
            StorageFaultKind.FULL,
            f"the backup needs about {needed // _CHUNK + 1} MB; {free // _CHUNK} MB free",
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# ------------------------------------------------------------------ reading a backup


@contextmanager
def opened_backup(path: Path) -> Iterator[zipfile.ZipFile]:
    """The backup's zip; BackupRefusedError("damaged") when it or a member read in the block
    is not what was written (zipfile checks each member's CRC-32 as it reads)."""
    try:
        with zipfile.ZipFile(path) as archive:
            yield archive
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise _damaged(path) from error


def read_info(path: Path) -> BackupInfo:
    """What the backup at `path` says it holds (the manifest only; nothing is checked)."""
    with storage_faults(), opened_backup(path) as archive:
        return info_from(path, manifest_of(archive, path))


MANIFEST_LIMIT = 50_000_000  # bytes: its attachments' list runs to ~100 bytes a file


def manifest_of(archive: zipfile.ZipFile, path: Path) -> dict[str, object]:
    try:
        if archive.getinfo(MANIFEST).file_size > MANIFEST_LIMIT:
            raise _damaged(path)  # no manifest of ours is that large: not read into memory
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError, RecursionError) as error:
        raise BackupRefusedError(
            "not_a_backup", f"{path.name} is not a Meja Aduan backup"
        ) from error
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise _damaged(path)
    if manifest["format"] > FORMAT:
        raise BackupRefusedError(
            "newer_format", f"{path.name} was made by a newer Meja Aduan; install it first"
        )
    return manifest


def extract_database(
    archive: zipfile.ZipFile, manifest: dict[str, object], path: Path, target: Path
) -> None:
    """Write the backup's database to `target` (fsynced), checking its SHA-256."""
    digest = hashlib.sha256()
    try:
        with archive.open(DATABASE_MEMBER) as member, target.open("wb") as out:
            make_file_private(target)
            for chunk in iter(lambda: member.read(_CHUNK), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except KeyError as error:
        raise _damaged(path) from error
    if digest.hexdigest() != manifest.get("database_sha256"):
        raise _damaged(path)


ENCRYPTION_OVERHEAD = 32  # MAGIC, nonce and tag around an attachment's bytes (attachment_files)


def check_attachments(
    archive: zipfile.ZipFile, manifest: dict[str, object], path: Path, copy: sqlite3.Connection
) -> bool:
    """Refuse (BackupRefusedError "incomplete", naming the complaints and files) unless every
    attachment file the backup should hold is in it and whole. True when each was checked by
    its SHA-256; False for an older backup whose manifest lists none (present and size only).
    """
    if not manifest.get("attachments_included"):
        return True  # a pre-upgrade copy: it never held them, and says so
    members = {name: info for name, info in attachment_members(archive)}
    listed = manifest.get("attachment_files")
    bad: list[str] = []
    if isinstance(listed, dict):
        for name, expected in listed.items():
            info = members.get(name)
            if (
                info is None
                or not isinstance(expected, dict)
                or info.file_size != expected.get("size")
                or _member_sha256(archive, info) != expected.get("sha256")
            ):
                bad.append(name)
        by_digest = True
    else:
        recorded = _attachment_sizes(copy)
        absent = [name for name in recorded if name not in members]
        # Missing when the backup was made (it counted them): known then, not lost since.
        allowed = int(str(manifest.get("missing_attachments", 0)))
        if len(absent) > allowed:
            bad += absent
        bad += [
            name
            for name, size in recorded.items()
            if name in members and members[name].file_size != size + ENCRYPTION_OVERHEAD
        ]
        by_digest = False
    if bad:
        named = _named_attachments(copy, bad)
        raise BackupRefusedError(
            "incomplete",
            f"{path.name} is incomplete: {len(bad)} attachment file(s) it should hold are "
            f"missing or damaged ({', '.join(named[:5])}"
            + (f" and {len(named) - 5} more" if len(named) > 5 else "")
            + ")",
            tuple(named),
        )
    return by_digest


def _member_sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with archive.open(info) as member:
        for chunk in iter(lambda: member.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _attachment_sizes(connection: sqlite3.Connection) -> dict[str, int]:
    if not _has_table(connection, "attachment"):
        return {}
    rows = connection.execute("SELECT DISTINCT stored_name, size FROM attachment").fetchall()
    return {str(name): int(size) for name, size in rows}


def _named_attachments(connection: sqlite3.Connection, names: list[str]) -> list[str]:
    """ "3201-2026-000001 foto-jalan.jpg" for each stored name the backup's complaints use."""
    found: list[str] = []
    for name in names:
        rows = connection.execute(
            "SELECT c.local_number, a.original_name FROM attachment a "
            "JOIN complaint c ON c.id = a.complaint_id WHERE a.stored_name = ?",
            (name,),
        ).fetchall()
        found += [f"{number} {original}" for number, original in rows] or [f"file {name[:12]}"]
    return sorted(found)


def attachment_members(archive: zipfile.ZipFile) -> Iterator[tuple[str, zipfile.ZipInfo]]:
    """(stored name, member) for each attachment file in the backup."""
    for info in archive.infolist():
        name = info.filename.removeprefix(ATTACHMENTS_PREFIX)
        if info.filename.startswith(ATTACHMENTS_PREFIX) and re.fullmatch(
            r"[0-9a-f]{2}/[0-9a-f]{64}", name
        ):
            yield name[3:], info


def copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, handle: IO[bytes]) -> None:
    with archive.open(info) as member:
        shutil.copyfileobj(member, handle, _CHUNK)


def complaints_in(connection: sqlite3.Connection) -> int | None:
    """How many complaints the database holds (None before the schema had them)."""
    if not _has_table(connection, "complaint"):
        return None
    return int(connection.execute("SELECT count(*) FROM complaint").fetchone()[0])


def revision_of(connection: sqlite3.Connection) -> str | None:
    return _revision(connection)


def _damaged(path: Path) -> BackupRefusedError:
    return BackupRefusedError("damaged", f"{path.name} is damaged (it does not read back whole)")


def info_from(path: Path, manifest: dict[str, object]) -> BackupInfo:
    try:
        return BackupInfo(
            path=path,
            kind=BackupKind(str(manifest["kind"])),
            created_at=dt.datetime.fromisoformat(str(manifest["created_at"])),
            revision=str(manifest["revision"]),
            attachments=int(str(manifest["attachments"])),
            attachments_included=bool(manifest["attachments_included"]),
            missing_attachments=int(str(manifest["missing_attachments"])),
        )
    except (KeyError, ValueError) as error:
        raise _damaged(path) from error
