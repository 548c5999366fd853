"""Evidence documents (bukti dukung) on a real desk: kept per year, encrypted like attachments,
withdrawn but never deleted, and exported with issued reports as one zip whose index and hashes
read back."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.report_register import EvidenceKind
from desktop.services.access import PermissionDeniedError
from desktop.services.desk import Desk
from desktop.services.evidence import INDEX_NAME
from desktop.services.issued_report_values import (
    EvidenceDamagedError,
    EvidenceToAdd,
    ReportProblem,
    ReportRefusedError,
)
from desktop.store.database import connect
from tests.helpers.desks import audit_entries, sign_in_as
from tests.helpers.files import png_bytes
from tests.helpers.report_files import issue_pdf, pdf_bytes, write


def add(
    desk: Desk,
    folder: Path,
    kind: EvidenceKind,
    title: str,
    name: str,
    data: bytes,
    year: int = 2026,
):  # type: ignore[no-untyped-def]  # noqa: ANN201
    path = write(folder / name, data)
    return desk.evidence.add(EvidenceToAdd(year, kind, title, path))


def test_documents_are_kept_per_year_encrypted_and_listed(desk: Desk, tmp_path: Path) -> None:
    sk = add(desk, tmp_path, EvidenceKind.SK_TIM, "SK Tim Pengaduan 2026", "sk.pdf", pdf_bytes())
    photo = add(desk, tmp_path, EvidenceKind.SOSIALISASI, "Sosialisasi Maret", "foto.png",
                png_bytes())  # fmt: skip
    add(desk, tmp_path, EvidenceKind.SOP, "SOP 2025", "sop.pdf", pdf_bytes(2), year=2025)

    listed = desk.evidence.documents(2026)
    assert [(d.id, d.kind, d.title) for d in listed] == [
        (sk.id, EvidenceKind.SK_TIM, "SK Tim Pengaduan 2026"),
        (photo.id, EvidenceKind.SOSIALISASI, "Sosialisasi Maret"),
    ]
    assert listed[0].media_type == "application/pdf"
    assert listed[1].media_type == "image/png"
    assert listed[0].sha256 == hashlib.sha256(pdf_bytes()).hexdigest()
    assert listed[0].added_by == "admin"
    assert desk.evidence.years() == [2025, 2026]
    assert desk.evidence.read(photo.id) == png_bytes()
    kept = [p.read_bytes() for p in desk.paths.attachments.rglob("*") if p.is_file()]
    assert len(kept) == 3 and not any(b"%PDF" in data or b"PNG" in data for data in kept)
    (entry, *_) = audit_entries(desk, AuditAction.EVIDENCE_ADDED)
    assert entry.details == {"year": 2025, "kind": "sop", "sha256": entry.details["sha256"]}


def test_withdrawing_keeps_the_row_the_file_and_the_trail(desk: Desk, tmp_path: Path) -> None:
    sk = add(desk, tmp_path, EvidenceKind.SK_TIM, "SK lama", "sk.pdf", pdf_bytes())
    with pytest.raises(ReportRefusedError) as refused:
        desk.evidence.withdraw(sk.id, "  ")
    assert refused.value.problem is ReportProblem.REASON_EMPTY

    desk.evidence.withdraw(sk.id, "Diganti SK baru")
    assert desk.evidence.documents(2026) == []
    (withdrawn,) = desk.evidence.documents(2026, withdrawn=True)
    assert withdrawn.withdrawn and withdrawn.withdrawn_by == "admin"
    assert withdrawn.withdraw_reason == "Diganti SK baru"
    assert desk.evidence.read(sk.id) == pdf_bytes()  # the file stays
    (entry,) = audit_entries(desk, AuditAction.EVIDENCE_WITHDRAWN)
    assert entry.target == f"evidence:{sk.id}"
    with pytest.raises(LookupError):
        desk.evidence.withdraw(sk.id, "lagi")  # once only

    raw = connect(desk.paths.database, desk.keys.key)
    try:
        for sql in (
            f"DELETE FROM evidence_document WHERE id = {sk.id}",
            f"UPDATE evidence_document SET title = 'lain' WHERE id = {sk.id}",
        ):
            with pytest.raises(sqlcipher.IntegrityError):
                raw.execute(sql)
    finally:
        raw.close()


def test_files_are_checked_like_attachments(desk: Desk, tmp_path: Path) -> None:
    cases = [
        ("catatan.txt", b"bukan dokumen", ReportProblem.FILE_TYPE_NOT_ALLOWED),
        ("kosong.pdf", b"", ReportProblem.FILE_EMPTY),
        ("besar.pdf", pdf_bytes() + b"\x00" * (21 * 1024 * 1024), ReportProblem.FILE_TOO_LARGE),
    ]
    for name, data, problem in cases:
        with pytest.raises(ReportRefusedError) as refused:
            add(desk, tmp_path, EvidenceKind.LAINNYA, "Dokumen", name, data)
        assert refused.value.problem is problem
    with pytest.raises(ReportRefusedError) as refused:
        add(desk, tmp_path, EvidenceKind.LAINNYA, "   ", "sk.pdf", pdf_bytes())
    assert refused.value.problem is ReportProblem.TITLE_EMPTY
    assert desk.evidence.documents(2026, withdrawn=True) == []
    assert not [p for p in desk.paths.attachments.rglob("*") if p.is_file()]


def test_the_year_goes_out_as_one_zip_with_its_index(desk: Desk, tmp_path: Path) -> None:
    sk = add(desk, tmp_path, EvidenceKind.SK_TIM, "SK Tim: Pengaduan/2026", "SK scan.PDF",
             pdf_bytes())  # fmt: skip
    add(desk, tmp_path, EvidenceKind.SOSIALISASI, "Sosialisasi", "a.png", png_bytes())
    add(desk, tmp_path, EvidenceKind.SOSIALISASI, "Sosialisasi", "b.png", png_bytes(8, 8))
    gone = add(desk, tmp_path, EvidenceKind.SOP, "SOP lama", "sop.pdf", pdf_bytes(2))
    desk.evidence.withdraw(gone.id, "salah unggah")
    add(desk, tmp_path, EvidenceKind.SOP, "SOP 2025", "sop25.pdf", pdf_bytes(3), year=2025)
    report = issue_pdf(desk, tmp_path)

    target = tmp_path / "keluar" / "bukti-2026.zip"
    target.parent.mkdir()
    exported = desk.evidence.export_zip(2026, target, [report.id])

    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert sorted(names) == sorted([
            "bukti-dukung/01-SK-tim-pengaduan/SK Tim_ Pengaduan_2026.PDF",
            "bukti-dukung/04-sosialisasi/Sosialisasi.png",
            "bukti-dukung/04-sosialisasi/Sosialisasi (2).png",
            "laporan/rekap-semester-1.pdf",
            INDEX_NAME,
        ])  # fmt: skip
        index = list(csv.DictReader(io.StringIO(archive.read(INDEX_NAME).decode("utf-8-sig"))))
        assert [row["berkas"] for row in index] == [n for n in names if n != INDEX_NAME]
        for row in index:
            data = archive.read(row["berkas"])
            assert hashlib.sha256(data).hexdigest() == row["sha256"]
            assert int(row["ukuran_byte"]) == len(data)
        assert archive.read("laporan/rekap-semester-1.pdf") == desk.report_register.read(report.id)
        assert index[0]["jenis"] == "sk_tim" and index[0]["judul"] == "SK Tim: Pengaduan/2026"
        assert index[-1]["jenis"] == "laporan" and index[-1]["sha256"] == report.sha256
    assert exported.members[index[0]["berkas"]] == sk.sha256
    assert [p.name for p in target.parent.iterdir()] == ["bukti-2026.zip"]  # no temporary left
    (entry, *_) = audit_entries(desk, AuditAction.EXPORT)
    assert entry.details["what"] == "evidence" and entry.details["documents"] == 3


def test_a_damaged_document_stops_the_export_and_leaves_no_file(desk: Desk, tmp_path: Path) -> None:
    add(desk, tmp_path, EvidenceKind.SK_TIM, "SK", "sk.pdf", pdf_bytes())
    (kept,) = [p for p in desk.paths.attachments.rglob("*") if p.is_file()]
    kept.write_bytes(kept.read_bytes()[:-5] + b"xxxxx")
    target = tmp_path / "bukti.zip"
    with pytest.raises(EvidenceDamagedError):
        desk.evidence.export_zip(2026, target)
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".*partial")) == []


def test_only_verifiers_and_admins_keep_evidence(desk: Desk, tmp_path: Path) -> None:
    sign_in_as(desk, "verif", Role.VERIFIKATOR)
    add(desk, tmp_path, EvidenceKind.PELATIHAN, "Pelatihan", "p.pdf", pdf_bytes())
    sign_in_as(desk, "loket", Role.PETUGAS)
    with pytest.raises(PermissionDeniedError):
        desk.evidence.documents(2026)
    with pytest.raises(PermissionDeniedError):
        add(desk, tmp_path, EvidenceKind.PELATIHAN, "Lagi", "q.pdf", pdf_bytes(2))


def test_a_backup_carries_the_kept_files(desk: Desk, tmp_path: Path) -> None:
    add(desk, tmp_path, EvidenceKind.MAKLUMAT, "Maklumat", "m.pdf", pdf_bytes(2))
    issue_pdf(desk, tmp_path)
    info = desk.backups.create()
    assert info.attachments == 2 and info.missing_attachments == 0


def test_erasing_a_complaint_keeps_a_file_an_evidence_document_shares(
    desk: Desk, tmp_path: Path
) -> None:
    from tests.helpers.desks import good_draft

    photo = write(tmp_path / "foto.png", png_bytes())
    recorded = desk.intake.record(good_draft(desk), [photo])
    kept = add(desk, tmp_path, EvidenceKind.SOSIALISASI, "Foto", "sama.png", png_bytes())
    desk.people.anonymise([recorded.id], "request")
    assert desk.evidence.read(kept.id) == png_bytes()
