"""Opening a desk: its data folder, database (migrated), reference data and services.

Telling what a data folder holds (`find_desk`) is in `desk_finder`, which is cheap to import.

A desk is created once (`create_desk`: the first admin, a new database key, the recovery key
shown once) and opened with its key afterwards (`open_desk`). `find_desk` tells the start-up
which of the two it faces and whether the OS keyring already holds the key.

Both are slow (SQLAlchemy, migrations, 91,600 regions on first run), so the application calls
them on a worker thread while the window is already on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.audit_actions import AuditAction
from desktop.services.access import AccessControl
from desktop.services.account_values import NewAccount, WrongRecoveryKeyError
from desktop.services.accounts import AccountService
from desktop.services.audit_trail import AuditTrail
from desktop.services.backups import Backups
from desktop.services.data_subject import PersonRequests
from desktop.services.desk_finder import CREATING_SUFFIX, DeskPaths, DeskState, database_problem
from desktop.services.desk_health import (
    check_opening,
    full_check,
    keep_signs,
    storage_cause,
    unusable,
    write_marker,
)
from desktop.services.diagnostics import Diagnostics
from desktop.services.due_dates import DueDateKeeper
from desktop.services.duplicates import DuplicateFinder
from desktop.services.evidence import EvidenceDocuments
from desktop.services.follow_up import FollowUpService
from desktop.services.intake import IntakeService
from desktop.services.keys import DeskKeys, key_from_recovery_key
from desktop.services.lists import ReferenceLists, Worklist
from desktop.services.passwords import check_new_account
from desktop.services.receipts import Receipts
from desktop.services.report_detail import DetailLists
from desktop.services.report_narrative import ReportNarratives
from desktop.services.report_register import ReportRegister
from desktop.services.reports import Reports
from desktop.services.saved_views import SavedViews
from desktop.services.settings import DeskSettingsStore
from desktop.store import audit, migrate, search_index
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import DEFAULT_BUSY_TIMEOUT_MS, Database, connect
from desktop.store.errors import (
    DeskProblem,
    StorageFault,
    StorageFaultKind,
    WrongDatabaseKeyError,
    storage_faults,
)
from desktop.store.integrity import IntegrityResult
from desktop.store.keyslots import KeyFileError, KeySlots, new_recovery_key
from desktop.store.migrate import MigrationOutcome, UpgradeProgress
from desktop.store.migrate import UpgradeStep as UpgradeStep  # for the interface's progress
from desktop.store.regions import load_regions_if_changed

log = logging.getLogger("desktop.services")

Clock = Callable[[], dt.datetime]
# Called with each UpgradeStep (the backup, then each schema revision) while a desk upgrades.
UpgradeNotice = UpgradeProgress


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Desk:
    """One open desk database and the services that work on it."""

    def __init__(
        self, paths: DeskPaths, database: Database, keys: DeskKeys, clock: Clock = utc_now
    ) -> None:
        self.paths = paths
        self.database = database
        self.keys = keys
        self.clock = clock
        self.access = AccessControl(clock)
        self.accounts = AccountService(database, keys, self.access, clock)
        self.settings = DeskSettingsStore(database, self.access)
        self.reference = ReferenceLists(database, self.access)
        # Attachments are encrypted under keys derived from the database key: one secret opens
        # both, and losing it loses both (the recovery key covers it).
        self._attachments = AttachmentFolder(paths.attachments, keys.key)
        self.attachment_folder = self._attachments  # for synchronisation's uploads
        self.receipts = Receipts(database, self.settings, self.access)
        self.narratives = ReportNarratives(database, self.access)
        self.due_dates = DueDateKeeper(database, self.settings, clock)
        self.worklist = Worklist(database, self.access, self._attachments, self.due_dates, clock)
        self.saved_views = SavedViews(database, self.access)
        self.intake = IntakeService(
            database, self._attachments, self.settings, self.due_dates, self.access, clock
        )
        self.duplicates = DuplicateFinder(database, self.access, clock)
        self.audit = AuditTrail(database, self.access)
        self.follow_up = FollowUpService(database, self.access, self.due_dates, clock)
        self.people = PersonRequests(database, self.access, self._attachments, clock)
        self.backups = Backups(paths, database, self.access, clock)
        self.diagnostics = Diagnostics(paths, database, self.access, clock)
        self.detail_lists = DetailLists(database, self.access, clock)
        self.reports = Reports(database, self.settings, self.access, clock)
        # Reports kept as sent, and the year's evidence documents: files encrypted like the
        # attachments, in the same folder (so backups and restores carry them).
        self.report_register = ReportRegister(database, self._attachments, self.access, clock)
        self.evidence = EvidenceDocuments(
            database, self._attachments, self.settings, self.report_register, self.access, clock
        )

    @property
    def read_only(self) -> StorageFaultKind | None:
        """Why the desk was opened read-only (READ_ONLY or FULL storage), or None."""
        return self.database.read_only

    def check_integrity(self) -> IntegrityResult:
        """The full check of the database file (slow: a worker's job). A damaged file refuses
        every write from then on."""
        return full_check(self.database, self.clock())

    def close(self) -> None:
        self.database.close()


@dataclass(frozen=True)
class OpenedDesk:
    desk: Desk
    migration: MigrationOutcome
    regions_loaded: bool


@dataclass(frozen=True)
class CreatedDesk:
    opened: OpenedDesk
    recovery_key: str  # shown once to IT staff, stored nowhere
    key_in_keyring: bool


def create_desk(
    data_dir: Path,
    regions_csv: Path,
    admin: NewAccount,
    *,
    clock: Clock = utc_now,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    remember_key: bool = True,
) -> CreatedDesk:
    """Set up a new desk in `data_dir`: encrypted database, first admin (signed in).
    `remember_key=False` (a throwaway desk, as the self-test's) leaves the keyring alone.

    The database is built under a temporary name and renamed into place last, after the key
    file holds the admin's slot (and the keyring the key): a set-up that stops half-way leaves
    a folder that is simply new again, never a database under a key nobody holds.
    """
    check_new_account(admin)  # refuse a bad form before anything is written
    paths = DeskPaths(data_dir)
    building = paths.database.with_name(paths.database.name + CREATING_SUFFIX)
    with storage_faults():
        if paths.database.exists():
            raise FileExistsError(paths.database)
        paths.create()
        for leftover in _with_journals(building):
            leftover.unlink(missing_ok=True)
    recovery_key = new_recovery_key()
    key = key_from_recovery_key(recovery_key)
    slots = KeySlots.new(paths.keys)
    slots.set_key_check(key)  # saved with the first admin's slot
    keys = DeskKeys(slots, key)
    built = _open(paths, keys, regions_csv, clock, busy_timeout_ms, database_path=building)
    try:
        with built.desk.database.writing() as session:
            audit.append_desk_created(session, clock())
        admin_actor = built.desk.accounts.create_first_admin(admin)  # the key file's 1st slot
        in_keyring = keys.remember_in_keyring() if remember_key else False
    finally:
        built.desk.close()
    with storage_faults():
        # Fold the WAL into the file so that renaming the file moves everything.
        raw = connect(building, key)
        try:
            raw.execute("PRAGMA journal_mode=DELETE")
        finally:
            raw.close()
        building.replace(paths.database)
        # Last: from now on this folder is a desk's, and never set up anew.
        write_marker(paths, slots.desk_id)
    opened = open_desk(data_dir, regions_csv, key, clock=clock, busy_timeout_ms=busy_timeout_ms)
    opened.desk.access.sign_in(admin_actor)
    first = OpenedDesk(opened.desk, built.migration, built.regions_loaded)
    return CreatedDesk(first, recovery_key, in_keyring)


def _with_journals(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")]


def open_desk(
    data_dir: Path,
    regions_csv: Path,
    key: bytes,
    *,
    clock: Clock = utc_now,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    on_upgrade: UpgradeNotice | None = None,
) -> OpenedDesk:
    """Open (upgrading as needed) the desk in `data_dir` with its database key.

    Raises WrongDatabaseKeyError when the key does not open the file, DeskUnusableError when
    the database is missing, empty, foreign or damaged; nothing is changed then. On storage
    that cannot be written the desk opens read-only (`desk.read_only` says why).
    `on_upgrade(step)` is called (on this thread) as an upgrade goes, step by step.
    """
    paths = DeskPaths(data_dir)
    with storage_faults():  # a read-only or missing drive is a fault to explain, not a bug
        if not paths.database.exists():
            raise unusable(paths, DeskProblem.MISSING)
        problem = database_problem(paths)
        if problem is not None:
            kind = DeskProblem.EMPTY if problem is DeskState.EMPTY else DeskProblem.FOREIGN
            raise unusable(paths, kind)
        cause = storage_cause(paths)
        slots = _slots_or_fresh(paths, writable=cause is None)
    return _open(
        paths,
        DeskKeys(slots, key),
        regions_csv,
        clock,
        busy_timeout_ms,
        on_upgrade=on_upgrade,
        read_only=cause,
    )


def _slots_or_fresh(paths: DeskPaths, *, writable: bool = True) -> KeySlots:
    """The key file, or a new one when it is missing or damaged (the damaged one is kept aside
    for IT staff, never overwritten). Only reached with a key that opened the database."""
    try:
        return KeySlots.load(paths.keys) or KeySlots.new(paths.keys)
    except KeyFileError:
        if not writable:
            return KeySlots.new(paths.keys)  # in memory only: nothing is written
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        paths.keys.replace(paths.keys.with_name(f"{paths.keys.name}.damaged-{stamp}"))
        log.warning("the key file was damaged; set aside, a new one is made")
        return KeySlots.new(paths.keys)


def open_desk_with_recovery_key(
    data_dir: Path,
    regions_csv: Path,
    recovery_key: str,
    *,
    clock: Clock = utc_now,
    on_upgrade: UpgradeNotice | None = None,
) -> OpenedDesk:
    """Open the desk when the keyring and the passwords fail; puts the key back in the keyring."""
    key = key_from_recovery_key(recovery_key)
    try:
        opened = open_desk(data_dir, regions_csv, key, clock=clock, on_upgrade=on_upgrade)
    except WrongDatabaseKeyError as error:
        raise WrongRecoveryKeyError() from error
    desk = opened.desk
    if desk.read_only is None:  # read-only storage: nothing can be recorded, nor a key file
        with desk.database.writing() as session:
            audit.append(session, at=clock(), actor="", action=AuditAction.RECOVERY_KEY_USED)
        if not desk.paths.keys.exists():
            with storage_faults():  # a fresh file; each slot returns at its account's sign-in
                desk.keys.slots.set_key_check(desk.keys.key)
                desk.keys.slots.save()
    desk.keys.remember_in_keyring()
    return opened


def _open(
    paths: DeskPaths,
    keys: DeskKeys,
    regions_csv: Path,
    clock: Clock,
    busy_timeout_ms: int,
    *,
    database_path: Path | None = None,
    on_upgrade: UpgradeNotice | None = None,
    read_only: StorageFaultKind | None = None,
) -> OpenedDesk:
    def attempt(cause: StorageFaultKind | None) -> OpenedDesk:
        return _open_as(
            paths, keys, regions_csv, clock, busy_timeout_ms, database_path, on_upgrade, cause
        )

    try:
        return attempt(read_only)
    except StorageFault as fault:
        # Opening writes (the WAL, statistics, the regions' check): storage that refuses them
        # still lets the desk be read, verified and backed up elsewhere.
        unwritable = fault.kind in (StorageFaultKind.FULL, StorageFaultKind.READ_ONLY)
        if database_path is not None or read_only is not None or not unwritable:
            raise
        log.warning("the desk's storage cannot be written (%s): opened read-only", fault.kind)
        return attempt(fault.kind)


def _open_as(
    paths: DeskPaths,
    keys: DeskKeys,
    regions_csv: Path,
    clock: Clock,
    busy_timeout_ms: int,
    database_path: Path | None,
    on_upgrade: UpgradeNotice | None,
    read_only: StorageFaultKind | None,
) -> OpenedDesk:
    if read_only is None:
        with storage_faults():
            paths.create()
    creating = database_path is not None
    database_path = database_path or paths.database
    database = Database(database_path, keys.key, busy_timeout_ms, read_only=read_only)
    regions_loaded = False
    try:
        if not creating:
            check_opening(paths, database, keys.slots)
        outcome = migrate.upgrade(database, paths.backups, on_upgrade)
        if read_only is None:
            with database.writing() as session:
                regions_loaded = load_regions_if_changed(session, regions_csv)
                if search_index.mend_after_bulk_load(session):
                    log.warning("search index rebuilt: a bulk load's flag was left behind")
                # A desk from before the register's seals: its complaints as they stand now
                # are the baseline `audit verify` checks against (once; cheap afterwards).
                sealed = None if creating else audit.seal_register_once(session, clock())
                if sealed:
                    log.info("register sealed: %d complaint(s) from before the seals", sealed)
            database.refresh_statistics()  # the desk may have grown a lot since it last opened
            if not creating:
                keep_signs(paths, keys.slots, keys.key)
    except StorageFault as fault:
        database.close()
        if fault.kind is StorageFaultKind.CORRUPT and not creating:
            # A page past the glance failed while opening read it: the key is right.
            raise unusable(paths, DeskProblem.DAMAGED, fault.detail) from fault
        raise
    except BaseException:
        database.close()
        raise
    return OpenedDesk(Desk(paths, database, keys, clock), outcome, regions_loaded)
