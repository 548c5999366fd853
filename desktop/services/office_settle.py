"""Office mode: settling many complaints' histories at once, in the office's order.

After events join histories (a pulled batch, a push confirmed), each complaint touched is
settled once for the batch, not once per event: its overtaken events marked
(`desktop.domain.follow_up.settle`), then the facts derived from the events that stand (status,
unit, due dates on the complaint row; the report facts and settled row) written for all of
them together. The same values as settling each complaint alone, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

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
