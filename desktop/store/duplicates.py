"""Finding complaints that may be duplicates of one being typed (see `domain.duplicates`).

Each query is cheap enough to run while the officer types: the NIK and phone columns have
their own indexes, and text goes through the search port (`store.search_index`), limited to
the complaints' own texts and its best few matches.

Anonymous reports are never found by NIK or phone: the lists hide who made them even from the
desk's staff (only an audited reveal shows it), and typing a NIK must not tell it either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.store.schema import Complaint
from desktop.store.search_index import text_search


def ids_with_nik(
    session: Session, nik: str, since: dt.datetime, limit: int, *, include_confidential: bool
) -> list[int]:
    """Complaints from the person with this NIK received since `since`, newest first."""
    same = Complaint.reporter_nik == nik
    return _recent_with(session, same, since, limit, include_confidential)


def ids_with_phone(
    session: Session, phone: str, since: dt.datetime, limit: int, *, include_confidential: bool
) -> list[int]:
    """Complaints from this phone number (E.164) received since `since`, newest first."""
    same = Complaint.reporter_phone == phone
    return _recent_with(session, same, since, limit, include_confidential)


def _recent_with(
    session: Session,
    same: ColumnElement[bool],
    since: dt.datetime,
    limit: int,
    include_confidential: bool,
) -> list[int]:
    """A confidential report's reporter is withheld from roles that may not read it: such a
    role must not learn it by typing a NIK or phone either."""
    query = (
        select(Complaint.id)
        .where(same, Complaint.received_at >= since, Complaint.is_anonymous.is_(False))
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .limit(limit)
    )
    if not include_confidential:
        query = query.where(Complaint.is_secret.is_(False))
    return list(session.scalars(query))


def ids_matching_text(
    session: Session, words: Sequence[str], limit: int, *, include_confidential: bool
) -> list[int]:
    """Complaints whose own text (number, title, description) holds any of `words` as the
    start of a word, best match first. Follow-up texts are left out: they say what was done,
    not what the complaint is about. Without `include_confidential`, confidential reports are
    left out: a role that may not read them must not find them by their words either."""
    if not words:
        return []
    return text_search(session).best_own_text_matches(
        session, words, limit, include_confidential=include_confidential
    )
