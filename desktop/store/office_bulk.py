"""Office mode: the rows a batch of office events adds, written together (as seeding writes).

A pulled batch (or a push the server takes in) may add hundreds of complaints and their
histories. Inserted one by one through the ORM, each costs a flush, a search-index trigger
and a report-facts insert: most of a new desk's join. Held here instead, with their ids given
in advance (one writer at a time: the write transaction on SQLite, its advisory lock on
PostgreSQL, so no one else takes those ids meanwhile), they go in one executemany per table,
their texts indexed once at the end (`search_index.rows_in_bulk`), in the caller's
transaction, so a batch is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.store import office_payloads, report_facts, search_index
from desktop.store.bulk_insert import BulkInsert
from desktop.store.schema import (
    Attachment,
    Complaint,
    ComplaintReportFacts,
    ComplaintReportSettled,
    FollowUpEventRow,
)

# Every column: a new row is written whole (its derived facts settled before the insert).
COMPLAINT_COLUMNS = tuple(column.name for column in Complaint.__table__.columns)
EVENT_COLUMNS = tuple(column.name for column in FollowUpEventRow.__table__.columns)
FACTS_COLUMNS = ("complaint_id", "recorded_by", *report_facts.FACT_COLUMNS)

# Settles the held new complaints in the held rows (complaints, report facts, events) before
# they are written; their settled report rows (`office_settle.settle_held`).
SettleHeld = Callable[
    [list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]], list[dict[str, Any]]
]


class HeldRows:
    """A batch's new complaints (with their attachments and report facts) and follow-up
    events, held until `write`. Ids are handed out as rows are held; after a write the next
    ones are read again (whatever else the batch does may add rows in between). With
    `settle_held`, the new complaints are written settled already."""

    def __init__(self, session: Session, settle_held: SettleHeld | None = None) -> None:
        self._session = session
        self._settle_held = settle_held
        dialect = session.connection().dialect
        self._complaint_insert = BulkInsert(dialect, COMPLAINT_COLUMNS, Complaint)
        self._event_insert = BulkInsert(dialect, EVENT_COLUMNS, FollowUpEventRow)
        self._facts_insert = BulkInsert(dialect, FACTS_COLUMNS, ComplaintReportFacts)
        self._no_facts = report_facts.values_for([])
        self._next_complaint: int | None = None
        self._next_event: int | None = None
        self._complaints: list[dict[str, Any]] = []
        self._attachments: list[dict[str, Any]] = []
        self._facts: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._event_ids: dict[str, int] = {}  # office event id -> this desk's, of this batch

    def add_complaint(self, values: dict[str, Any], recorded_by: str) -> int:
        """Hold a new complaint (`office_payloads.complaint_values`); its id."""
        if self._next_complaint is None:
            self._next_complaint = BulkInsert.next_id(self._session, Complaint)
        complaint_id = self._next_complaint
        self._next_complaint += 1
        self._complaints.append(values | {"id": complaint_id})
        self._facts.append(
            {"complaint_id": complaint_id, "recorded_by": recorded_by} | self._no_facts
        )
        return complaint_id

    def add_attachments(self, rows: Sequence[dict[str, Any]]) -> None:
        self._attachments += rows

    def add_event(self, values: dict[str, Any]) -> int:
        """Hold a new follow-up event (`office_payloads.event_values`); its id."""
        if self._next_event is None:
            self._next_event = BulkInsert.next_id(self._session, FollowUpEventRow)
        event_id = self._next_event
        self._next_event += 1
        self._events.append(values | {"id": event_id})
        if values.get("office_event_id"):
            self._event_ids[values["office_event_id"]] = event_id
        return event_id

    def event_id_of(self, office_event_id: str) -> int | None:
        """This desk's id of the event of that office id: of this batch, or stored before."""
        found = self._event_ids.get(office_event_id)
        if found is not None:
            return found
        return office_payloads.stored_event_id(self._session, office_event_id)

    def write(self) -> None:
        if not self._complaints and not self._events:
            return
        session = self._session
        session.flush()  # what the ORM holds (an institution a payload named) comes first
        settled = []
        if self._settle_held is not None and self._complaints:
            settled = self._settle_held(self._complaints, self._facts, self._events)
        new_ids = [row["id"] for row in self._complaints]
        new = set(new_ids)
        notes_of = sorted(
            {
                row["complaint_id"]
                for row in self._events
                if row["complaint_id"] not in new and (row["text"] or row["reason"])
            }
        )
        with search_index.rows_in_bulk(session, new_ids, notes_of):
            self._complaint_insert.execute(
                session, _stored(self._complaint_insert, self._complaints)
            )
            if self._attachments:
                session.execute(insert(Attachment), self._attachments)
            self._facts_insert.execute(session, _stored(self._facts_insert, self._facts))
            if settled:
                session.execute(insert(ComplaintReportSettled), settled)
            self._event_insert.execute(session, _stored(self._event_insert, self._events))
        self._complaints, self._attachments, self._facts, self._events = [], [], [], []
        self._next_complaint = self._next_event = None


def _stored(inserter: BulkInsert, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows as tuples in the inserter's column order, converted for the driver."""
    convert: list[tuple[str, Callable[[Any], Any]]] = [
        (column, inserter.converter(column)) for column in inserter.columns
    ]
    return [tuple(to_stored(row[column]) for column, to_stored in convert) for row in rows]
