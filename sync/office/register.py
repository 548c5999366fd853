"""The office server's work on its register, one transaction per request (no HTTP here)."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.office import PULL_BATCH, JoinCode, encode_join_code
from desktop.store import office_register
from desktop.store.database import Database
from desktop.store.office_register import JoinedDesk, JoinRefusal

JOIN_CODE_LIFETIME = dt.timedelta(days=7)


@dataclass(frozen=True)
class Joined:
    desk: JoinedDesk
    secret: str  # given once, to the desk; the register keeps its hash


class OfficeRegister:
    def __init__(
        self, database: Database, office_code: str, clock: Callable[[], dt.datetime]
    ) -> None:
        self.database = database
        self.office_code = office_code
        self._clock = clock

    def new_join_code(
        self, address: str, fingerprint: str, label: str, lifetime: dt.timedelta
    ) -> str:
        token = secrets.token_urlsafe(24)
        with self.database.writing() as session:
            office_register.add_join_code(session, token, label, self._clock(), lifetime)
        return encode_join_code(JoinCode(address, fingerprint, token))

    def join(self, token: str, app_version: str) -> Joined | JoinRefusal:
        secret = secrets.token_urlsafe(32)
        with self.database.writing() as session:
            found = office_register.redeem_join_code(
                session,
                token,
                self._clock(),
                desk_id=str(uuid.uuid4()),
                desk_secret=secret,
                app_version=app_version,
            )
        return found if isinstance(found, JoinRefusal) else Joined(found, secret)

    def authenticate(self, desk_id: str, secret: str, app_version: str) -> bool:
        with self.database.writing() as session:
            desk = office_register.authenticated_desk(session, desk_id, secret)
            if desk is None:
                return False
            office_register.seen(session, desk, self._clock(), app_version)
        return True

    def push(self, desk_id: str, events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        with self.database.writing() as session:
            results = office_register.store_events(session, desk_id, events, self._clock())
        return [
            {"id": event_id, "result": result.value, "position": position}
            for event_id, result, position in results
        ]

    def pull(self, desk_id: str, after: int, limit: int = PULL_BATCH) -> dict[str, Any]:
        """The office's events after `after` but the asking desk's own (it has them), and the
        position they reach."""
        with self.database.reading() as session:
            events, head = office_register.events_after(session, after, min(limit, PULL_BATCH))
            codes = office_register.desk_codes(session)
        up_to = events[-1].position if events else max(after, 0)
        return {
            "events": [
                {
                    "position": e.position,
                    "id": e.id,
                    "kind": e.kind,
                    "payload": e.payload,
                    "desk_code": codes.get(e.desk_id, ""),
                }
                for e in events
                if e.desk_id != desk_id
            ],
            "up_to": up_to,
            "head": head,
        }
