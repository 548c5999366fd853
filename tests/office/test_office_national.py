"""Office mode and SP4N-LAPOR! with real parts: a server process on 127.0.0.1 (its register on
SQLite and on PostgreSQL), desks that join it, and the sandbox LAPOR! hub. Only the server
talks to LAPOR! once desks joined, and a desk that joins hands over its queue: nothing is lost
and nothing is sent twice."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxState
from desktop.services.desk import Desk
from desktop.store import follow_up, office, outbox
from desktop.store.schema import Complaint
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import join_office
from sync.report import RoundOutcome
from sync.setup import NotConfiguredError, build_engine
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.files import png_bytes
from tests.helpers.hub import InProcessHub
from tests.helpers.office import OfficeServer, open_copy, open_register, run_module
from tests.helpers.sync import MovableClock, point_desk_at

pytestmark = pytest.mark.slow


@pytest.fixture
def desk_a(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Desk]:
    desk = open_copy(template_desk, tmp_path / "a")
    yield desk
    desk.close()


@pytest.fixture
def desk_b(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Desk]:
    desk = open_copy(template_desk, tmp_path / "b")
    yield desk
    desk.close()


def answer(desk: Desk, complaint_id: int, text: str) -> None:
    now = dt.datetime.now(dt.UTC)
    unit = desk.reference.institutions()[0].id
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.VERIFIED, now))
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.ANSWERED, now, text=text))


def owed_items(desk: Desk) -> int:
    with desk.database.reading() as session:
        return sum(outbox.counts(session).values())


def test_a_joining_desk_hands_its_lapor_queue_to_the_server_which_sends_each_item_once(
    server: OfficeServer,
    template_desk: TemplateDesk,
    hub: InProcessHub,
    desk_a: Desk,
    desk_b: Desk,
    tmp_path: Path,
) -> None:
    # Desk A talked to LAPOR! on its own: one complaint sent, one whose answer was lost (it
    # did arrive; the outcome is unknown), one not sent yet.
    point_desk_at(desk_a, hub)
    rounds = build_engine(desk_a, workers=1)
    sent = desk_a.intake.record(good_draft(desk_a))
    assert rounds.run_round().outcome is RoundOutcome.DONE
    lost = desk_a.intake.record(good_draft(desk_a))
    hub.next_faults("none", "drop_after_commit")  # the probe passes; the create's answer is lost
    assert rounds.run_round().unknown == 1
    waiting = desk_a.intake.record(good_draft(desk_a))
    assert len(hub.complaints()) == 2

    join_office(desk_a, server.join_code(label="Loket 1"))

    # The queue left the desk with its history: the desk sends nothing to LAPOR! any more.
    assert owed_items(desk_a) == 0
    with pytest.raises(NotConfiguredError):
        build_engine(desk_a)
    assert exchange(desk_a).outcome is ExchangeOutcome.DONE
    # After joining: an answer to the complaint LAPOR! has, recorded on the desk.
    answer(desk_a, sent.id, "Jalan sudah ditambal oleh Dinas PUPR.")
    assert exchange(desk_a).outcome is ExchangeOutcome.DONE

    # Desk B joins fresh and records a complaint with a photo in office mode.
    join_office(desk_b, server.join_code(label="Loket 2"))
    photo = tmp_path / "jalan.png"
    photo.write_bytes(png_bytes(8, 8))
    fresh = desk_b.intake.record(good_draft(desk_b), attachments=[photo])
    assert owed_items(desk_b) == 0
    assert exchange(desk_b).outcome is ExchangeOutcome.DONE
    assert len(hub.complaints()) == 2  # no desk sent anything since joining

    # IT staff give the server the LAPOR! settings; its round sends the office's queue.
    register = open_register(server, template_desk)
    try:
        point_desk_at(register, hub)
    finally:
        register.close()
    folder = str(server.data_dir)
    key = template_desk.recovery_key
    first = run_module("sync", "--data-dir", folder, "run", "--once", recovery_key=key)
    assert first.returncode == 0, first.stdout + first.stderr

    on_hub = hub.complaints()
    tags = sorted(c["tags_raw"] for c in on_hub)
    expected = sorted(f"meja-aduan:{c.uuid}" for c in (sent, lost, waiting, fresh))
    assert tags == expected  # each once: the lost one was found again, not sent again
    by_tag = {c["tags_raw"]: c for c in on_hub}
    answered = by_tag[f"meja-aduan:{sent.uuid}"]["followups"]
    (posted,) = [f["content"] for f in answered if f["author"] == "admin"]
    assert posted.startswith("Jalan sudah ditambal oleh Dinas PUPR.")
    # The photo desk B took went to the server with the complaint, and on to LAPOR!.
    assert by_tag[f"meja-aduan:{fresh.uuid}"]["attachment_count"] == 1

    # A second round has nothing left to send; the server's status says so.
    again = run_module("sync", "--data-dir", folder, "run", "--once", recovery_key=key)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(hub.complaints()) == 4
    status = run_module("sync", "--data-dir", folder, "status", recovery_key=key)
    assert "pending=0" in status.stdout and "unknown=0" in status.stdout
    register = open_register(server, template_desk)
    try:
        with register.database.reading() as session:
            assert outbox.counts(session)[OutboxState.QUARANTINED] == 0
    finally:
        register.close()


def until(condition: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    """Poll `condition` until it holds (the server's round runs in another process)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)  # polling another process's outcome with a deadline
    return True


def test_the_serving_server_sends_what_a_desk_records_in_its_own_rounds(
    server: OfficeServer, template_desk: TemplateDesk, hub: InProcessHub, desk_b: Desk
) -> None:
    server.stop()
    register = open_register(server, template_desk)
    try:
        point_desk_at(register, hub)
    finally:
        register.close()
    server.serve_args = ("--lapor-every", "0.5")
    server.start()
    join_office(desk_b, server.join_code())
    recorded = desk_b.intake.record(good_draft(desk_b))
    assert exchange(desk_b).outcome is ExchangeOutcome.DONE

    assert until(lambda: len(hub.complaints()) == 1)
    assert hub.complaints()[0]["tags_raw"] == f"meja-aduan:{recorded.uuid}"
    log = (server.data_dir / "logs" / "office-server.log").read_text(encoding="utf-8")
    assert "sync round: outcome=done" in log


def complaint_id_on(desk: Desk, uuid: str) -> int:
    """The complaint's id in `desk`'s register (each desk numbers its rows its own way)."""
    with desk.database.reading() as session:
        complaint_id = session.execute(select(Complaint.id).where(Complaint.uuid == uuid)).scalar()
    assert complaint_id is not None, "the complaint is not on this desk"
    return int(complaint_id)


def national_news(desk: Desk, uuid: str) -> list[str]:
    """The NATIONAL entries of the complaint's timeline on `desk`, oldest first."""
    timeline = desk.follow_up.overview(complaint_id_on(desk, uuid)).timeline
    return [r.event.text for r in timeline if r.event.kind is EventKind.NATIONAL]


def tracking_id(desk: Desk, uuid: str) -> str:
    record = desk.worklist.record(complaint_id_on(desk, uuid))  # what the complaint's detail shows
    assert record is not None
    return record.national_tracking_id


def test_lapor_news_the_server_receives_reaches_every_desk_once(
    server: OfficeServer,
    template_desk: TemplateDesk,
    hub: InProcessHub,
    desk_a: Desk,
    desk_b: Desk,
) -> None:
    join_office(desk_a, server.join_code(label="Loket 1"))
    join_office(desk_b, server.join_code(label="Loket 2"))
    recorded = desk_a.intake.record(good_draft(desk_a))
    assert exchange(desk_a).outcome is ExchangeOutcome.DONE

    # The server's rounds (the engine its serving process runs, on its register): the first
    # sends the complaint; after the national side moved it along, the next brings the news.
    register = open_register(server, template_desk)
    try:
        point_desk_at(register, hub)
        clock = MovableClock()
        rounds = build_engine(register, clock=clock, workers=1)
        assert rounds.run_round().outcome is RoundOutcome.DONE
        (on_hub,) = hub.complaints()
        hub.advance(days=6)
        clock.offset = dt.timedelta(days=6)
        assert rounds.run_round().outcome is RoundOutcome.DONE
        with register.database.reading() as session:  # the server has no one signed in
            history = follow_up.events_of(session, complaint_id_on(register, recorded.uuid))
        on_server = [r.event.text for r in history if r.event.kind is EventKind.NATIONAL]
    finally:
        register.close()
    assert any("Terverifikasi" in text for text in on_server)
    assert any("Selesai" in text for text in on_server)

    # Not yet on the desk that recorded it: it has not exchanged since.
    assert national_news(desk_a, recorded.uuid) == []
    assert tracking_id(desk_a, recorded.uuid) == ""
    for desk in (desk_a, desk_b):
        assert exchange(desk).outcome is ExchangeOutcome.DONE
        # The coordinator's timeline shows LAPOR!'s progress as the server has it, once.
        assert national_news(desk, recorded.uuid) == on_server
        assert sum("Terverifikasi" in text for text in national_news(desk, recorded.uuid)) == 1
        assert tracking_id(desk, recorded.uuid) == str(on_hub["id"])
        overview = desk.follow_up.overview(complaint_id_on(desk, recorded.uuid))
        assert overview.state.status is Status.SELESAI
        # Nothing of it goes back: not to LAPOR! (the desk sends nothing) nor to the server.
        assert owed_items(desk) == 0
        with desk.database.reading() as session:
            assert office.waiting_count(session) == 0

        # Pulled again from the start (a desk that lost its position): still once.
        with desk.database.writing() as session:
            office.set_pulled_position(session, 0)
        assert exchange(desk).outcome is ExchangeOutcome.DONE
        assert national_news(desk, recorded.uuid) == on_server
    assert len(hub.complaints()) == 1
