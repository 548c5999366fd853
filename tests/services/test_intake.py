"""Recording complaints on a real database: numbers, fields, attachments, receipts."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.complaint import Channel, ComplaintType, Reporter, Status
from desktop.domain.problems import Field, Problem
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, create_desk, open_desk
from desktop.services.intake import InvalidComplaintError
from desktop.services.values import DeskSettings
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, first_admin, good_draft
from tests.helpers.files import png_bytes


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto jalan.png"
    path.write_bytes(png_bytes())
    return path


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "surat.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def test_a_recorded_complaint_reads_back_exactly(desk: Desk, photo: Path, letter: Path) -> None:
    desk.settings.save(DeskSettings(office_code="3201", office_name="Kecamatan Cibinong"))
    draft = good_draft(desk, supervisory=True, is_secret=True, channel=Channel.WALK_IN)
    saved = desk.intake.record(draft, [photo, letter])

    assert saved.local_number == f"3201-{saved.received_at.astimezone().year}-000001"
    record = desk.worklist.record(saved.id)
    assert record is not None
    assert record.uuid == saved.uuid
    assert record.title == draft.title
    assert record.description == draft.description
    assert record.type is ComplaintType.PENGADUAN and record.supervisory
    assert record.category_path == "Infrastruktur › Jalan dan Jembatan"
    assert record.region_path == "Jawa Barat › Kabupaten Bogor › Cibinong › Pondok Rajeg"
    assert record.incident_date == draft.incident_date
    # Handed out masked; the full identity comes from the audited reveal.
    assert record.identity_masked and record.reporter.nik == "3201********0002"
    assert desk.worklist.reveal_identity(saved.id) == Reporter(
        name="Siti Rahmawati",
        nik="3201014508900002",
        phone="+6281234567890",  # normalised to E.164
        email="siti@contoh.id",
        address="Jl. Melati 3, Cibinong",
    )
    assert record.is_secret and not record.is_anonymous and record.privacy_acknowledged
    assert record.status is Status.BELUM_TERVERIFIKASI
    assert record.national_tracking_id == ""

    names = [a.info.original_name for a in record.attachments]
    assert names == ["foto jalan.png", "surat.pdf"]
    stored = record.attachments[0]
    assert stored.info.media_type == "image/png"
    assert stored.info.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    encrypted = desk.attachment_folder.path_of(stored.stored_name)
    assert desk.paths.data_dir in encrypted.parents
    assert encrypted.read_bytes() != photo.read_bytes()
    copy = photo.parent / "copy.png"
    desk.worklist.save_attachment_copy(saved.id, stored.stored_name, copy)
    assert copy.read_bytes() == photo.read_bytes()


def test_numbers_follow_each_other_and_restart_each_local_year(
    desk_dir: Path, desk_key: bytes, jakarta_time: None
) -> None:
    now = [dt.datetime(2026, 12, 31, 3, 0, tzinfo=dt.UTC)]
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=lambda: now[0]).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    numbers = []
    try:
        # 17:30 UTC on 31 December is already 00:30 on 1 January in Jakarta.
        for moment in ("2026-12-31T03:00", "2026-12-31T16:59", "2026-12-31T17:30"):
            now[0] = dt.datetime.fromisoformat(moment).replace(tzinfo=dt.UTC)
            saved = desk.intake.record(good_draft(desk, incident_date=dt.date(2026, 12, 30)))
            numbers.append(saved.local_number)
        receipt = desk.receipts.for_complaint(saved.id)
    finally:
        desk.close()
    assert numbers == ["0000-2026-000001", "0000-2026-000002", "0000-2027-000001"]
    assert receipt is not None
    assert (receipt.received_at.date(), receipt.received_at.hour) == (dt.date(2027, 1, 1), 0)
    # Received on New Year's Day; Isra Mi'raj (5 January 2027) does not count either.
    assert receipt.verify_by == dt.date(2027, 1, 7)


def test_an_anonymous_complaint_hides_the_reporter_in_lists_and_receipts(desk: Desk) -> None:
    draft = good_draft(desk, is_anonymous=True)
    saved = desk.intake.record(draft)
    summary = desk.worklist.summaries([saved.id])[saved.id]
    assert summary.is_anonymous and summary.reporter_name == ""
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None and receipt.reporter_name == ""
    # The desk itself keeps what the complainant chose to give, behind the audited reveal.
    record = desk.worklist.record(saved.id)
    assert record is not None and record.reporter.name == "S*** R********"
    assert desk.worklist.reveal_identity(saved.id).name == "Siti Rahmawati"


def test_a_confidential_complaints_receipt_never_carries_its_title(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk, is_secret=True))
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None and receipt.is_secret
    assert receipt.title == "" and receipt.local_number == saved.local_number
    assert receipt.reporter_name == "Siti Rahmawati"  # it is the complainant's own receipt
    # A petugas reprinting it later sees no more than the detail view shows them.
    password = "Loket-pagi-2026"
    desk.accounts.create(NewAccount("rudi", "Rudi", Role.PETUGAS, password, password))
    desk.accounts.sign_in("rudi", password)
    reprint = desk.receipts.for_complaint(saved.id)
    assert reprint is not None and reprint.reporter_name == "" and reprint.title == ""


def test_the_receipt_promises_verification_within_three_working_days(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None
    received = receipt.received_at.date()
    days = (receipt.verify_by - received).days
    assert receipt.verify_by.weekday() < 5
    assert 3 <= days <= 5


def test_a_file_that_only_pretends_to_be_an_image_is_refused(desk: Desk, tmp_path: Path) -> None:
    fake = tmp_path / "foto.jpg"
    fake.write_text("MZ this is really a program", encoding="utf-8")
    check = desk.intake.check_attachment(fake)
    assert check.problem is Problem.FILE_TYPE_NOT_ALLOWED
    with pytest.raises(InvalidComplaintError) as raised:
        desk.intake.record(good_draft(desk), [fake])
    assert (Field.ATTACHMENTS, Problem.FILE_TYPE_NOT_ALLOWED) in {
        (p.field, p.problem) for p in raised.value.problems
    }
    assert desk.worklist.count() == 0


def test_the_size_limit_is_a_setting(desk: Desk, tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    assert desk.intake.check_attachment(big).ok  # 2 MB is fine under the default 20 MB
    desk.settings.save(DeskSettings(office_code="3201", office_name="Kantor", max_attachment_mb=1))
    check = desk.intake.check_attachment(big)
    assert check.problem is Problem.FILE_TOO_LARGE and check.limit_mb == 1


def test_empty_and_missing_files_are_refused(desk: Desk, tmp_path: Path) -> None:
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    assert desk.intake.check_attachment(empty).problem is Problem.FILE_EMPTY
    gone = tmp_path / "hilang.pdf"
    assert desk.intake.check_attachment(gone).problem is Problem.FILE_UNREADABLE


def test_the_same_scan_attached_twice_is_stored_once(desk: Desk, letter: Path) -> None:
    desk.intake.record(good_draft(desk), [letter])
    desk.intake.record(good_draft(desk), [letter])
    files = [p for p in desk.paths.attachments.rglob("*") if p.is_file()]
    assert len(files) == 1


def test_settings_are_validated(desk: Desk) -> None:
    from desktop.services.values import InvalidSettingsError

    with pytest.raises(InvalidSettingsError) as raised:
        desk.settings.save(DeskSettings(office_code="32.01", office_name="Kantor"))
    assert raised.value.field == "office_code"
    assert desk.settings.load() == DeskSettings()


def test_duplicate_names_in_a_list_are_refused(desk: Desk) -> None:
    from desktop.services.values import DuplicateNameError

    with pytest.raises(DuplicateNameError):
        desk.reference.add_institution("  dinas KESEHATAN ")
    health = next(i for i in desk.reference.institutions() if i.name == "Dinas Kesehatan")
    desk.reference.update_institution(health.id, "Dinas Kesehatan", active=False)  # itself: fine
    infrastructure = next(c for c in desk.reference.categories() if c.name == "Infrastruktur")
    with pytest.raises(DuplicateNameError):
        desk.reference.add_category("jalan dan jembatan", infrastructure.id)
    # The same name under another parent is another category.
    desk.reference.add_category("Jalan dan Jembatan", None)


def test_a_data_folder_that_cannot_be_made_is_a_storage_fault(tmp_path: Path) -> None:
    from desktop.services.values import StorageFault

    occupied = tmp_path / "not-a-folder"
    occupied.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(StorageFault):
        create_desk(occupied, regions_csv(), first_admin())


def test_a_nik_naming_no_region_is_pointed_out_not_refused(desk: Desk) -> None:
    assert desk.intake.unknown_nik_region("3201014508900002") is None  # Cibinong, Bogor
    assert desk.intake.unknown_nik_region("3201994508900002") == "32.01.99"
    assert desk.intake.unknown_nik_region("3299014508900002") == "32.99"
    assert desk.intake.unknown_nik_region("9971011708450001") == "99"
    assert desk.intake.unknown_nik_region("3201 0145") is None  # still being typed
    # Only a note: the complaint with such a NIK is still recorded.
    reporter = Reporter(name="Siti Rahmawati", nik="9971011708450001", phone="081234567890")
    assert desk.intake.record(good_draft(desk, reporter=reporter)).local_number
