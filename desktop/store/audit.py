"""The audit trail: entries appended in the same transaction as the change they record.

Each entry's hash covers its own fields and the previous entry's hash, so editing, inserting or
deleting an entry anywhere but at the very end breaks the chain, which `verify_chain` finds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.audit_actions import AuditAction
from desktop.store import register_seal
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
    register: Iterable[int] = (),
) -> None:
    """Add one entry after the newest; call inside the write transaction of the change.

    `register`: the ids of the complaints this write changed (their rows, events or
    attachments); the entry seals each as it now stands (see `register_seal`)."""
    session.flush()  # the rows to seal, and the newest entry, as this transaction has them
    last = session.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    previous = last or GENESIS_HASH
    content = dict(details or {})
    sealed = register_seal.digests(session, register)
    if sealed:
        content[register_seal.DETAILS_KEY] = register_seal.encode(sealed)
    details_text = json.dumps(content, sort_keys=True, ensure_ascii=False)
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


def head(session: Session) -> tuple[int, str]:
    """The trail's number of entries and its last entry's hash: what a copy kept elsewhere
    (a backup's manifest, a diagnostics export) anchors it by (`verify_chain(recorded=...)`)."""
    count = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    last = session.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    return int(count), last or GENESIS_HASH


def hash_at(session: Session, count: int) -> str | None:
    """The hash of the trail's `count`-th entry (the genesis hash for 0); None when the trail
    is shorter: what the office server checks a desk's trail by, the head it saw last."""
    if count <= 0:
        return GENESIS_HASH
    return session.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id).offset(count - 1).limit(1)
    ).scalar_one_or_none()


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
        details = json.loads(entry.details)
        details.pop(register_seal.DETAILS_KEY, None)  # digests, for the check, not for people
        yield AuditRecord(entry.id, entry.at, entry.actor, entry.action, entry.target, details)


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


@dataclass(frozen=True)
class RegisterCheck:
    """How the register stands against the seals in the trail (see `register_seal`)."""

    complaints: int
    baseline: bool  # False: a desk not yet sealed (it is at its next opening); nothing checked
    changed: list[int] = field(default_factory=list)  # ids not as their last entry sealed them
    unaccounted: list[int] = field(default_factory=list)  # ids no entry sealed
    removed: list[int] = field(default_factory=list)  # sealed, no longer in the register

    @property
    def whole(self) -> bool:
        return not (self.changed or self.unaccounted or self.removed)


def append_desk_created(session: Session, at: dt.datetime) -> None:
    """The new desk's first entry, which is also its register's baseline: every complaint
    from here on must be accounted for by an entry."""
    append(
        session,
        at=at,
        actor="",
        action=AuditAction.DESK_CREATED,
        details={register_seal.DETAILS_KEY: []},
    )


def seal_register_once(session: Session, at: dt.datetime) -> int | None:
    """Seal every complaint as it stands, once per desk (a desk from before the seals); the
    number sealed, or None when the desk has its baseline already."""
    if register_seal.has_baseline(session):
        return None
    ids = register_seal.complaint_ids(session)
    append(
        session,
        at=at,
        actor="",
        action=register_seal.BASELINE_ACTION,
        details={"complaints": len(ids)},
        register=ids,
    )
    return len(ids)


def check_register(session: Session) -> RegisterCheck:
    """Recompute every complaint's digest and compare it with the latest entry sealing it."""
    latest: dict[int, str] = {}
    query = (
        select(AuditEntry.details)
        .where(AuditEntry.details.contains(f'"{register_seal.DETAILS_KEY}"'))
        .order_by(AuditEntry.id)
    )
    for (details,) in session.execute(query):
        try:
            runs = json.loads(details).get(register_seal.DETAILS_KEY)
        except (ValueError, AttributeError):
            continue
        latest.update(register_seal.decode(runs))
    baseline = register_seal.has_baseline(session)
    changed, unaccounted, count = [], [], 0
    for complaint_id, digest in register_seal.all_digests(session):
        count += 1
        sealed = latest.pop(complaint_id, None)
        if sealed is None:
            unaccounted.append(complaint_id)
        elif sealed != digest:
            changed.append(complaint_id)
    if not baseline:
        return RegisterCheck(count, False)
    return RegisterCheck(count, True, changed, unaccounted, sorted(latest))
