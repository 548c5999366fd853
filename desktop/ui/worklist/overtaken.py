"""Office mode: why a change in a complaint's timeline was overtaken, in the officer's terms.

Two officers may change the same complaint's status at two desks before either has seen the
other's change; the one that reaches the office server second no longer fits the status it
meets there and is kept, marked overtaken, counting for nothing (`domain.follow_up.settle`).
Its timeline entry says so, and names the change that came first, so an officer does not
read "Arsipkan" followed by "Disposisikan" as a complaint archived and then passed on.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.complaint import Status
from desktop.domain.follow_up import (
    EventRefusedError,
    FollowUpState,
    RecordedEvent,
    apply,
)


@dataclass(frozen=True)
class Overtaking:
    """What an overtaken entry met: the status then, and the standing change that set it
    (None: the complaint had that status from the start)."""

    status: Status
    first: RecordedEvent | None


def overtakings(timeline: list[RecordedEvent]) -> dict[int, Overtaking]:
    """For each overtaken entry of `timeline` (in the office's order), by its id, what it
    met."""
    state = FollowUpState()
    last_change: RecordedEvent | None = None
    found: dict[int, Overtaking] = {}
    for recorded in timeline:
        if recorded.event.overtaken:
            found[recorded.id] = Overtaking(state.status, last_change)
            continue
        try:
            after = apply(state, recorded.event)
        except EventRefusedError:  # a history this release cannot replay: say no more
            continue
        if after.status is not state.status:
            last_change = recorded
        state = after
    return found
