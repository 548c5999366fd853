"""The few pieces of SQL text that differ between SQLite (a desk) and PostgreSQL (an office
register), in one place: queries written as SQL text take them from here, so nothing else in
the store needs to know which engine it runs on. Full-text search has its own port
(`store.search_index`).

- Parameters: sqlite3 takes `?`, psycopg `%s` (queries run on the driver's cursor, where the
  worklist's speed needs them, are written with `mark`).
- Letter case: SQLite's indexes on `x COLLATE NOCASE` (migration 0006) serve the case-folded
  sort orders; PostgreSQL has no NOCASE collation, and its indexes are on `lower(x)`. Both fold
  ASCII letters alike, which is what Indonesian names and titles are written in.
- Index hints: SQLite's `INDEXED BY` has no PostgreSQL counterpart (its planner is left alone).
- Contains, letter case aside: SQLite's LIKE already ignores ASCII case, PostgreSQL's does not
  (ILIKE does).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.orm import Session

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def dialect_of(source: Session | Connection | Dialect) -> Dialect:
    if isinstance(source, Session):
        return source.connection().dialect
    if isinstance(source, Connection):
        return source.dialect
    return source


def is_postgresql(source: Session | Connection | Dialect) -> bool:
    return dialect_of(source).name == POSTGRESQL


def mark(source: Session | Connection | Dialect) -> str:
    """The driver's placeholder for one parameter."""
    return "%s" if is_postgresql(source) else "?"


def marks(source: Session | Connection | Dialect, count: int) -> str:
    placeholder = mark(source)
    return ", ".join(placeholder for _ in range(count))


def case_folded(term: str, source: Session | Connection | Dialect) -> str:
    """`term` compared and sorted with ASCII letter case aside, as the sort indexes have it."""
    return f"lower({term})" if is_postgresql(source) else f"{term} COLLATE NOCASE"


def indexed_by(table: str, index: str, source: Session | Connection | Dialect) -> str:
    """`table`, told to walk `index` where the engine takes such a hint (SQLite)."""
    return table if is_postgresql(source) else f"{table} INDEXED BY {index}"


def contains_operator(source: Session | Connection | Dialect) -> str:
    """The LIKE that ignores ASCII letter case."""
    return "ILIKE" if is_postgresql(source) else "LIKE"


def driver(session: Session) -> Any:
    """The DB-API connection under the session's transaction (sqlite3/sqlcipher3 or psycopg:
    both have `execute(sql, params)` returning an iterable cursor)."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    return connection


def upsert(session: Session, table: Any) -> Any:
    """An INSERT that can take `.on_conflict_do_update(...)`: both engines spell it alike, but
    SQLAlchemy builds it per dialect."""
    if is_postgresql(session):
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def follow_serial(session: Session, table: str, column: str = "id") -> None:
    """After rows were inserted with their ids given (bulk loads, seeded lists): PostgreSQL's
    sequence for `column` moves past them, or its next insert would take an id in use. SQLite
    takes the largest id plus one by itself."""
    if is_postgresql(session):
        session.connection().exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
            f" coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
        )
