"""`backup` and `restore` on the command line (see desktop.services.backups for what they do).

Each prints one line; a refusal is one `error:` line and exit 1, with nothing changed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1


def backup(data_dir: Path, target: Path | None, recovery_key_file: Path | None) -> int:
    from desktop.app.headless import open_existing_desk
    from desktop.domain.audit_actions import AuditAction
    from desktop.services.backups import BackupKind, write_backup
    from desktop.store import backups, migrate

    if target is not None:
        target = target.expanduser().resolve()
        if target.exists() and not target.is_dir():
            return _fail(f"{target} exists already; give a new file name or a folder")
        elif not target.parent.is_dir():
            return _fail(f"the folder {target.parent} does not exist")
    desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        now = dt.datetime.now(dt.UTC)
        read_only = desk.read_only is not None
        if target is not None and target.is_dir():  # a folder (a USB stick): the usual name
            revision = migrate.stored_revision(
                desk.database.path, desk.database.key, read_only=read_only
            )
            name = backups.backup_name(BackupKind.MANUAL, now, revision or "unknown")
            target = backups.free_name(target, name)
        made = write_backup(desk.paths, desk.database, BackupKind.MANUAL, now, target)
        if not read_only:
            with desk.database.writing() as session:
                desk.access.record(
                    session,
                    AuditAction.EXPORT,
                    details={"what": "backup", "file": made.path.name, "by": "command line"},
                )
    finally:
        desk.close()
    unrecorded = (
        f"; not in the audit trail: the desk was opened read-only ({desk.read_only})"
        if read_only
        else ""
    )
    print(
        f"backup written: {made.path} (schema {made.revision}, "
        f"{made.attachments} attachment file(s)){unrecorded}"
    )
    return EXIT_OK


def list_backups(data_dir: Path) -> int:
    from desktop.services.backups import list_backups
    from desktop.services.desk_finder import DeskPaths

    found = list_backups(DeskPaths(data_dir))
    if not found:
        print(f"no backups in {DeskPaths(data_dir).backups}")
    for info in found:
        print(
            f"{info.path.name}  {info.kind}  {info.created_at:%Y-%m-%d %H:%M} UTC  "
            f"schema {info.revision}  {info.attachments} attachment file(s)"
        )
    return EXIT_OK


def restore(data_dir: Path, source: Path, recovery_key_file: Path | None) -> int:
    from desktop.app.headless import desk_key, open_existing_desk
    from desktop.services.backups import restore_desk

    source = source.expanduser().resolve()
    if not source.is_file():
        return _fail(f"{source} is not a file")
    outcome = restore_desk(data_dir, source, desk_key(data_dir, recovery_key_file))
    # Open it once: an older backup is migrated now (after its own pre-upgrade backup), not
    # when an officer next starts the app.
    opened = open_existing_desk(data_dir, recovery_key_file)
    opened.desk.close()
    info = outcome.restored
    kept = f"; the replaced database is kept as {outcome.replaced}" if outcome.replaced else ""
    migrated = f", migrated to {opened.migration.to_revision}" if opened.migration.changed else ""
    print(
        f"restored {source.name} ({info.kind} backup of {info.created_at:%Y-%m-%d %H:%M} UTC, "
        f"schema {info.revision}{migrated}){kept}"
    )
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED
