"""Office mode: settling many complaints' histories at once, in the office's order.

After events join histories (a pulled batch, a push confirmed), each complaint touched is
settled once for the batch, not once per event: its overtaken events marked
(`desktop.domain.follow_up.settle`), then the facts derived from the events that stand (status,
unit, due dates on the complaint row; the report facts and settled row) written for all of
them together. The same values as settling each complaint alone, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.complaint import ComplaintType
from desktop.domain.follow_up import settle, standing
from desktop.domain.report_settled import Settler
from desktop.services.due_dates import DueDateKeeper, RulesSource
from desktop.store import complaints, follow_up, report_facts

# Complaints read per query: well under SQLite's limit of bound parameters.
CHUNK = 500


def settle_histories(
    session: Session, due_dates: DueDateKeeper, complaint_ids: Collection[int]
) -> None:
    """Mark each complaint's overtaken events in the office's order, then keep its derived
    facts (status, unit, due dates, report facts) in step with the events that stand."""
    ids = sorted(set(complaint_ids))
    if not ids:
        return
    session.flush()
    rules_for = due_dates.rules_source()
    for start in range(0, len(ids), CHUNK):
        _settle_chunk(session, rules_for, ids[start : start + CHUNK])


def _settle_chunk(session: Session, rules_for: RulesSource, ids: list[int]) -> None:
    rows_by = follow_up.rows_of_many(session, ids)
    facts_of = complaints.sla_facts_of(session, ids)
    kept_derived = follow_up.derived_of_many(session, ids)
    kept_facts = report_facts.facts_of_many(session, ids)
    derived = []
    settlers: dict[int, Settler] = {}  # one per rules (the rules are kept per span of years)
    refreshed = []
    for complaint_id in ids:
        rows = rows_by.get(complaint_id, [])
        events = [follow_up.event_of(row) for row in rows]
        for row, overtaken in zip(rows, settle(events), strict=True):
            if row.overtaken != overtaken:
                row.overtaken = overtaken
        history = standing(follow_up.event_of(row) for row in rows)
        facts = facts_of[complaint_id]
        rules = rules_for(facts[0])
        settler = settlers.get(id(rules))
        if settler is None:
            settler = settlers[id(rules)] = rules.settler()
        found = rules.derive(*facts, history)
        # Written only where it changed: a push confirmed, or a batch that changed nothing a
        # history leads to, writes nothing here.
        if kept_derived.get(complaint_id) != follow_up.derived_values(found):
            derived.append((complaint_id, found))
        if kept_facts.get(complaint_id) != report_facts.values_for(history):
            refreshed.append(report_facts.Refresh(complaint_id, history, settler, *facts))
    session.flush()
    follow_up.set_derived_many(session, derived)
    report_facts.refresh_many(session, refreshed)


def settle_held(
    rules_for: RulesSource,
    complaints: Sequence[dict[str, Any]],
    facts: Sequence[dict[str, Any]],
    events: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Complaints new in a batch settled before they are written (`office_bulk.HeldRows`):
    their whole history is among the held `events`, so what settling them after the insert
    would write (overtaken marks, the complaint's derived columns, its report facts) goes into
    the held rows instead, the same values, without an update of each row that follows. Their
    settled report rows, to insert with them."""
    held_by: dict[int, list[dict[str, Any]]] = {row["id"]: [] for row in complaints}
    for row in events:
        if row["complaint_id"] in held_by:
            held_by[row["complaint_id"]].append(row)
    facts_by = {row["complaint_id"]: row for row in facts}
    settlers: dict[int, Settler] = {}
    settled_rows = []
    for complaint in complaints:
        rows = sorted(held_by[complaint["id"]], key=_office_order)
        marks = settle(follow_up.event_of_values(row) for row in rows)
        for row, overtaken in zip(rows, marks, strict=True):
            row["overtaken"] = overtaken
        history = standing(follow_up.event_of_values(row) for row in rows)
        received_at = complaint["received_at"]
        kind, supervisory = ComplaintType(complaint["type"]), bool(complaint["supervisory"])
        rules = rules_for(received_at)
        settler = settlers.get(id(rules))
        if settler is None:
            settler = settlers[id(rules)] = rules.settler()
        complaint.update(
            follow_up.derived_values(rules.derive(received_at, kind, supervisory, history))
        )
        kept = facts_by[complaint["id"]]
        values = report_facts.values_for(history)
        kept.update(values)
        found = settler.settle(received_at, kind, supervisory, values["journal"])
        settled = report_facts.settled_values(
            complaint["id"], received_at, kept["recorded_by"] or "", values, found
        )
        if settled is not None:
            settled_rows.append(settled)
    return settled_rows


def _office_order(row: dict[str, Any]) -> tuple[bool, int, int]:
    """`follow_up.rows_of_many`'s order for held rows: placed by the office, then by id."""
    position = row["office_position"]
    return (position is None, position or 0, row["id"])
