"""Recording a complaint received at the desk: one transaction, with its attachments.

Attachment bytes are encrypted into the data folder first (they cannot join a SQLite transaction);
the complaint, its number, its attachment rows and (when the officer chose one of the possible
duplicates offered) its link to an existing complaint are then written in one transaction. If
that fails, the copied files are removed again, so a failed save leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.attachments import MAX_ATTACHMENTS_PER_COMPLAINT, is_allowed_media_type
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import AttachmentInfo, ComplaintDraft, new_complaint_uuid
from desktop.domain.follow_up import (
    EventKind,
    EventRefusedError,
    FollowUpEvent,
    FollowUpState,
    apply,
)
from desktop.domain.identity import nik_region_codes
from desktop.domain.local_number import format_desk_number, format_local_number
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.domain.validation import DraftCheck, validate_draft
from desktop.services import office_events
from desktop.services.access import AccessControl
from desktop.services.due_dates import DueDateKeeper
from desktop.services.follow_up import append_event, link_refusal_in
from desktop.services.settings import DeskSettingsStore
from desktop.services.values import AttachmentCheck, InvalidComplaintError, RecordedComplaint
from desktop.store import complaints, outbox, regions, report_facts
from desktop.store.attachment_files import AttachmentFolder, StoredFile, sniff_media_type
from desktop.store.database import Database

log = logging.getLogger("desktop.services")


class IntakeService:
    def __init__(
        self,
        database: Database,
        folder: AttachmentFolder,
        settings: DeskSettingsStore,
        due_dates: DueDateKeeper,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._folder = folder
        self._settings = settings
        self._due_dates = due_dates
        self._access = access
        self._clock = clock

    def today(self) -> dt.date:
        """Today at the desk (local time), the limit for incident dates."""
        return self._clock().astimezone().date()

    def check(self, draft: ComplaintDraft) -> DraftCheck:
        return validate_draft(draft, self.today())

    def unknown_nik_region(self, nik: str) -> str | None:
        """The first of a NIK's region codes (province, regency, district) that names no
        region in the desk's list, or None when all do (or the text is not a NIK yet).

        Only a note for the officer, never a refusal: a NIK keeps the code of the place where
        it was first issued, which may have been split or renamed since. Three look-ups by
        primary key: quick enough to ask as the officer leaves the field.
        """
        codes = nik_region_codes(nik)
        if not codes:
            return None
        with self._database.reading() as session:
            known = regions.names(session, codes)
        return next((code for code in codes if code not in known), None)

    def check_attachment(self, path: Path, max_mb: int | None = None) -> AttachmentCheck:
        """Whether a file may be attached: by its size and its content, not its name."""
        limit_mb = max_mb if max_mb is not None else self._settings.load().max_attachment_mb
        try:
            size = path.stat().st_size
            media_type = sniff_media_type(path)
        except OSError:
            return AttachmentCheck(path, None, 0, Problem.FILE_UNREADABLE, limit_mb)
        problem = None
        if size == 0:
            problem = Problem.FILE_EMPTY
        elif size > limit_mb * 1024 * 1024:
            problem = Problem.FILE_TOO_LARGE
        elif not is_allowed_media_type(media_type):
            problem = Problem.FILE_TYPE_NOT_ALLOWED
        return AttachmentCheck(path, media_type, size, problem, limit_mb)

    def record(
        self,
        draft: ComplaintDraft,
        attachments: Sequence[Path] = (),
        link_to: int | None = None,
    ) -> RecordedComplaint:
        """Validate and save a new complaint; raises InvalidComplaintError or StorageFault.

        With `link_to`, the new complaint's history starts with a link (EventKind.LINKED) to
        that existing complaint, a possible duplicate the officer chose at intake; a link that
        may not be made (no such complaint) raises EventRefusedError and saves nothing. Linking
        is part of recording here: the status does not change, so it needs no follow-up right.
        """
        actor = self._access.require(Permission.RECORD_COMPLAINT)
        checked = self.check(draft)
        problems = list(checked.problems)
        settings = self._settings.load()
        if len(attachments) > MAX_ATTACHMENTS_PER_COMPLAINT:
            problems.append(
                FieldProblem(
                    Field.ATTACHMENTS, Problem.TOO_MANY_FILES, MAX_ATTACHMENTS_PER_COMPLAINT
                )
            )
        file_checks = [self.check_attachment(p, settings.max_attachment_mb) for p in attachments]
        problems += [
            FieldProblem(Field.ATTACHMENTS, c.problem, c.limit_mb) for c in file_checks if c.problem
        ]
        if problems:
            raise InvalidComplaintError(problems)

        stored: list[StoredFile] = []
        try:
            for path in attachments:
                stored.append(self._folder.store(path))
            return self._insert(
                checked.draft, settings.office_code, file_checks, stored, link_to, actor.username
            )
        except BaseException:
            self._folder.discard_new(stored)
            raise

    def _insert(
        self,
        draft: ComplaintDraft,
        office_code: str,
        file_checks: list[AttachmentCheck],
        stored: list[StoredFile],
        link_to: int | None,
        actor: str,
    ) -> RecordedComplaint:
        received_at = self._clock()
        year = received_at.astimezone().year
        uuid = new_complaint_uuid(received_at)
        rules = self._due_dates.rules_for(received_at)
        facts = rules.derive(received_at, draft.type, draft.supervisory, [])
        with self._database.writing() as session:
            sequence = complaints.reserve_sequences(session, office_code, year)
            # In an office, the desk's code keeps its numbers unique offline (3201-L1-...).
            joined = office_events.joined(session)
            if joined is None:
                number = format_local_number(office_code, year, sequence)
            else:
                number = format_desk_number(office_code, joined.desk_code, year, sequence)
            complaint_id = complaints.insert_complaint(
                session,
                draft,
                uuid=uuid,
                local_number=number,
                received_at=received_at,
                facts=facts,
                recorded_at_desk=joined.desk_code if joined is not None else "",
            )
            report_facts.add(session, complaint_id, actor)
            attachment_ids = []
            for check, file in zip(file_checks, stored, strict=True):
                info = AttachmentInfo(
                    check.path.name, check.media_type or "", file.size, file.sha256
                )
                attachment_ids.append(
                    complaints.add_attachment(
                        session, complaint_id, info, file.stored_name, received_at
                    )
                )
            if joined is None:
                # Owed to SP4N-LAPOR! from this very transaction: a saved complaint is never
                # missed. In an office only the server talks to LAPOR! (docs/office-mode.md).
                outbox.enqueue_complaint(session, complaint_id, attachment_ids, received_at)
            else:
                office_events.complaint_recorded(session, complaint_id, received_at)
            details: dict[str, object] = {
                "attachments": len(stored),
                "anonymous": draft.is_anonymous,
            }
            linked_number = ""
            if link_to is not None:
                linked_number = self._link(session, complaint_id, link_to, received_at, actor)
                details["linked"] = linked_number  # the number only: it names no person
            self._access.record(
                session,
                AuditAction.COMPLAINT_CREATED,
                number,
                details,
                register=[complaint_id],
            )
        log.info("recorded complaint %s with %d attachment(s)", number, len(stored))
        return RecordedComplaint(complaint_id, uuid, number, received_at, linked_number)

    def _link(
        self, session: Session, complaint_id: int, other_id: int, at: dt.datetime, actor: str
    ) -> str:
        """Start the new complaint's history with its link to `other_id`; its local number."""
        event = FollowUpEvent(EventKind.LINKED, at, linked_complaint_id=other_id)
        state = apply(FollowUpState(), event)  # the first event of a new history
        refusal = link_refusal_in(session, EventKind.LINKED, complaint_id, other_id)
        if refusal is not None:
            raise EventRefusedError(refusal, EventKind.LINKED, state.status)
        append_event(session, self._due_dates, complaint_id, [], event, actor)
        return complaints.numbers(session, [other_id])[other_id]
