"""Follow-up events: appended inside the caller's transaction, read back in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.complaint import Status
from desktop.domain.follow_up import ContactMethod, EventKind, FollowUpEvent, RecordedEvent
from desktop.domain.sla import DerivedFacts
from desktop.store.schema import Complaint, FollowUpEventRow


def _event(row: FollowUpEventRow) -> RecordedEvent:
    return RecordedEvent(row.id, row.actor, _follow_up_event(row), row.desk_code or "")


def _follow_up_event(row: Any) -> FollowUpEvent:
    """The event a stored row (an ORM object, or a Core row with the same columns) holds."""
    return FollowUpEvent(
        kind=EventKind(row.kind),
        at=row.at,
        text=row.text,
        unit_id=row.unit_id,
        institution_id=row.institution_id,
        reason=row.reason,
        rating=row.rating,
        contact_method=ContactMethod(row.contact_method) if row.contact_method else None,
        linked_complaint_id=row.linked_complaint_id,
        corrects_event_id=row.corrects_event_id,
        national_status=Status(row.national_status) if row.national_status else None,
        overtaken=bool(row.overtaken),
    )


def _office_order(t: type[FollowUpEventRow]) -> tuple[Any, ...]:
    """A history's order: the office's for events the server has placed, then this desk's own
    not yet pushed (on a desk that never joined an office, all of them: by id, as always)."""
    return (t.office_position.is_(None), t.office_position, t.id)


def events_of(session: Session, complaint_id: int) -> list[RecordedEvent]:
    """The complaint's history, oldest first."""
    query = (
        select(FollowUpEventRow)
        .where(FollowUpEventRow.complaint_id == complaint_id)
        .order_by(*_office_order(FollowUpEventRow))
    )
    return [_event(row) for row in session.execute(query).scalars()]


def histories_of(session: Session, ids: Sequence[int]) -> dict[int, list[FollowUpEvent]]:
    """The histories of many complaints at once, each oldest first (recomputing due dates)."""
    t = FollowUpEventRow
    query = (
        select(
            t.complaint_id,
            t.kind,
            t.at,
            t.text,
            t.unit_id,
            t.institution_id,
            t.reason,
            t.rating,
            t.contact_method,
            t.linked_complaint_id,
            t.corrects_event_id,
            t.national_status,
            t.overtaken,
        )
        .where(t.complaint_id.in_(ids))
        .order_by(t.complaint_id, *_office_order(t))
    )
    histories: dict[int, list[FollowUpEvent]] = {}
    for row in session.execute(query):
        histories.setdefault(row.complaint_id, []).append(_follow_up_event(row))
    return histories


def links_to(session: Session, complaint_id: int) -> list[tuple[int, RecordedEvent]]:
    """Events of other complaints that link to, or were merged into, this one, oldest first,
    each with the id of the complaint it belongs to."""
    query = (
        select(FollowUpEventRow)
        .where(
            FollowUpEventRow.linked_complaint_id == complaint_id,
            FollowUpEventRow.kind.in_((EventKind.LINKED, EventKind.MERGED)),
        )
        .order_by(FollowUpEventRow.id)
    )
    return [(row.complaint_id, _event(row)) for row in session.execute(query).scalars()]


def rows_of(session: Session, complaint_id: int) -> list[FollowUpEventRow]:
    """The complaint's event rows in the office's order (office mode's settling)."""
    query = (
        select(FollowUpEventRow)
        .where(FollowUpEventRow.complaint_id == complaint_id)
        .order_by(*_office_order(FollowUpEventRow))
    )
    return list(session.execute(query).scalars())


def rows_of_many(session: Session, ids: Sequence[int]) -> dict[int, list[FollowUpEventRow]]:
    """The event rows of many complaints at once, each in the office's order."""
    query = (
        select(FollowUpEventRow)
        .where(FollowUpEventRow.complaint_id.in_(ids))
        .order_by(FollowUpEventRow.complaint_id, *_office_order(FollowUpEventRow))
    )
    found: dict[int, list[FollowUpEventRow]] = {}
    for row in session.execute(query).scalars():
        found.setdefault(row.complaint_id, []).append(row)
    return found


def event_of(row: FollowUpEventRow) -> FollowUpEvent:
    return _follow_up_event(row)


def event_of_values(values: Mapping[str, Any]) -> FollowUpEvent:
    """The event a row's column values (not yet stored) hold."""
    return _follow_up_event(SimpleNamespace(**values))


def row(session: Session, event_id: int) -> FollowUpEventRow:
    found = session.get(FollowUpEventRow, event_id)
    assert found is not None
    return found


def append(session: Session, complaint_id: int, event: FollowUpEvent, actor: str) -> int:
    row = FollowUpEventRow(
        complaint_id=complaint_id,
        at=event.at,
        actor=actor,
        kind=event.kind,
        text=event.text.strip(),
        unit_id=event.unit_id,
        institution_id=event.institution_id,
        reason=event.reason.strip(),
        rating=event.rating,
        contact_method=event.contact_method,
        linked_complaint_id=event.linked_complaint_id,
        corrects_event_id=event.corrects_event_id,
        national_status=event.national_status,
    )
    session.add(row)
    session.flush()
    return row.id


def set_derived(session: Session, complaint_id: int, facts: DerivedFacts) -> None:
    """The complaint row keeps what its history leads to (status, unit, due dates), for lists
    and filters."""
    set_derived_many(session, [(complaint_id, facts)])


_DERIVED_COLUMNS = ("status", "unit_id", "verify_due", "follow_up_due", "complete_due", "next_due")


def derived_values(facts: DerivedFacts) -> dict[str, Any]:
    """The complaint row's columns that keep `facts`."""
    return {
        "status": facts.status.value,
        "unit_id": facts.unit_id,
        "verify_due": facts.due.verify,
        "follow_up_due": facts.due.follow_up,
        "complete_due": facts.due.complete,
        "next_due": facts.due.earliest,
    }


def derived_of_many(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What the complaint rows keep now of their derived facts (`derived_values`)."""
    columns = [getattr(Complaint, name) for name in _DERIVED_COLUMNS]
    query = select(Complaint.id, *columns).where(Complaint.id.in_(ids))
    return {
        row[0]: dict(zip(_DERIVED_COLUMNS, row[1:], strict=True)) for row in session.execute(query)
    }


def set_derived_many(session: Session, rows: Sequence[tuple[int, DerivedFacts]]) -> None:
    if not rows:
        return
    session.execute(
        update(Complaint),
        [{"id": complaint_id, **derived_values(facts)} for complaint_id, facts in rows],
    )


def blank_texts(session: Session, complaint_ids: list[int], marker: str) -> None:
    """Erasure: what was written in the history may name the complainant; the kinds, times
    and links stay for the statistics."""
    if complaint_ids:
        session.execute(
            update(FollowUpEventRow)
            .where(FollowUpEventRow.complaint_id.in_(complaint_ids), FollowUpEventRow.text != "")
            .values(text=marker)
        )
        session.execute(
            update(FollowUpEventRow)
            .where(FollowUpEventRow.complaint_id.in_(complaint_ids), FollowUpEventRow.reason != "")
            .values(reason=marker)
        )
