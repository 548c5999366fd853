"""The worklist's queries in SQL: filters, sort orders, text search, counts and what is due.

Built as SQL text with parameters and run on the driver's cursor: for 200,000 ids SQLAlchemy's
result rows cost more than SQLite's own work, and the id list is what the worklist waits for.
Every filter column has an index, and every sort order one that ends with its tie-break (see
migration 0006); text goes through the search port (`store.search_index`).

The same SQL runs on SQLite and PostgreSQL: what differs (placeholders, case-folded sort terms,
index hints) comes from `store.sql_dialect`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.sla import Step
from desktop.domain.worklist_query import DueFilter, SortKey, WorklistQuery, search_words
from desktop.store.search_index import text_search
from desktop.store.sql_dialect import case_folded, driver, indexed_by, mark


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
    # (UTC text on SQLite, a naive UTC datetime on PostgreSQL: the column type's bind value).
    received_since: str | dt.datetime | None = None
    received_before: str | dt.datetime | None = None
    # Roles that may not read confidential reports must not find them by their words either.
    hide_confidential_text: bool = False


# Each order ends with the received time and id, in the same direction, and matches an index
# of migration 0006 term for term: the first screen is then read off the index. Category goes
# by the categories' names: see `_ids_by_category`. Confidential titles and reporters, and
# anonymous reporters, sort as empty for every role, so no position hints at them. A term in
# `_FOLDED` is compared with letter case aside (`sql_dialect.case_folded`).
_FOLDED = "folded:"
_ORDER = {
    SortKey.NUMBER: ("local_number",),
    SortKey.RECEIVED: ("received_at", "id"),
    SortKey.TYPE: ("type", "received_at", "id"),
    SortKey.TITLE: (
        _FOLDED + "(CASE WHEN is_secret THEN '' ELSE title END)",
        "received_at",
        "id",
    ),
    SortKey.STATUS: ("status", "received_at", "id"),
    SortKey.REPORTER: (
        _FOLDED + "(CASE WHEN is_anonymous OR is_secret THEN '' ELSE reporter_name END)",
        "received_at",
        "id",
    ),
    SortKey.DUE: ("next_due IS NULL", "next_due", "received_at", "id"),
    # Only with search words (the matches are already few); otherwise `_ids_by_category`.
    SortKey.CATEGORY: (
        _FOLDED + "(SELECT name FROM category WHERE category.id = complaint.category_id)",
        "received_at",
        "id",
    ),
}


def _order_terms(session: Session, sort: SortKey) -> list[str]:
    return [
        case_folded(term.removeprefix(_FOLDED), session) if term.startswith(_FOLDED) else term
        for term in _ORDER[sort]
    ]


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


def _where(session: Session, query: WorklistQuery, scope: Scope) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    m = mark(session)

    def one_of(column: str, values: Collection[Any]) -> None:
        if values:
            clauses.append(f"{column} IN ({', '.join(m for _ in values)})")
            params.extend(values)

    one_of("status", sorted(s.value for s in query.statuses))
    one_of("type", sorted(t.value for t in query.types))
    one_of("channel", sorted(c.value for c in query.channels))
    if query.category_id is not None:
        one_of("category_id", sorted(scope.category_ids) or [query.category_id])
    for condition, value in (
        (f"institution_id = {m}", query.institution_id),
        (f"unit_id = {m}", query.unit_id),
        (f"received_at >= {m}", scope.received_since),
        (f"received_at < {m}", scope.received_before),
    ):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    if query.reporter_ids is not None:
        # At most people.MAX_MATCHES ids: well within every driver's limit on parameters.
        marks = ", ".join(m for _ in query.reporter_ids)
        clauses.append(f"id IN ({marks})" if marks else "1 = 0")
        params.extend(sorted(query.reporter_ids))
    if query.complaint_ids is not None:
        clauses.append(_listed_ids(query.complaint_ids))
    today = scope.bounds.today.isoformat()
    if query.due is DueFilter.OVERDUE:
        clauses.append(f"next_due < {m}")
        params.append(today)
    elif query.due is DueFilter.DUE_SOON:
        clauses.append(f"next_due BETWEEN {m} AND {m}")
        params += [today, scope.bounds.soon_until.isoformat()]
    words = search_words(query.text)
    if words:
        matching, values = text_search(session).all_words(words, m)
        clauses.append(f"id IN ({matching})")
        params.extend(values)
        if scope.hide_confidential_text:
            clauses.append("NOT is_secret")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _listed_ids(ids: Collection[int]) -> str:
    """`id IN (...)` for a report figure's complaints, the ids written into the statement.

    A figure may count a year's complaints, far beyond the drivers' limits on parameters
    (SQLite's is 32,766, psycopg's 65,535); integers written by `int` cannot carry anything
    but a number, and both engines read a list of constants as one set (SQLite builds an
    index of it once). Neither engine limits a statement's length anywhere near a year's ids
    (SQLite: 1,000,000,000 bytes by default, about 8 per id)."""
    if not ids:
        return "1 = 0"
    return f"id IN ({', '.join(str(int(i)) for i in sorted(ids))})"


def ids(
    session: Session, query: WorklistQuery, scope: Scope, limit: int | None = None
) -> list[int]:
    """The ids the query selects, in its order (ties: by received time, the same way)."""
    where, params = _where(session, query, scope)
    searching = bool(search_words(query.text))
    if query.sort is SortKey.CATEGORY and not searching:
        return _ids_by_category(session, query, where, params, limit)
    direction = " DESC" if query.descending else ""
    order = ", ".join(f"{term}{direction}" for term in _order_terms(session, query.sort))
    source = "complaint"
    if searching and query.sort in _SORT_INDEX:
        source = indexed_by("complaint", _SORT_INDEX[query.sort], session)
    sql = f"SELECT id FROM {source}{where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {mark(session)}"
        params.append(limit)
    return [row[0] for row in driver(session).execute(sql, params)]


def _ids_by_category(
    session: Session, query: WorklistQuery, where: str, params: list[Any], limit: int | None
) -> list[int]:
    """By category name: category after category in name order (complaints without one last),
    each read off the (category, received time, id) index, until `limit` ids are found. A
    single ORDER BY the name would sort every row."""
    cursor = driver(session)
    m = mark(session)
    named = cursor.execute(f"SELECT id FROM category ORDER BY {case_folded('name', session)}, id")
    groups: list[int | None] = [row[0] for row in named]
    groups.append(None)
    if query.descending:
        groups.reverse()
    direction = " DESC" if query.descending else ""
    joiner = " AND " if where else " WHERE "
    found: list[int] = []
    for category in groups:
        same = "category_id IS NULL" if category is None else f"category_id = {m}"
        sql = (
            f"SELECT id FROM complaint{where}{joiner}{same}"
            f" ORDER BY category_id{direction}, received_at{direction}, id{direction}"
        )
        values = params if category is None else [*params, category]
        if limit is not None:
            sql += f" LIMIT {m}"
            values = [*values, limit - len(found)]
        found += [row[0] for row in cursor.execute(sql, values)]
        if limit is not None and len(found) >= limit:
            break
    return found


def count(session: Session, query: WorklistQuery, scope: Scope) -> int:
    where, params = _where(session, query, scope)
    return int(
        driver(session).execute(f"SELECT count(*) FROM complaint{where}", params).fetchone()[0]
    )


@dataclass(frozen=True)
class DueRow:
    """One open step that is due today or overdue (the "Hari ini" list)."""

    complaint_id: int
    step: Step
    due: dt.date


def due_by_step(session: Session, today: dt.date, limit: int) -> list[DueRow]:
    """Open steps due today or earlier, the longest overdue first (at most `limit`)."""
    m = mark(session)
    parts = [
        f"SELECT id, '{step.value}', {column} FROM complaint WHERE {column} <= {m}"
        for step, column in _STEP_COLUMN.items()
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY 3, 1 LIMIT {m}"
    day = today.isoformat()
    rows = driver(session).execute(sql, [day] * len(parts) + [limit])
    return [DueRow(row[0], Step(row[1]), _date(row[2])) for row in rows]


def _date(value: str | dt.date) -> dt.date:
    """A date as the driver gives it: text from SQLite, a date from psycopg."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def due_counts(session: Session, today: dt.date) -> dict[Step, tuple[int, int]]:
    """Per step: how many are due today, and how many are overdue."""
    day = today.isoformat()
    cursor = driver(session)
    m = mark(session)
    counts = {}
    for step, column in _STEP_COLUMN.items():
        row = cursor.execute(
            f"SELECT sum(CASE WHEN {column} = {m} THEN 1 ELSE 0 END),"
            f" sum(CASE WHEN {column} < {m} THEN 1 ELSE 0 END)"
            f" FROM complaint WHERE {column} <= {m}",
            [day, day, day],
        ).fetchone()
        counts[step] = (int(row[0] or 0), int(row[1] or 0))
    return counts
