"""The full-text search port: finding complaints by the words of their texts, on either engine.

One row per complaint in `complaint_search` (migration 0006), kept in step by triggers: `body`
is the complaint's own text (number, title, description), `notes` every follow-up text. Two
implementations behind one interface (`TextSearch`, chosen by `text_search(dialect)`):

- SQLite (a desk): an FTS5 table whose rowids are the complaints' ids, tokenizer unicode61 with
  diacritics removed and prefix indexes.
- PostgreSQL (an office register): a table keyed by complaint id with a stored `tsvector`
  (`terms`, body words weighted A, note words B) under a GIN index. The text search
  configuration is 'simple' (lower case, no stemming, no stop words), not 'indonesian': the
  desks' FTS5 index does not stem, and the same words must find the same complaints at a desk
  and on the office server. With the Snowball stemmer "pelayanan" and "layanan" become one
  word, and a prefix typed ("pelaya") is stemmed before it is matched, so what the worklist
  finds would change with where it runs. (PostgreSQL 15 does ship 'indonesian' since 13:
  `SELECT cfgname FROM pg_ts_config` lists it; it is a choice, not a gap. Where a server ships
  none, 'simple' is always there.) Before it, ASCII punctuation becomes a space and accented
  Latin letters lose their accents (`ACCENTED`/`PLAIN`, the same table the query's words go
  through), so words split and fold as FTS5's unicode61 splits and folds them.

Both answer the same question the same way: every word as the start of a word (or any word,
for duplicate hints) anywhere in a complaint's texts, or in its own text only.

`bulk_load` fills the index for a bulk load in one ordered statement while the triggers stand
aside; `mend_after_bulk_load` rebuilds it if a bulk load's flag was ever left behind. The
statements here repeat what the migration's triggers index: a migration is frozen, so it cannot
use this module; both must say the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Dialect, bindparam, delete, insert, text
from sqlalchemy.orm import Session

from desktop.domain.worklist_query import prefix_term
from desktop.store.schema import SEARCH_BULK_LOAD_KEY, SEARCH_TABLE, Setting
from desktop.store.sql_dialect import dialect_of, is_postgresql


def _accent_table() -> tuple[str, str]:
    """Latin letters with accents (both cases) and the plain lower-case letter of each: what
    FTS5's `remove_diacritics` folds, for the letters Indonesian texts meet."""
    accented, plain = "", ""
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base.isalpha() and base != letter:
            accented += letter
            plain += base.lower()
    return accented, plain


ACCENTED, PLAIN = _accent_table()
_FOLD = str.maketrans(ACCENTED, PLAIN)
_PUNCTUATION = re.compile(r"[_\W]+", re.UNICODE)


class TextSearch:
    """Where a complaint's words are looked up (see the module's notes)."""

    def all_words(self, words: Sequence[str], mark: str) -> tuple[str, list[Any]]:
        """A subquery yielding the ids of complaints whose texts (own and follow-up) hold every
        one of `words` as the start of a word, with its parameters (`mark` is the driver's
        placeholder)."""
        raise NotImplementedError

    def best_own_text_matches(
        self, session: Session, words: Sequence[str], limit: int, *, include_confidential: bool
    ) -> list[int]:
        """Up to `limit` complaints whose own text holds any of `words` as the start of a word,
        best match first (confidential reports only with `include_confidential`)."""
        raise NotImplementedError

    def fill(self, connection: Connection, first_id: int, last_id: int) -> None:
        """Index complaints `first_id`..`last_id` (inserted with the triggers aside)."""
        raise NotImplementedError

    def rebuild(self, connection: Connection) -> None:
        raise NotImplementedError

    def notes_again(self, connection: Connection, complaint_ids: Sequence[int]) -> None:
        """Index the follow-up texts of these (indexed) complaints again from their events."""
        raise NotImplementedError


class Fts5Search(TextSearch):
    _TEXTS = """
SELECT c.id, c.local_number || ' ' || c.title || ' ' || c.description,
       (SELECT coalesce(group_concat(e.text || ' ' || e.reason, ' '), '')
        FROM follow_up_event AS e
        WHERE e.complaint_id = c.id AND (e.text <> '' OR e.reason <> ''))
FROM complaint AS c"""
    _INSERT = "INSERT INTO complaint_search(rowid, body, notes)"

    def all_words(self, words: Sequence[str], mark: str) -> tuple[str, list[Any]]:
        expression = " ".join(prefix_term(word) for word in words)
        return (
            f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH {mark}",
            [expression],
        )

    def best_own_text_matches(
        self, session: Session, words: Sequence[str], limit: int, *, include_confidential: bool
    ) -> list[int]:
        hide = "" if include_confidential else " AND NOT c.is_secret"
        search = SEARCH_TABLE
        sql = (
            f"SELECT {search}.rowid FROM {search}"
            f" JOIN complaint AS c ON c.id = {search}.rowid"
            f" WHERE {search} MATCH :expression{hide}"
            f" ORDER BY bm25({search}) LIMIT :limit"
        )
        # The column filter keeps to the complaint's own text (`body`), not its notes.
        expression = " OR ".join(prefix_term(word) for word in words)
        values = {"expression": f"body : ({expression})", "limit": limit}
        return [int(i) for i in session.execute(text(sql), values).scalars()]

    def fill(self, connection: Connection, first_id: int, last_id: int) -> None:
        connection.execute(
            text(f"{self._INSERT} {self._TEXTS} WHERE c.id BETWEEN :first AND :last ORDER BY c.id"),
            {"first": first_id, "last": last_id},
        )

    def rebuild(self, connection: Connection) -> None:
        connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
        connection.exec_driver_sql(f"{self._INSERT} {self._TEXTS} ORDER BY c.id")

    def notes_again(self, connection: Connection, complaint_ids: Sequence[int]) -> None:
        _notes_again(
            connection, "rowid", "group_concat(e.text || ' ' || e.reason, ' ')", complaint_ids
        )


class TsvectorSearch(TextSearch):
    _TEXTS = """
SELECT c.id, c.local_number || ' ' || c.title || ' ' || c.description,
       (SELECT coalesce(string_agg(e.text || ' ' || e.reason, ' ' ORDER BY e.id), '')
        FROM follow_up_event AS e
        WHERE e.complaint_id = c.id AND (e.text <> '' OR e.reason <> ''))
FROM complaint AS c"""
    _INSERT = "INSERT INTO complaint_search(complaint_id, body, notes)"

    @staticmethod
    def _terms(words: Sequence[str], weight: str = "") -> list[str]:
        """tsquery terms for `words`, folded and split as the indexed texts are; quoted (a
        quote inside doubled), so nothing typed is read as query syntax."""
        terms = []
        for word in words:
            for piece in _PUNCTUATION.split(word.lower().translate(_FOLD)):
                if piece:
                    terms.append("'" + piece.replace("'", "''") + "':*" + weight)
        return terms

    def all_words(self, words: Sequence[str], mark: str) -> tuple[str, list[Any]]:
        query = " & ".join(self._terms(words)) or "''"
        return (
            f"SELECT complaint_id FROM {SEARCH_TABLE} WHERE terms @@ to_tsquery('simple', {mark})",
            [query],
        )

    def best_own_text_matches(
        self, session: Session, words: Sequence[str], limit: int, *, include_confidential: bool
    ) -> list[int]:
        hide = "" if include_confidential else " AND NOT c.is_secret"
        # Weight A: the complaint's own text (`body`), not its notes.
        query = " | ".join(self._terms(words, "A"))
        if not query:
            return []
        sql = (
            f"SELECT s.complaint_id FROM {SEARCH_TABLE} AS s"
            " JOIN complaint AS c ON c.id = s.complaint_id,"
            " to_tsquery('simple', :query) AS q"
            f" WHERE s.terms @@ q{hide}"
            " ORDER BY ts_rank(s.terms, q) DESC, s.complaint_id DESC LIMIT :limit"
        )
        values = {"query": query, "limit": limit}
        return [int(i) for i in session.execute(text(sql), values).scalars()]

    def fill(self, connection: Connection, first_id: int, last_id: int) -> None:
        connection.execute(
            text(f"{self._INSERT} {self._TEXTS} WHERE c.id BETWEEN :first AND :last"),
            {"first": first_id, "last": last_id},
        )

    def rebuild(self, connection: Connection) -> None:
        connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
        connection.exec_driver_sql(f"{self._INSERT} {self._TEXTS}")

    def notes_again(self, connection: Connection, complaint_ids: Sequence[int]) -> None:
        texts = "string_agg(e.text || ' ' || e.reason, ' ' ORDER BY e.id)"
        _notes_again(connection, "complaint_id", texts, complaint_ids)


def _notes_again(
    connection: Connection, key: str, texts: str, complaint_ids: Sequence[int]
) -> None:
    ids = sorted(set(complaint_ids))
    for start in range(0, len(ids), 500):  # well under SQLite's limit of bound parameters
        chunk = ids[start : start + 500]
        connection.execute(
            text(
                f"UPDATE {SEARCH_TABLE} SET notes = (SELECT coalesce({texts}, '')"
                f" FROM follow_up_event AS e WHERE e.complaint_id = {SEARCH_TABLE}.{key}"
                f" AND (e.text <> '' OR e.reason <> '')) WHERE {key} IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        )


_FTS5 = Fts5Search()
_TSVECTOR = TsvectorSearch()


def text_search(source: Session | Connection | Dialect) -> TextSearch:
    """The search implementation for the engine `source` runs on."""
    return _TSVECTOR if is_postgresql(dialect_of(source)) else _FTS5


@contextmanager
def bulk_load(session: Session, first_id: int) -> Iterator[None]:
    """Inside the caller's write transaction: complaints with ids from `first_id` (and their
    events) are inserted in the block, and indexed together at its end. Other connections
    never see the flag: it is set and removed within the transaction."""
    session.execute(insert(Setting).values(key=SEARCH_BULK_LOAD_KEY, value="1"))
    try:
        yield
        connection = session.connection()
        last_id = connection.exec_driver_sql("SELECT max(id) FROM complaint").scalar()
        if last_id is not None and last_id >= first_id:
            text_search(session).fill(connection, first_id, last_id)
    finally:
        # Even when the load failed: a caller that commits anyway must not leave the triggers
        # switched off (the desk's opening would find and mend it: `mend_after_bulk_load`).
        session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))


@contextmanager
def events_in_bulk(session: Session, complaint_ids: Sequence[int]) -> Iterator[None]:
    """Inside the caller's write transaction: follow-up events inserted in the block are
    indexed at its end, once per complaint (`complaint_ids`: theirs), rather than the index
    rewritten for each event. Other connections never see the flag (as `bulk_load`)."""
    session.execute(insert(Setting).values(key=SEARCH_BULK_LOAD_KEY, value="1"))
    try:
        yield
    finally:
        session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))
    text_search(session).notes_again(session.connection(), complaint_ids)


@contextmanager
def rows_in_bulk(
    session: Session, new_complaint_ids: Sequence[int], notes_of: Sequence[int]
) -> Iterator[None]:
    """Inside the caller's write transaction: complaints `new_complaint_ids` (consecutive ids)
    and follow-up events are inserted in the block; at its end the new complaints are indexed
    whole and the notes of complaints `notes_of` (indexed before) again, each once. Other
    connections never see the flag (as `bulk_load`)."""
    session.execute(insert(Setting).values(key=SEARCH_BULK_LOAD_KEY, value="1"))
    try:
        yield
    finally:
        session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))
    search = text_search(session)
    if new_complaint_ids:
        search.fill(session.connection(), min(new_complaint_ids), max(new_complaint_ids))
    if notes_of:
        search.notes_again(session.connection(), notes_of)


def mend_after_bulk_load(session: Session) -> bool:
    """If a bulk load's flag was left behind, the index may miss what was written since:
    index everything again and remove the flag. Whether it had to."""
    if session.get(Setting, SEARCH_BULK_LOAD_KEY) is None:
        return False
    session.execute(delete(Setting).where(Setting.key == SEARCH_BULK_LOAD_KEY))
    text_search(session).rebuild(session.connection())
    return True
