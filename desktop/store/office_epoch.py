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
from desktop.store.schema import OfficeEvent, Setting

EPOCH = "office.register.epoch"
RESTORED_AT = "office.register.restored_at"
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


def mark_restored(session: Session) -> RegisterIdentity:
    """The register was just restored from a backup: a new epoch, and the highest position
    it holds (events stored after it may have had, before the restore, other positions).
    What it still owed SP4N-LAPOR! may have been sent after the backup: its outcome becomes
    unknown, so nothing is sent twice (`outbox.restored_to_unknown`)."""
    outbox.restored_to_unknown(session, dt.datetime.now(dt.UTC))
    highest = session.execute(select(func.max(OfficeEvent.position))).scalar_one() or 0
    restored = RegisterIdentity(str(uuid.uuid4()), int(highest))
    session.merge(Setting(key=EPOCH, value=restored.epoch))
    session.merge(Setting(key=RESTORED_AT, value=str(restored.restored_at)))
    return restored


def seal_key(session: Session) -> bytes:
    """The key the server seals its own events with; made on first asking."""
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        row = Setting(key=SEAL_KEY, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)
