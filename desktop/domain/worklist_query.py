"""What the worklist shows: filters, sort order, text search, and the desk's standard views.

Plain values; the store turns a query into SQL (`desktop.store.worklist_sql`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.complaint import Channel, ComplaintType, Status


class DueFilter(StrEnum):
    OVERDUE = "overdue"  # an open step's deadline has passed
    DUE_SOON = "due_soon"  # an open step is due today or on the next working day


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received"
    TYPE = "type"
    CATEGORY = "category"
    TITLE = "title"
    STATUS = "status"
    REPORTER = "reporter"
    DUE = "due"


@dataclass(frozen=True)
class WorklistQuery:
    statuses: frozenset[Status] = frozenset()  # empty: any
    types: frozenset[ComplaintType] = frozenset()
    channels: frozenset[Channel] = frozenset()
    category_id: int | None = None  # with its sub-categories
    institution_id: int | None = None  # the institution the complaint is addressed to
    unit_id: int | None = None  # the unit it is disposed to now
    received_from: dt.date | None = None  # local days, both ends included
    received_to: dt.date | None = None
    due: DueFilter | None = None
    text: str = ""  # words searched in number, title, description and follow-up texts
    # The complaints a search for a person at the counter found (the service reads the NIK,
    # phone or name once, audited); None: no such search. Never saved with a view: it stands
    # for personal data typed by an officer.
    reporter_ids: frozenset[int] | None = None
    # Exactly the complaints a figure of a report counts (a click on it in the "Laporan" tab);
    # None: no such figure. Never saved with a view: a report's figures are of a moment.
    complaint_ids: frozenset[int] | None = None
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the list (the sort order does not)."""
        plain = WorklistQuery(sort=self.sort, descending=self.descending)
        return self != plain


class StandardView(StrEnum):
    ALL = "all"
    TO_VERIFY = "to_verify"  # Perlu diverifikasi
    OVERDUE = "overdue"  # Lewat batas waktu
    DUE_SOON = "due_soon"  # Segera jatuh tempo
    WAITING_COMPLAINANT = "waiting_complainant"  # Menunggu pelapor
    WITH_UNIT = "with_unit"  # Di unit kerja: disposed or in process
    TO_CLOSE = "to_close"  # Answered, to be closed


STANDARD_VIEWS: dict[StandardView, WorklistQuery] = {
    StandardView.ALL: WorklistQuery(),
    StandardView.TO_VERIFY: WorklistQuery(
        statuses=frozenset({Status.BELUM_TERVERIFIKASI}), sort=SortKey.DUE, descending=False
    ),
    StandardView.OVERDUE: WorklistQuery(due=DueFilter.OVERDUE, sort=SortKey.DUE, descending=False),
    StandardView.DUE_SOON: WorklistQuery(
        due=DueFilter.DUE_SOON, sort=SortKey.DUE, descending=False
    ),
    StandardView.WAITING_COMPLAINANT: WorklistQuery(statuses=frozenset({Status.DITUNDA})),
    StandardView.WITH_UNIT: WorklistQuery(
        statuses=frozenset({Status.DIDISPOSISIKAN, Status.DALAM_PROSES}),
        sort=SortKey.DUE,
        descending=False,
    ),
    StandardView.TO_CLOSE: WorklistQuery(statuses=frozenset({Status.DITANGGAPI})),
}


@dataclass(frozen=True)
class SavedView:
    """A view an officer saved under a name of their own (kept per desk, shared by its
    officers). Search words are kept too; the sort order as well."""

    name: str
    query: WorklistQuery = field(default_factory=WorklistQuery)


MAX_VIEW_NAME = 60
MAX_SAVED_VIEWS = 30


def query_to_dict(query: WorklistQuery) -> dict[str, Any]:
    return {
        "statuses": sorted(s.value for s in query.statuses),
        "types": sorted(t.value for t in query.types),
        "channels": sorted(c.value for c in query.channels),
        "category_id": query.category_id,
        "institution_id": query.institution_id,
        "unit_id": query.unit_id,
        "received_from": query.received_from.isoformat() if query.received_from else None,
        "received_to": query.received_to.isoformat() if query.received_to else None,
        "due": query.due.value if query.due else None,
        "text": query.text,
        "sort": query.sort.value,
        "descending": query.descending,
    }


def query_from_dict(stored: dict[str, Any]) -> WorklistQuery:
    """Raises ValueError (or KeyError, TypeError) for a value not written by `query_to_dict`."""

    def day(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    def number(value: Any) -> int | None:
        return None if value is None else int(value)

    return WorklistQuery(
        statuses=frozenset(Status(v) for v in stored.get("statuses", [])),
        types=frozenset(ComplaintType(v) for v in stored.get("types", [])),
        channels=frozenset(Channel(v) for v in stored.get("channels", [])),
        category_id=number(stored.get("category_id")),
        institution_id=number(stored.get("institution_id")),
        unit_id=number(stored.get("unit_id")),
        received_from=day(stored.get("received_from")),
        received_to=day(stored.get("received_to")),
        due=DueFilter(stored["due"]) if stored.get("due") else None,
        text=str(stored.get("text", "")),
        sort=SortKey(stored.get("sort", SortKey.RECEIVED.value)),
        descending=bool(stored.get("descending", True)),
    )


MAX_SEARCH_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(text: str) -> list[str]:
    """The words searched for in what the officer typed: every one must occur, each as the
    start of a word ("puskes" finds "puskesmas"). Empty when nothing is searched for."""
    # A single letter would match the start of nearly every word: it narrows nothing and
    # costs the most (the prefix indexes start at two characters).
    return [w for w in _WORD.findall(text) if len(w) >= 2][:MAX_SEARCH_WORDS]


def search_expression(text: str) -> str | None:
    """The FTS5 expression for `search_words(text)`. Quoting every word keeps FTS5 operators
    and punctuation typed by the officer from being read as query syntax. None for no words."""
    words = search_words(text)
    if not words:
        return None
    return " ".join(prefix_term(word) for word in words)


def prefix_term(word: str) -> str:
    """One FTS5 term: `word` as the start of a word, quoted (a quote inside doubled) so it is
    never read as query syntax."""
    return '"' + word.replace('"', '""') + '"*'
