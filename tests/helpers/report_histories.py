"""Invented follow-up histories for the report engine's properties (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from desktop.domain.follow_up import (
    ContactMethod,
    EventKind,
    FollowUpEvent,
    FollowUpState,
    allowed_kinds,
    apply,
)

OTHER_IDS = (1_000, 1_001)  # complaints outside the set a history may merge into


@st.composite
def histories(draw: st.DrawFn, received: dt.datetime) -> list[FollowUpEvent]:
    """A history the follow-up rules accept, with events hours to days apart."""
    events: list[FollowUpEvent] = []
    state = FollowUpState()
    moment = received
    for _ in range(draw(st.integers(0, 12))):
        offered = [k for k in allowed_kinds(state) if k is not EventKind.CORRECTION]
        kind = draw(st.sampled_from(offered))
        if kind is EventKind.CLOSED and not state.answered:
            continue
        moment += dt.timedelta(hours=draw(st.integers(1, 24 * 6)))
        event = FollowUpEvent(
            kind,
            moment,
            text="teks",
            unit_id=draw(st.sampled_from([7, 8])),
            institution_id=9,
            reason=draw(st.sampled_from(["Tidak jelas", "Bukan pelayanan publik"])),
            rating=draw(st.none() | st.integers(1, 5)),
            contact_method=ContactMethod.CALL,
            linked_complaint_id=draw(st.sampled_from(OTHER_IDS)),
        )
        state = apply(state, event)
        events.append(event)
    return events
