"""Where a register still holds a person's data: every value of every table read back (the
store is encrypted, so its files cannot be searched), on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import inspect, text

from desktop.store.database import Database


def places_holding(database: Database, needles: list[str]) -> list[str]:
    """`table.column` of each value that contains one of `needles` (letter case aside)."""
    wanted = [n.lower() for n in needles]
    found: set[str] = set()
    with database.reading() as session:
        tables = inspect(session.connection()).get_table_names()
        for table in tables:
            if table.startswith("complaint_search_"):
                continue  # FTS5's own storage: the index is read through its table
            result = session.execute(text(f'SELECT * FROM "{table}"'))
            columns = list(result.keys())
            for row in result:
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if isinstance(value, str) and any(n in value.lower() for n in wanted):
                        found.add(f"{table}.{column}")
    return sorted(found)
