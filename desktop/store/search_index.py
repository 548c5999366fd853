"""The full-text index `complaint_search` (one row per complaint; see migration 0006): filling
it for a bulk load, in one ordered statement, while its triggers stand aside; and mending it if
a bulk load's flag was ever left behind.

`_TEXTS` repeats what the migration's triggers index: a migration is frozen, so it cannot use
this module; both must say the same."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop.store.schema import SEARCH_BULK_LOAD_KEY, Setting

_TEXTS = """
SELECT c.id, c.local_number || ' ' || c.title || ' ' || c.description,
       (SELECT coalesce(group_concat(e.text || ' ' || e.reason, ' '), '')
        FROM follow_up_event AS e
        WHERE e.complaint_id = c.id AND (e.text <> '' OR e.reason <> ''))
FROM complaint AS c"""
_INSERT = "INSERT INTO complaint_search(rowid, body, notes)"
_FILL = f"{_INSERT} {_TEXTS} WHERE c.id BETWEEN ? AND ? ORDER BY c.id"
_REFILL = f"{_INSERT} {_TEXTS} ORDER BY c.id"


@contextmanager
def bulk_load(session: Session, first_id: int) -> Iterator[None]:
    """Inside the caller's write transaction: complaints with ids from `first_id` (and their
    events) are inserted in the block, and indexed together at its end. Other connections
    never see the flag: it is set and removed within the transaction."""
    session.execute(insert(Setting).values(key=SEARCH_BULK_LOAD_KEY, value="1"))
    try:
        yield
        last_id = session.connection().exec_driver_sql("SELECT max(id) FROM complaint").scalar()
        if last_id is not None and last_id >= first_id:
            session.connection().exec_driver_sql(_FILL, (first_id, last_id))
    finally:
        # Even when the load failed: a caller that commits anyway must not leave the triggers
        # switched off (the desk's opening would find and mend it: `mend_after_bulk_load`).
        session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))


def mend_after_bulk_load(session: Session) -> bool:
    """If a bulk load's flag was left behind, the index may miss what was written since:
    index everything again and remove the flag. Whether it had to."""
    if session.get(Setting, SEARCH_BULK_LOAD_KEY) is None:
        return False
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM complaint_search")
    session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))
    connection.exec_driver_sql(_REFILL)
    return True
