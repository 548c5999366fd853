"""The office register's epoch (a register restored from a backup takes a new one) and what a
desk does when it meets a new one: its events the backup may lack wait to be pushed again, and
it pulls again from the position the restored register holds."""

from __future__ import annotations

import datetime as dt

from desktop.domain.office import OfficeEventKind
from desktop.services.desk import Desk
from desktop.store import office, office_register
from desktop.store.schema import OfficeEvent

AT = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _stored_events(desk: Desk, positions: list[int], pulled: int) -> list[str]:
    """This desk's events, confirmed by the server at `positions`; pulled up to `pulled`."""
    with desk.database.writing() as session:
        ids = [
            office.append_outgoing(session, OfficeEventKind.ACCOUNT_SAVED, {"n": n}, AT)
            for n in range(len(positions))
        ]
        office.mark_stored(session, dict(zip(ids, positions, strict=True)))
        office.set_pulled_position(session, pulled)
    return ids


def test_a_desk_meeting_a_restored_register_pushes_and_pulls_again_past_its_position(
    desk: Desk,
) -> None:
    ids = _stored_events(desk, [2, 4, 6, 8], pulled=9)
    with desk.database.writing() as session:
        assert office.follow_register(session, "first", 0) is None  # the first epoch seen
        assert office.follow_register(session, "first", 0) is None  # the same register

    with desk.database.writing() as session:
        assert office.follow_register(session, "restored", 5) == 2
    with desk.database.reading() as session:
        waiting = [event.id for event in office.pending(session, 100)]
        assert waiting == ids[2:]  # stored past the backup: pushed again, in the desk's order
        assert office.pulled_position(session) == 5
        assert office.register_epoch(session) == "restored"

    # A desk that had not pulled as far as the backup keeps its position.
    with desk.database.writing() as session:
        office.set_pulled_position(session, 3)
        assert office.follow_register(session, "restored again", 5) == 0
        assert office.pulled_position(session) == 3


def test_a_restored_register_takes_a_new_epoch_with_its_highest_position(desk: Desk) -> None:
    with desk.database.writing() as session:
        first = office_register.identity(session)
        for sequence in (1, 2, 3):
            session.add(
                OfficeEvent(
                    id=f"00000000-0000-0000-0000-00000000000{sequence}",
                    desk_id="desk",
                    desk_sequence=sequence,
                    based_on=0,
                    kind=OfficeEventKind.ACCOUNT_SAVED.value,
                    payload="{}",
                    received_at=AT,
                )
            )
    with desk.database.writing() as session:
        assert office_register.identity(session) == first  # kept, not made again
        assert first.restored_at == 0
        restored = office_register.mark_restored(session)
    with desk.database.reading() as session:
        assert office_register.identity(session) == restored
    assert restored.epoch != first.epoch
    assert restored.restored_at == 3
