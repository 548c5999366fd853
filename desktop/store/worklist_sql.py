"""The worklist's queries in SQL: filters, sort orders, text search, counts and what is due.

Built as SQL text with parameters and run on the driver's cursor: for 200,000 ids SQLAlchemy's
result rows cost more than SQLite's own work, and the id list is what the worklist waits for.
Every filter column has an index, and every sort order one that ends with its tie-break (see
migration 0006); text goes through the FTS5 table `complaint_search`, whose rowids are the
complaints' ids.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.sla import Step
from desktop.domain.worklist_query import DueFilter, SortKey, WorklistQuery, search_expression
from desktop.store.schema import SEARCH_TABLE


@dataclass(frozen=True)
class DueBounds:
    """Today at the desk, and the last day that still counts as due soon."""

    today: dt.date
    soon_until: dt.date


@dataclass(frozen=True)
class Scope:
    """What the query needs beyond the officer's filters."""

    bounds: DueBounds
    category_ids: Collection[int] = ()  # the chosen category and every category below it
    # received_from / received_to as stored (UTC text), computed by the caller from local days.
    received_since: str | None = None
    received_before: str | None = None
    # Roles that may not read confidential reports must not find them by their words either.
    hide_confidential_text: bool = False


# Each order ends with the received time and id, in the same direction, and matches an index
# of migration 0006 term for term: the first screen is then read off the index. Category goes
# by the categories' names: see `_ids_by_category`. Confidential titles and reporters, and
# anonymous reporters, sort as empty for every role, so no position hints at them.
_ORDER = {
    SortKey.NUMBER: ("local_number",),
    SortKey.RECEIVED: ("received_at", "id"),
    SortKey.TYPE: ("type", "received_at", "id"),
    SortKey.TITLE: (
        "(CASE WHEN is_secret THEN '' ELSE title END) COLLATE NOCASE",
        "received_at",
        "id",
    ),
    SortKey.STATUS: ("status", "received_at", "id"),
    SortKey.REPORTER: (
        "(CASE WHEN is_anonymous OR is_secret THEN '' ELSE reporter_name END) COLLATE NOCASE",
        "received_at",
        "id",
    ),
    SortKey.DUE: ("next_due IS NULL", "next_due", "received_at", "id"),
    # Only with search words (the matches are already few); otherwise `_ids_by_category`.
    SortKey.CATEGORY: (
        "(SELECT name FROM category WHERE category.id = complaint.category_id) COLLATE NOCASE",
        "received_at",
        "id",
    ),
}

# With search words, the list walks the sort order's index and keeps the complaints the text
# index names (a set SQLite builds once): the newest 200 matches of a word found in 60,000
# complaints come in 20 ms this way, against 450 ms looking each match up to sort them all.
# A word found nowhere costs one walk of the index (about 60 ms on 200,000 complaints).
# (The number's unique index is SQLite's own, without a name of ours: left to the planner.)
_SORT_INDEX = {
    SortKey.RECEIVED: "ix_complaint_received_at_id",
    SortKey.TYPE: "ix_complaint_sort_type",
    SortKey.TITLE: "ix_complaint_sort_title",
    SortKey.STATUS: "ix_complaint_sort_status",
    SortKey.REPORTER: "ix_complaint_sort_reporter",
    SortKey.DUE: "ix_complaint_sort_due",
}

_STEP_COLUMN = {
    Step.VERIFY: "verify_due",
    Step.FIRST_FOLLOW_UP: "follow_up_due",
    Step.COMPLETE: "complete_due",
}


def _driver(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver


def _where(query: WorklistQuery, scope: Scope) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def one_of(column: str, values: Collection[Any]) -> None:
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

    one_of("status", sorted(s.value for s in query.statuses))
    one_of("type", sorted(t.value for t in query.types))
    one_of("channel", sorted(c.value for c in query.channels))
    if query.category_id is not None:
        one_of("category_id", sorted(scope.category_ids) or [query.category_id])
    for condition, value in (
        ("institution_id = ?", query.institution_id),
        ("unit_id = ?", query.unit_id),
        ("received_at >= ?", scope.received_since),
        ("received_at < ?", scope.received_before),
    ):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    if query.reporter_ids is not None:
        # At most people.MAX_MATCHES ids: well within SQLite's limit on parameters.
        marks = ", ".join("?" for _ in query.reporter_ids)
        clauses.append(f"id IN ({marks})" if marks else "0")
        params.extend(sorted(query.reporter_ids))
    if query.complaint_ids is not None:
        # A report's figure may count a year's complaints, far beyond SQLite's limit on
        # parameters: the ids go as one JSON array, which SQLite reads as a table.
        clauses.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(query.complaint_ids)))
    today = scope.bounds.today.isoformat()
    if query.due is DueFilter.OVERDUE:
        clauses.append("next_due < ?")
        params.append(today)
    elif query.due is DueFilter.DUE_SOON:
        clauses.append("next_due BETWEEN ? AND ?")
        params += [today, scope.bounds.soon_until.isoformat()]
    expression = search_expression(query.text)
    if expression is not None:
        clauses.append(f"id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)")
        params.append(expression)
        if scope.hide_confidential_text:
            clauses.append("NOT is_secret")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def ids(
    session: Session, query: WorklistQuery, scope: Scope, limit: int | None = None
) -> list[int]:
    """The ids the query selects, in its order (ties: by received time, the same way)."""
    where, params = _where(query, scope)
    searching = search_expression(query.text) is not None
    if query.sort is SortKey.CATEGORY and not searching:
        return _ids_by_category(session, query, where, params, limit)
    direction = " DESC" if query.descending else ""
    order = ", ".join(f"{term}{direction}" for term in _ORDER[query.sort])
    source = "complaint"
    if searching and query.sort in _SORT_INDEX:
        source = f"complaint INDEXED BY {_SORT_INDEX[query.sort]}"
    sql = f"SELECT id FROM {source}{where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in _driver(session).execute(sql, params)]


def _ids_by_category(
    session: Session, query: WorklistQuery, where: str, params: list[Any], limit: int | None
) -> list[int]:
    """By category name: category after category in name order (complaints without one last),
    each read off the (category, received time, id) index, until `limit` ids are found. A
    single ORDER BY the name would sort every row."""
    driver = _driver(session)
    named = driver.execute("SELECT id FROM category ORDER BY name COLLATE NOCASE, id")
    groups: list[int | None] = [row[0] for row in named]
    groups.append(None)
    if query.descending:
        groups.reverse()
    direction = " DESC" if query.descending else ""
    joiner = " AND " if where else " WHERE "
    found: list[int] = []
    for category in groups:
        same = "category_id IS NULL" if category is None else "category_id = ?"
        sql = (
            f"SELECT id FROM complaint{where}{joiner}{same}"
            f" ORDER BY category_id{direction}, received_at{direction}, id{direction}"
        )
        values = params if category is None else [*params, category]
        if limit is not None:
            sql += " LIMIT ?"
            values = [*values, limit - len(found)]
        found += [row[0] for row in driver.execute(sql, values)]
        if limit is not None and len(found) >= limit:
            break
    return found


def count(session: Session, query: WorklistQuery, scope: Scope) -> int:
    where, params = _where(query, scope)
    return int(
        _driver(session).execute(f"SELECT count(*) FROM complaint{where}", params).fetchone()[0]
    )


@dataclass(frozen=True)
class DueRow:
    """One open step that is due today or overdue (the "Hari ini" list)."""

    complaint_id: int
    step: Step
    due: dt.date


def due_by_step(session: Session, today: dt.date, limit: int) -> list[DueRow]:
    """Open steps due today or earlier, the longest overdue first (at most `limit`)."""
    parts = [
        f"SELECT id, '{step.value}', {column} FROM complaint WHERE {column} <= ?"
        for step, column in _STEP_COLUMN.items()
    ]
    sql = " UNION ALL ".join(parts) + " ORDER BY 3, 1 LIMIT ?"
    day = today.isoformat()
    rows = _driver(session).execute(sql, [day] * len(parts) + [limit])
    return [DueRow(row[0], Step(row[1]), dt.date.fromisoformat(row[2])) for row in rows]


def due_counts(session: Session, today: dt.date) -> dict[Step, tuple[int, int]]:
    """Per step: how many are due today, and how many are overdue."""
    day = today.isoformat()
    driver = _driver(session)
    counts = {}
    for step, column in _STEP_COLUMN.items():
        row = driver.execute(
            f"SELECT sum({column} = ?), sum({column} < ?) FROM complaint WHERE {column} <= ?",
            [day, day, day],
        ).fetchone()
        counts[step] = (int(row[0] or 0), int(row[1] or 0))
    return counts
