"""The desk's duties towards data subjects (UU 27/2022) and its retention period.

A person may ask what the desk holds about them (find, export), have it corrected, or have it
erased; and data is anonymised when the retention period runs out. Every act is audited with
complaint numbers, field names and counts only: the trail outlives the data it talks about, so
it must never hold the data itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import ComplaintDraft, Reporter
from desktop.domain.identity import NIK_LENGTH, compact_nik, normalise_phone
from desktop.domain.problems import Field
from desktop.domain.validation import validate_draft
from desktop.services import office_events
from desktop.services.access import AccessControl
from desktop.services.person_values import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_NAME_LETTERS,
    ErasureReason,
    InvalidCorrectionError,
    PersonKey,
    PersonMatch,
    PersonProblem,
    PersonRequestError,
    ReporterCorrection,
)
from desktop.store import complaints, people, reference
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database
from desktop.store.errors import storage_faults
from desktop.store.files import replaced_atomically

log = logging.getLogger("desktop.services")

RETENTION_KEY = "privacy.retention_years"
LONGEST_NATIONAL_PHONE = 13
# One transaction per batch: a desk with years of complaints is not locked for minutes, and
# an interruption keeps the batches already done.
RETENTION_BATCH = 500

_REPORTER_FIELDS = {
    Field.REPORTER_NAME: "name",
    Field.REPORTER_NIK: "nik",
    Field.REPORTER_PHONE: "phone",
    Field.REPORTER_EMAIL: "email",
    Field.REPORTER_ADDRESS: "address",
}


def search_value(kind: PersonKey, text: str) -> str:
    """The typed search key in the form the database holds, or PersonRequestError."""
    if kind is PersonKey.NIK:
        nik = compact_nik(text.strip())
        if len(nik) != NIK_LENGTH or not (nik.isdigit() and nik.isascii()):
            raise PersonRequestError(PersonProblem.NIK_NOT_16_DIGITS)
        return nik
    if kind is PersonKey.PHONE:
        phone = normalise_phone(text)
        if phone is None:
            raise PersonRequestError(PersonProblem.PHONE_INVALID)
        return phone
    name = " ".join(text.split())
    if sum(c.isalpha() for c in name) < MIN_NAME_LETTERS:
        raise PersonRequestError(PersonProblem.NAME_TOO_SHORT)
    return name


def key_of_typed(text: str) -> PersonKey:
    """What an officer typed in one search field: a NIK (16 digits), a phone number (other
    digits, perhaps with +, spaces, dots or dashes), or else a name."""
    compact = re.sub(r"[\s.()\-]", "", text)
    digits = compact.removeprefix("+")
    if not digits or not (digits.isdigit() and digits.isascii()):
        return PersonKey.NAME
    # No Indonesian phone number has more than 13 digits written without "+" (0812 3456
    # 78901, 62812...): longer is a NIK, perhaps mistyped, and refused as one.
    if len(digits) > LONGEST_NATIONAL_PHONE and not compact.startswith("+"):
        return PersonKey.NIK
    return PersonKey.PHONE


def find_rows(
    session: Session, kind: PersonKey, text: str, among: people.Among = people.EVERY_COMPLAINT
) -> list[people.PersonRow]:
    """A person's complaints: the NIK or phone number exactly (as intake stores them), or a
    name by its words; PersonRequestError when `text` cannot be such a key. Shared by the
    administrator's data-subject requests and the counter's search in the worklist."""
    value = search_value(kind, text)
    if kind is PersonKey.NIK:
        return people.by_nik(session, value, among)
    if kind is PersonKey.PHONE:
        return people.by_phone(session, value, among)
    return people.by_name_words(session, value.split(), among)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


class PersonRequests:
    """Find, export, correct and erase a person's data; apply the retention period."""

    def __init__(
        self,
        database: Database,
        access: AccessControl,
        attachments: AttachmentFolder,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._access = access
        self._attachments = attachments
        self._clock = clock

    def find(self, kind: PersonKey, text: str) -> list[PersonMatch]:
        """The complaints of the person with this NIK, phone number, or name part."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        search_value(kind, text)  # refused before the transaction: a refusal writes nothing
        with self._database.writing() as session:
            found = find_rows(session, kind, text)
            details = {"by": kind.value, "matches": len(found)}
            self._access.record(session, AuditAction.PERSON_SEARCHED, details=details)
        return [
            PersonMatch(r.id, r.local_number, r.received_at, r.reporter_name, r.title, r.anonymised)
            for r in found
        ]

    def export(self, complaint_ids: Sequence[int], path: Path) -> int:
        """Write everything held in these complaints to one JSON file; returns how many."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        if not complaint_ids:
            raise PersonRequestError(PersonProblem.NOTHING_SELECTED)
        try:
            count = self._export(complaint_ids, path)
        except BaseException:
            path.unlink(missing_ok=True)  # no copy of personal data without its audit entry
            raise
        return count

    def _export(self, complaint_ids: Sequence[int], path: Path) -> int:
        with self._database.writing() as session:
            items: list[dict[str, Any]] = []
            for complaint_id in complaint_ids:
                record = complaints.record(session, complaint_id)
                if record is None:
                    raise PersonRequestError(PersonProblem.NOT_FOUND)
                item = _plain(dataclasses.asdict(record))
                item["attachments"] = [
                    {"name": a.original_name, "media_type": a.media_type, "size": a.size}
                    for a in (stored.info for stored in record.attachments)
                ]
                stamp = people.anonymised_at(session, complaint_id)
                item["anonymised_at"] = stamp.isoformat() if stamp else None
                item["audit_trail"] = people.audit_for_targets(session, [record.local_number])
                items.append(item)
            numbers = [item["local_number"] for item in items]
            document = {"exported_at": self._clock().isoformat(), "complaints": items}
            self._access.record(
                session, AuditAction.EXPORT, details={"what": "person", "complaints": numbers}
            )
            _write_json(path, document)
        return len(items)

    def reporter_of(self, complaint_id: int) -> ReporterCorrection:
        """The reporter fields as stored, to start a correction from: an identity reveal,
        audited like the one in the complaint's detail view."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        with self._database.writing() as session:
            record = complaints.record(session, complaint_id)
            if record is None:
                raise PersonRequestError(PersonProblem.NOT_FOUND)
            self._access.record(session, AuditAction.IDENTITY_REVEALED, record.local_number)
        r = record.reporter
        return ReporterCorrection(r.name, r.nik, r.phone, r.email, r.address)

    def correct(self, complaint_id: int, correction: ReporterCorrection) -> list[str]:
        """Correct the reporter fields by the intake rules; returns the changed field names."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        with self._database.writing() as session:
            record = complaints.record(session, complaint_id)
            if record is None:
                raise PersonRequestError(PersonProblem.NOT_FOUND)
            if people.is_anonymised(session, complaint_id):
                raise PersonRequestError(PersonProblem.ALREADY_ANONYMISED)
            c = correction
            typed = Reporter(c.name, c.nik, c.phone, c.email, c.address)
            # The complaint's own context (type, channel, anonymity) decides what is required.
            draft = ComplaintDraft(
                channel=record.channel,
                type=record.type,
                reporter=typed,
                is_anonymous=record.is_anonymous,
                privacy_acknowledged=record.privacy_acknowledged,
            )
            checked = validate_draft(draft, self._clock().astimezone().date())
            problems = [p for p in checked.problems if p.field in _REPORTER_FIELDS]
            if problems:
                raise InvalidCorrectionError(problems)
            new = dataclasses.asdict(checked.draft.reporter)
            old = dataclasses.asdict(record.reporter)
            changed = {field: value for field, value in new.items() if old[field] != value}
            people.update_reporter(session, complaint_id, changed)
            fields = sorted(f"reporter_{field}" for field in changed)
            if fields:
                # In an office, every desk and the server take the corrected values.
                office_events.reporter_corrected(
                    session, complaint_id, changed, self._username(), self._clock()
                )
                self._access.record(
                    session,
                    AuditAction.PERSON_CORRECTED,
                    record.local_number,
                    {"fields": fields},
                    register=[complaint_id],
                )
        return fields

    def anonymise(self, complaint_ids: Sequence[int], reason: str) -> int:
        """Erase the personal data of these complaints; returns how many were anonymised."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        why = ErasureReason(reason)
        with self._database.writing() as session:
            rows = [r for r in people.rows(session, complaint_ids) if not r.anonymised]
            ids = [r.id for r in rows]
            now = self._clock()
            unused = people.anonymise(session, ids, now)
            # In an office, the server and every desk erase them too (`office_erasure`).
            office_events.personal_data_erased(session, ids, why.value, self._username(), now)
            for row in rows:
                self._access.record(
                    session,
                    AuditAction.PERSON_ERASED,
                    row.local_number,
                    {"reason": why.value},
                    register=[row.id],
                )
        self._delete_files(unused)
        return len(ids)

    def _username(self) -> str:
        return self._access.current.username if self._access.current else ""

    def retention_years(self) -> int:
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        return self._stored_retention_years()

    def _stored_retention_years(self) -> int:
        with self._database.reading() as session:
            stored = reference.settings(session).get(RETENTION_KEY, "")
        return int(stored) if stored.isdigit() else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        """0 keeps everything; otherwise complaints older than `years` are anonymised."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        if not 0 <= years <= MAX_RETENTION_YEARS:
            raise PersonRequestError(PersonProblem.RETENTION_OUT_OF_RANGE)
        with self._database.writing() as session:
            before = reference.settings(session).get(RETENTION_KEY)
            if before == str(years):
                return
            reference.save_settings(session, {RETENTION_KEY: str(years)})
            self._access.record(
                session, AuditAction.SETTINGS_CHANGED, details={"keys": [RETENTION_KEY]}
            )

    def apply_retention(self, now: dt.datetime | None = None) -> int:
        """Anonymise every complaint received more than the retention period before today."""
        self._access.require(Permission.DATA_SUBJECT_REQUESTS)
        return self.apply_due_retention(now)

    def apply_due_retention(self, now: dt.datetime | None = None) -> int:
        """The retention period's own job, run when the desk opens: the law asks for the data
        to go when the period ends, whoever is at the desk, so no one's permission is needed.
        Its audit entry has no user. Cheap when nothing is due (one indexed query)."""
        years = self._stored_retention_years()
        if years == 0:
            return 0
        today = (now or self._clock()).astimezone().date()
        cutoff_day = years_before(today, years)
        # Midnight at the desk (local time) of the cut-off day, as an aware datetime.
        cutoff = dt.datetime.combine(cutoff_day, dt.time()).astimezone()
        total = 0
        while True:
            with self._database.writing() as session:
                ids = people.not_anonymised_before(session, cutoff, RETENTION_BATCH)
                erased_at = self._clock()
                unused = people.anonymise(session, ids, erased_at)
                office_events.personal_data_erased(
                    session, ids, ErasureReason.RETENTION.value, "", erased_at
                )
                if ids:  # nothing due: no entry for every start of the app
                    # In the batch's own transaction: no erasure goes unrecorded.
                    self._access.record(
                        session,
                        AuditAction.RETENTION_APPLIED,
                        details={
                            "years": years,
                            "before": cutoff_day.isoformat(),
                            "count": len(ids),
                        },
                        register=ids,
                    )
            self._delete_files(unused)
            total += len(ids)
            if len(ids) < RETENTION_BATCH:
                break
        if total == 0:
            return 0
        log.info("retention: anonymised %d complaint(s) received before %s", total, cutoff_day)
        return total

    def _delete_files(self, stored_names: Iterable[str]) -> None:
        """Delete attachment files after their rows are gone (committed) and nothing uses them.

        Each on its own: a file held open (an antivirus scan) must not keep the others. What
        is left is removed by `remove_orphaned_files` when the desk next opens.
        """
        left = 0
        for name in stored_names:
            try:
                self._attachments.path_of(name).unlink(missing_ok=True)
            except OSError:
                left += 1
        if left:
            log.warning("%d erased attachment file(s) could not be deleted yet", left)
        # The WAL still holds the pages as they were before the erasure: fold and empty it.
        self._database.checkpoint()

    def remove_orphaned_files(self, now: dt.datetime | None = None) -> int:
        """Delete attachment files no complaint refers to: left by an erasure that could not
        delete them, or by a save that stopped between copying and committing. Only files a
        day old, so a save in progress is never touched. Part of the desk's own upkeep."""
        cutoff = (now or self._clock()).timestamp() - 24 * 3600
        with self._database.reading() as session:
            referenced = people.referenced_attachment_names(session)
        removed = 0
        for path in self._attachments.files():
            try:
                if path.name not in referenced and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue  # held open: next time
        if removed:
            log.info("removed %d attachment file(s) no complaint refers to", removed)
        return removed


def _plain(value: Any) -> Any:
    """`value` with dates turned into ISO text, ready for JSON."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _write_json(path: Path, document: dict[str, Any]) -> None:
    """Never a half-written export: written beside `path`, then renamed."""
    with storage_faults(), replaced_atomically(path) as writer:
        json.dump(document, writer, ensure_ascii=False, indent=2)
