"""The office register's identity, which the server states in every exchange answer: an epoch,
new once the register was restored from a backup, with the highest position it held then.
Desks that knew another epoch push again what it may lack and pull again from that position
(`desktop.store.office.follow_register`, `sync.office.exchange`)."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store import outbox
from desktop.store.schema import OfficeEvent, OutboxItem, Setting

EPOCH = "office.register.epoch"
RESTORED_AT = "office.register.restored_at"
# When the register was restored (the server's clock), and the last moment the backup shows
# it in use: see `RestoredMoments`.
RESTORED_WHEN = "office.register.restored_when"
BACKUP_LAST = "office.register.backup_last"
# The key of the server's seal on its own events (`desktop.domain.office.seal`): in the
# register, so a backup restores it with the events it sealed.
SEAL_KEY = "office.register.seal_key"


@dataclass(frozen=True)
class RegisterIdentity:
    epoch: str
    restored_at: int  # the highest position the register held when restored (0: never was)


def identity(session: Session) -> RegisterIdentity:
    """The register's identity; its first epoch is made on first asking."""
    found = {
        key: value
        for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_([EPOCH, RESTORED_AT]))
        )
    }
    if EPOCH not in found:
        found[EPOCH] = str(uuid.uuid4())
        session.merge(Setting(key=EPOCH, value=found[EPOCH]))
    return RegisterIdentity(found[EPOCH], int(found.get(RESTORED_AT, "0")))


@dataclass(frozen=True)
class RestoredMoments:
    """When the register was last restored, for what desks push again afterwards.

    `restored`: the restore itself (the server's clock). The lost register's server could send
    to SP4N-LAPOR! only what desks had pushed to it before its disk was lost, hence before the
    restore: what a desk recorded (its own clock) before this moment may have gone to LAPOR!
    already, what it recorded afterwards cannot have.
    `backup_last`: the latest moment the restored register shows it in use (the last event it
    stored, the last change of its queue); the backup was made after it, so whatever the lost
    register sent that the backup does not show left after it (`sync.neighbours` takes it as
    the moment such a request may have left at the earliest).
    """

    restored: dt.datetime
    backup_last: dt.datetime


def mark_restored(session: Session, now: dt.datetime | None = None) -> RegisterIdentity:
    """The register was just restored from a backup: a new epoch, and the highest position
    it holds (events stored after it may have had, before the restore, other positions).
    What it still owed SP4N-LAPOR! may have been sent after the backup: its outcome becomes
    unknown, so nothing is sent twice (`outbox.restored_to_unknown`); so does what desks push
    again afterwards of what they recorded before now (`restored_moments`)."""
    now = now or dt.datetime.now(dt.UTC)
    last_event = session.execute(select(func.max(OfficeEvent.received_at))).scalar_one()
    last_queued = session.execute(select(func.max(OutboxItem.updated_at))).scalar_one()
    backup_last = max([m for m in (last_event, last_queued) if m is not None], default=now)
    backup_last = min(backup_last.astimezone(dt.UTC), now)
    outbox.restored_to_unknown(session, now, may_have_left=backup_last)
    highest = session.execute(select(func.max(OfficeEvent.position))).scalar_one() or 0
    restored = RegisterIdentity(str(uuid.uuid4()), int(highest))
    session.merge(Setting(key=EPOCH, value=restored.epoch))
    session.merge(Setting(key=RESTORED_AT, value=str(restored.restored_at)))
    session.merge(Setting(key=RESTORED_WHEN, value=now.isoformat()))
    session.merge(Setting(key=BACKUP_LAST, value=backup_last.isoformat()))
    return restored


def restored_moments(session: Session) -> RestoredMoments | None:
    """When the register was last restored from a backup; None if it never was."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_([RESTORED_WHEN, BACKUP_LAST]))
    found = {key: value for key, value in session.execute(query)}
    if RESTORED_WHEN not in found or BACKUP_LAST not in found:
        return None
    return RestoredMoments(
        dt.datetime.fromisoformat(found[RESTORED_WHEN]),
        dt.datetime.fromisoformat(found[BACKUP_LAST]),
    )


def seal_key(session: Session) -> bytes:
    """The key the server seals its own events with; made on first asking."""
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        row = Setting(key=SEAL_KEY, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)
