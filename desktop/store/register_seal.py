"""Seals of the register: what each complaint held when the audit trail last recorded a write.

Every audit entry of a write to a complaint carries, under `details["register"]`, a short digest
of each complaint it wrote, as written: the complaint's own columns, its follow-up events and
its attachment rows. The digests are inside the entry's details, so the hash chain covers them.
`audit verify` recomputes the digest of every complaint as it stands and compares it with the
latest entry that sealed it: a change made around the services (a direct UPDATE of a title, an
event inserted or deleted by hand) is found, and so is a complaint no entry accounts for.

Left out, on purpose: what the desk keeps up by itself without a person's act and derives
again from the history (status, unit, due dates: `follow_up.set_derived_many` after a calendar
change) and what the national sync keeps (its tracking id). The history those derive from is
sealed.

A seal is written as runs of consecutive ids, `[[first_id, "d1d2d3..."], ...]`, each digest
`DIGEST_CHARS` hex characters of a SHA-256 (64 bits: forging a row to match needs 2^64 tries),
so a batch of 10,000 seeded complaints costs 160 KB of details, not a list of objects.

Desks from before the seal get a baseline entry (`register.sealed`) the first time they open
with this version: the complaints as they stand then are sealed, and from that entry on every
complaint must be accounted for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain.audit_actions import AuditAction
from desktop.store.sql_dialect import mark, marks

DIGEST_CHARS = 16
DETAILS_KEY = "register"
BASELINE_ACTION = AuditAction.REGISTER_SEALED

# Fixed lists, not the table's columns: a column added later must not change every digest.
COMPLAINT_COLUMNS = (
    "id",
    "uuid",
    "local_number",
    "received_at",
    "channel",
    "type",
    "supervisory",
    "category_id",
    "institution_id",
    "title",
    "description",
    "incident_date",
    "region_code",
    "incident_address",
    "reporter_name",
    "reporter_nik",
    "reporter_phone",
    "reporter_email",
    "reporter_address",
    "is_anonymous",
    "is_secret",
    "privacy_acknowledged",
    "created_at",
    "anonymised_at",
)
EVENT_COLUMNS = (
    "id",
    "at",
    "actor",
    "kind",
    "text",
    "unit_id",
    "institution_id",
    "reason",
    "rating",
    "contact_method",
    "linked_complaint_id",
    "corrects_event_id",
    "national_status",
)
ATTACHMENT_COLUMNS = ("id", "original_name", "stored_name", "media_type", "size", "sha256")
_CHUNK = 900  # ids per IN (...) query: under SQLite's old 999-parameter limit


def digests(session: Session, complaint_ids: Iterable[int]) -> dict[int, str]:
    """The digest of each complaint in `complaint_ids` as it stands in `session` (a complaint
    that does not exist has none)."""
    ids = sorted(set(complaint_ids))
    found: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(_digests(session, f"IN ({marks(session, len(chunk))})", tuple(chunk)))
    return found


def all_digests(session: Session) -> Iterator[tuple[int, str]]:
    """(complaint id, digest) of every complaint, in id order, a batch at a time."""
    last = 0
    while True:
        batch = _digests(session, "> {m} ORDER BY id LIMIT 5000", (last,), ordered=True)
        if not batch:
            return
        yield from batch.items()
        last = max(batch)


def _digests(
    session: Session, where_id: str, params: tuple[Any, ...], *, ordered: bool = False
) -> dict[int, str]:
    connection = session.connection()
    m = mark(session)
    columns = ", ".join(COMPLAINT_COLUMNS)
    rows = connection.exec_driver_sql(
        f"SELECT {columns} FROM complaint WHERE id {where_id.format(m=m)}", params
    ).fetchall()
    if not rows:
        return {}
    ids = [int(row[0]) for row in rows]
    first, last = min(ids), max(ids)
    events = _grouped(
        connection.exec_driver_sql(
            f"SELECT complaint_id, {', '.join(EVENT_COLUMNS)} FROM follow_up_event "
            f"WHERE complaint_id BETWEEN {m} AND {m} ORDER BY complaint_id, id",
            (first, last),
        )
    )
    files = _grouped(
        connection.exec_driver_sql(
            f"SELECT complaint_id, {', '.join(ATTACHMENT_COLUMNS)} FROM attachment "
            f"WHERE complaint_id BETWEEN {m} AND {m} ORDER BY complaint_id, id",
            (first, last),
        )
    )
    return {
        int(row[0]): digest_of(
            _as_sqlite_stores(row), events.get(row[0], []), files.get(row[0], [])
        )
        for row in rows
    }


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[Any, list[tuple[Any, ...]]]:
    grouped: dict[Any, list[tuple[Any, ...]]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(_as_sqlite_stores(row[1:]))
    return grouped


def _as_sqlite_stores(row: Sequence[Any]) -> tuple[Any, ...]:
    """Values as SQLite gives them back (moments and days as text, flags as 0 or 1), whatever
    the engine: PostgreSQL's driver returns datetimes, dates and booleans, and a complaint's
    digest must not depend on where its register is kept."""
    return tuple(_stored_form(value) for value in row)


def _stored_form(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        # SQLAlchemy's SQLite DateTime format: always with microseconds.
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def digest_of(
    complaint: Sequence[Any], events: Sequence[Sequence[Any]], files: Sequence[Sequence[Any]]
) -> str:
    """The digest of one complaint's stored values (as SQLite returns them: `_stored_form`)."""
    body = json.dumps([list(complaint), [list(e) for e in events], [list(f) for f in files]])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def encode(sealed: dict[int, str]) -> list[list[Any]]:
    """Runs of consecutive ids: `[[first_id, "d1d2..."], ...]`."""
    runs: list[list[Any]] = []
    previous = None
    for complaint_id in sorted(sealed):
        if previous is not None and complaint_id == previous + 1:
            runs[-1][1] += sealed[complaint_id]
        else:
            runs.append([complaint_id, sealed[complaint_id]])
        previous = complaint_id
    return runs


def decode(runs: object) -> dict[int, str]:
    """The seals an entry's `details["register"]` holds; {} for anything malformed (the chain
    check reports a changed entry; a malformed seal then shows as complaints unaccounted for)."""
    sealed: dict[int, str] = {}
    if not isinstance(runs, list):
        return sealed
    for run in runs:
        if not (isinstance(run, list) and len(run) == 2):
            continue
        first, joined = run
        if not isinstance(first, int) or not isinstance(joined, str):
            continue
        for offset in range(len(joined) // DIGEST_CHARS):
            piece = joined[offset * DIGEST_CHARS : (offset + 1) * DIGEST_CHARS]
            sealed[first + offset] = piece
    return sealed


def has_baseline(session: Session) -> bool:
    """Whether the trail has the entry from which every complaint is sealed: the sealing of a
    desk from before the seals, or the creation of a desk that had them from the start."""
    found = session.execute(
        text(
            "SELECT 1 FROM audit_entry WHERE action = :sealed "
            "OR (action = :created AND details LIKE :marked) LIMIT 1"
        ),
        {
            "sealed": BASELINE_ACTION,
            "created": AuditAction.DESK_CREATED,
            "marked": f'%"{DETAILS_KEY}"%',
        },
    ).first()
    return found is not None


def complaint_ids(session: Session) -> list[int]:
    return [int(i) for i in session.execute(text("SELECT id FROM complaint ORDER BY id")).scalars()]
