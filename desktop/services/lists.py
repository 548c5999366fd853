"""Read-side services: the worklist and the reference lists behind the pickers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.records import (
    CategoryOption,
    ComplaintRecord,
    ComplaintSummary,
    InstitutionOption,
)
from desktop.domain.regions import Region
from desktop.services.access import AccessControl
from desktop.services.values import DuplicateNameError, EmptyNameError
from desktop.store import complaints, reference, regions
from desktop.store.database import Database


class Worklist:
    """The complaints list. Rows are fetched by id, a page at a time, by the interface."""

    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def ids(self, limit: int | None = None) -> list[int]:
        """Ids, newest first; with `limit`, only the newest (the first screen, at once)."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.newest_first_ids(session, limit)

    def summaries(self, ids: Sequence[int]) -> dict[int, ComplaintSummary]:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.summaries(session, ids)

    def record(self, complaint_id: int) -> ComplaintRecord | None:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.record(session, complaint_id)

    def count(self) -> int:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return complaints.count(session)


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
