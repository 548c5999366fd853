"""Read-side services: the worklist and the reference lists behind the pickers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter
from desktop.domain.records import (
    CategoryOption,
    ComplaintRecord,
    ComplaintSummary,
    InstitutionOption,
)
from desktop.domain.regions import Region
from desktop.services import disclosure
from desktop.services.access import AccessControl, Actor
from desktop.services.values import DuplicateNameError, EmptyNameError
from desktop.store import complaints, reference, regions
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database


class Worklist:
    """The complaints list. Rows are fetched by id, a page at a time, by the interface.

    Everything handed out passes `disclosure`: confidential reports redacted for roles that may
    not read them, identity numbers masked unless revealed through `reveal_identity`.
    """

    def __init__(self, database: Database, access: AccessControl, folder: AttachmentFolder) -> None:
        self._database = database
        self._access = access
        self._folder = folder

    def ids(self, limit: int | None = None) -> list[int]:
        """Ids, newest first; with `limit`, only the newest (the first screen, at once)."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.newest_first_ids(session, limit)

    def summaries(self, ids: Sequence[int]) -> dict[int, ComplaintSummary]:
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        confidential = actor.may(Permission.VIEW_CONFIDENTIAL)
        with self._database.reading() as session:
            found = complaints.summaries(session, ids)
        return {
            key: disclosure.summary_for(summary, may_view_confidential=confidential)
            for key, summary in found.items()
        }

    def record(self, complaint_id: int) -> ComplaintRecord | None:
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            found = complaints.record(session, complaint_id)
        if found is None:
            return None
        return disclosure.record_for(
            found, may_view_confidential=actor.may(Permission.VIEW_CONFIDENTIAL)
        )

    def count(self) -> int:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.count(session)

    def reveal_identity(self, complaint_id: int) -> Reporter:
        """The reporter's full identity, recorded in the audit trail as seen by the actor.

        Raises LookupError when there is no such complaint.
        """
        actor = self._access.require(Permission.REVEAL_IDENTITY)
        number = self._visible_number(actor, complaint_id)
        with self._database.writing() as session:
            reporter = complaints.reporter_of(session, complaint_id)
            if reporter is None:  # erased in between
                raise LookupError(complaint_id)
            # The target is the local number; no personal data goes into the trail itself.
            self._access.record(session, AuditAction.IDENTITY_REVEALED, number)
        return reporter

    def save_attachment_copy(self, complaint_id: int, stored_name: str, target: Path) -> None:
        """Write the decrypted attachment to `target`, and record the export.

        Raises LookupError when the attachment is not one of that complaint's, and
        DamagedAttachmentError when the stored file fails its integrity check.
        """
        # Attachments are often scans of the KTP: a copy shows the NIK the lists mask.
        actor = self._access.require(Permission.REVEAL_IDENTITY)
        number = self._visible_number(actor, complaint_id)
        with self._database.reading() as session:
            if not complaints.has_attachment(session, complaint_id, stored_name):
                raise LookupError(stored_name)
        try:
            with self._database.writing() as session:
                self._access.record(
                    session,
                    AuditAction.EXPORT,
                    number,
                    {"what": "attachment", "complaint": number},
                )
                self._folder.export_to(stored_name, target)
        except BaseException:
            # No copy without its audit entry, whichever of the two failed.
            target.unlink(missing_ok=True)
            raise

    def _visible_number(self, actor: Actor, complaint_id: int) -> str:
        """The complaint's local number, once it is sure the actor may see its content.

        Checked before the write transaction opens, so a refusal writes nothing.
        """
        with self._database.reading() as session:
            return disclosure.visible_number(session, actor, complaint_id)


class ReferenceLists:
    """Categories, institutions and regions, as offered in the intake form."""

    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def categories(self) -> list[CategoryOption]:
        with self._database.reading() as session:
            return reference.categories(session)

    def institutions(self) -> list[InstitutionOption]:
        with self._database.reading() as session:
            return reference.institutions(session)

    def region_children(self, code: str | None) -> list[Region]:
        with self._database.reading() as session:
            return regions.children(session, code)

    def add_category(self, name: str, parent_id: int | None) -> int:
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.writing() as session:
            cleaned = _required_name(name)
            _refuse_duplicate(reference.categories(session), cleaned, parent_id=parent_id)
            new_id = reference.add_category(session, cleaned, parent_id)
            self._changed(session, "category", new_id, "added")
            return new_id

    def update_category(self, category_id: int, name: str, active: bool) -> None:
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.writing() as session:
            cleaned = _required_name(name)
            siblings = reference.categories(session)
            parent_id = next((c.parent_id for c in siblings if c.id == category_id), None)
            _refuse_duplicate(siblings, cleaned, parent_id=parent_id, except_id=category_id)
            reference.update_category(session, category_id, cleaned, active)
            self._changed(session, "category", category_id, "updated")

    def add_institution(self, name: str) -> int:
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.writing() as session:
            cleaned = _required_name(name)
            _refuse_duplicate(reference.institutions(session), cleaned)
            new_id = reference.add_institution(session, cleaned)
            self._changed(session, "institution", new_id, "added")
            return new_id

    def update_institution(self, institution_id: int, name: str, active: bool) -> None:
        self._access.require(Permission.MANAGE_REFERENCE)
        with self._database.writing() as session:
            cleaned = _required_name(name)
            _refuse_duplicate(reference.institutions(session), cleaned, except_id=institution_id)
            reference.update_institution(session, institution_id, cleaned, active)
            self._changed(session, "institution", institution_id, "updated")

    def _changed(self, session: Session, kind: str, entry_id: int, what: str) -> None:
        self._access.record(
            session, AuditAction.REFERENCE_CHANGED, f"{kind}:{entry_id}", {"change": what}
        )


def _required_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise EmptyNameError
    return cleaned


def _refuse_duplicate(
    entries: Sequence[CategoryOption | InstitutionOption],
    name: str,
    *,
    parent_id: int | None = None,
    except_id: int | None = None,
) -> None:
    """Two institutions, or two categories under one parent, may not share a name."""
    for entry in entries:
        same_place = not isinstance(entry, CategoryOption) or entry.parent_id == parent_id
        if same_place and entry.id != except_id and entry.name.casefold() == name.casefold():
            raise DuplicateNameError(name)
