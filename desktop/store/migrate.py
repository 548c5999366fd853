"""Bringing a database file to the schema this program needs.

Alembic costs about 0.9 s to import, so it is only imported when the file is behind: the usual
start-up reads the stored revision with plain sqlite3 and goes on. A file written by a newer
program is refused before anything touches it; an older one is backed up, then upgraded.

An office register on PostgreSQL goes through the same Alembic history (`upgrade_register`):
its DDL is transactional, so a failed upgrade leaves nothing behind, and its backups are IT
staff's (`pg_dump`) rather than a copy of a file.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection

from desktop.domain.backup_rotation import BackupKind
from desktop.store import backups
from desktop.store.backups import BackupInfo
from desktop.store.database import WRITE_LOCK_KEY, Database, connect
from desktop.store.errors import (
    MigrationFailedError,
    SchemaTooNewError,
    StorageFault,
    storage_faults,
)

log = logging.getLogger("desktop.db")

_REVISION_LINE = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(r"^down_revision = (None|\"([^\"]+)\")$", re.MULTILINE)


@dataclass(frozen=True)
class UpgradeStep:
    """How far an upgrade has come: `done` of `total` steps, the backup being the first and
    each schema revision one more. `revision` is the one just reached (None before any)."""

    from_revision: str
    to_revision: str
    done: int
    total: int
    revision: str | None = None


UpgradeProgress = Callable[[UpgradeStep], None]


@dataclass(frozen=True)
class MigrationOutcome:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _scripts_dir() -> Path:
    return Path(str(resources.files("desktop.store") / "migrations"))


def known_revisions() -> list[str]:
    """The revisions this program ships, oldest first, read from the scripts as text."""
    parents: dict[str, str | None] = {}
    for script in (_scripts_dir() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION_LINE.search(text)
        down = _DOWN_REVISION_LINE.search(text)
        if revision and down:
            parents[revision.group(1)] = down.group(2)
    ordered: list[str] = []
    current: str | None = None
    while True:
        children = [rev for rev, parent in parents.items() if parent == current]
        if not children:
            return ordered
        if len(children) > 1:
            raise RuntimeError(f"migration history branches after {current}: {children}")
        current = children[0]
        ordered.append(current)


def stored_revision(path: Path, key: bytes | None, *, read_only: bool = False) -> str | None:
    """The revision recorded in the file, or None for a new or empty file."""
    if not path.exists():
        return None
    with storage_faults():
        connection = connect(path, key, read_only=read_only)
        try:
            has_table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()


def upgrade_register(database: Database, backup_dir: Path | None = None) -> MigrationOutcome:
    """Migrate an office register (`database.open_register`) to the newest revision: a SQLite
    file as a desk's is (`upgrade`, backed up in `backup_dir`, beside the file by default), a
    PostgreSQL one in one transaction. A register of a newer schema is refused untouched."""
    if not database.is_postgresql:
        return upgrade(database, backup_dir or database.path.parent)
    revisions = known_revisions()
    head = revisions[-1]
    with storage_faults(), database.engine.connect() as connection:
        current = _postgresql_revision(connection)
    if current is not None and current not in revisions:
        raise SchemaTooNewError(current)
    if current != head:
        _run_alembic_upgrade(database, head)
        log.info("register migrated from %s to %s", current, head)
    return MigrationOutcome(current, head, None)


def _postgresql_revision(connection: Connection) -> str | None:
    has_table = connection.exec_driver_sql(
        "SELECT to_regclass('alembic_version') IS NOT NULL"
    ).scalar()
    if not has_table:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def copy_database(database: Database, target: Path) -> Path:
    """A plain, consistent copy of the live database file under the same key (SQLite's online
    backup): for a throwaway desk such as the self-test's, not a backup to keep."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with storage_faults():
        source = database.raw_connection()
        try:
            copy = connect(target, database.key)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
    return target


def backup_database(database: Database, target: Path, kind: BackupKind) -> BackupInfo:
    """A verified backup of the live database in `target` (see `desktop.store.backups`),
    without the attachments: migrations never touch them."""
    with storage_faults():
        source = connect(database.path, database.key)
        try:
            return backups.write_backup(
                source,
                database.key,
                target,
                kind=kind,
                created_at=dt.datetime.now(dt.UTC),
                attachments_dir=None,
                keys_file=None,
            )
        finally:
            source.close()


def upgrade(
    database: Database,
    backup_dir: Path,
    on_upgrade: UpgradeProgress | None = None,
) -> MigrationOutcome:
    """Migrate `database` to the newest revision, backing it up first when it has data.

    `on_upgrade(step)` is called before the backup of a file that has data (0 steps done),
    after it, and after each revision is applied (the interface shows the steps meanwhile: a
    large desk takes a while). The revisions are committed together at the end, so a step
    reported is not yet a step kept.

    When the migration fails, the copy taken before it is put back and MigrationFailedError
    raised: the desk is then as it was, and this program's previous version opens it again.
    """
    revisions = known_revisions()
    head = revisions[-1]
    current = stored_revision(database.path, database.key, read_only=database.read_only is not None)
    if current == head:
        return MigrationOutcome(current, head, None)
    if current is not None and current not in revisions:
        raise SchemaTooNewError(current)
    if database.read_only is not None:
        raise StorageFault(
            database.read_only,
            f"the database must be upgraded from schema {current} for this version, which "
            "needs storage that can be written",
        )

    if current is None:
        _run_alembic_upgrade(database, head)  # a new file: nothing to lose, nothing to put back
        log.info("database created at %s", head)
        return MigrationOutcome(current, head, None)

    steps = revisions[revisions.index(current) + 1 :]

    def report(done: int, revision: str | None = None) -> None:
        if on_upgrade is not None:
            on_upgrade(UpgradeStep(current, head, done, 1 + len(steps), revision))

    report(0)
    now = dt.datetime.now(dt.UTC)
    name = backups.backup_name(BackupKind.BEFORE_UPGRADE, now, current)
    backup = backup_database(
        database, backups.free_name(backup_dir, name), BackupKind.BEFORE_UPGRADE
    ).path
    log.info("backed up database before upgrade from %s to %s", current, head)
    report(1)
    try:
        _run_alembic_upgrade(
            database, head, lambda revision: report(2 + steps.index(revision), revision)
        )
    except Exception as error:
        # The type only: a message could quote a row (personal data) in the log.
        log.error(
            "upgrade from %s to %s failed (%s); putting the backup back",
            current,
            head,
            type(error).__name__,
        )
        restored = _put_back(database, backup, current)
        raise MigrationFailedError(current, head, backup, restored) from error
    log.info("database migrated from %s to %s", current, head)
    return MigrationOutcome(current, head, backup)


def _put_back(database: Database, backup: Path, revision: str) -> bool:
    """Replace the database with the pre-upgrade backup; False (and logged) if it cannot.

    The upgrade ran in one transaction, so SQLite has usually rolled it back already; the copy
    is put back anyway because the failure may be the file's own (I/O error, full disk), when a
    rollback is the thing least to be trusted."""
    from desktop.store.restore import check_and_swap

    database.close()  # our connections let go of the file (Windows cannot replace it otherwise)
    try:
        check_and_swap(backup, database.path, database.key, revision)
    except Exception as error:
        log.error("the pre-upgrade backup could not be put back (%s)", type(error).__name__)
        return False
    log.info("the pre-upgrade backup was put back; the database is at %s again", revision)
    return True


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_scripts_dir()))
    return config


def _run_alembic_upgrade(
    database: Database, head: str, on_revision: Callable[[str], None] | None = None
) -> None:
    from alembic import command

    config = alembic_config()
    if on_revision is not None:
        # Alembic calls this after each revision's script has run (env.py passes it on).
        config.attributes["on_version_apply"] = lambda step, **_: on_revision(step.up_revision_id)
    if database.is_postgresql:
        with storage_faults(), database.engine.connect() as connection:
            config.attributes["connection"] = connection
            with connection.begin():
                # Two server processes started at once migrate one after the other.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
                command.upgrade(config, head)
        return
    with storage_faults(), database.engine.connect() as connection:
        # Batch migrations rebuild tables; with foreign keys enforced, dropping the old copy
        # would cascade or fail. The pragma only takes effect outside a transaction.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = connection
            with connection.begin():
                command.upgrade(config, head)
                # Checked inside the transaction: a migration that breaks references is
                # rolled back whole instead of being committed and then reported.
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration to {head} broke references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
