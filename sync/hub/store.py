"""The hub's SQLite file: schema, master data, credentials and the clock's offset.

One connection behind one lock: the hub is a test and training tool, and serialising its
writes keeps "committed before the answer is written" trivially true. The queries about
complaints live in `records.py`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sync.hub import masters

log = logging.getLogger("sync.hub")

# National ids look like a live deployment's, not 1, 2, 3.
FIRST_COMPLAINT_ID = 1916000
FIRST_FILE_ID = 880001
FIRST_FOLLOWUP_ID = 4400001

SCHEMA = """
CREATE TABLE IF NOT EXISTS credentials (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    api_key TEXT NOT NULL,
    token TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_seconds REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS institutions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id),
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS complaints (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    channel INTEGER NOT NULL,
    classification_id INTEGER NOT NULL,
    disposition_id INTEGER NOT NULL REFERENCES institutions (id),
    category_id INTEGER NOT NULL REFERENCES categories (id),
    location_id TEXT,
    date_of_incident TEXT,
    tags_raw TEXT NOT NULL DEFAULT '',
    is_anonymous INTEGER NOT NULL DEFAULT 0,
    is_secret INTEGER NOT NULL DEFAULT 0,
    status_code INTEGER NOT NULL DEFAULT 0,
    disposition_name TEXT,
    -- How many of the national side's scheduled steps are written; national_done stops them
    -- (all written, or the desk rejected the complaint).
    national_step INTEGER NOT NULL DEFAULT 0,
    national_done INTEGER NOT NULL DEFAULT 0,
    reject_reason TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS followups (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at REAL NOT NULL,
    is_secret INTEGER NOT NULL DEFAULT 0,
    rating INTEGER
);
CREATE INDEX IF NOT EXISTS followups_by_complaint ON followups (complaint_id, created_at);
CREATE TABLE IF NOT EXISTS uploaded_files (
    id INTEGER PRIMARY KEY,
    filename TEXT NOT NULL,
    content_type TEXT,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_at REAL NOT NULL,
    complaint_id INTEGER REFERENCES complaints (id),
    followup_id INTEGER REFERENCES followups (id)
);
CREATE INDEX IF NOT EXISTS files_by_complaint ON uploaded_files (complaint_id);
CREATE TABLE IF NOT EXISTS status_log (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    status_code INTEGER NOT NULL,
    note TEXT,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS status_log_by_complaint ON status_log (complaint_id, created_at);
"""


class HubStore:
    """The hub's database: one SQLite file in WAL mode, one writer at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are opened explicitly by `transaction()`.
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process (the kill tests); only a power cut
        # could lose the last commits, which does not matter for a sandbox.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._create()

    def _create(self) -> None:
        with self._lock:
            # executescript commits on its own; every statement is idempotent.
            self._conn.executescript(SCHEMA)
            with self.transaction() as db:
                if db.execute("SELECT COUNT(*) FROM institutions").fetchone()[0] == 0:
                    _seed_masters(db)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed when the block ends without an exception."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection for reads, held so that no write interleaves."""
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # Credentials and clock --------------------------------------------------------------

    def credentials(self) -> tuple[str, str] | None:
        with self.reading() as db:
            row = db.execute("SELECT api_key, token FROM credentials WHERE id = 1").fetchone()
        return None if row is None else (row["api_key"], row["token"])

    def set_credentials(self, key: str, token: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO credentials (id, api_key, token) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET api_key = excluded.api_key, "
                "token = excluded.token",
                (key, token),
            )

    def clock_offset(self) -> float:
        with self.reading() as db:
            row = db.execute("SELECT offset_seconds FROM hub_clock WHERE id = 1").fetchone()
        return 0.0 if row is None else float(row[0])

    def set_clock_offset(self, offset: float) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO hub_clock (id, offset_seconds) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET offset_seconds = excluded.offset_seconds",
                (offset,),
            )

    def latest_time(self) -> float:
        """The latest hub time already written: the clock must not restart before it."""
        with self.reading() as db:
            row = db.execute(
                "SELECT MAX(t) FROM (SELECT MAX(created_at) AS t FROM complaints "
                "UNION ALL SELECT MAX(created_at) FROM followups "
                "UNION ALL SELECT MAX(created_at) FROM status_log "
                "UNION ALL SELECT MAX(uploaded_at) FROM uploaded_files)"
            ).fetchone()
        return float(row[0] or 0.0)

    # Master data ------------------------------------------------------------------------

    def institutions(self) -> list[dict[str, object]]:
        with self.reading() as db:
            rows = db.execute("SELECT id, name FROM institutions ORDER BY id").fetchall()
        return [{"id": r["id"], "name": r["name"]} for r in rows]

    def categories(self) -> list[dict[str, object]]:
        with self.reading() as db:
            rows = db.execute("SELECT id, parent_id, name FROM categories ORDER BY id").fetchall()
        return [{"id": r["id"], "parent_id": r["parent_id"], "name": r["name"]} for r in rows]

    def templates(self) -> list[dict[str, object]]:
        with self.reading() as db:
            rows = db.execute("SELECT id, name, content FROM templates ORDER BY id").fetchall()
        return [{"id": r["id"], "name": r["name"], "content": r["content"]} for r in rows]


def next_id(db: sqlite3.Connection, table: str, first: int) -> int:
    """The next id of `table`, starting at `first` (called inside a write transaction)."""
    row = db.execute(f"SELECT MAX(id) FROM {table}").fetchone()  # fixed table names only
    return first if row[0] is None else max(int(row[0]) + 1, first)


def _seed_masters(db: sqlite3.Connection) -> None:
    db.executemany(
        "INSERT INTO institutions (id, name) VALUES (?, ?)",
        [(masters.INSTITUTION_FIRST_ID + i, name) for i, name in enumerate(masters.INSTITUTIONS)],
    )
    category_id = masters.CATEGORY_FIRST_ID
    for parent, children in masters.CATEGORIES:
        parent_id = category_id
        db.execute(
            "INSERT INTO categories (id, parent_id, name) VALUES (?, NULL, ?)",
            (
                parent_id,
                parent,
            ),
        )
        category_id += 1
        for child in children:
            db.execute(
                "INSERT INTO categories (id, parent_id, name) VALUES (?, ?, ?)",
                (category_id, parent_id, child),
            )
            category_id += 1
    db.executemany(
        "INSERT INTO templates (id, name, content) VALUES (?, ?, ?)",
        [
            (masters.TEMPLATE_FIRST_ID + i, name, content)
            for i, (name, content) in enumerate(masters.TEMPLATES)
        ],
    )
    log.info("hub database seeded with master data")
