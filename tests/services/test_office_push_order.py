"""A push the server confirms gives the desk's own events their place in the office's order.
Usually that place is after everything the desk has pulled, the order the desk already assumed,
and settling again would change nothing; when the place is earlier (a re-send stored before,
a push again after a restore), the complaint's history is settled again in the new order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.desk import Desk
from desktop.services.office_settle import settle_histories
from desktop.store import office
from desktop.store.schema import FollowUpEventRow
from tests.helpers.desks import good_draft

AT = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _verified_here_archived_elsewhere(desk: Desk) -> int:
    """A complaint this desk verified (not yet pushed, event "mine") that another desk archived
    first (pulled, at position 10): in the office's order the verification is overtaken."""
    recorded = desk.intake.record(good_draft(desk))
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, AT))
    with desk.database.writing() as session:
        verified = session.execute(
            select(FollowUpEventRow).where(
                FollowUpEventRow.complaint_id == recorded.id,
                FollowUpEventRow.kind == EventKind.VERIFIED,
            )
        ).scalar_one()
        verified.office_event_id = "mine"
        session.add(
            FollowUpEventRow(
                complaint_id=recorded.id,
                at=AT - dt.timedelta(minutes=5),
                actor="budi",
                kind=EventKind.ARCHIVED,
                reason="Tidak jelas",
                office_event_id="theirs",
                office_position=10,
            )
        )
        session.flush()
        settle_histories(session, desk.due_dates, [recorded.id])
    return recorded.id


def _timeline(desk: Desk, complaint_id: int) -> tuple[Status, list[tuple[EventKind, bool]]]:
    overview = desk.follow_up.overview(complaint_id)
    marks = [(r.event.kind, r.event.overtaken) for r in overview.timeline]
    return overview.state.status, marks


def test_a_push_placed_after_what_was_pulled_needs_no_settling(desk: Desk) -> None:
    complaint_id = _verified_here_archived_elsewhere(desk)
    before = _timeline(desk, complaint_id)
    assert before[0] is Status.DIARSIPKAN
    assert (EventKind.VERIFIED, True) in before[1]

    with desk.database.writing() as session:
        assert office.mark_stored(session, {"mine": 11}) == []
    assert _timeline(desk, complaint_id) == before


def test_a_push_placed_before_what_was_pulled_settles_the_history_again(desk: Desk) -> None:
    complaint_id = _verified_here_archived_elsewhere(desk)

    # The server had stored the verification before the archiving (a re-send of a batch whose
    # answer was lost): the verification stands, the archiving is overtaken.
    with desk.database.writing() as session:
        reordered = office.mark_stored(session, {"mine": 5})
        assert reordered == [complaint_id]
        settle_histories(session, desk.due_dates, reordered)
    status, marks = _timeline(desk, complaint_id)
    assert status is Status.TERVERIFIKASI
    assert (EventKind.VERIFIED, False) in marks
    assert (EventKind.ARCHIVED, True) in marks
