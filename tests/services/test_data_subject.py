"""Duties towards data subjects on a real desk: find, export, correct, erase, retention."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import ComplaintType, Reporter
from desktop.domain.problems import Field, Problem
from desktop.services.access import PermissionDeniedError
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, open_desk
from desktop.services.person_values import (
    InvalidCorrectionError,
    PersonKey,
    PersonProblem,
    PersonRequestError,
    ReporterCorrection,
)
from desktop.store import audit
from desktop.store.people import ERASED_TEXT
from desktop.store.schema import Complaint
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft
from tests.helpers.files import png_bytes

SITI_NIK = "3201014508900002"
SITI_PHONE = "0812-3456-7890"
BUDI = Reporter(
    name="Budi Santoso",
    nik="3201011203850001",
    phone="0813 9876 5432",
    email="budi@contoh.id",
    address="Jl. Kenanga 7, Cibinong",
)
PERSONAL = ("Siti", "Rahmawati", SITI_NIK, "81234567890", "siti@contoh.id", "Melati")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto wajah.png"
    path.write_bytes(png_bytes())
    return path


def numbers(matches: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(m.local_number for m in matches)


def all_audit_text(desk: Desk) -> str:
    with desk.database.reading() as session:
        entries = list(audit.entries(session))
    return json.dumps([(e.target, e.details) for e in entries], ensure_ascii=False)


def audit_of(desk: Desk, action: AuditAction) -> list[audit.AuditRecord]:
    with desk.database.reading() as session:
        return list(audit.entries(session, actions=(action,)))


def counts_by_category_and_type(desk: Desk) -> list[tuple[int | None, str, int]]:
    with desk.database.reading() as session:
        rows = session.execute(
            select(Complaint.category_id, Complaint.type, func.count())
            .group_by(Complaint.category_id, Complaint.type)
            .order_by(Complaint.category_id, Complaint.type)
        )
        return [tuple(r) for r in rows]


def test_a_person_is_found_by_nik_phone_or_part_of_the_name(desk: Desk) -> None:
    siti_1 = desk.intake.record(good_draft(desk)).local_number
    siti_2 = desk.intake.record(good_draft(desk, type=ComplaintType.ASPIRASI)).local_number
    budi = desk.intake.record(good_draft(desk, reporter=BUDI)).local_number

    assert numbers(desk.people.find(PersonKey.NIK, "3201-0145-0890-0002")) == [siti_1, siti_2]
    assert numbers(desk.people.find(PersonKey.PHONE, "+62 813-9876-5432")) == [budi]
    assert numbers(desk.people.find(PersonKey.PHONE, "081234567890")) == [siti_1, siti_2]
    assert numbers(desk.people.find(PersonKey.NAME, "rahma")) == [siti_1, siti_2]
    assert numbers(desk.people.find(PersonKey.NAME, "SANTOSO")) == [budi]
    assert desk.people.find(PersonKey.NAME, "Wahyuni") == []
    assert numbers(desk.people.find(PersonKey.NAME, "Rah%ati")) == []  # % is no wildcard

    searched = audit_of(desk, AuditAction.PERSON_SEARCHED)
    assert [e.details for e in reversed(searched)][:3] == [
        {"by": "nik", "matches": 2},
        {"by": "phone", "matches": 1},
        {"by": "phone", "matches": 2},
    ]


@pytest.mark.parametrize(
    ("kind", "text", "problem"),
    [
        (PersonKey.NIK, "320101450890", PersonProblem.NIK_NOT_16_DIGITS),
        (PersonKey.NIK, "32010145089000AB", PersonProblem.NIK_NOT_16_DIGITS),
        (PersonKey.PHONE, "12", PersonProblem.PHONE_INVALID),
        (PersonKey.PHONE, "", PersonProblem.PHONE_INVALID),
        (PersonKey.NAME, "a b", PersonProblem.NAME_TOO_SHORT),
        (PersonKey.NAME, "1234", PersonProblem.NAME_TOO_SHORT),
    ],
)
def test_a_bad_search_key_is_refused(
    desk: Desk, kind: PersonKey, text: str, problem: PersonProblem
) -> None:
    with pytest.raises(PersonRequestError) as raised:
        desk.people.find(kind, text)
    assert raised.value.problem is problem
    assert audit_of(desk, AuditAction.PERSON_SEARCHED) == []


def test_the_export_holds_the_persons_data_and_the_audit_names_numbers_only(
    desk: Desk, photo: Path, tmp_path: Path
) -> None:
    first = desk.intake.record(good_draft(desk), [photo])
    second = desk.intake.record(good_draft(desk, title="Lampu jalan mati"))
    desk.intake.record(good_draft(desk, reporter=BUDI))
    found = desk.people.find(PersonKey.NIK, SITI_NIK)
    target = tmp_path / "out" / "siti.json"
    target.parent.mkdir()

    assert desk.people.export([m.complaint_id for m in found], target) == 2

    document = json.loads(target.read_text(encoding="utf-8"))
    assert [c["local_number"] for c in document["complaints"]] == [
        first.local_number,
        second.local_number,
    ]
    exported = document["complaints"][0]
    assert exported["reporter"] == {
        "name": "Siti Rahmawati",
        "nik": SITI_NIK,
        "phone": "+6281234567890",
        "email": "siti@contoh.id",
        "address": "Jl. Melati 3, Cibinong",
    }
    assert exported["description"].startswith("Sejak bulan lalu")
    assert exported["category_path"] == "Infrastruktur › Jalan dan Jembatan"
    assert exported["attachments"] == [
        {"name": "foto wajah.png", "media_type": "image/png", "size": photo.stat().st_size}
    ]
    assert [e["action"] for e in exported["audit_trail"]] == ["complaint.created"]
    assert "Budi" not in target.read_text(encoding="utf-8")
    assert list(target.parent.iterdir()) == [target]  # no temporary file left

    [entry] = audit_of(desk, AuditAction.EXPORT)
    assert entry.details == {
        "what": "person",
        "complaints": [first.local_number, second.local_number],
    }


def test_a_correction_is_checked_saved_and_audited_by_field_name(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    with pytest.raises(InvalidCorrectionError) as raised:
        desk.people.correct(
            saved.id, ReporterCorrection("Siti Rahmawati", "3201019999900002", SITI_PHONE)
        )
    assert [(p.field, p.problem) for p in raised.value.problems] == [
        (Field.REPORTER_NIK, Problem.NIK_BIRTH_DATE)
    ]

    changed = desk.people.correct(
        saved.id,
        ReporterCorrection(
            "Siti  Rahmawati Putri",
            SITI_NIK,
            "0857 1111 2222",
            "siti@contoh.id",
            "Jl. Melati 3, Cibinong",
        ),
    )

    assert changed == ["reporter_name", "reporter_phone"]
    stored = desk.worklist.reveal_identity(saved.id)
    assert stored.name == "Siti Rahmawati Putri"
    assert stored.phone == "+6285711112222"  # normalised like at intake
    [entry] = audit_of(desk, AuditAction.PERSON_CORRECTED)
    assert (entry.target, entry.details) == (
        saved.local_number,
        {"fields": ["reporter_name", "reporter_phone"]},
    )


def test_erasing_removes_personal_data_and_files_but_keeps_the_statistics(
    desk: Desk, photo: Path
) -> None:
    siti = desk.intake.record(good_draft(desk), [photo])
    budi = desk.intake.record(good_draft(desk, reporter=BUDI, type=ComplaintType.ASPIRASI))
    record = desk.worklist.record(siti.id)
    assert record is not None
    stored_name = record.attachments[0].stored_name
    file = desk.attachment_folder.path_of(stored_name)
    assert file.exists()
    before = counts_by_category_and_type(desk)

    assert desk.people.anonymise([siti.id], "request") == 1
    assert desk.people.anonymise([siti.id], "request") == 0  # already done: nothing to count

    erased = desk.worklist.record(siti.id)
    assert erased is not None
    assert erased.reporter == Reporter()
    assert (erased.title, erased.description, erased.incident_address) == (
        ERASED_TEXT,
        ERASED_TEXT,
        "",
    )
    assert erased.attachments == ()
    assert not file.exists()
    assert (erased.local_number, erased.received_at, erased.type) == (
        siti.local_number,
        siti.received_at,
        ComplaintType.PENGADUAN,
    )
    assert erased.region_code == "32.01.01.1001"
    assert counts_by_category_and_type(desk) == before
    untouched = desk.worklist.record(budi.id)
    assert untouched is not None and untouched.reporter.name == "Budi Santoso"
    assert desk.people.find(PersonKey.NIK, SITI_NIK) == []
    with pytest.raises(PersonRequestError) as raised:
        desk.people.correct(siti.id, ReporterCorrection("Siti Rahmawati", phone=SITI_PHONE))
    assert raised.value.problem is PersonProblem.ALREADY_ANONYMISED

    [entry] = audit_of(desk, AuditAction.PERSON_ERASED)
    assert (entry.target, entry.details) == (siti.local_number, {"reason": "request"})


def test_a_file_another_complaint_still_uses_is_kept(desk: Desk, photo: Path) -> None:
    first = desk.intake.record(good_draft(desk), [photo])
    second = desk.intake.record(good_draft(desk, reporter=BUDI), [photo])  # the same scan
    record = desk.worklist.record(second.id)
    assert record is not None
    file = desk.attachment_folder.path_of(record.attachments[0].stored_name)

    desk.people.anonymise([first.id], "request")
    assert file.exists()
    desk.people.anonymise([second.id], "request")
    assert not file.exists()


def test_retention_anonymises_only_complaints_older_than_the_period(
    desk_dir: Path, desk_key: bytes, photo: Path, jakarta_time: None
) -> None:
    now = [dt.datetime(2019, 3, 1, 3, 0, tzinfo=dt.UTC)]
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=lambda: now[0]).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    try:
        old = desk.intake.record(good_draft(desk, incident_date=dt.date(2019, 2, 1)), [photo])
        now[0] = dt.datetime(2021, 11, 28, 16, 30, tzinfo=dt.UTC)  # 28 Nov 23:30 in Jakarta
        also_old = desk.intake.record(good_draft(desk, incident_date=dt.date(2021, 11, 1)))
        now[0] = dt.datetime(2021, 11, 28, 17, 30, tzinfo=dt.UTC)  # 29 Nov 00:30 in Jakarta
        recent = desk.intake.record(good_draft(desk, incident_date=dt.date(2021, 11, 1)))
        now[0] = dt.datetime(2026, 11, 29, 3, 0, tzinfo=dt.UTC)  # five years on, to the day

        assert desk.people.retention_years() == 5  # the default
        desk.people.set_retention_years(0)
        assert desk.people.apply_retention() == 0  # 0 keeps everything
        desk.people.set_retention_years(5)
        assert desk.people.retention_years() == 5
        with pytest.raises(PersonRequestError) as raised:
            desk.people.set_retention_years(31)
        assert raised.value.problem is PersonProblem.RETENTION_OUT_OF_RANGE

        desk.accounts.sign_out()
        assert desk.people.apply_due_retention() == 2  # the desk's own job: nobody signed in
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert desk.people.apply_retention() == 0  # nothing left to do

        kept = desk.worklist.record(recent.id)
        gone = desk.worklist.record(old.id)
        assert kept is not None and desk.worklist.reveal_identity(recent.id).nik == SITI_NIK
        assert gone is not None and gone.reporter == Reporter() and gone.attachments == ()
        also_gone = desk.worklist.record(also_old.id)
        assert also_gone is not None and also_gone.title == ERASED_TEXT
        applied = audit_of(desk, AuditAction.RETENTION_APPLIED)
        # One entry, without a user; runs with nothing due write none.
        assert [(e.actor, e.details["count"]) for e in applied] == [("", 2)]
        assert len(audit_of(desk, AuditAction.SETTINGS_CHANGED)) == 2
        assert not any(word in all_audit_text(desk) for word in PERSONAL)
    finally:
        desk.close()


def test_no_audit_entry_holds_personal_data(desk: Desk, photo: Path, tmp_path: Path) -> None:
    saved = desk.intake.record(good_draft(desk), [photo])
    desk.people.find(PersonKey.NIK, SITI_NIK)
    desk.people.find(PersonKey.PHONE, SITI_PHONE)
    desk.people.find(PersonKey.NAME, "Rahmawati")
    desk.people.export([saved.id], tmp_path / "siti.json")
    desk.people.correct(
        saved.id, ReporterCorrection("Siti Rahmawati", SITI_NIK, SITI_PHONE, "s@contoh.id")
    )
    desk.people.anonymise([saved.id], "request")
    text = all_audit_text(desk)
    assert not any(word in text for word in PERSONAL)


@pytest.mark.parametrize("role", [Role.PETUGAS, Role.VERIFIKATOR])
def test_only_an_admin_may_handle_data_subject_requests(
    desk: Desk, role: Role, tmp_path: Path
) -> None:
    saved = desk.intake.record(good_draft(desk))
    password = "Loket-uji-2026!"
    desk.accounts.create(NewAccount("staf", "Staf Loket", role, password, password))
    desk.accounts.sign_in("staf", password)
    attempts = [
        lambda: desk.people.find(PersonKey.NIK, SITI_NIK),
        lambda: desk.people.export([saved.id], tmp_path / "x.json"),
        lambda: desk.people.correct(saved.id, ReporterCorrection("Siti", phone=SITI_PHONE)),
        lambda: desk.people.anonymise([saved.id], "request"),
        lambda: desk.people.set_retention_years(1),
        desk.people.apply_retention,
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert not (tmp_path / "x.json").exists()
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    assert desk.worklist.reveal_identity(saved.id).nik == SITI_NIK


def test_attachment_files_nothing_refers_to_are_removed_once_a_day_old(
    desk: Desk, photo: Path
) -> None:
    import os

    saved = desk.intake.record(good_draft(desk), [photo])
    record = desk.worklist.record(saved.id)
    assert record is not None
    kept = desk.attachment_folder.path_of(record.attachments[0].stored_name)
    stray_old = desk.paths.attachments / "ab" / ("ab" + "0" * 62)
    stray_new = desk.paths.attachments / "cd" / ("cd" + "0" * 62)
    interrupted = desk.paths.attachments / "incoming" / ".a1b2.partial"
    for stray in (stray_old, stray_new, interrupted):
        stray.parent.mkdir(parents=True, exist_ok=True)
        stray.write_bytes(b"left behind")
    two_days_ago = time.time() - 2 * 24 * 3600
    for old in (stray_old, interrupted, kept):
        os.utime(old, (two_days_ago, two_days_ago))

    assert desk.people.remove_orphaned_files() == 2
    assert kept.exists() and stray_new.exists()  # in use; and maybe a save in progress
    assert not stray_old.exists() and not interrupted.exists()
