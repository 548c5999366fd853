"""Read-side services: the worklist and the reference lists behind the pickers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.aliases import parse_aliases
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter
from desktop.domain.records import (
    CategoryOption,
    ComplaintRecord,
    ComplaintSummary,
    InstitutionOption,
)
from desktop.domain.regions import Region
from desktop.domain.sla import WorkingCalendar
from desktop.domain.worklist_query import STANDARD_VIEWS, StandardView, WorklistQuery
from desktop.services import data_subject, disclosure
from desktop.services.access import AccessControl, Actor
from desktop.services.due_dates import DueDateKeeper
from desktop.services.person_values import PersonKey, ReporterSearch
from desktop.services.values import DuplicateNameError, EmptyNameError
from desktop.services.worklist_scope import (
    DueItem,
    TodayOverview,
    due_bounds,
    due_state,
    scope_for,
)
from desktop.store import complaints, people, reference, regions, worklist_sql
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database
from desktop.store.worklist_sql import DueBounds, Scope

EVERYTHING = WorklistQuery()


class Worklist:
    """The complaints list. Rows are fetched by id, a page at a time, by the interface.

    Everything handed out passes `disclosure`: confidential reports redacted for roles that may
    not read them, identity numbers masked unless revealed through `reveal_identity`.
    """

    def __init__(
        self,
        database: Database,
        access: AccessControl,
        folder: AttachmentFolder,
        due_dates: DueDateKeeper,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._access = access
        self._folder = folder
        self._due_dates = due_dates
        self._clock = clock

    def ids(self, query: WorklistQuery = EVERYTHING, limit: int | None = None) -> list[int]:
        """Ids the query selects, in its order; with `limit`, only the first ones (the first
        screen, at once)."""
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        bounds = self._bounds()
        with self._database.reading() as session:
            scope = self._scope(session, actor, query, bounds)
            return worklist_sql.ids(session, query, scope, limit)

    def count(self, query: WorklistQuery = EVERYTHING) -> int:
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        bounds = self._bounds()
        with self._database.reading() as session:
            return worklist_sql.count(session, query, self._scope(session, actor, query, bounds))

    def view_counts(self) -> dict[StandardView, int]:
        """How many complaints each standard view holds now, read together."""
        return dict(zip(STANDARD_VIEWS, self.counts(list(STANDARD_VIEWS.values())), strict=True))

    def counts(self, queries: Sequence[WorklistQuery]) -> list[int]:
        """How many complaints each query selects, read together (one snapshot)."""
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        bounds = self._bounds()
        with self._database.reading() as session:
            return [
                worklist_sql.count(session, q, self._scope(session, actor, q, bounds))
                for q in queries
            ]

    def summaries(self, ids: Sequence[int]) -> dict[int, ComplaintSummary]:
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        confidential = actor.may(Permission.VIEW_CONFIDENTIAL)
        bounds = self._bounds()
        with self._database.reading() as session:
            found = complaints.summaries(session, ids)
        return {
            key: replace(
                disclosure.summary_for(summary, may_view_confidential=confidential),
                due_state=due_state(summary.next_due, bounds),
            )
            for key, summary in found.items()
        }

    def today(self, limit: int = 500) -> TodayOverview:
        """Per step, what is due today and what is overdue; the longest overdue listed first."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        today = self._clock().astimezone().date()
        rules = self._due_dates.rules_for(self._clock())
        with self._database.reading() as session:
            counts = worklist_sql.due_counts(session, today)
            items = worklist_sql.due_by_step(session, today, limit)
        found = self.summaries([item.complaint_id for item in items])
        listed = [
            DueItem(
                item.step,
                item.due,
                _days_late(rules.calendar, item.due, today),
                found[item.complaint_id],
            )
            for item in items
            if item.complaint_id in found
        ]
        total = sum(a + b for a, b in counts.values())
        return TodayOverview(
            today,
            {step: due for step, (due, _late) in counts.items()},
            {step: late for step, (_due, late) in counts.items()},
            listed,
            max(0, total - len(listed)),
        )

    def _bounds(self) -> DueBounds:
        today = self._clock().astimezone().date()
        return due_bounds(self._due_dates.rules_for(self._clock()).calendar, today)

    def _scope(
        self, session: Session, actor: Actor, query: WorklistQuery, bounds: DueBounds
    ) -> Scope:
        return scope_for(
            session,
            self._database,
            query,
            bounds,
            may_view_confidential=actor.may(Permission.VIEW_CONFIDENTIAL),
        )

    def find_reporter(self, text: str) -> ReporterSearch:
        """A returning complainant's complaints, found at the counter by what they tell: the NIK
        or phone number (exactly; 0812... and +62812... are one number) or their name (by its
        words). PersonRequestError when the text can be none of these.

        Anonymous reports are never found this way, confidential ones only by roles that may
        read them. A search by NIK or phone is recorded in the audit trail, by its kind and
        the number of complaints found: the number itself stays out of the trail and the logs.
        A name is not: the list shows complainants' names anyway.
        """
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        kind = data_subject.key_of_typed(text)
        data_subject.search_value(kind, text)  # refused before any transaction
        among = people.Among(
            named_only=True, without_confidential=not actor.may(Permission.VIEW_CONFIDENTIAL)
        )
        if kind is PersonKey.NAME:
            with self._database.reading() as session:
                found = data_subject.find_rows(session, kind, text, among)
        else:
            with self._database.writing() as session:
                found = data_subject.find_rows(session, kind, text, among)
                details = {"by": kind.value, "matches": len(found), "where": "worklist"}
                self._access.record(session, AuditAction.PERSON_SEARCHED, details=details)
        return ReporterSearch(kind, frozenset(row.id for row in found))

    def record(self, complaint_id: int) -> ComplaintRecord | None:
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            found = complaints.record(session, complaint_id)
        if found is None:
            return None
        return disclosure.record_for(
            found, may_view_confidential=actor.may(Permission.VIEW_CONFIDENTIAL)
        )

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

    def set_category_aliases(self, category_id: int, text: str) -> tuple[str, ...]:
        """Set a category's other names, typed on one line ("PJU, lampu jalan"); returns them
        as kept. InvalidAliasesError for one too long or too many."""
        self._access.require(Permission.MANAGE_REFERENCE)
        aliases = parse_aliases(text)
        with self._database.writing() as session:
            reference.set_category_aliases(session, category_id, aliases)
            self._changed(session, "category", category_id, "aliases")
        return aliases

    def set_institution_aliases(self, institution_id: int, text: str) -> tuple[str, ...]:
        """Set an institution's other names ("PUPR, Dinas PU"), as `set_category_aliases`."""
        self._access.require(Permission.MANAGE_REFERENCE)
        aliases = parse_aliases(text)
        with self._database.writing() as session:
            reference.set_institution_aliases(session, institution_id, aliases)
            self._changed(session, "institution", institution_id, "aliases")
        return aliases

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


def _days_late(calendar: WorkingCalendar, due: dt.date, today: dt.date) -> int:
    """Working days since the deadline; at least one once it has passed, even when the days
    since are not working days (a Saturday desk at a public service mall): 0 only for today."""
    if due >= today:
        return 0
    return max(1, calendar.working_days_between(due, today))
