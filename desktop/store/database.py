"""Opening the desk's SQLite database, and the two kinds of transaction on it.

SQLite rules we rely on:
- WAL journal, so the interface can read while the worker thread writes;
- foreign keys on (SQLite has them off by default);
- a busy timeout, so a short lock held by another process waits instead of failing;
- `synchronous=FULL`: a committed complaint survives a power cut, not only a program crash;
- write transactions start with BEGIN IMMEDIATE, taking the write lock up front, so two writers
  queue on the busy timeout instead of failing half-way with "database is locked".

A desk on storage that cannot be written (a write-protected USB stick, a full disk) is opened
read-only (`read_only` says why): through an `immutable` URI, which needs no -shm file and
writes nothing, or `mode=ro` when a WAL with committed pages lies beside the file (immutable
would not see them). Every write is then refused up front with the cause, instead of failing
half-way; a database a check found damaged refuses writes the same way.

The file is encrypted with SQLCipher (AES-256, an HMAC per page; the WAL too) under the desk's
raw 256-bit key, given as `x'..'` so SQLCipher skips its own passphrase derivation on every
connection. Without a key (benchmarks' baseline) the same library opens a plain file.

The office server may keep its register on PostgreSQL instead (`open_register(url)`, with a
`postgresql+psycopg://` URL; psycopg is imported only then, by SQLAlchemy's dialect). There a
write transaction takes a transaction-level advisory lock first: writers queue one behind the
other as BEGIN IMMEDIATE makes them on SQLite, which the audit trail's hash chain and the bulk
loads' id ranges rely on. A reading session is one REPEATABLE READ, READ ONLY snapshot, as a
SQLite read transaction is. Every moment is stored as naive UTC on both (`schema.UtcDateTime`),
and the PostgreSQL session's time zone is UTC, so no server setting shifts one.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from desktop.store.errors import (
    StorageFault,
    StorageFaultKind,
    WrongDatabaseKeyError,
    storage_faults,
)
from desktop.store.integrity import IntegrityResult

log = logging.getLogger("desktop.db")

DEFAULT_BUSY_TIMEOUT_MS = 5_000
CACHE_KIB = 64 * 1024
_IMMEDIATE = "meja_aduan_immediate"
# The key of the PostgreSQL advisory lock every write transaction takes (any constant of ours:
# "meja" in ASCII).
WRITE_LOCK_KEY = 0x6D656A61


def open_register(url: str, *, backup_dir: Path | None = None) -> Database:
    """The register at a database URL, opened and brought to this program's schema (see
    `migrate.upgrade_register`): the office server's `--database-url`.

    `postgresql+psycopg://user@host:port/name` (psycopg 3, the `office` extra), or
    `sqlite:///path` for a plain SQLite file; an encrypted desk file is opened with its key
    through `Database(path, key)` as the desk does. `backup_dir` is where a SQLite file is
    backed up before an upgrade (beside the file when not given); a PostgreSQL register's
    backups are IT staff's (`pg_dump`)."""
    from desktop.store.migrate import upgrade_register

    database = Database.from_url(url)
    try:
        upgrade_register(database, backup_dir)
    except BaseException:
        database.close()
        raise
    return database


class Database:
    """The open database file, with sessions for reading and for writing.

    `from_url` opens a register by URL (PostgreSQL or a plain SQLite file). A PostgreSQL
    register has no `path` and no `key`: the file-level operations (raw connections, backups
    of the file, key checks, WAL checkpoints) belong to SQLite alone."""

    def __init__(
        self,
        path: Path | None,
        key: bytes | None,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        *,
        read_only: StorageFaultKind | None = None,
        engine: Engine | None = None,
    ) -> None:
        """`read_only`: why the storage cannot be written (READ_ONLY or FULL), or None.
        `engine`: one made elsewhere (`from_url`), instead of one on the file at `path`."""
        self._path = path
        self.key = key
        self.busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only
        # Set when a check found the file damaged: every write is refused from then on.
        self.damage: str | None = None
        self.last_check: IntegrityResult | None = None  # the newest full check's outcome
        if engine is not None:
            self.engine = engine
        else:
            assert path is not None
            if read_only is None:
                self.engine = _create_engine(path, key, busy_timeout_ms)
            else:
                self.engine = _create_read_only_engine(path, key, busy_timeout_ms)

    @classmethod
    def from_url(cls, url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Database:
        """A register at a database URL, not migrated (`open_register` also migrates it)."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise ValueError("a SQLite register needs a file: sqlite:///path")
            return cls(Path(parsed.database), None, busy_timeout_ms)
        if parsed.get_backend_name() != "postgresql":
            raise ValueError(f"unsupported database: {parsed.get_backend_name()}")
        return cls(None, None, busy_timeout_ms, engine=_create_postgresql_engine(parsed))

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def path(self) -> Path:
        """The SQLite file (a PostgreSQL register has none: RuntimeError)."""
        if self._path is None:
            raise RuntimeError("a PostgreSQL register has no database file")
        return self._path

    def raw_connection(self) -> sqlite3.Connection:
        """A DB-API connection to the file as this desk has it open (read-only or not)."""
        return connect(self.path, self.key, read_only=self.read_only is not None)

    def refuse_writes(self) -> None:
        """Raise StorageFault when nothing may be written: read-only or full storage, or a
        damaged file (its damage would spread, and a backup from before it would miss it)."""
        if self.damage is not None:
            raise StorageFault(StorageFaultKind.CORRUPT, self.damage)
        if self.read_only is StorageFaultKind.FULL:
            raise StorageFault(StorageFaultKind.FULL, "opened read-only, nothing can be saved")
        if self.read_only is not None:
            raise StorageFault(self.read_only, "opened read-only, nothing can be saved")

    def checkpoint(self) -> None:
        """Copy the WAL into the file and empty it (best effort: readers may hold it)."""
        if self.read_only is not None or self.is_postgresql:
            return
        with storage_faults(), self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def refresh_statistics(self) -> None:
        """Let SQLite's planner know how the data is spread (ANALYZE, sampling each index).

        Without statistics an index on a column looks selective whatever it holds: a filter on
        a status most complaints have then reads them one by one through the index, thirty
        times slower than a scan. A sample of a thousand rows an index takes milliseconds."""
        with storage_faults(), self.engine.begin() as connection:
            if not self.is_postgresql:  # PostgreSQL samples a fixed number of rows itself
                connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql("ANALYZE")

    def check_key(self) -> None:
        """Raise WrongDatabaseKeyError unless the key opens the file (SQLCipher only finds out
        when it reads the first page)."""
        if self.is_postgresql:
            return  # no key: PostgreSQL checks who connects
        with storage_faults():
            raw = self.raw_connection()
            try:
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as error:
                if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_NOTADB:
                    raise WrongDatabaseKeyError() from error
                raise
            finally:
                raw.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session on one consistent snapshot; it writes nothing."""
        if self.is_postgresql:
            with storage_faults(), self.engine.connect() as connection:
                connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
                with Session(bind=connection) as session, session.begin():
                    yield session
            return
        with storage_faults(), Session(self.engine) as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: everything in it is committed together or not at all."""
        self.refuse_writes()
        with storage_faults(), self.engine.connect() as connection:
            connection.execution_options(**{_IMMEDIATE: True})
            with Session(bind=connection) as session, session.begin():
                if self.is_postgresql:
                    # Through the session, so that the transaction it begins is the session's
                    # (and committed by it). Released by the commit or the rollback.
                    session.connection().exec_driver_sql(
                        f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"
                    )
                yield session


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path, key: bytes | None, *, read_only: bool = False, any_thread: bool = False
) -> sqlite3.Connection:
    """A plain DB-API connection to the file (for backups and checks outside SQLAlchemy);
    `read_only` opens it without writing anything (see the module's notes), `any_thread` lets
    a pool hand it to another thread."""
    if read_only:
        connection = sqlcipher.connect(
            read_only_uri(path),
            uri=True,
            isolation_level=None,
            check_same_thread=not any_thread,
        )
    else:
        connection = sqlcipher.connect(str(path), isolation_level=None)
    _quiet(connection)
    if key is not None:
        connection.execute(key_pragma(key))
    return connection


def read_only_uri(path: Path) -> str:
    """The URI that opens `path` without writing: `immutable` (no -shm, no locks), or `mode=ro`
    when a WAL holds pages not yet in the file (it needs the -shm beside it)."""
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except FileNotFoundError:
        pending = False
    return path.absolute().as_uri() + ("?mode=ro" if pending else "?immutable=1")


def _quiet(connection: Any) -> None:
    # SQLCipher logs a failed page decryption to stderr; the caller reports it properly.
    connection.execute("PRAGMA cipher_log_level = NONE")


def _create_engine(path: Path, key: bytes | None, busy_timeout_ms: int) -> Engine:
    connect_args = {"check_same_thread": False, "timeout": busy_timeout_ms / 1000}
    if key is None:
        url = URL.create("sqlite", database=str(path))
    else:
        # The dialect sends `PRAGMA key="<password>"` first on each new connection.
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        module=sqlcipher,
        # The pysqlcipher dialect would pick SingletonThreadPool, whose dispose() closes every
        # thread's connection, even one in use on the worker: the same pool as a plain file.
        poolclass=QueuePool,
        # Error messages must not carry the statement's values (names, NIKs, complaint text):
        # they end up in logs and crash reports.
        hide_parameters=True,
        connect_args=connect_args,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit BEGIN is deferred and late).
        dbapi_connection.isolation_level = None
        _quiet(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=FULL")
        # Erased personal data is overwritten, not left in free pages for a key holder to read.
        cursor.execute("PRAGMA secure_delete=ON")
        # 64 MB of page cache per connection (SQLite's default is 2 MB): indexes of a few
        # hundred thousand complaints stay in memory; desk PCs have the RAM.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _create_read_only_engine(path: Path, key: bytes | None, busy_timeout_ms: int) -> Engine:
    """An engine whose connections open the file read-only (the pysqlcipher dialect cannot
    take a URI, so each connection is made here, its key given first)."""

    def read_only_connection() -> sqlite3.Connection:
        connection = connect(path, key, read_only=True, any_thread=True)
        connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        connection.execute("PRAGMA query_only=ON")
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return connection

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=read_only_connection,
        poolclass=QueuePool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _create_postgresql_engine(url: URL) -> Engine:
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # psycopg 3, not SQLAlchemy's psycopg2
    return create_engine(
        url,
        hide_parameters=True,
        # A server restarted (or a connection cut by a firewall) between two uses.
        pool_pre_ping=True,
        # Moments are converted to UTC by `UtcDateTime`; the session's own zone is UTC too, so
        # anything the server computes (now(), casts) agrees with what we store.
        connect_args={"options": "-c timezone=UTC"},
    )
