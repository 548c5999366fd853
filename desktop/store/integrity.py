"""Checking that the database file is sound: a bounded glance when a desk opens, and the full
check (every page decrypted and authenticated, every b-tree walked) run in the background, by
verifying commands and before each backup.

Why two: the full check reads the whole file (a tenth of a second for a new desk, seconds for
hundreds of thousands of complaints), too slow for every opening. The glance costs a few page
reads whatever the size: the file ends on a page boundary (a copy cut short does not), the first
page and the schema decrypt, and each table's last leaf (where the newest rows are) reads back.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher


@dataclass(frozen=True)
class IntegrityResult:
    """The outcome of a full check: `problem` None when the file is sound."""

    checked_at: dt.datetime
    problem: str | None

    @property
    def sound(self) -> bool:
        return self.problem is None


_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_IOERR)


def is_damage(error: BaseException) -> bool:
    """Whether a driver error says the file is damaged (a page that fails its HMAC or its
    structure), as opposed to a busy or missing file."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in _DAMAGE_CODES


def glance(connection: sqlite3.Connection, path: Path) -> str | None:
    """A bounded check of the file `connection` has open: what is wrong, or None."""
    try:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        size = path.stat().st_size
        if page_size and size % page_size:
            return f"the file is cut short ({size} bytes is not a whole number of pages)"
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        for (name,) in tables:
            quoted = '"' + str(name).replace('"', '""') + '"'
            try:
                connection.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()  # noqa: S608
            except sqlcipher.OperationalError as error:
                if is_damage(error):
                    raise
                continue  # a table without rowid: its last leaf is not this cheap to find
    except sqlcipher.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise
    return None


def full_check(connection: sqlite3.Connection) -> str | None:
    """Every page authenticated (SQLCipher's HMACs) and every b-tree sound: what is wrong, or
    None. Reads the whole file; for a worker thread, a verifying command or a backup."""
    try:
        # SQLCipher's own check first: a page that fails its HMAC is named by number.
        failed = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        if failed:
            return "; ".join(str(row[0]) for row in failed[:3])
        problems = connection.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlcipher.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise
    if problems != [("ok",)]:
        return "; ".join(str(row[0]) for row in problems[:3])
    return None
