"""Fewer decisions for a person: each failure is classified by whether the request can have had
an effect, a 401 is tried again once, a create of unknown outcome is looked for between its
neighbours when the API offers no look-up, and what still needs a person says so."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator

import pytest

from desktop.domain.outbox import OutboxState, SyncProblem, WhoActs
from desktop.services.desk import Desk
from desktop.store import national, outbox
from sync.api import NotDelivered, UploadFile
from sync.desk import NamesNothingLocalError, NationalSync
from sync.engine import SyncEngine
from sync.lapor import LaporClient
from sync.report import RoundOutcome
from sync.setup import build_engine
from tests.helpers.desks import good_draft
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import MovableClock, point_desk_at


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def warm(desk: Desk, hub: InProcessHub, clock: MovableClock) -> SyncEngine:
    """One lane (items go in order of their ids), the first round (probe, masters) behind it:
    in the next round the first request is the probe and the second is the first item's."""
    point_desk_at(desk, hub)
    engine = build_engine(desk, clock=clock, workers=1, auth_pause_s=0.05)
    assert engine.run_round().outcome is RoundOutcome.DONE
    return engine


def items(desk: Desk, *states: OutboxState) -> list[outbox.OutboxEntry]:
    with desk.database.reading() as session:
        return outbox.entries(session, list(states or OutboxState), limit=10_000)


def tracking_id(desk: Desk, complaint_id: int) -> str:
    record = desk.worklist.record(complaint_id)
    assert record is not None
    return record.national_tracking_id or ""


def without_look_up(engine: SyncEngine) -> SyncEngine:
    """The API this desk talks to offers no look-up by reference (GET /complaints/search)."""
    engine._api.finds_by_reference = False  # type: ignore[attr-defined]
    return engine


# --- 401 ---------------------------------------------------------------------------------------


def test_one_401_is_tried_again_after_a_pause_and_the_round_goes_on(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    recorded = desk.intake.record(good_draft(desk))
    hub.next_faults("none", "token_expired")  # the create meets one 401
    report = warm.run_round()
    assert report.outcome is RoundOutcome.DONE, report.summary()
    assert report.acknowledged == 1
    assert tracking_id(desk, recorded.id) == str(hub.complaints()[0]["id"])


def test_one_401_on_the_probe_does_not_stop_the_round(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    desk.intake.record(good_draft(desk))
    hub.next_faults("token_expired")
    assert warm.run_round().outcome is RoundOutcome.DONE
    assert len(hub.complaints()) == 1


def test_two_401_in_a_row_stop_the_round_and_last_success_is_the_last_acknowledged_item(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    first = desk.intake.record(good_draft(desk, title="Pertama"))
    second = desk.intake.record(good_draft(desk, title="Kedua"))
    hub.next_faults("none", "none", "token_expired", "token_expired")
    report = warm.run_round()
    assert report.outcome is RoundOutcome.CREDENTIALS_REFUSED
    assert tracking_id(desk, first.id) and not tracking_id(desk, second.id)
    (waiting,) = items(desk, OutboxState.PENDING)
    assert waiting.complaint_id == second.id  # not lost, not unknown: a 401 had no effect
    # The round did not end well, but an item was acknowledged in it: that is the last success.
    status = NationalSync(desk).status()
    assert status.last_success_at is not None
    assert status.last_outcome == "credentials_refused"


# --- what can have had an effect ---------------------------------------------------------------


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """A server that reads a request's head and resets the connection before reading the body."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(1024)
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    listener.close()


def test_a_reset_before_the_body_was_written_is_not_processed(resetting_server: str) -> None:
    client = LaporClient(resetting_server, "kunci", "token", timeout=(2.0, 5.0))
    big = UploadFile("surat.pdf", "application/pdf", b"%PDF" + b"x" * (8 * 1024 * 1024))
    with pytest.raises(NotDelivered) as raised:
        client.upload(big)
    assert raised.value.problem is SyncProblem.NOT_SENT
    client.close()


def test_a_500_on_a_create_leaves_it_unknown_and_the_others_go_on(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    first = desk.intake.record(good_draft(desk, title="Pertama"))
    second = desk.intake.record(good_draft(desk, title="Kedua"))
    hub.next_faults("none", "http_500")
    report = warm.run_round()
    assert (report.unknown, report.acknowledged) == (1, 1), report.summary()
    (unknown,) = items(desk, OutboxState.UNKNOWN)
    assert unknown.complaint_id == first.id and unknown.problem is SyncProblem.SERVER_ERROR
    assert tracking_id(desk, second.id)


# --- no look-up by reference: the neighbours ---------------------------------------------------


def test_without_look_up_a_create_whose_answer_was_lost_is_found_between_its_neighbours(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    engine = without_look_up(warm)
    recorded = [desk.intake.record(good_draft(desk, title=f"Aduan {i}")) for i in range(3)]
    hub.next_faults("none", "none", "drop_after_commit", "none")  # the second: answer lost
    assert engine.run_round().unknown == 1
    report = engine.run_round()
    assert report.reconciled == 1, report.summary()
    on_hub = {c["title"]: str(c["id"]) for c in hub.complaints()}
    assert len(hub.complaints()) == 3  # not sent twice
    assert tracking_id(desk, recorded[1].id) == on_hub["Aduan 1"]
    assert items(desk, OutboxState.UNKNOWN) == []
    assert hub.stats()["by_path"].get("GET /complaints/search") is None


def test_without_look_up_a_create_surely_absent_between_its_neighbours_goes_again(
    desk: Desk, hub: InProcessHub, warm: SyncEngine, clock: MovableClock
) -> None:
    engine = without_look_up(warm)
    before, lost, soon = (desk.intake.record(good_draft(desk, title=f"Aduan {t}")) for t in "ABC")
    hub.next_faults("none", "none", "reset", "none")  # B: the hub read it and handled nothing
    assert engine.run_round().unknown == 1
    # Later (past the time a slow gateway might still act on B), another complaint is sent:
    # the neighbour after. Every id between the two is read and none is B: it goes again.
    clock.offset += dt.timedelta(minutes=5)
    after = desk.intake.record(good_draft(desk, title="Aduan D"))
    hub.next_faults("none", "none")  # the probe, then D's create (B still waits)
    engine.run_round()
    report = engine.run_round()
    assert report.reconciled == 1 and report.acknowledged == 1, report.summary()
    titles = sorted(c["title"] for c in hub.complaints())
    assert titles == ["Aduan A", "Aduan B", "Aduan C", "Aduan D"]
    assert all(tracking_id(desk, c.id) for c in (before, lost, soon, after))


def test_a_look_up_that_meets_a_fault_is_tried_again_in_the_same_round(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    recorded = desk.intake.record(good_draft(desk))
    hub.next_faults("none", "drop_after_commit")  # created, answer lost
    assert warm.run_round().unknown == 1
    hub.next_faults("none", "http_502", "http_500")  # the probe passes, the look-up twice not
    report = warm.run_round()
    assert report.reconciled == 1 and report.outcome is RoundOutcome.DONE, report.summary()
    assert tracking_id(desk, recorded.id) == str(hub.complaints()[0]["id"])
    assert items(desk, OutboxState.UNKNOWN) == []


def test_without_look_up_the_desks_own_complaints_between_the_neighbours_are_not_read(
    desk: Desk, hub: InProcessHub, warm: SyncEngine, clock: MovableClock
) -> None:
    """Between two neighbours far apart stand mostly the desk's own complaints: their ids are
    known, so only the others count against the walk's bound (MOST_IDS reads)."""
    engine = without_look_up(warm)
    first = desk.intake.record(good_draft(desk, title="Sebelumnya"))
    lost = desk.intake.record(good_draft(desk, title="Hilang"))
    busy_hour = [desk.intake.record(good_draft(desk, title=f"Aduan {i}")) for i in range(70)]
    hub.next_faults("none", "none", "reset")  # the probe, "Sebelumnya", then "Hilang"
    assert engine.run_round().unknown == 1
    reads_before = hub.stats()["by_path"].get("GET /complaints/{id}/complaint", 0)
    clock.offset += dt.timedelta(minutes=5)
    after = desk.intake.record(good_draft(desk, title="Sesudahnya"))
    engine.run_round()  # "Sesudahnya" goes: the neighbour after, 70 of ours in between
    report = engine.run_round()
    assert report.reconciled == 1 and report.acknowledged == 1, report.summary()
    assert [c["title"] for c in hub.complaints()].count("Hilang") == 1
    assert all(tracking_id(desk, c.id) for c in (first, lost, *busy_hour, after))
    reads = hub.stats()["by_path"].get("GET /complaints/{id}/complaint", 0) - reads_before
    assert reads <= 5  # none of the desk's own


def test_without_look_up_or_evidence_the_item_waits_for_a_person_and_says_so(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    engine = without_look_up(warm)
    recorded = desk.intake.record(good_draft(desk))  # the desk's first: no neighbour before
    hub.next_faults("none", "http_502")
    engine.run_round()
    engine.run_round()
    (waiting,) = items(desk, OutboxState.UNKNOWN)
    assert waiting.problem is SyncProblem.CHECK_ON_LAPOR
    assert waiting.who_acts is WhoActs.PERSON
    assert waiting.sent_at is not None  # what a person searches LAPOR! by
    requests_before = hub.stats()["requests"]
    engine.run_round()  # nothing more to weigh: no walk again
    assert hub.stats()["requests"] - requests_before <= 1  # the probe
    assert waiting.complaint_id == recorded.id and hub.complaints() == []


def test_an_anonymous_report_holding_a_nik_waits_for_a_person_until_sent_anyway(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    draft = good_draft(
        desk,
        description="Saya (NIK 3201010101900001) sudah tiga kali datang, jalan tetap rusak.",
        is_anonymous=True,
    )
    recorded = desk.intake.record(draft)
    report = warm.run_round()
    assert report.quarantined == 1 and hub.complaints() == []
    (held,) = items(desk, OutboxState.QUARANTINED)
    assert held.problem is SyncProblem.PERSONAL_DATA and held.detail == "description: nik"
    assert held.who_acts is WhoActs.PERSON

    NationalSync(desk).send_anyway([held.id])
    assert warm.run_round().acknowledged == 1
    assert tracking_id(desk, recorded.id) == str(hub.complaints()[0]["id"])


# --- mapping ---------------------------------------------------------------------------------


def test_a_mapping_entry_added_by_path_puts_the_items_waiting_for_it_back_in_the_queue(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    parent = next(c.id for c in desk.reference.categories() if c.name == "Infrastruktur")
    local_only = desk.reference.add_category("Jembatan Gantung", parent)
    recorded = desk.intake.record(good_draft(desk, category_id=local_only))
    assert warm.run_round().quarantined == 1

    national_sync = NationalSync(desk)
    with pytest.raises(NamesNothingLocalError):
        national_sync.set_mapping("category", "Infrastruktur › Jembatan Putus", "2001")
    # IT staff type the path; nobody presses "Try again".
    assert national_sync.set_mapping("category", "Infrastruktur › Jembatan Gantung", "2001") == 1
    assert warm.run_round().acknowledged == 1
    assert tracking_id(desk, recorded.id)
    assert hub.complaints()[0]["category_id"] == 2001


def test_a_desk_that_stored_a_category_by_its_path_sends_with_it(
    desk: Desk, hub: InProcessHub, warm: SyncEngine
) -> None:
    parent = next(c.id for c in desk.reference.categories() if c.name == "Infrastruktur")
    local_only = desk.reference.add_category("Jembatan Gantung", parent)
    with desk.database.writing() as session:  # as `provision` stored it before
        national.set_mapping(
            session, "category", "Infrastruktur › Jembatan Gantung", "2001", national.MANUAL
        )
    desk.intake.record(good_draft(desk, category_id=local_only))
    assert warm.run_round().acknowledged == 1
    assert hub.complaints()[0]["category_id"] == 2001
