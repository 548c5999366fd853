"""Office mode as the desk's interface sees it: whether the desk joined, how many of its events
wait, the last exchange; an exchange; joining with a code. The composition root builds one
OfficeSync per opened desk (desktop/app/wiring.py); the interface calls `exchange` and `join`
on a worker thread (both talk to the server), `status` on its database worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.services.desk import Desk
from desktop.store import office
from sync.office.exchange import ExchangeReport, exchange
from sync.office.join import JoinOutcome, join_office


@dataclass(frozen=True)
class OfficeStatus:
    """A joined desk's place in its office, for the status bar."""

    desk_code: str
    server_url: str
    waiting: int  # events recorded here that the server has not confirmed yet
    last_exchange_at: dt.datetime | None
    last_outcome: str  # an ExchangeOutcome name in lower case, "" before the first


class OfficeSync:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def status(self) -> OfficeStatus | None:
        """None for a desk that joined no office (today's single desk). Readable without a
        signed-in officer: the status bar shows it on the lock screen too."""
        with self._desk.database.reading() as session:
            joined = office.link(session)
            if joined is None:
                return None
            waiting = office.waiting_count(session)
            at, outcome = office.last_exchange(session)
        return OfficeStatus(
            joined.desk_code,
            joined.server_url,
            waiting,
            _moment(at),
            "" if outcome == "never" else outcome,
        )

    def exchange(self) -> ExchangeReport:
        """One exchange (handshake, push, pull); talks to the server: not on the GUI thread."""
        return exchange(self._desk)

    def join(self, code_text: str) -> JoinOutcome:
        """Join the office the code names (IT staff's act: an administrator's permission).
        Raises JoinCodeError, JoinRefusedError, OfficeUnreachableError; talks to the server."""
        self._desk.access.require(Permission.MANAGE_SETTINGS)
        return self.join_unchecked(code_text)

    def join_unchecked(self, code_text: str) -> JoinOutcome:
        """Join without a permission check: for a desk being set up (its administrator was
        just made) and IT staff's configuration file, whose applying checked its own."""
        outcome = join_office(self._desk, code_text)
        with self._desk.database.writing() as session:
            self._desk.access.record(
                session,
                AuditAction.SETTINGS_CHANGED,
                "office",
                {"joined_as": outcome.desk_code, "office_code": outcome.office_code},
            )
        return outcome


def _moment(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
