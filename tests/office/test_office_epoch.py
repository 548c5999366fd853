"""The office register's epoch (a register restored from a backup takes a new one) and what a
desk does when it meets a new one: its events the backup may lack wait to be pushed again, and
it pulls again from the position the restored register holds."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.office import OfficeEventKind
from desktop.domain.outbox import OutboxKind, OutboxState, SyncProblem
from desktop.services.desk import Desk
from desktop.store import office, office_epoch, office_national, outbox
from desktop.store.schema import OfficeDesk, OfficeEvent
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import join_office
from sync.setup import build_engine
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.exactly_once import VARIED, map_categories_by_hand
from tests.helpers.hub import InProcessHub
from tests.helpers.office import OfficeServer, copy_template, open_copy, run_module
from tests.helpers.office_desks import office_events_of, outgoing_of
from tests.helpers.sync import point_desk_at

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
        first = office_epoch.identity(session)
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
        assert office_epoch.identity(session) == first  # kept, not made again
        assert first.restored_at == 0
        restored = office_epoch.mark_restored(session)
    with desk.database.reading() as session:
        assert office_epoch.identity(session) == restored
    assert restored.epoch != first.epoch
    assert restored.restored_at == 3


def test_a_restored_register_takes_what_was_recorded_before_the_restore_as_maybe_sent(
    desk: Desk,
) -> None:
    with desk.database.writing() as session:
        assert office_epoch.restored_moments(session) is None
        assert office_national.sent_before_restore(session, None, "L1", AT) is None
        session.add(OfficeEvent(id="00000000-0000-0000-0000-000000000001", desk_id="desk",
                                desk_sequence=1, based_on=0, kind="account_saved",
                                payload="{}", received_at=AT))  # fmt: skip
        for code, joined in (("L1", AT), ("L2", AT + dt.timedelta(days=2))):
            session.add(OfficeDesk(id=code, code=code, secret_hash="", joined_at=joined))
        office_epoch.mark_restored(session, now=AT + dt.timedelta(days=1))
    with desk.database.writing() as session:
        restored = office_epoch.restored_moments(session)
        assert restored is not None
        assert restored.backup_last == AT  # the last event the backup stored
        before, after = AT + dt.timedelta(hours=20), AT + dt.timedelta(days=1, minutes=1)
        assert office_national.sent_before_restore(session, restored, "L1", before) == AT
        assert office_national.sent_before_restore(session, restored, None, before) == AT
        assert office_national.sent_before_restore(session, restored, "L1", after) is None
        # A desk that joined after the restore pushed nothing to the lost register.
        assert office_national.sent_before_restore(session, restored, "L2", before) is None


def _answered(desk: Desk) -> int:
    recorded = desk.intake.record(good_draft(desk))
    now = dt.datetime.now(dt.UTC)
    unit = desk.reference.institutions()[0].id
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, now))
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.ANSWERED, now, text="Sudah ditambal."))
    return recorded.id


def _states(desk: Desk, complaint_id: int) -> dict[OutboxKind, tuple[OutboxState, object]]:
    with desk.database.reading() as session:
        found = outbox.entries(session, list(OutboxState))
    return {e.kind: (e.state, e.problem) for e in found if e.complaint_id == complaint_id}


@pytest.mark.parametrize("lookup", [True, False], ids=["lookup", "lookup-off"])
def test_an_answer_queued_behind_a_restored_create_waits_for_it_not_for_a_person(
    desk: Desk, hub: InProcessHub, lookup: bool
) -> None:
    # The register's queue as a restore leaves it: a complaint and its answer owed, both of
    # unknown outcome (here on a desk's own queue, which the same rounds send).
    complaint_id = _answered(desk)
    with desk.database.writing() as session:
        office_epoch.mark_restored(session)
    assert _states(desk, complaint_id) == {
        OutboxKind.CREATE: (OutboxState.UNKNOWN, SyncProblem.RESTORED),
        OutboxKind.FOLLOW_UP: (OutboxState.UNKNOWN, SyncProblem.RESTORED),
    }
    point_desk_at(desk, hub)
    if not lookup:
        map_categories_by_hand(desk, hub)
        hub.set_variants(**VARIED)
    build_engine(desk, workers=1).run_round()

    if lookup:  # not on LAPOR!: the create goes, then the answer, each once
        (complaint,) = hub.complaints()
        assert [f["content"].split("\n")[0] for f in complaint["followups"]] == ["Sudah ditambal."]
        assert _states(desk, complaint_id) == {
            OutboxKind.CREATE: (OutboxState.ACKNOWLEDGED, None),
            OutboxKind.FOLLOW_UP: (OutboxState.ACKNOWLEDGED, None),
        }
    else:  # nothing to bound it by: a person looks for the create; the answer waits for it
        assert hub.complaints() == []
        assert _states(desk, complaint_id) == {
            OutboxKind.CREATE: (OutboxState.UNKNOWN, SyncProblem.CHECK_ON_LAPOR),
            OutboxKind.FOLLOW_UP: (OutboxState.UNKNOWN, SyncProblem.RESTORED),
        }


def _titles(desk: Desk) -> list[str]:
    return sorted(s.title for s in desk.worklist.summaries(desk.worklist.ids()).values())


@pytest.mark.slow
def test_a_postgresql_register_restored_with_pg_restore_is_rebuilt_by_its_desks(
    template_desk: TemplateDesk, tmp_path: Path, postgres_url: str
) -> None:
    key = template_desk.recovery_key
    server = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), key, database_url=postgres_url
    )
    server.start()
    a, b = open_copy(template_desk, tmp_path / "a"), open_copy(template_desk, tmp_path / "b")
    try:
        for desk, name in ((a, "a"), (b, "b")):
            join_office(desk, server.join_code(label=name))
        a.intake.record(good_draft(a, title="Sebelum cadangan"))
        assert [exchange(d).outcome for d in (a, b)] == [ExchangeOutcome.DONE] * 2
        dump = tmp_path / "register.dump"
        plain_url = postgres_url.replace("+psycopg", "")
        subprocess.run(["pg_dump", "--format=custom", "--file", str(dump), plain_url], check=True)
        a.intake.record(good_draft(a, title="Sesudah cadangan"))
        assert [exchange(d).outcome for d in (a, b)] == [ExchangeOutcome.DONE] * 2

        # The database is lost and restored from the dump; IT staff tell the desks.
        server.stop()
        subprocess.run(["pg_restore", "--clean", "--dbname", plain_url, str(dump)], check=True)
        told = run_module("sync.office", "restored", "--data-dir", str(server.data_dir),
                          recovery_key=key)  # fmt: skip
        assert told.returncode == 0, told.stderr
        assert "the desks push again what it lacks" in told.stdout
        server.start()

        b.intake.record(good_draft(b, title="Sesudah pemulihan"))
        for desk in (b, a, b, a):
            assert exchange(desk).outcome is ExchangeOutcome.DONE
        expected = ["Sebelum cadangan", "Sesudah cadangan", "Sesudah pemulihan"]
        assert _titles(a) == _titles(b) == expected
        server.stop()
        stored = [event_id for event_id, _, _ in office_events_of(server, template_desk.key)]
        assert sorted(stored) == sorted(outgoing_of(a) | outgoing_of(b))
    finally:
        a.close()
        b.close()
        server.stop()
