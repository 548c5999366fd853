"""The follow-up of a complaint: its timeline, and adding the next event (one transaction).

The event is checked against the history as it stands inside the write transaction, so two
officers acting on the same complaint at once cannot both move it from the same status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.follow_up import (
    REQUIRED_PERMISSION,
    EventKind,
    EventRefusedError,
    FollowUpEvent,
    FollowUpState,
    RecordedEvent,
    Refusal,
    allowed_kinds,
    apply,
    link_refusal,
    replay,
)
from desktop.domain.outbox import outbox_kind_for
from desktop.domain.records import ComplaintSummary
from desktop.domain.sla import StepDeadline
from desktop.services import office_events
from desktop.services.access import AccessControl
from desktop.services.disclosure import summary_for, visible_number
from desktop.services.due_dates import DueDateKeeper
from desktop.store import accounts, complaints, follow_up, office_news, outbox, report_facts
from desktop.store.database import Database


@dataclass(frozen=True)
class IncomingLink:
    """Another complaint's event linking to (or merging into) the one shown."""

    complaint_id: int
    local_number: str
    recorded: RecordedEvent


@dataclass(frozen=True)
class FollowUpOverview:
    timeline: list[RecordedEvent]
    state: FollowUpState
    offered: list[EventKind]  # allowed by the status and by the signed-in officer's role
    deadlines: list[StepDeadline]
    # The local numbers of the complaints the timeline's links and merges point at, by id.
    linked_numbers: dict[int, str] = field(default_factory=dict)
    incoming: list[IncomingLink] = field(default_factory=list)
    # The officers' full names, by the user names the events carry (a name unknown here: none).
    actor_names: dict[str, str] = field(default_factory=dict)


class FollowUpService:
    def __init__(
        self,
        database: Database,
        access: AccessControl,
        due_dates: DueDateKeeper,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._access = access
        self._due_dates = due_dates
        self._clock = clock

    def overview(self, complaint_id: int) -> FollowUpOverview:
        """History, status, next steps and deadlines, read together (one snapshot). A
        confidential report's is refused to roles that may not read its content (as its detail
        view is): PermissionDeniedError."""
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            visible_number(session, actor, complaint_id)
            facts = complaints.sla_facts(session, complaint_id)
            recorded = follow_up.events_of(session, complaint_id)
            links_to_this = follow_up.links_to(session, complaint_id)
            linked = [r.event.linked_complaint_id for r in recorded]
            numbers = complaints.numbers(
                session, [i for i in linked if i is not None] + [i for i, _ in links_to_this]
            )
            actors = [r.actor for r in recorded] + [r.actor for _, r in links_to_this]
            names = accounts.full_names(session, actors)
        assert facts is not None  # visible_number found the complaint
        # Only the other complaint's number: its event's text may be confidential.
        incoming = [
            IncomingLink(other_id, numbers[other_id], replace(r, event=replace(r.event, text="")))
            for other_id, r in links_to_this
        ]
        history = [r.event for r in recorded]
        state = replay(history)
        offered = [k for k in allowed_kinds(state) if actor.may(REQUIRED_PERMISSION[k])]
        received_at, kind, supervisory = facts
        today = self._clock().astimezone().date()
        rules = self._due_dates.rules_for(received_at)
        deadlines = rules.for_complaint(received_at, kind, supervisory, history, today)
        return FollowUpOverview(recorded, state, offered, deadlines, numbers, incoming, names)

    def timeline(self, complaint_id: int) -> list[RecordedEvent]:
        return self.overview(complaint_id).timeline

    def state(self, complaint_id: int) -> FollowUpState:
        return self.overview(complaint_id).state

    def offered(self, complaint_id: int) -> list[EventKind]:
        """What the signed-in officer may add now: allowed by the status and by their role."""
        return self.overview(complaint_id).offered

    def deadlines(self, complaint_id: int) -> list[StepDeadline]:
        """Each step's deadline and how it stands today, by the desk's calendar."""
        return self.overview(complaint_id).deadlines

    def link_target(
        self, complaint_id: int, kind: EventKind, local_number: str
    ) -> ComplaintSummary:
        """The complaint `complaint_id` would be linked to (LINKED) or merged into (MERGED),
        found by its local number and shown as the worklist shows it. EventRefusedError says
        why it may not be: no number, no such number, the same complaint, a merge into one
        merged away. `add` checks again when the event is saved."""
        actor = self._access.require(REQUIRED_PERMISSION[kind])
        number = local_number.strip()
        with self._database.reading() as session:
            visible_number(session, actor, complaint_id)
            state = replay(r.event for r in follow_up.events_of(session, complaint_id))
            other_id = complaints.id_by_number(session, number) if number else None
            if not number:
                refusal: Refusal | None = Refusal.LINK_REQUIRED
            elif other_id is None:
                refusal = link_refusal(kind, complaint_id, -1, None)
            else:
                refusal = link_refusal_in(session, kind, complaint_id, other_id)
            if refusal is not None or other_id is None:
                raise EventRefusedError(refusal or Refusal.NO_SUCH_COMPLAINT, kind, state.status)
            found = complaints.summaries(session, [other_id])[other_id]
        return summary_for(found, may_view_confidential=actor.may(Permission.VIEW_CONFIDENTIAL))

    def add(self, complaint_id: int, event: FollowUpEvent) -> FollowUpState:
        """Append `event` if it fits; raises EventRefusedError (with the reason) otherwise.
        A refused or failed event leaves the history as it was."""
        actor = self._access.require(REQUIRED_PERMISSION[event.kind])
        event = replace(event, at=self._clock())  # the desk's clock, not the caller's
        with self._database.writing() as session:
            number = visible_number(session, actor, complaint_id)
            history = follow_up.events_of(session, complaint_id)
            state = apply(replay(r.event for r in history), event)
            if event.corrects_event_id is not None:
                corrected = next((r for r in history if r.id == event.corrects_event_id), None)
                if corrected is None:
                    raise LookupError(event.corrects_event_id)
                if not corrected.event.text:  # a correction is of what was written
                    raise EventRefusedError(
                        Refusal.CORRECTED_EVENT_REQUIRED, event.kind, state.status
                    )
            links = event.kind in (EventKind.LINKED, EventKind.MERGED)
            other_id = event.linked_complaint_id if links else None
            if other_id is not None:
                refusal = link_refusal_in(session, event.kind, complaint_id, other_id)
                if refusal is not None:
                    raise EventRefusedError(refusal, event.kind, state.status)
            earlier = [r.event for r in history]
            append_event(session, self._due_dates, complaint_id, earlier, event, actor.username)
            details = {"event": event.kind.value, "status": state.status.value}
            if other_id is not None:  # which duplicate: a merge archives this complaint
                details["linked"] = complaints.numbers(session, [other_id])[other_id]
            self._access.record(
                session, AuditAction.COMPLAINT_CHANGED, number, details, register=[complaint_id]
            )
        return state


def link_refusal_in(
    session: Session, kind: EventKind, complaint_id: int, other_id: int
) -> Refusal | None:
    """Why `complaint_id` may not be linked to (or merged into) `other_id` as the database
    stands in `session`; None when it may."""
    if complaints.disclosure_facts(session, other_id) is None:
        return link_refusal(kind, complaint_id, other_id, None)
    other = replay(r.event for r in follow_up.events_of(session, other_id))
    return link_refusal(kind, complaint_id, other_id, other)


def append_event(
    session: Session,
    due_dates: DueDateKeeper,
    complaint_id: int,
    earlier: list[FollowUpEvent],
    event: FollowUpEvent,
    actor: str,
) -> None:
    """Append an event already checked against the `earlier` history, in the caller's
    transaction, and keep the complaint row's derived facts (status, unit, due dates) in step:
    the one way every service adds to a history. What the national system must hear of (an
    answer, a forward) joins the outbox in the same transaction; so do the facts the reports
    read (`store.report_facts`)."""
    event_id = follow_up.append(session, complaint_id, event, actor)
    # In an office the event goes to the server, which alone talks to LAPOR!; on a desk of its
    # own, what LAPOR! must hear of joins the outbox.
    sent_as = outbox_kind_for(event)
    if not office_events.follow_up_added(session, event_id) and sent_as is not None:
        outbox.enqueue_event(session, complaint_id, event_id, sent_as, event.at)
    if event.kind is EventKind.NATIONAL:  # on an office server, news its desks pull
        office_news.national_event_added(session, event_id)
    facts = complaints.sla_facts(session, complaint_id)
    assert facts is not None  # the caller found the complaint
    rules = due_dates.rules_for(facts[0])
    history = [*earlier, event]
    follow_up.set_derived(session, complaint_id, rules.derive(*facts, history))
    report_facts.refresh(session, complaint_id, history, rules.settler(), *facts)
