"""The audit trail: entries appended in the same transaction as the change they record.

Each entry's hash covers its own fields and the previous entry's hash, so editing, inserting or
deleting an entry anywhere but at the very end breaks the chain, which `verify_chain` finds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.schema import AuditEntry

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any]


def entry_hash(
    previous_hash: str, at: dt.datetime, actor: str, action: str, target: str, details: str
) -> str:
    at_text = at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    body = json.dumps([previous_hash, at_text, actor, action, target, details], ensure_ascii=True)
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def append(
    session: Session,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> None:
    """Add one entry after the newest; call inside the write transaction of the change."""
    last = session.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    previous = last or GENESIS_HASH
    details_text = json.dumps(dict(details or {}), sort_keys=True, ensure_ascii=False)
    # Stored at microsecond precision, the same as the hash sees it.
    at = at.astimezone(dt.UTC)
    session.add(
        AuditEntry(
            at=at,
            actor=actor,
            action=action,
            target=target,
            details=details_text,
            previous_hash=previous,
            entry_hash=entry_hash(previous, at, actor, action, target, details_text),
        )
    )
    session.flush()


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None
    head_hash: str = GENESIS_HASH  # of the last entry checked
    # The trail is shorter than, or differs at, a count and head recorded by an earlier check:
    # entries were removed from its end, which the chain alone cannot show.
    behind_record: bool = False

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, recorded: tuple[int, str] | None = None) -> ChainCheck:
    """Check every entry's hash and link. `recorded` is (count, head hash or its prefix) as an
    earlier check printed it: the entry at that position must still carry that hash."""
    previous = GENESIS_HASH
    count = 0
    matches_record = recorded is None
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for entry in rows:
        count += 1
        expected = entry_hash(
            previous, entry.at, entry.actor, entry.action, entry.target, entry.details
        )
        if entry.previous_hash != previous or entry.entry_hash != expected:
            return ChainCheck(count, entry.id, previous)
        previous = entry.entry_hash
        if recorded is not None and count == recorded[0]:
            matches_record = entry.entry_hash.startswith(recorded[1].lower())
    return ChainCheck(count, None, previous, behind_record=not matches_record)


def entries(
    session: Session,
    *,
    actor: str | None = None,
    actions: tuple[str, ...] = (),
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int | None = None,
) -> Iterator[AuditRecord]:
    """Entries newest first, filtered by who, what and when (`until` is exclusive)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if actions:
        query = query.where(AuditEntry.action.in_(actions))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if limit is not None:
        query = query.limit(limit)
    for entry in session.execute(query).scalars():
        yield AuditRecord(
            entry.id, entry.at, entry.actor, entry.action, entry.target, json.loads(entry.details)
        )


def actors(session: Session) -> list[str]:
    """Every username that appears in the trail (accounts since deleted included), sorted."""
    query = select(AuditEntry.actor).where(AuditEntry.actor != "").distinct()
    return sorted(session.execute(query).scalars())


def first_actor(session: Session, action: str, target: str) -> str | None:
    """Who first did `action` on `target` (the officer who recorded a complaint), or None."""
    query = (
        select(AuditEntry.actor)
        .where(AuditEntry.action == action, AuditEntry.target == target)
        .order_by(AuditEntry.id)
        .limit(1)
    )
    return session.execute(query).scalar_one_or_none()
