"""The office server's work on its register, one transaction per request (no HTTP here)."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.office import (
    PULL_BATCH,
    PULL_PAGE,
    SERVER_DESK_ID,
    AuditHeadCheck,
    JoinCode,
    OfficeEventKind,
    PushResult,
    encode_join_code,
    seal,
)
from desktop.services.due_dates import DueDateKeeper
from desktop.services.office_apply import PulledEvent, take_in
from desktop.services.office_erasure import (
    ErasedComplaints,
    carry_out_erasure,
    delete_files,
    unused_files,
)
from desktop.services.office_return import take_back
from desktop.store import office_admin, office_epoch, office_register
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database
from desktop.store.office_epoch import RegisterIdentity
from desktop.store.office_register import JoinedDesk, JoinRefusal, StoredEvent
from sync.office import admin

log = logging.getLogger("sync.office")

JOIN_CODE_LIFETIME = dt.timedelta(days=7)
_KINDS = {kind.value for kind in OfficeEventKind}  # a newer desk's other kinds are kept only


def _kind_payload(event: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    payload = event.get("payload")
    return str(event.get("kind", "")), payload if isinstance(payload, dict) else {}


def _without_erased_data(erased: ErasedComplaints, event: dict[str, Any]) -> dict[str, Any]:
    kind, payload = _kind_payload(event)
    scrubbed = erased.payload_of(kind, payload)
    return event if scrubbed is payload else event | {"payload": scrubbed}


@dataclass(frozen=True)
class Joined:
    desk: JoinedDesk
    secret: str  # given once, to the desk; the register keeps its hash


class OfficeRegister:
    def __init__(
        self,
        database: Database,
        office_code: str,
        clock: Callable[[], dt.datetime],
        due_dates: DueDateKeeper | None = None,
        files: AttachmentFolder | None = None,
    ) -> None:
        """`due_dates`: the register also takes in what desks push (`office_apply.take_in`),
        for its own round with SP4N-LAPOR!; None keeps the events alone."""
        self.database = database
        self.office_code = office_code
        self._clock = clock
        self._due_dates = due_dates
        self.files = files  # attachments' files desks exchange (None: not kept here)
        self._identity: RegisterIdentity | None = None
        self._seal_key: bytes | None = None
        self._identity_lock = threading.Lock()  # requests run on a thread pool

    def identity(self) -> dict[str, Any]:
        """What every exchange answer states of the register (`office_epoch.identity`):
        read once, as a restore needs the server stopped; its first epoch made once."""
        with self._identity_lock:
            if self._identity is None:
                with self.database.writing() as session:
                    self._identity = office_epoch.identity(session)
        return {"epoch": self._identity.epoch, "restored_at": self._identity.restored_at}

    def seal_key(self) -> bytes:
        """The key of the seal on the server's own events (`office_epoch.seal_key`)."""
        with self._identity_lock:
            if self._seal_key is None:
                with self.database.writing() as session:
                    self._seal_key = office_epoch.seal_key(session)
        return self._seal_key

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
        now = self._clock()
        unused: list[str] = []
        with self.database.writing() as session:
            restated: dict[str, dict[str, Any]] = {}
            if any(e.get("kind") == OfficeEventKind.ACCOUNT_SAVED.value for e in events):
                decided = office_admin.server_decisions(session)
                events, restated = admin.keep_server_decisions(decided, events)
            # An event naming a complaint the office erased is stored without the person's
            # data (an offline desk pushing what it held, a push again after a restore).
            erased = ErasedComplaints(session, [_kind_payload(e) for e in events])
            events = [_without_erased_data(erased, event) for event in events]
            results = office_register.store_events(session, desk_id, events, now)
            # In the transaction that stores them: an event is stored and taken in, or
            # neither (the desk sends it again).
            taken = [
                PulledEvent(position, event_id, OfficeEventKind(event["kind"]), payload)
                for (event_id, result, position), event in zip(results, events, strict=True)
                if result is PushResult.STORED
                and position is not None
                and event.get("kind") in _KINDS
                and isinstance(payload := event.get("payload"), dict)
            ]
            if self._due_dates is not None:
                take_in(session, self._due_dates, taken, now, self.files, erased, unused)
            else:  # the events alone: those an erasure names lose the data all the same
                for event in taken:
                    if event.kind is OfficeEventKind.PERSONAL_DATA_ERASED:
                        carry_out_erasure(session, event, now, erased, register_events=True)
                unused += unused_files(session, erased, self.files)
            stored = {event_id for event_id, result, _ in results if result is PushResult.STORED}
            admin.restate(session, {i: p for i, p in restated.items() if i in stored}, now)
        if delete_files(self.files, unused):
            log.warning("erased attachment files held open; removed at the next upkeep")
        return [
            {"id": event_id, "result": result.value, "position": position}
            for event_id, result, position in results
        ]

    def give_back(self, desk_id: str, events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """The server's own events a desk gives back to this register (restored from a backup
        that lacks them): `office_return.take_back`, in one transaction."""
        key = self.seal_key()
        with self.database.writing() as session:
            results = take_back(session, self._due_dates, key, events, self._clock())
        refused = sum(result is PushResult.REFUSED for _, result, _ in results)
        if refused:
            log.error("desk %s gave back %d event(s) without the server's seal", desk_id, refused)
        return [
            {"id": event_id, "result": result.value, "position": position}
            for event_id, result, position in results
        ]

    def audit_known(self, desk_id: str) -> int:
        """How many entries of the desk's trail the server accepted last (0: none yet)."""
        with self.database.reading() as session:
            return office_register.audit_head_known(session, desk_id)[0]

    def audit_head(self, desk_id: str, count: int, head: str, anchor: str | None) -> AuditHeadCheck:
        with self.database.writing() as session:
            found = office_register.check_audit_head(
                session, desk_id, count, head, anchor, self._clock()
            )
        if found is not AuditHeadCheck.KEPT:
            log.error("desk %s: its audit trail was %s (now %d entries)", desk_id, found, count)
        return found

    def pull(
        self, desk_id: str, after: int, limit: int = PULL_BATCH, committed: int | None = None
    ) -> dict[str, Any]:
        """The office's events after `after` but the asking desk's own (it has them), and the
        position they reach. `committed`: how far the desk has carried out what it pulled
        (`after` unless it asks a page ahead)."""
        with self.database.reading() as session:
            events, up_to, head = office_register.events_after(
                session, after, min(limit, PULL_PAGE), desk_id
            )
            codes = office_register.desk_codes(session)
            confirmed = office_admin.pulled_position(session, desk_id)
        carried_out = max(after if committed is None else committed, 0)
        if confirmed != carried_out:
            # The desk has carried out every event up to there (what `python -m sync.office
            # desks` shows of erasures).
            with self.database.writing() as session:
                office_admin.note_pulled(session, desk_id, carried_out)
        key = self.seal_key()
        return {
            "events": [_on_the_wire(e, codes, key) for e in events],
            "up_to": up_to,
            "head": head,
        }


def _on_the_wire(event: StoredEvent, codes: dict[str, str], key: bytes) -> dict[str, Any]:
    wire = {
        "position": event.position,
        "id": event.id,
        "kind": event.kind,
        "payload": event.payload,
        "desk_code": codes.get(event.desk_id, ""),
    }
    if event.desk_id == SERVER_DESK_ID:  # its seal: a desk may have to give it back
        wire["seal"] = seal(key, event.id, event.kind, event.payload)
    return wire
