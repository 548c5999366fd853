"""Office mode: a person's data erased or corrected on one desk, carried out by the server and
by every other desk (UU 27/2022; docs/office-mode.md, "Personal data in an office").

The desk that erases appends a `PERSONAL_DATA_ERASED` event naming the complaints (never the
data) and erases them from its own outgoing events (`office_events.personal_data_erased`).
Whoever takes the event in (the server as a desk pushes it, each desk as it pulls it) anonymises
the complaints it holds, keeps their uuids as erased (`OfficeErasure`), rewrites its stored copies
of events naming them, and audits the act. From then on an event naming an erased complaint
(an offline desk's push, a pull by a desk that joins later) is stored and taken in with that
data erased (`ErasedComplaints`), so no late copy brings it back. Corrections travel the same
way as `REPORTER_CORRECTED`, and rewrite the stored copies with the corrected values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop.domain import office_privacy
from desktop.domain.audit_actions import AuditAction
from desktop.domain.office import OfficeEventKind
from desktop.store import audit, people, report_register
from desktop.store import office_privacy as stored
from desktop.store.attachment_files import AttachmentFolder


class Event(Protocol):
    """An office event being taken in (`office_apply.PulledEvent`)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> OfficeEventKind: ...
    @property
    def payload(self) -> dict[str, Any]: ...


class ErasedComplaints:
    """The complaints a batch of events names that the office erased, kept up to date as the
    batch's own erasures are carried out: an event naming one is taken in without the data."""

    def __init__(self, session: Session, events: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """`events`: the batch's (kind, payload) pairs."""
        named = {office_privacy.complaint_of(kind, payload) for kind, payload in events}
        self._erased = stored.erased(session, {u for u in named if u is not None})
        # Attachments erased: by SHA-256 (no longer named by an event), by stored name (rows
        # the register deleted). Their files go after the commit, if nothing else keeps them.
        self.dropped: list[str] = []
        self.deleted_names: list[str] = []

    def add(self, uuids: Iterable[str], at: dt.datetime) -> None:
        self._erased |= {uuid: at for uuid in uuids}

    def payload_of(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """`payload`, with the person's data erased when its complaint was erased."""
        at = self._erased.get(office_privacy.complaint_of(kind, payload) or "")
        if at is None:
            return payload
        scrubbed, gone = office_privacy.erased(kind, payload, at.astimezone(dt.UTC).isoformat())
        self.dropped += gone
        return scrubbed

    def erased(self, uuid: str) -> bool:
        return uuid in self._erased


def carry_out_erasure(
    session: Session,
    event: Event,
    now: dt.datetime,
    erased: ErasedComplaints,
    *,
    register_events: bool,
) -> int:
    """Erase the complaints the event names from this register and from the stored events that
    hold their data (`register_events`: the server's register of events too); how many of this
    register's complaints it anonymised. The attachments it erased are noted in `erased`: the
    caller deletes their files after the commit (`unused_files`, `delete_files`)."""
    payload = event.payload
    uuids = [u for u in payload.get("complaints") or [] if isinstance(u, str)]
    at = _moment(payload.get("at")) or now
    rows = [r for r in people.rows(session, list(stored.complaint_ids(session, uuids).values()))]
    rows = [r for r in rows if not r.anonymised]
    files = people.anonymise(session, [r.id for r in rows], at)
    stored.mark_erased(session, uuids, at, event.id)
    erased.add(uuids, at)
    erased.dropped += stored.erase_stored(session, uuids, at, register_events=register_events)
    erased.deleted_names += files
    for row in rows:
        audit.append(
            session,
            at=now,
            actor="",  # carried out for the office: who asked is in the details
            action=AuditAction.PERSON_ERASED,
            target=row.local_number,
            details={
                "reason": str(payload.get("reason", "")),
                "office_event": event.id,
                "by": str(payload.get("by", "")),
                "desk": str(payload.get("desk_code", "")),
            },
            register=[row.id],
        )
    return len(rows)


def carry_out_correction(
    session: Session,
    event: Event,
    now: dt.datetime,
    erased: ErasedComplaints,
    *,
    register_events: bool,
) -> int:
    """Set the corrected reporter fields in this register and in the stored events that hold
    them; nothing for a complaint erased meanwhile. 1 when the register changed, else 0."""
    uuid = event.payload.get("complaint")
    values = office_privacy.correction_values(event.payload)
    if not isinstance(uuid, str) or not values or erased.erased(uuid):
        return 0
    stored.correct_stored(session, uuid, values, register_events=register_events)
    complaint_id = stored.complaint_ids(session, [uuid]).get(uuid)
    if complaint_id is None or people.is_anonymised(session, complaint_id):
        return 0
    people.update_reporter(session, complaint_id, values)
    number = people.rows(session, [complaint_id])[0].local_number
    audit.append(
        session,
        at=now,
        actor="",
        action=AuditAction.PERSON_CORRECTED,
        target=number,
        details={
            "fields": sorted(f"reporter_{field}" for field in values),
            "office_event": event.id,
            "by": str(event.payload.get("by", "")),
            "desk": str(event.payload.get("desk_code", "")),
        },
        register=[complaint_id],
    )
    return 1


def unused_files(
    session: Session, erased: ErasedComplaints, files: AttachmentFolder | None
) -> list[str]:
    """The stored names of the files the batch erased that nothing in this register keeps."""
    if files is None:
        return []
    names = set(erased.deleted_names)  # people.anonymise checked these already
    by_hash = {files.name_for(h) for h in stored.unused_files(session, erased.dropped)}
    names |= by_hash - report_register.still_used(session, by_hash)
    return sorted(names)


def delete_files(files: AttachmentFolder | None, names: Iterable[str]) -> int:
    """After the commit: the erased attachments' files. One held open (an antivirus scan) is
    left for the desk's upkeep of files no complaint refers to. How many are left."""
    left = 0
    if files is None:
        return 0
    for name in names:
        try:
            files.path_of(name).unlink(missing_ok=True)
        except OSError:
            left += 1
    return left


def _moment(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)).astimezone(dt.UTC)
    except ValueError:
        return None
