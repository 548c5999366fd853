"""Backing the desk up (on request and daily by itself) and restoring it.

For the app (all of it on the database worker, never the GUI thread):
- `desk.backups.backup_if_due()` at start-up and every hour: takes the automatic backup when
  the newest one is older than the schedule allows, then rotates the folder. No one need be
  signed in: it is the desk's own upkeep.
- `desk.backups.create()` / `.list()` / `.check(file)` / `.schedule()` / `.save_schedule()`:
  the "Cadangkan" menu; each needs Permission.MANAGE_BACKUPS.
- To restore: `desk.backups.check(file)` first (the desk still open, nothing touched), then close
  the desk and call `restore_desk(data_dir, file, key)`, then open the desk again (an older
  backup is migrated then). A restore with the desk open is refused (DeskInUseError).

The file format and the checks are in `desktop.store.backups` and `desktop.store.restore`; the
rotation rules in `desktop.domain.backup_rotation`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.backup_rotation import BackupKind, Retention, Stamped, backups_to_delete
from desktop.services.access import AccessControl
from desktop.services.desk_finder import DeskPaths
from desktop.services.desk_health import full_check
from desktop.store import backups, migrate, reference
from desktop.store.backups import BackupInfo
from desktop.store.database import Database
from desktop.store.errors import (
    BackupRefusedError,
    StorageFault,
    StorageFaultKind,
    storage_faults,
)
from desktop.store.keyslots import KeyFileError, KeySlots
from desktop.store.restore import RestoreOutcome, RestoreTarget, check_backup, restore_backup

log = logging.getLogger("desktop.backups")

# The file a synchronisation round locks (sync.setup.LOCK_FILE_NAME; sync sits above the
# services, which may not import it; a test keeps the two names equal). A restore holds it so
# no round starts meanwhile.
SYNC_LOCK_FILE_NAME = "sync.lock"

_KEYS = {
    "automatic": "backups.automatic",
    "hour": "backups.hour",
    "daily": "backups.keep_daily",
    "weekly": "backups.keep_weekly",
    "monthly": "backups.keep_monthly",
    "before_upgrade": "backups.keep_before_upgrade",
    "before_restore": "backups.keep_before_restore",
}
_DAY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupSchedule:
    """When the desk backs itself up, and how many of its backups it keeps."""

    automatic: bool = True
    # Local hour from which the day's backup is due (the first check after it takes it; a PC
    # switched off then takes it when it starts). None: when the newest is 24 hours old.
    hour: int | None = None
    retention: Retention = field(default_factory=Retention)


class InvalidScheduleError(ValueError):
    """A schedule value out of range; `field` names it."""

    def __init__(self, field_name: str) -> None:
        super().__init__(field_name)
        self.field = field_name


class Backups:
    def __init__(
        self,
        paths: DeskPaths,
        database: Database,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._paths = paths
        self._database = database
        self._access = access
        self._clock = clock

    # ------------------------------------------------------------ the desk's own upkeep
    def backup_if_due(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """Take the automatic backup if it is due, then rotate; the backup or None."""
        now = now or self._clock()
        if self._database.read_only is not None:
            return None  # nothing can be written to this folder (a copy elsewhere still can)
        schedule = self.schedule()
        made = None
        if schedule.automatic and is_due(self._newest_automatic(), now, schedule.hour):
            made = write_backup(self._paths, self._database, BackupKind.AUTOMATIC, now)
            log.info("automatic backup written: %s", made.path.name)
        self.rotate(schedule.retention)
        return made

    def rotate(self, retention: Retention | None = None) -> list[Path]:
        """Delete the backups the rotation rules no longer keep; the paths deleted."""
        retention = retention or self.schedule().retention
        deleted = []
        for doomed in backups_to_delete(backups.backups_in(self._paths.backups), retention):
            path = self._paths.backups / doomed.name
            try:
                path.unlink()
            except OSError:
                continue  # held open (a copy to a USB stick in progress): next time
            deleted.append(path)
        if deleted:
            log.info("rotation removed %d old backup(s)", len(deleted))
        return deleted

    def _newest_automatic(self) -> dt.datetime | None:
        found = [
            b.created_at
            for b in backups.backups_in(self._paths.backups)
            if b.kind is BackupKind.AUTOMATIC
        ]
        return max(found, default=None)

    # ------------------------------------------------------------ asked for by a person
    def create(self, target: Path | None = None) -> BackupInfo:
        """A manual backup into `backups/` (or to `target`, e.g. a USB stick: a file name, or
        a folder that gets the standard name); never rotated."""
        self._access.require(Permission.MANAGE_BACKUPS)
        now = self._clock()
        read_only = self._database.read_only is not None
        if target is not None and target.is_dir():
            revision = migrate.stored_revision(
                self._database.path, self._database.key, read_only=read_only
            )
            name = backups.backup_name(BackupKind.MANUAL, now, revision or "unknown")
            target = backups.free_name(target, name)
        made = write_backup(self._paths, self._database, BackupKind.MANUAL, now, target)
        if read_only:
            # The rescue copy matters more than its record, which this storage cannot take.
            log.warning("backup %s written; not in the audit trail (read-only)", made.path.name)
            return made
        with self._database.writing() as session:
            # A backup is a copy of everything: recorded like an export.
            self._access.record(
                session, AuditAction.EXPORT, details={"what": "backup", "file": made.path.name}
            )
        return made

    def list(self) -> list[BackupInfo]:
        """The backups in `backups/`, newest first (their manifests; a damaged one is left out
        and shows up when checked)."""
        self._access.require(Permission.MANAGE_BACKUPS)
        return list_backups(self._paths)

    def check(self, path: Path) -> BackupInfo:
        """Check a backup as a restore would (BackupRefusedError says why not); touches nothing."""
        self._access.require(Permission.MANAGE_BACKUPS)
        return check_backup(
            path, self._database_key(), migrate.known_revisions(), self._paths.backups
        )

    def schedule(self) -> BackupSchedule:
        with self._database.reading() as session:
            stored = reference.settings(session)
        return parse_schedule(stored)

    def save_schedule(self, schedule: BackupSchedule) -> None:
        self._access.require(Permission.MANAGE_BACKUPS)
        values = schedule_rows(schedule)
        with self._database.writing() as session:
            reference.save_settings(session, values)
            self._access.record(session, AuditAction.SETTINGS_CHANGED, details={"backups": values})

    def _database_key(self) -> bytes:
        if self._database.key is None:
            raise ValueError("backups are only made of encrypted desks")
        return self._database.key


def is_due(newest: dt.datetime | None, now: dt.datetime, hour: int | None) -> bool:
    """Whether the automatic backup is due at `now` given the newest one's time."""
    if newest is None:
        return True
    if hour is None:
        return now - newest >= _DAY
    local = now.astimezone()
    slot = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if local < slot:
        slot -= _DAY  # before today's hour: yesterday's is the one to have
    return newest < slot


def schedule_rows(schedule: BackupSchedule) -> dict[str, str]:
    """The settings table's rows for `schedule` (InvalidScheduleError for an hour out of range).
    For `save_schedule` and provisioning, which writes them with other rows at once."""
    if schedule.hour is not None and not 0 <= schedule.hour <= 23:
        raise InvalidScheduleError("hour")
    kept = schedule.retention
    return {
        _KEYS["automatic"]: "1" if schedule.automatic else "0",
        _KEYS["hour"]: "" if schedule.hour is None else str(schedule.hour),
        _KEYS["daily"]: str(kept.daily),
        _KEYS["weekly"]: str(kept.weekly),
        _KEYS["monthly"]: str(kept.monthly),
        _KEYS["before_upgrade"]: str(kept.before_upgrade),
        _KEYS["before_restore"]: str(kept.before_restore),
    }


def parse_schedule(stored: dict[str, str]) -> BackupSchedule:
    """The schedule from the settings table; a value missing or unreadable takes its default."""
    default = BackupSchedule()

    def number(name: str, fallback: int) -> int:
        text = stored.get(_KEYS[name], "")
        return int(text) if text.isdigit() else fallback

    hour_text = stored.get(_KEYS["hour"], "")
    hour = int(hour_text) if hour_text.isdigit() and int(hour_text) <= 23 else None
    kept = default.retention
    try:
        retention = Retention(
            daily=number("daily", kept.daily),
            weekly=number("weekly", kept.weekly),
            monthly=number("monthly", kept.monthly),
            before_upgrade=number("before_upgrade", kept.before_upgrade),
            before_restore=number("before_restore", kept.before_restore),
        )
    except ValueError:
        retention = kept
    return BackupSchedule(stored.get(_KEYS["automatic"], "1") != "0", hour, retention)


def write_backup(
    paths: DeskPaths,
    database: Database,
    kind: BackupKind,
    now: dt.datetime,
    target: Path | None = None,
) -> BackupInfo:
    """A whole backup (database and attachments) of the open desk, into `backups/` under its
    standard name or to `target`. For the command line (IT staff with the key) and the service.
    StorageFault CORRUPT when the desk's database fails its full check (nothing is written).
    """
    # The desk's own file checked first: a backup of a damaged file would later be offered as
    # the one to restore. A damaged file is marked, and refuses every write from then on.
    if database.damage is None:
        full_check(database, now)
    if database.damage is not None:
        raise StorageFault(StorageFaultKind.CORRUPT, database.damage)
    read_only = database.read_only is not None
    revision = (
        migrate.stored_revision(database.path, database.key, read_only=read_only) or "unknown"
    )
    if target is None:
        target = backups.free_name(paths.backups, backups.backup_name(kind, now, revision))
    with storage_faults():
        source = database.raw_connection()
        try:
            return backups.write_backup(
                source,
                database.key,
                target,
                kind=kind,
                created_at=now,
                attachments_dir=paths.attachments,
                keys_file=paths.keys,
            )
        finally:
            source.close()


def list_backups(paths: DeskPaths) -> list[BackupInfo]:
    """The backups in `backups/` by their manifests, newest first."""
    found: list[BackupInfo] = []
    for stamped in reversed(backups.backups_in(paths.backups)):
        try:
            found.append(backups.read_info(paths.backups / stamped.name))
        except (BackupRefusedError, StorageFault):  # not a reason to hide the others
            log.warning("backup %s cannot be read", stamped.name)
    return found


def restore_desk(
    data_dir: Path, backup: Path, key: bytes, now: dt.datetime | None = None
) -> RestoreOutcome:
    """Put `backup` in place of the desk's database (the desk must be closed: the app's own
    connections count as "in use"). Open the desk afterwards: an older backup is migrated then.
    """
    paths = DeskPaths(data_dir)
    with storage_faults():
        paths.create()
    target = RestoreTarget(
        database=paths.database,
        attachments=paths.attachments,
        keys_file=paths.keys,
        backups=paths.backups,
        sync_lock=data_dir / SYNC_LOCK_FILE_NAME,
        key_confirmed=_key_confirmed(paths, key),
    )
    return restore_backup(
        backup, target, key, migrate.known_revisions(), now or dt.datetime.now(dt.UTC)
    )


def _key_confirmed(paths: DeskPaths, key: bytes) -> bool:
    """Whether the key file's check value says `key` is this desk's (see RestoreTarget)."""
    try:
        slots = KeySlots.load(paths.keys)
    except (KeyFileError, OSError):
        return False
    return slots is not None and slots.key_check_matches(key) is True


__all__ = [
    "BackupInfo",
    "BackupKind",
    "BackupSchedule",
    "Backups",
    "InvalidScheduleError",
    "RestoreOutcome",
    "Retention",
    "Stamped",
    "is_due",
    "list_backups",
    "restore_desk",
    "schedule_rows",
    "write_backup",
]
