"""Office mode with real parts: a server process on 127.0.0.1 (its register on the embedded
SQLite and on PostgreSQL: tests/office/conftest.py) and desks as separate data folders that
join it with a code and exchange with it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.office import JoinCodeError, OfficeEventKind, decode_join_code
from desktop.domain.worklist_query import WorklistQuery
from desktop.services.desk import Desk
from desktop.services.sync_credentials import office_credential_store
from desktop.store import audit, office, office_register
from desktop.store.office_register import add_join_code
from desktop.store.schema import AuditEntry, Complaint, OfficeDesk
from sync.office.client import OfficeClient, OfficeRefusedError
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import CERTIFICATE_FILE, JoinRefusedError, join_office
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.files import png_bytes
from tests.helpers.office import OfficeServer, joined_desk, open_register, run_module

pytestmark = pytest.mark.slow


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
    register = open_register(server, template_desk)
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


def test_a_desk_cannot_push_what_only_the_server_makes(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    recorded = a.intake.record(good_draft(a))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    secret = office_credential_store(a).load()
    assert secret is not None
    client = OfficeClient(
        server.address, a.paths.data_dir / CERTIFICATE_FILE, desk_id=secret.key, secret=secret.token
    )
    forged = {
        "id": str(uuid.uuid4()),
        "sequence": 99,
        "based_on": 0,
        "kind": OfficeEventKind.NATIONAL_TRACKING.value,
        "payload": {"complaint": recorded.uuid, "tracking_id": "4512873"},
    }
    try:
        (answer,) = client.push([forged])
    finally:
        client.close()
    assert answer["result"] == "refused"
    assert exchange(b).outcome is ExchangeOutcome.DONE
    with b.database.reading() as session:
        known = session.execute(
            select(Complaint.national_tracking_id).where(Complaint.uuid == recorded.uuid)
        ).one()
    assert known == (None,)  # the detail says "not yet sent"


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


def test_a_desks_audit_head_goes_to_the_server_and_a_cut_trail_is_noticed_there(
    server: OfficeServer, template_desk: TemplateDesk, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    join_office(desk, server.join_code())
    desk.intake.record(good_draft(desk))
    assert exchange(desk).outcome is ExchangeOutcome.DONE
    with desk.database.reading() as session:
        head = audit.head(session)
    register = open_register(server, template_desk)
    try:
        with register.database.reading() as session:
            desk_id = session.execute(select(OfficeDesk.id)).scalar_one()
            assert office_register.audit_head_known(session, desk_id) == head
    finally:
        register.close()

    # Someone with the desk's key removes the trail's last entries (the chain still verifies
    # on the desk: only its end is gone). The server notices at the next exchange.
    with desk.database.writing() as session:
        last = session.execute(select(func.max(AuditEntry.id))).scalar_one()
        session.execute(delete(AuditEntry).where(AuditEntry.id >= last - 1))
    exchange(desk)

    status = run_module(
        "sync", "--data-dir", str(server.data_dir), "status", recovery_key=server.recovery_key
    )
    assert status.returncode == 0, status.stderr
    (alarm,) = [line for line in status.stdout.splitlines() if "audit alarm" in line]
    assert alarm.startswith("office audit alarm: desk L1 ") and " cut " in alarm


def test_an_attachment_travels_to_the_other_desks_encrypted_at_rest_at_every_end(
    server: OfficeServer,
    template_desk: TemplateDesk,
    new_desk: Callable[[str], Desk],
    tmp_path: Path,
) -> None:
    recording, other = new_desk("a"), new_desk("b")
    join_office(recording, server.join_code())
    join_office(other, server.join_code())
    scan = tmp_path / "ktp.png"
    content = png_bytes(16, 16)
    scan.write_bytes(content)
    recorded = recording.intake.record(good_draft(recording), attachments=[scan])
    assert exchange(recording).outcome is ExchangeOutcome.DONE

    assert exchange(other).outcome is ExchangeOutcome.DONE

    complaint_id = other_id(other, recorded.uuid)
    found = other.worklist.record(complaint_id)
    assert found is not None
    (attachment,) = found.attachments
    assert attachment.info.original_name == "ktp.png"
    copy = tmp_path / "dibuka.png"
    other.worklist.save_attachment_copy(complaint_id, attachment.stored_name, copy)
    assert copy.read_bytes() == content
    # Nowhere is the file kept in clear: not on the server, not on the other desk.
    for folder in (server.data_dir, other.paths.data_dir):
        kept = [p for p in (folder / "attachments").rglob("*") if p.is_file()]
        assert kept and all(content not in p.read_bytes() for p in kept)


def other_id(desk: Desk, uuid: str) -> int:
    with desk.database.reading() as session:
        return int(session.execute(select(Complaint.id).where(Complaint.uuid == uuid)).scalar_one())


def test_a_joining_desk_takes_a_batch_in_with_the_same_statuses_due_dates_and_searchable_notes(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    """A pulled batch is applied in one go (each complaint settled once, its events written
    together): what the joining desk shows is what the desk that made the history shows."""
    a = joined_desk(server, new_desk, "a")
    now = dt.datetime.now(dt.UTC)
    made = [a.intake.record(good_draft(a, title=f"Aduan ke-{n}")) for n in range(4)]
    a.follow_up.add(made[0].id, FollowUpEvent(EventKind.VERIFIED, now))
    a.follow_up.add(made[0].id, FollowUpEvent(EventKind.NOTE, now, text="Trotoar berlubang"))
    a.follow_up.add(made[1].id, FollowUpEvent(EventKind.ARCHIVED, now, reason="Tidak jelas"))
    a.follow_up.add(made[2].id, FollowUpEvent(EventKind.VERIFIED, now))
    a.follow_up.add(made[2].id, FollowUpEvent(EventKind.HELD, now, text="Mohon kirim foto"))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    b = joined_desk(server, new_desk, "b")
    assert exchange(b).outcome is ExchangeOutcome.DONE

    assert listed(b) == listed(a)
    for recorded in made:
        on_b = listed_id(b, recorded.local_number)
        there, here = a.follow_up.overview(recorded.id), b.follow_up.overview(on_b)
        assert here.state == there.state
        assert here.deadlines == there.deadlines
        assert [r.event.kind for r in here.timeline] == [r.event.kind for r in there.timeline]
    found = b.worklist.summaries(b.worklist.ids(WorklistQuery(text="trotoar")))
    assert [s.local_number for s in found.values()] == [made[0].local_number]
    found = b.worklist.summaries(b.worklist.ids(WorklistQuery(text="foto")))
    assert [s.local_number for s in found.values()] == [made[2].local_number]


def _settled_state(desk: Desk) -> list[tuple[object, ...]]:
    """Every complaint's derived columns, report facts and settled row, and its events' marks."""
    from desktop.store.schema import ComplaintReportFacts, ComplaintReportSettled, FollowUpEventRow

    with desk.database.reading() as session:
        found: list[tuple[object, ...]] = []
        for table, key in (
            (Complaint, Complaint.id),
            (ComplaintReportFacts, ComplaintReportFacts.complaint_id),
            (ComplaintReportSettled, ComplaintReportSettled.complaint_id),
            (FollowUpEventRow, FollowUpEventRow.id),
        ):
            found += [tuple(row) for row in session.execute(select(table.__table__).order_by(key))]
        return found


def test_a_joining_desk_writes_its_new_complaints_settled_with_no_update_after(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    """The complaints new in a pulled batch are settled before they are inserted: no row is
    updated after its insert, and settling them again afterwards changes nothing."""
    from sqlalchemy import event

    from desktop.services.office_settle import settle_histories

    a = joined_desk(server, new_desk, "a")
    now = dt.datetime.now(dt.UTC)
    made = [a.intake.record(good_draft(a, title=f"Aduan ke-{n}")) for n in range(3)]
    a.follow_up.add(made[0].id, FollowUpEvent(EventKind.VERIFIED, now))
    a.follow_up.add(made[0].id, FollowUpEvent(EventKind.NOTE, now, text="Trotoar berlubang"))
    a.follow_up.add(made[1].id, FollowUpEvent(EventKind.ARCHIVED, now, reason="Tidak jelas"))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    b = joined_desk(server, new_desk, "b")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(b.database.engine, "before_cursor_execute", seen)
    try:
        assert exchange(b).outcome is ExchangeOutcome.DONE
    finally:
        event.remove(b.database.engine, "before_cursor_execute", seen)

    updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE COMPLAINT")]
    assert updates == []
    assert listed(b) == listed(a)
    before = _settled_state(b)
    with b.database.writing() as session:
        settle_histories(
            session, b.due_dates, [row[0] for row in session.execute(select(Complaint.id))]
        )
    assert _settled_state(b) == before
