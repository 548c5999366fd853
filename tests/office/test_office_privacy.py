"""Personal data in an office (UU 27/2022), with real parts: a server on 127.0.0.1 (its register
on SQLite and on PostgreSQL), desks that join it with a code and exchange with it. An erasure
or a correction made on one desk reaches the server's register and every other desk; an offline
desk's late push and a desk that joins later bring nothing of the erased data back. Accounts
made on a desk are the office's, the server's register included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.access import Role
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.worklist_query import WorklistQuery
from desktop.services.account_values import LoginRefusedError, NewAccount
from desktop.services.desk import Desk
from desktop.services.person_values import PersonKey, ReporterCorrection
from desktop.store import office_kept, people
from desktop.store.office_kept import KeptEvent
from desktop.store.schema import Account, AuditEntry, Complaint
from sync.office.exchange import ExchangeOutcome, exchange
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.files import png_bytes
from tests.helpers.office import OfficeServer, joined_desk, open_register, register_account_active
from tests.helpers.personal_data import places_holding

pytestmark = pytest.mark.slow

BUDI = {
    "name": "Budi Santoso",
    "nik": "3201011203850007",
    "phone": "0812-9988-7766",
    "email": "budi.santoso@contoh.id",
    "address": "Jl. Kenari 9, Cibinong",
}
# What of Budi's must be gone everywhere: his name, NIK, phone, e-mail, address, the incident's
# address and the texts that name him.
NEEDLES = ["Santoso", "3201011203850007", "81299887766", "budi.santoso@", "Kenari 9", "Mawar 12"]


def exchanged(*desks: Desk) -> None:
    for desk in desks:
        assert exchange(desk).outcome is ExchangeOutcome.DONE


def id_on(desk: Desk, uuid: str) -> int:
    with desk.database.reading() as session:
        return int(session.execute(select(Complaint.id).where(Complaint.uuid == uuid)).scalar_one())


def budis_complaint(desk: Desk, tmp_path: Path) -> tuple[str, str]:
    """Recorded with his data, a photo of his KTP and a note naming him: (uuid, the photo's
    SHA-256)."""
    from desktop.domain.complaint import Reporter

    scan = tmp_path / "ktp-budi.png"
    scan.write_bytes(png_bytes(20, 12))
    draft = good_draft(
        desk,
        title="Santoso: jalan rusak di depan rumah",
        description="Pak Budi Santoso melaporkan jalan rusak di Gg. Mawar 12.",
        incident_address="Gg. Mawar 12",
        reporter=Reporter(**BUDI),
    )
    recorded = desk.intake.record(draft, attachments=[scan])
    desk.follow_up.add(
        recorded.id, FollowUpEvent(EventKind.NOTE, recorded.received_at, text="Pak Santoso hadir")
    )
    record = desk.worklist.record(recorded.id)
    assert record is not None
    (attachment,) = record.attachments
    return recorded.uuid, attachment.info.sha256


def signed_in_register(server: OfficeServer, template: TemplateDesk) -> Desk:
    register = open_register(server, template)
    register.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    return register


def erasures_audited(desk: Desk) -> list[dict[str, object]]:
    with desk.database.reading() as session:
        rows = session.execute(select(AuditEntry.target)).scalars().all()
        return [
            e
            for e in people.audit_for_targets(session, sorted(set(rows)))
            if e["action"] == "person.erased"
        ]


def assert_erased(desk: Desk, uuid: str, sha256: str, where: str) -> None:
    assert places_holding(desk.database, NEEDLES) == [], where
    assert not desk.attachment_folder.has(sha256), where
    with desk.database.reading() as session:
        anonymised = session.execute(
            select(Complaint.anonymised_at).where(Complaint.uuid == uuid)
        ).scalar_one()
    assert anonymised is not None, where
    found = desk.worklist.summaries(desk.worklist.ids(WorklistQuery(text="santoso")))
    assert found == {}, where


def test_an_erasure_on_one_desk_reaches_the_server_and_every_desk_and_stays(
    server: OfficeServer,
    template_desk: TemplateDesk,
    new_desk: Callable[[str], Desk],
    tmp_path: Path,
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    uuid, sha256 = budis_complaint(a, tmp_path)
    exchanged(a, b)
    on_b = id_on(b, uuid)
    assert b.attachment_folder.has(sha256)
    assert places_holding(b.database, NEEDLES)  # B holds Budi's data, as it should by now

    # B goes offline, still writing about Budi: a note and a correction of his phone number.
    b.follow_up.add(
        on_b,
        FollowUpEvent(EventKind.NOTE, b.clock(), text="Santoso menelepon dari 0812-9988-7766"),
    )
    b.people.correct(on_b, ReporterCorrection(**BUDI | {"phone": "0812-9988-7767"}))

    # Budi asks A to erase his data.
    (match,) = a.people.find(PersonKey.NIK, BUDI["nik"])
    assert a.people.anonymise([match.complaint_id], "request") == 1
    exchanged(a)
    assert_erased(a, uuid, sha256, "the desk that erased")

    # B comes back: it pushes what it wrote offline, then takes the erasure in.
    exchanged(b)
    assert_erased(b, uuid, sha256, "the desk that was offline")
    exchanged(a)  # A takes B's late events in: without Budi's data
    assert_erased(a, uuid, sha256, "the desk that erased, after the late push")

    # A desk that joins afterwards receives the complaint without his data.
    c = joined_desk(server, new_desk, "c")
    exchanged(c)
    assert_erased(c, uuid, sha256, "a desk that joined later")
    assert c.worklist.summaries([id_on(c, uuid)])  # the complaint itself is there

    register = signed_in_register(server, template_desk)
    try:
        assert_erased(register, uuid, sha256, "the server's register")
        # Each end audited it: who asked, on which desk, the office event; never the data.
        assert [e["details"]["desk"] for e in erasures_audited(register)] == ["L1"]
    finally:
        register.close()


def test_an_erasure_drops_the_lapor_news_a_desk_keeps_for_the_server(
    server: OfficeServer, new_desk: Callable[[str], Desk], tmp_path: Path
) -> None:
    # A desk keeps the server's own events as they came, to give them back to a register
    # restored from a backup; SP4N-LAPOR!'s answer about Budi's complaint names him.
    a = joined_desk(server, new_desk, "a")
    uuid, sha256 = budis_complaint(a, tmp_path)
    exchanged(a)
    news = {
        "complaint": uuid,
        "kind": EventKind.NATIONAL.value,
        "at": "2026-12-07T03:00:00+00:00",
        "text": "Tanggapan instansi untuk Bapak Budi Santoso",
    }
    with a.database.writing() as session:
        office_kept.keep(
            session,
            [
                KeptEvent(
                    999_999,
                    "0192f000-0000-7000-8000-0000000000aa",
                    "follow_up_added",
                    news,
                    "0" * 64,
                )
            ],
        )
    assert "office_kept.payload" in places_holding(a.database, NEEDLES)

    (match,) = a.people.find(PersonKey.NIK, BUDI["nik"])
    assert a.people.anonymise([match.complaint_id], "request") == 1
    assert_erased(a, uuid, sha256, "the desk that erased, its kept copies included")


def test_a_correction_reaches_every_desk_and_the_server_keeps_no_old_value(
    server: OfficeServer,
    template_desk: TemplateDesk,
    new_desk: Callable[[str], Desk],
    tmp_path: Path,
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    uuid, _ = budis_complaint(a, tmp_path)
    exchanged(a, b)

    # Budi's phone number was taken down wrong; corrected on B.
    changed = b.people.correct(
        id_on(b, uuid), ReporterCorrection(**BUDI | {"phone": "0813-1111-2222"})
    )
    assert changed == ["reporter_phone"]
    exchanged(b, a)

    assert a.people.reporter_of(id_on(a, uuid)).phone == "+6281311112222"
    c = joined_desk(server, new_desk, "c")
    exchanged(c)
    register = signed_in_register(server, template_desk)
    try:
        for desk in (a, c, register):
            assert desk.people.reporter_of(id_on(desk, uuid)).phone == "+6281311112222"
            # The wrong number is kept nowhere: not in the events the server hands out.
            assert places_holding(desk.database, ["81299887766"]) == []
    finally:
        register.close()


def test_an_account_made_on_one_desk_is_the_offices_and_a_disable_reaches_every_desk(
    server: OfficeServer, template_desk: TemplateDesk, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    password = "Sandi-petugas-2026"
    made = a.accounts.create(NewAccount("dewi", "Dewi Lestari", Role.PETUGAS, password, password))
    assert made.active
    exchanged(a, b)

    # The server's register holds it, as the office saved it.
    register = open_register(server, template_desk)
    try:
        with register.database.reading() as session:
            kept = session.execute(select(Account).where(Account.username == "dewi")).scalar_one()
            assert (kept.full_name, kept.active) == ("Dewi Lestari", True)
    finally:
        register.close()

    # Dewi signs in on B with no exchange since (as offline); then an administrator on B
    # disables her account.
    b.accounts.sign_out()
    assert b.accounts.sign_in("dewi", password).username == "dewi"
    b.accounts.sign_out()
    b.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    on_b = next(x for x in b.accounts.accounts() if x.username == "dewi")
    b.accounts.update(on_b.id, on_b.full_name, on_b.role, active=False)
    exchanged(b, a)

    a.accounts.sign_out()
    with pytest.raises(LoginRefusedError):
        a.accounts.sign_in("dewi", password)
    assert not register_account_active(server, template_desk, "dewi")
