"""Bringing a database file to the schema this program needs.

Alembic costs about 0.9 s to import, so it is only imported when the file is behind: the usual
start-up reads the stored revision with plain sqlite3 and goes on. A file written by a newer
program is refused before anything touches it; an older one is backed up, then upgraded.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from desktop.store.database import Database, connect
from desktop.store.errors import SchemaTooNewError, storage_faults

log = logging.getLogger("desktop.db")

_REVISION_LINE = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(r"^down_revision = (None|\"([^\"]+)\")$", re.MULTILINE)


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


def stored_revision(path: Path, key: bytes | None) -> str | None:
    """The revision recorded in the file, or None for a new or empty file."""
    if not path.exists():
        return None
    with storage_faults():
        connection = connect(path, key)
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


def backup_database(database: Database, target: Path) -> Path:
    """A consistent copy of the live database, made with SQLite's online backup.

    The copy is encrypted with the same key: a copied backup is as unreadable as the database.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with storage_faults():
        partial.unlink(missing_ok=True)
        source = connect(database.path, database.key)
        try:
            copy = connect(partial, database.key)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        partial.replace(target)
    return target


def upgrade(database: Database, backup_dir: Path) -> MigrationOutcome:
    """Migrate `database` to the newest revision, backing it up first when it has data."""
    revisions = known_revisions()
    head = revisions[-1]
    current = stored_revision(database.path, database.key)
    if current == head:
        return MigrationOutcome(current, head, None)
    if current is not None and current not in revisions:
        raise SchemaTooNewError(current)

    backup = None
    if current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_database(database, backup_dir / f"before-upgrade-{current}-{stamp}.sqlite")
        log.info("backed up database before upgrade from %s to %s", current, head)

    _run_alembic_upgrade(database, head)
    log.info("database migrated from %s to %s", current, head)
    return MigrationOutcome(current, head, backup)


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_scripts_dir()))
    return config


def _run_alembic_upgrade(database: Database, head: str) -> None:
    from alembic import command

    config = alembic_config()
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
