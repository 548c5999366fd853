"""Office mode with real parts: a server process on 127.0.0.1 (embedded SQLite register) and
desks as separate data folders that join it with a code and exchange with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.office import JoinCodeError, decode_join_code
from desktop.services.desk import Desk
from desktop.services.sync_credentials import office_credential_store
from desktop.store import office
from desktop.store.office_register import add_join_code
from sync.office.client import OfficeClient, OfficeRefusedError
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import CERTIFICATE_FILE, JoinRefusedError, join_office
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.office import OfficeServer, copy_template, open_copy

pytestmark = pytest.mark.slow


@pytest.fixture
def server(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), template_desk.recovery_key
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture
def new_desk(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Callable[[str], Desk]]:
    opened: list[Desk] = []

    def make(name: str) -> Desk:
        desk = open_copy(template_desk, tmp_path / name)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()


def joined_desk(server: OfficeServer, make: Callable[[str], Desk], name: str) -> Desk:
    desk = make(name)
    join_office(desk, server.join_code(label=name))
    return desk


def listed(desk: Desk) -> dict[str, tuple[str, str, str]]:
    """Each complaint in the desk's register: number -> (status, recorded by, at which desk)."""
    from sqlalchemy import select

    from desktop.store.schema import Complaint, ComplaintReportFacts

    with desk.database.reading() as session:
        rows = session.execute(
            select(
                Complaint.local_number,
                Complaint.status,
                ComplaintReportFacts.recorded_by,
                Complaint.recorded_at_desk,
            ).join(ComplaintReportFacts, ComplaintReportFacts.complaint_id == Complaint.id)
        ).all()
    return {number: (status, by, at) for number, status, by, at in rows}


def test_a_complaint_recorded_on_one_desk_shows_on_the_other_with_who_and_where(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    recorded = a.intake.record(good_draft(a, title="Lampu jalan mati di Jl. Kenanga"))
    # The desk's code is in the number, allocated offline.
    assert recorded.local_number.startswith("3201-L1-")

    assert exchange(a).outcome is ExchangeOutcome.DONE
    assert exchange(b).outcome is ExchangeOutcome.DONE

    on_b = listed(b)
    assert on_b[recorded.local_number] == (Status.BELUM_TERVERIFIKASI.value, "admin", "L1")
    # In B's worklist, as B's officers see it.
    shown = b.worklist.summaries(b.worklist.ids())
    assert [s.title for s in shown.values() if s.local_number == recorded.local_number] == [
        "Lampu jalan mati di Jl. Kenanga"
    ]
    with b.database.reading() as session:
        assert office.waiting_count(session) == 0


def test_a_used_or_expired_join_code_is_refused(
    server: OfficeServer, new_desk: Callable[[str], Desk], template_desk: TemplateDesk
) -> None:
    code = server.join_code(label="a")
    join_office(new_desk("a"), code)
    with pytest.raises(JoinRefusedError, match="used already"):
        join_office(new_desk("b"), code)

    # An expired code: written into the server's own register as join-code would, a week ago.
    register = open_copy(template_desk, server.data_dir)
    try:
        token = "kode-kedaluwarsa-uji-0123456789"
        with register.database.writing() as session:
            add_join_code(
                session,
                token,
                "c",
                dt.datetime.now(dt.UTC) - dt.timedelta(days=8),
                dt.timedelta(days=7),
            )
    finally:
        register.close()
    fresh = decode_join_code(code)
    from desktop.domain.office import JoinCode, encode_join_code

    expired = encode_join_code(JoinCode(fresh.address, fresh.fingerprint, token))
    with pytest.raises(JoinRefusedError, match="expired"):
        join_office(new_desk("c"), expired)
    with pytest.raises(JoinCodeError):
        join_office(new_desk("d"), code[:-10])


def test_a_join_code_whose_fingerprint_is_not_the_servers_is_refused(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    from desktop.domain.office import JoinCode, encode_join_code

    real = decode_join_code(server.join_code())
    forged = encode_join_code(JoinCode(real.address, "0" * 64, real.token))
    desk = new_desk("a")
    with pytest.raises(JoinRefusedError, match="certificate"):
        join_office(desk, forged)
    with desk.database.reading() as session:
        assert office.link(session) is None


def test_a_re_sent_batch_is_stored_once(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    a.intake.record(good_draft(a))
    with a.database.reading() as session:
        batch = office.pending(session, 100)
    secret = office_credential_store(a).load()
    assert secret is not None
    client = OfficeClient(
        server.address, a.paths.data_dir / CERTIFICATE_FILE, desk_id=secret.key, secret=secret.token
    )
    sent = [
        {
            "id": e.id,
            "sequence": e.sequence,
            "based_on": e.based_on,
            "kind": e.kind.value,
            "payload": e.payload,
        }
        for e in batch
    ]
    try:
        first = client.push(sent)
        again = client.push(sent)  # the answer was lost, say: the desk sends the batch again
    finally:
        client.close()
    assert {r["result"] for r in first} == {"stored"}
    assert {r["result"] for r in again} == {"already_stored"}
    assert [r["position"] for r in again] == [r["position"] for r in first]
    # The desk's own exchange then sends the same events a third time: still stored once.
    assert exchange(a).outcome is ExchangeOutcome.DONE
    assert exchange(b).outcome is ExchangeOutcome.DONE
    assert len(listed(b)) == len(listed(a))


def test_desks_go_on_while_the_server_is_down_and_nothing_is_lost_or_doubled(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    before = a.intake.record(good_draft(a, title="Sebelum server mati"))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    server.stop()
    during = [a.intake.record(good_draft(a, title=f"Saat server mati {i}")) for i in range(3)]
    on_b = b.intake.record(good_draft(b, title="Dicatat di loket B saat server mati"))
    assert exchange(a).outcome is ExchangeOutcome.OFFLINE
    assert exchange(b).outcome is ExchangeOutcome.OFFLINE
    with a.database.reading() as session:
        assert office.waiting_count(session) == 3

    server.start()
    for desk in (a, b, a):
        assert exchange(desk).outcome is ExchangeOutcome.DONE
    numbers = {before.local_number, on_b.local_number, *(r.local_number for r in during)}
    assert set(listed(a)) == numbers
    assert listed(a) == listed(b)


def test_a_desk_of_an_older_protocol_is_refused_with_a_message_for_it_staff(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    secret = office_credential_store(a).load()
    assert secret is not None
    client = OfficeClient(
        server.address,
        a.paths.data_dir / CERTIFICATE_FILE,
        desk_id=secret.key,
        secret=secret.token,
        desk_protocol=0,
    )
    try:
        with pytest.raises(OfficeRefusedError, match="update Meja Aduan on this desk") as refused:
            client.hello()
    finally:
        client.close()
    assert refused.value.error == "version"


def test_two_officers_changing_a_status_offline_keep_both_changes_one_overtaken(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    recorded = a.intake.record(good_draft(a))
    exchange(a)
    exchange(b)
    on_b = listed_id(b, recorded.local_number)

    # Both offline: A verifies it, B archives it, each from "belum terverifikasi".
    now = dt.datetime.now(dt.UTC)
    a.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, now))
    b.follow_up.add(on_b, FollowUpEvent(EventKind.ARCHIVED, now, reason="Tidak jelas"))

    # A reaches the server first: its change comes first in the office's order.
    for desk in (a, b, a):
        assert exchange(desk).outcome is ExchangeOutcome.DONE

    timelines = []
    for desk, complaint_id in ((a, recorded.id), (b, on_b)):
        overview = desk.follow_up.overview(complaint_id)
        assert overview.state.status is Status.TERVERIFIKASI
        timelines.append([(r.event.kind, r.event.overtaken) for r in overview.timeline])
    assert (
        timelines[0]
        == timelines[1]
        == [
            (EventKind.VERIFIED, False),
            (EventKind.ARCHIVED, True),
        ]
    )
    assert listed(a) == listed(b)


def listed_id(desk: Desk, local_number: str) -> int:
    from sqlalchemy import select

    from desktop.store.schema import Complaint

    with desk.database.reading() as session:
        return int(
            session.execute(
                select(Complaint.id).where(Complaint.local_number == local_number)
            ).scalar_one()
        )
