"""Figures about the database file for IT support: rows per table, schema, sizes, soundness.

Read on a connection of its own (plain sqlcipher3, no SQLAlchemy session): it only counts, and
the integrity check on a large desk takes seconds, which is for a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.database import connect
from desktop.store.errors import storage_faults


@dataclass(frozen=True)
class DatabaseStatistics:
    revision: str | None
    rows: dict[str, int]  # table name -> row count (FTS shadow tables left out)
    file_sizes: dict[str, int]  # database, -wal, -shm in bytes
    integrity: list[str]  # ["ok"] when sound; SQLite's first problems otherwise
    cipher_version: str = ""
    cipher_problems: list[str] = field(default_factory=list)


def database_statistics(path: Path, key: bytes | None) -> DatabaseStatistics:
    sizes = {}
    for suffix in ("", "-wal", "-shm"):
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            sizes[journal.name] = journal.stat().st_size
    with storage_faults():
        connection = connect(path, key)
        try:
            tables = [
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            # Shadow tables of a full-text index hold the same rows again, in pieces.
            virtual = {
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE "
                    "VIRTUAL TABLE%'"
                )
            }
            shadows = {t for t in tables for v in virtual if t.startswith(f"{v}_")}
            rows = {
                table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in tables
                if table not in shadows
            }
            revision = None
            if "alembic_version" in rows:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(found[0]) if found else None
            integrity = [
                str(row[0]) for row in connection.execute("PRAGMA integrity_check(20)").fetchall()
            ]
            version = connection.execute("PRAGMA cipher_version").fetchone()
            cipher = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")][
                :20
            ]
        finally:
            connection.close()
    return DatabaseStatistics(
        revision=revision,
        rows=rows,
        file_sizes=sizes,
        integrity=integrity,
        cipher_version=str(version[0]) if version else "",
        cipher_problems=cipher,
    )
