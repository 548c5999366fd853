"""One exchange with the office server: the handshake, push, then pull.

Push sends the desk's waiting events in batches; the server answers per event (stored, or
already stored for a re-send) and the desk records each event's place in the office's order.
Pull takes the office's events after the desk's position and applies them in one transaction
with the new position, so an exchange cut at any point loses nothing and doubles nothing: the
next one sends again what was not confirmed and takes again what was not committed.

One exchange per desk at a time, across processes (the app and a scheduled task): a file lock.
"""

from __future__ import annotations

import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import filelock

from desktop.domain.office import (
    PUSH_BATCH,
    SERVER_DESK_CODE,
    AuditHeadCheck,
    OfficeEventKind,
    PushResult,
    known_kind,
)
from desktop.services.desk import Desk
from desktop.services.office_apply import PulledEvent, apply_pulled
from desktop.services.office_erasure import delete_files
from desktop.services.office_settle import settle_histories
from desktop.services.sync_credentials import office_credential_store
from desktop.store import audit, office, office_kept
from desktop.store.errors import DamagedAttachmentError, StorageFault
from desktop.store.migrate import known_revisions
from desktop.store.office_kept import KeptEvent
from sync.office.client import OfficeClient, OfficeRefusedError, OfficeUnreachableError
from sync.office.join import CERTIFICATE_FILE

log = logging.getLogger("sync.office")

LOCK_FILE = "office.lock"
MAX_PULL_PAGES = 10_000  # a bound, not a limit one meets: 5 million events


class ExchangeOutcome(IntEnum):
    """How an exchange ended; the value is `python -m sync run --once`'s exit code."""

    DONE = 0
    WAITING = 3  # some events were refused by the server and wait (see the log)
    OFFLINE = 4  # the server could not be reached; nothing was lost
    REFUSED = 5  # the desk was refused (not part of the office, certificate changed)
    BUSY = 6  # another exchange is running on this desk
    NOT_JOINED = 7
    VERSION_REFUSED = 8  # the handshake refused this desk's version: update desk or server


@dataclass(frozen=True)
class ExchangeReport:
    outcome: ExchangeOutcome
    pushed: int = 0
    pulled: int = 0
    waiting: int = 0
    message: str = ""

    def summary(self) -> str:
        line = (
            f"office exchange: {self.outcome.name.lower()} pushed={self.pushed} "
            f"pulled={self.pulled} waiting={self.waiting}"
        )
        return f"{line} ({self.message})" if self.message else line


def is_joined(desk: Desk) -> bool:
    with desk.database.reading() as session:
        return office.link(session) is not None


def exchange(desk: Desk) -> ExchangeReport:
    lock = filelock.FileLock(
        str(desk.paths.data_dir / LOCK_FILE), timeout=0, mode=0o600, is_singleton=False
    )
    try:
        lock.acquire()
    except filelock.Timeout:
        return ExchangeReport(ExchangeOutcome.BUSY, message="another exchange is running")
    try:
        report = _exchange(desk)
    finally:
        lock.release()
    with desk.database.writing() as session:
        office.note_exchange(session, desk.clock(), report.outcome.name.lower())
    return report


def _exchange(desk: Desk) -> ExchangeReport:
    with desk.database.reading() as session:
        joined = office.link(session)
    if joined is None:
        return ExchangeReport(ExchangeOutcome.NOT_JOINED, message="this desk joined no office")
    secret = office_credential_store(desk).load()
    if secret is None:
        return ExchangeReport(
            ExchangeOutcome.REFUSED, message="this desk's office secret is missing: join again"
        )
    client = OfficeClient(
        joined.server_url,
        desk.paths.data_dir / CERTIFICATE_FILE,
        desk_id=secret.key,
        secret=secret.token,
        schema=known_revisions()[-1],
    )
    pushed = pulled = 0
    try:
        hello = client.hello()
        _follow_register(desk, hello)
        _push_audit_head(desk, client, int(hello.get("audit_known", 0)))
        # Before this desk's own: a tracking id given back waits on the server for the
        # complaint it names, taken in with it, so no LAPOR! round comes between the two.
        _give_back(desk, client)
        pushed, refused = _push(desk, client)
        pulled = _pull(desk, client)
        _forget_stale_passwords(desk)
    except OfficeUnreachableError as error:
        log.info("office server unreachable: %s", error)
        return ExchangeReport(
            ExchangeOutcome.OFFLINE, pushed, pulled, _waiting(desk), "server unreachable"
        )
    except OfficeRefusedError as error:
        log.warning("office server refused this desk: %s", error)
        outcome = (
            ExchangeOutcome.VERSION_REFUSED if error.error == "version" else ExchangeOutcome.REFUSED
        )
        return ExchangeReport(outcome, pushed, pulled, _waiting(desk), str(error))
    finally:
        client.close()
    waiting = _waiting(desk)
    outcome = ExchangeOutcome.WAITING if refused else ExchangeOutcome.DONE
    return ExchangeReport(outcome, pushed, pulled, waiting)


def _follow_register(desk: Desk, hello: dict[str, Any]) -> None:
    """A register restored from a backup since the last exchange: what it lacks waits to be
    pushed again, and pulling starts again from the restored position (`office.follow_register`)."""
    register = hello.get("register")
    if not isinstance(register, dict) or not register.get("epoch"):
        return  # a server that states no epoch (an older version)
    restored_at = int(register.get("restored_at", 0))
    with desk.database.writing() as session:
        again = office.follow_register(session, str(register["epoch"]), restored_at)
        returned = 0 if again is None else office_kept.give_back_after(session, restored_at)
    if again is not None:
        log.warning(
            "the office register was restored from a backup: %d event(s) of this desk are "
            "pushed again, %d of the server's own given back, the office's events pulled "
            "again from position %s",
            again,
            returned,
            restored_at,
        )


def _forget_stale_passwords(desk: Desk) -> None:
    """An account disabled, or its password changed, on another desk: its old password no
    longer opens this desk's database file either (as when it is done here)."""
    forgotten = desk.accounts.forget_stale_key_slots()
    if forgotten:
        log.info("%d account password(s) no longer open this desk's file", len(forgotten))


def _give_back(desk: Desk, client: OfficeClient) -> None:
    """The server's own events this desk holds that the restored register lacks
    (`office_return`). One the server refuses (its seal does not hold) is not offered again."""
    while True:
        with desk.database.reading() as session:
            batch = office_kept.to_give_back(session, PUSH_BATCH)
        if not batch:
            return
        results = client.give_back(
            [{"id": e.id, "kind": e.kind, "payload": e.payload, "seal": e.seal} for e in batch]
        )
        taken = {PushResult.STORED.value, PushResult.ALREADY_STORED.value}
        accepted = {str(r["id"]): r.get("position") for r in results if r.get("result") in taken}
        # Without a place yet: it waits on the server for its complaint (a later pull brings it).
        positions = {i: int(p) for i, p in accepted.items() if p is not None}
        refused = [e.id for e in batch if e.id not in accepted]
        if refused:
            log.error("the office server refused %d event(s) given back", len(refused))
        with desk.database.writing() as session:
            office_kept.given_back(session, positions, [*refused, *accepted])
            # The news they carry takes its place in the restored register's order.
            settle_histories(session, desk.due_dates, office.mark_stored(session, positions))


def _push_audit_head(desk: Desk, client: OfficeClient, known: int) -> None:
    """The desk's audit head to the server, with the hash its trail has at the length the
    server accepted last: a trail cut or rewritten since is noticed there (OFFICE.md, Audit)."""
    with desk.database.reading() as session:
        count, head = audit.head(session)
        anchor = audit.hash_at(session, known)
    found = client.audit(count, head, anchor)
    if found != AuditHeadCheck.KEPT:
        log.error("the office server found this desk's audit trail %s", found)


def _waiting(desk: Desk) -> int:
    with desk.database.reading() as session:
        return office.waiting_count(session)


def _push(desk: Desk, client: OfficeClient) -> tuple[int, int]:
    """Push every waiting event; (how many the server confirmed, how many it refused). The
    next batch is read while the server takes one in (a desk's history, pushed once when it
    joins, is many batches); the batches still go one after another, each confirmed before
    the next is sent."""
    confirmed = 0
    with desk.database.reading() as session:
        batch = office.pending(session, PUSH_BATCH)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="office-push") as pool:
        while batch:
            _send_files(desk, client, batch)
            answer = pool.submit(client.push, [_on_the_wire(e) for e in batch])
            with desk.database.reading() as session:
                following = office.pending(session, PUSH_BATCH, batch[-1].sequence)
            results = answer.result()
            taken = {PushResult.STORED.value, PushResult.ALREADY_STORED.value}
            positions = {
                str(r["id"]): int(r["position"]) for r in results if r.get("result") in taken
            }
            with desk.database.writing() as session:
                settle_histories(session, desk.due_dates, office.mark_stored(session, positions))
            confirmed += len(positions)
            refused = len(batch) - len(positions)
            if refused:
                log.error("the office server refused %d event(s); they wait", refused)
                return confirmed, refused
            batch = following
    return confirmed, 0


def _on_the_wire(event: office.OutgoingEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "sequence": event.sequence,
        "based_on": event.based_on,
        "kind": event.kind.value,
        "payload": event.payload,
    }


def _attachments(kind: OfficeEventKind, payload: dict[str, Any]) -> list[str]:
    """The SHA-256 of each file a complaint event names."""
    if kind is not OfficeEventKind.COMPLAINT_RECORDED:
        return []
    return [str(a["sha256"]) for a in payload.get("attachments", [])]


def _send_files(desk: Desk, client: OfficeClient, batch: list[office.OutgoingEvent]) -> None:
    """The files the batch's complaints name go first, so a desk that pulls an event finds
    its files on the server (sent again harmlessly when a push was cut off)."""
    files = desk.attachment_folder
    for event in batch:
        for sha256 in _attachments(event.kind, event.payload):
            try:
                data = files.read(files.name_for(sha256))
            except (DamagedAttachmentError, StorageFault) as error:
                log.error("attachment %s cannot be read; sent without it: %s", sha256[:12], error)
                continue
            client.put_file(sha256, data)


def _fetch_files(desk: Desk, client: OfficeClient, events: list[PulledEvent]) -> None:
    """The files the pulled complaints name, kept encrypted under this desk's key before the
    events are applied (outside the write transaction)."""
    files = desk.attachment_folder
    for event in events:
        for sha256 in _attachments(event.kind, event.payload):
            if files.has(sha256):
                continue
            data = client.get_file(sha256)
            if data is None or hashlib.sha256(data).hexdigest() != sha256:
                log.warning("attachment %s is not on the server; listed without it", sha256[:12])
                continue
            files.store_bytes(data)


def _read(pulled: list[dict[str, Any]]) -> tuple[list[PulledEvent], list[KeptEvent]]:
    """A pulled page: the events this desk applies, and those it keeps as they came (the
    server's own, to give back after a restore; a kind this release does not know, unread)."""
    events: list[PulledEvent] = []
    kept: list[KeptEvent] = []
    for e in pulled:
        position, event_id, payload = int(e["position"]), str(e["id"]), e["payload"]
        kind = known_kind(str(e["kind"]))
        own = e.get("desk_code") == SERVER_DESK_CODE and isinstance(e.get("seal"), str)
        if kind is None:
            log.warning("office event %s is of a kind this version does not know: kept", event_id)
        else:
            events.append(PulledEvent(position, event_id, kind, payload))
        if own or kind is None:
            seal = str(e["seal"]) if own else None
            kept.append(KeptEvent(position, event_id, str(e["kind"]), payload, seal, kind is None))
    return events, kept


def _apply_unread(desk: Desk, client: OfficeClient) -> int:
    """Events kept unread whose kind this release knows (the desk was upgraded since)."""
    with desk.database.reading() as session:
        readable = [
            PulledEvent(e.position, e.id, kind, e.payload)
            for e in office_kept.unread(session)
            if (kind := known_kind(e.kind)) is not None
        ]
    if not readable:
        return 0
    _fetch_files(desk, client, readable)
    with desk.database.writing() as session:
        at = office.pulled_position(session)
        applied = apply_pulled(session, desk.due_dates, readable, at, desk.attachment_folder)
        office_kept.mark_read(session, [e.id for e in readable])
    return applied


def _pull(desk: Desk, client: OfficeClient) -> int:
    """Pull and apply the office's events page by page. The next page is asked for (on a
    client of its own, on another thread) while this one is applied: a desk joining a large
    office would otherwise wait on the server for a sixth of its time. Positions move only
    with what is committed, so a cut anywhere loses and doubles nothing."""
    applied = _apply_unread(desk, client)
    with desk.database.reading() as session:
        after = office.pulled_position(session)
    told = after  # how far the server was last told this desk has carried out
    ahead = client.twin()
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="office-pull") as pool:
            answer = client.pull(after)
            for _page in range(MAX_PULL_PAGES):
                up_to = int(answer["up_to"])
                if up_to <= after:
                    if told == after:
                        return applied
                    # Nothing new past what was just committed: one more ask, so the server
                    # knows now that this desk carried it out (an erasure, `python -m
                    # sync.office desks`) rather than at the next exchange.
                    answer, told = client.pull(after), after
                    continue
                following = pool.submit(ahead.pull, up_to, after)
                applied += _apply_page(desk, client, answer["events"], up_to)
                told, after = after, up_to
                answer = following.result()
    finally:
        ahead.close()
    return applied


def _apply_page(desk: Desk, client: OfficeClient, page: list[dict[str, Any]], up_to: int) -> int:
    """One pulled page applied and committed with the position it reaches."""
    events, kept = _read(page)
    _fetch_files(desk, client, events)
    erased: list[str] = []
    with desk.database.writing() as session:
        office_kept.keep(session, kept)
        applied = apply_pulled(
            session, desk.due_dates, events, up_to, desk.attachment_folder, desk.clock(), erased
        )
    # The files of attachments an erasure removed, once it is committed; and the WAL, which
    # still holds the pages as they were before.
    delete_files(desk.attachment_folder, erased)
    if any(e.kind is OfficeEventKind.PERSONAL_DATA_ERASED for e in events):
        desk.database.checkpoint()
    return applied
