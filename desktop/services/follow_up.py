"""The follow-up of a complaint: its timeline, and adding the next event (one transaction).

The event is checked against the history as it stands inside the write transaction, so two
officers acting on the same complaint at once cannot both move it from the same status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.follow_up import (
    REQUIRED_PERMISSION,
    EventKind,
    FollowUpEvent,
    FollowUpState,
    RecordedEvent,
    allowed_kinds,
    apply,
    replay,
)
from desktop.domain.sla import StepDeadline
from desktop.services.access import AccessControl
from desktop.services.disclosure import visible_number
from desktop.services.due_dates import DueDateKeeper
from desktop.store import complaints, follow_up
from desktop.store.database import Database


@dataclass(frozen=True)
class FollowUpOverview:
    timeline: list[RecordedEvent]
    state: FollowUpState
    offered: list[EventKind]  # allowed by the status and by the signed-in officer's role
    deadlines: list[StepDeadline]


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
        assert facts is not None  # visible_number found the complaint
        history = [r.event for r in recorded]
        state = replay(history)
        offered = [k for k in allowed_kinds(state) if actor.may(REQUIRED_PERMISSION[k])]
        received_at, kind, supervisory = facts
        today = self._clock().astimezone().date()
        rules = self._due_dates.rules_for(received_at)
        deadlines = rules.for_complaint(received_at, kind, supervisory, history, today)
        return FollowUpOverview(recorded, state, offered, deadlines)

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

    def add(self, complaint_id: int, event: FollowUpEvent) -> FollowUpState:
        """Append `event` if it fits; raises EventRefusedError (with the reason) otherwise.
        A refused or failed event leaves the history as it was."""
        actor = self._access.require(REQUIRED_PERMISSION[event.kind])
        event = replace(event, at=self._clock())  # the desk's clock, not the caller's
        with self._database.writing() as session:
            number = visible_number(session, actor, complaint_id)
            history = follow_up.events_of(session, complaint_id)
            state = apply(replay(r.event for r in history), event)
            if event.corrects_event_id is not None and all(
                r.id != event.corrects_event_id for r in history
            ):
                raise LookupError(event.corrects_event_id)
            follow_up.append(session, complaint_id, event, actor.username)
            facts = complaints.sla_facts(session, complaint_id)
            assert facts is not None  # visible_number found the complaint
            rules = self._due_dates.rules_for(facts[0])
            history_after = [*(r.event for r in history), event]
            follow_up.set_derived(session, complaint_id, rules.derive(*facts, history_after))
            self._access.record(
                session,
                AuditAction.COMPLAINT_CHANGED,
                number,
                {"event": event.kind.value, "status": state.status.value},
            )
        return state
