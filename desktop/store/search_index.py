"""The full-text index `complaint_search` (one row per complaint; see migration 0006): filling
it for a bulk load, in one ordered statement, while its triggers stand aside."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop.store.schema import SEARCH_BULK_LOAD_KEY, Setting

_FILL = """
INSERT INTO complaint_search(rowid, body, notes)
SELECT c.id, c.local_number || ' ' || c.title || ' ' || c.description,
       (SELECT coalesce(group_concat(e.text || ' ' || e.reason, ' '), '')
        FROM follow_up_event AS e
        WHERE e.complaint_id = c.id AND (e.text <> '' OR e.reason <> ''))
FROM complaint AS c WHERE c.id BETWEEN ? AND ? ORDER BY c.id
"""


@contextmanager
def bulk_load(session: Session, first_id: int) -> Iterator[None]:
    """Inside the caller's write transaction: complaints with ids from `first_id` (and their
    events) are inserted in the block, and indexed together at its end. Other connections
    never see the flag: it is set and removed within the transaction."""
    session.execute(insert(Setting).values(key=SEARCH_BULK_LOAD_KEY, value="1"))
    yield
    last_id = session.connection().exec_driver_sql("SELECT max(id) FROM complaint").scalar()
    if last_id is not None and last_id >= first_id:
        session.connection().exec_driver_sql(_FILL, (first_id, last_id))
    session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))
