"""Opening a desk: its data folder, database (migrated), reference data and services.

`open_desk` is slow (it imports SQLAlchemy, may migrate and load 91,600 regions on first run),
so the application calls it on a worker thread while the window is already on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.services.intake import IntakeService
from desktop.services.lists import ReferenceLists, Worklist
from desktop.services.receipts import Receipts
from desktop.services.settings import DeskSettingsStore
from desktop.store import migrate
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import DEFAULT_BUSY_TIMEOUT_MS, Database
from desktop.store.errors import storage_faults
from desktop.store.migrate import MigrationOutcome
from desktop.store.regions import load_regions_if_changed

log = logging.getLogger("desktop.services")

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class DeskPaths:
    """Where a desk keeps its files inside its data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "meja-aduan.sqlite"

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


class Desk:
    """One open desk database and the services that work on it."""

    def __init__(self, paths: DeskPaths, database: Database, clock: Clock = utc_now) -> None:
        self.paths = paths
        self.database = database
        self.settings = DeskSettingsStore(database)
        self.reference = ReferenceLists(database)
        self.worklist = Worklist(database)
        self.receipts = Receipts(database, self.settings)
        self._attachments = AttachmentFolder(paths.attachments)
        self.intake = IntakeService(database, self._attachments, self.settings, clock)

    def attachment_path(self, stored_name: str) -> Path:
        """Where the bytes of a stored attachment are."""
        return self._attachments.path_of(stored_name)

    def close(self) -> None:
        self.database.close()


@dataclass(frozen=True)
class OpenedDesk:
    desk: Desk
    migration: MigrationOutcome
    regions_loaded: bool


def open_desk(
    data_dir: Path,
    regions_csv: Path,
    *,
    clock: Clock = utc_now,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> OpenedDesk:
    """Open (creating or upgrading as needed) the desk in `data_dir`."""
    paths = DeskPaths(data_dir)
    with storage_faults():  # a read-only or missing drive is a fault to explain, not a bug
        paths.create()
    database = Database(paths.database, busy_timeout_ms)
    try:
        outcome = migrate.upgrade(database, paths.backups)
        with database.writing() as session:
            regions_loaded = load_regions_if_changed(session, regions_csv)
    except BaseException:
        database.close()
        raise
    return OpenedDesk(Desk(paths, database, clock), outcome, regions_loaded)
