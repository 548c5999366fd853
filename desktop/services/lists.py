"""Read-side services: the worklist and the reference lists behind the pickers."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.records import (
    CategoryOption,
    ComplaintRecord,
    ComplaintSummary,
    InstitutionOption,
)
from desktop.domain.regions import Region
from desktop.services.values import EmptyNameError
from desktop.store import complaints, reference, regions
from desktop.store.database import Database


class Worklist:
    """The complaints list. Rows are fetched by id, a page at a time, by the interface."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def ids(self, limit: int | None = None) -> list[int]:
        """Ids, newest first; with `limit`, only the newest (the first screen, at once)."""
        with self._database.reading() as session:
            return complaints.newest_first_ids(session, limit)

    def summaries(self, ids: Sequence[int]) -> dict[int, ComplaintSummary]:
        with self._database.reading() as session:
            return complaints.summaries(session, ids)

    def record(self, complaint_id: int) -> ComplaintRecord | None:
        with self._database.reading() as session:
            return complaints.record(session, complaint_id)

    def count(self) -> int:
        with self._database.reading() as session:
            return complaints.count(session)


class ReferenceLists:
    """Categories, institutions and regions, as offered in the intake form."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def categories(self) -> list[CategoryOption]:
        with self._database.reading() as session:
            return reference.categories(session)

    def institutions(self) -> list[InstitutionOption]:
        with self._database.reading() as session:
            return reference.institutions(session)

    def region_children(self, code: str | None) -> list[Region]:
        with self._database.reading() as session:
            return regions.children(session, code)

    def region_names(self, codes: list[str]) -> dict[str, str]:
        with self._database.reading() as session:
            return regions.names(session, codes)

    def add_category(self, name: str, parent_id: int | None) -> int:
        with self._database.writing() as session:
            return reference.add_category(session, _required_name(name), parent_id)

    def update_category(self, category_id: int, name: str, active: bool) -> None:
        with self._database.writing() as session:
            reference.update_category(session, category_id, _required_name(name), active)

    def add_institution(self, name: str) -> int:
        with self._database.writing() as session:
            return reference.add_institution(session, _required_name(name))

    def update_institution(self, institution_id: int, name: str, active: bool) -> None:
        with self._database.writing() as session:
            reference.update_institution(session, institution_id, _required_name(name), active)


def _required_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise EmptyNameError
    return cleaned
