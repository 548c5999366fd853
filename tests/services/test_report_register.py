"""The register of issued reports on a real desk: a report is kept as it was issued, opens again
byte for byte, a changed file is caught, nothing can change or remove it, and the trail has it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.report_figures import PeriodKind, ReportPeriod
from desktop.domain.report_register import HeadlineFigure, ReportFormat
from desktop.services.access import PermissionDeniedError
from desktop.services.audit_trail import verify_audit_chain
from desktop.services.desk import Desk
from desktop.services.evidence import EvidenceDocuments
from desktop.services.issued_report_values import (
    IssuedReportDamagedError,
    ReportProblem,
    ReportRefusedError,
    ReportToIssue,
)
from desktop.services.report_register import ReportRegister
from desktop.store.database import connect
from tests.helpers.desks import audit_entries, good_draft, sign_in_as
from tests.helpers.report_files import (
    CUT_OFF,
    HEADLINE,
    issue_pdf,
    pdf_bytes,
    workbook_bytes,
    write,
)


def tamper(desk: Desk, sql: str) -> None:
    """Change the file the way someone with the key and an SQLite tool could."""
    raw = connect(desk.paths.database, desk.keys.key)
    try:
        raw.execute(sql)
    finally:
        raw.close()


def test_an_issued_report_opens_again_as_exactly_the_bytes_issued(
    desk: Desk, tmp_path: Path
) -> None:
    source = tmp_path / "rekap-semester-1.pdf"
    issued = issue_pdf(desk, tmp_path)
    original = source.read_bytes()
    # Later edits: the source file overwritten, a complaint recorded.
    source.write_bytes(pdf_bytes(pages=3))
    desk.intake.record(good_draft(desk))

    assert desk.report_register.read(issued.id) == original
    listed = desk.report_register.reports()
    assert [r.id for r in listed] == [issued.id]
    kept = listed[0]
    assert kept.period == ReportPeriod(
        PeriodKind.SEMESTER, ReportPeriod.semester(2026, 1).first_day,
        ReportPeriod.semester(2026, 1).last_day,
    )  # fmt: skip
    assert kept.format is ReportFormat.PDF
    assert kept.cut_off == CUT_OFF
    assert kept.sha256 == hashlib.sha256(original).hexdigest()
    assert kept.size == len(original)
    assert kept.issued_by == "admin"
    assert kept.headline == HEADLINE
    assert kept.options == {"breakdowns": ["channel"], "signature": "Kepala Bagian"}
    assert kept.file_name == "rekap-semester-1.pdf"

    copy = tmp_path / "salinan.pdf"
    desk.report_register.save_copy(issued.id, copy)
    assert copy.read_bytes() == original


def test_the_file_is_kept_encrypted_in_the_attachments_folder(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    kept = [p for p in desk.paths.attachments.rglob("*") if p.is_file()]
    assert len(kept) == 1
    assert b"%PDF" not in kept[0].read_bytes()
    assert kept[0].name != issued.sha256


def test_a_changed_kept_file_is_refused_with_a_clear_error(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    (kept,) = [p for p in desk.paths.attachments.rglob("*") if p.is_file()]
    data = bytearray(kept.read_bytes())
    data[-40] ^= 0x01
    kept.write_bytes(bytes(data))

    with pytest.raises(IssuedReportDamagedError, match=f"issued report {issued.id}"):
        desk.report_register.read(issued.id)
    target = tmp_path / "salinan.pdf"
    with pytest.raises(IssuedReportDamagedError):
        desk.report_register.save_copy(issued.id, target)
    assert not target.exists()  # no wrong file handed out


def test_a_missing_kept_file_is_refused_too(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    for path in desk.paths.attachments.rglob("*"):
        if path.is_file():
            path.unlink()
    with pytest.raises(IssuedReportDamagedError, match="missing"):
        desk.report_register.read(issued.id)


def test_a_recorded_hash_that_does_not_match_the_file_is_caught(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    # Only around the triggers: drop them as a tool could, then change the recorded hash.
    tamper(desk, "DROP TRIGGER issued_report_no_update")
    tamper(desk, f"UPDATE issued_report SET sha256 = '{'0' * 64}' WHERE id = {issued.id}")
    with pytest.raises(IssuedReportDamagedError, match="not the one issued"):
        desk.report_register.read(issued.id)
    ok, line = verify_audit_chain(desk)
    assert not ok and "issued reports CHANGED OUTSIDE the desk" in line


def test_issuing_writes_its_audit_entry_with_the_hash(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    (entry,) = audit_entries(desk, AuditAction.REPORT_ISSUED)
    assert entry.actor == "admin"
    assert entry.target == f"report:{issued.id}"
    assert entry.details["sha256"] == issued.sha256
    assert entry.details["period"] == "2026-01-01..2026-06-30"
    ok, line = verify_audit_chain(desk)
    assert ok and "1 issued report(s) as issued" in line


def test_there_is_no_way_to_change_or_remove_an_issued_report(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    public = {name for name in dir(ReportRegister) if not name.startswith("_")}
    assert public == {
        "check_file", "issue", "reports", "report", "read", "save_copy", "differences",
    }  # fmt: skip
    # The database itself refuses an UPDATE or a DELETE done around the desk.
    for sql in (
        f"UPDATE issued_report SET file_name = 'lain.pdf' WHERE id = {issued.id}",
        f"DELETE FROM issued_report WHERE id = {issued.id}",
    ):
        with pytest.raises(sqlcipher.IntegrityError, match="kept as it was issued"):
            tamper(desk, sql)
    assert desk.report_register.report(issued.id).file_name == "rekap-semester-1.pdf"
    assert not {n for n in dir(EvidenceDocuments) if "delete" in n or "update" in n}


def test_a_row_added_around_the_desk_is_found_by_audit_verify(desk: Desk, tmp_path: Path) -> None:
    issue_pdf(desk, tmp_path)
    tamper(
        desk,
        "INSERT INTO issued_report (period_kind, first_day, last_day, format, options, cut_off, "
        "file_name, stored_name, media_type, size, sha256, headline, issued_by, issued_at) "
        "SELECT period_kind, first_day, last_day, format, options, cut_off, 'palsu.pdf', "
        "stored_name, media_type, size, sha256, headline, issued_by, issued_at FROM issued_report",
    )
    ok, line = verify_audit_chain(desk)
    assert not ok and "(report 2)" in line


def test_a_file_not_of_its_format_is_not_issued(desk: Desk, tmp_path: Path) -> None:
    period = ReportPeriod.month(2026, 5)
    cases = [
        (ReportFormat.PDF, workbook_bytes(), ReportProblem.FORMAT_MISMATCH),
        (ReportFormat.XLSX, pdf_bytes(), ReportProblem.FORMAT_MISMATCH),
        (ReportFormat.CSV, b"\x89PNG\r\n\x1a\n\x00\x00", ReportProblem.FORMAT_MISMATCH),
        (ReportFormat.CSV, b"", ReportProblem.FILE_EMPTY),
    ]
    for number, (report_format, data, problem) in enumerate(cases):
        path = write(tmp_path / f"laporan-{number}", data)
        with pytest.raises(ReportRefusedError) as refused:
            desk.report_register.issue(ReportToIssue(period, report_format, CUT_OFF, path))
        assert refused.value.problem is problem
    assert desk.report_register.reports() == []
    assert not [p for p in desk.paths.attachments.rglob("*") if p.is_file()]

    for report_format, data in (
        (ReportFormat.XLSX, workbook_bytes()),
        (ReportFormat.CSV, "nomor;status\n3201-2026-000001;selesai\n".encode("utf-8-sig")),
    ):
        path = write(tmp_path / f"rekap.{report_format}", data)
        kept = desk.report_register.issue(ReportToIssue(period, report_format, CUT_OFF, path))
        assert desk.report_register.read(kept.id) == data


def test_only_verifiers_and_admins_issue_or_open_reports(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    sign_in_as(desk, "verif", Role.VERIFIKATOR)
    assert desk.report_register.read(issued.id)
    issue_pdf(desk, tmp_path, "rekap-kedua.pdf")
    sign_in_as(desk, "loket", Role.PETUGAS)
    with pytest.raises(PermissionDeniedError):
        desk.report_register.reports()
    with pytest.raises(PermissionDeniedError):
        issue_pdf(desk, tmp_path, "rekap-ketiga.pdf")


def test_the_differences_with_todays_headline(desk: Desk, tmp_path: Path) -> None:
    issued = issue_pdf(desk, tmp_path)
    today = {**HEADLINE, "K3": HeadlineFigure(80, 37.21)}
    info, changes = desk.report_register.differences(issued.id, today)
    assert info.id == issued.id
    assert [(c.code, c.then, c.now) for c in changes] == [
        ("K3", HeadlineFigure(75, 34.88), HeadlineFigure(80, 37.21))
    ]


def test_the_kept_files_survive_the_clean_up_of_orphaned_attachments(
    desk: Desk, tmp_path: Path
) -> None:
    import datetime as dt

    issued = issue_pdf(desk, tmp_path)
    removed = desk.people.remove_orphaned_files(dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert removed == 0
    assert desk.report_register.read(issued.id)
