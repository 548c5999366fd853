"""The detail list of a report on a real desk, read back as a spreadsheet program would: NIK as
16-digit text, masked unless revealed, nothing of an Anonim reporter, Rahasia content withheld
from a petugas, no formula from a typed text, and one audit entry per export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.report_figures import ReportPeriod
from desktop.services.access import PermissionDeniedError
from desktop.services.desk import Desk
from desktop.services.report_detail import DetailFormat
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading
from tests.helpers.desks import audit_entries, good_draft, sign_in_as
from tests.helpers.reports import indonesian_texts, sheet_xml

NIK = "3201014508900002"
MASKED_NIK = "3201********0002"
ANONYMOUS_NIK = "3201015203850004"
SECRET_TITLE = "Pungutan liar di loket KTP"
INJECTED = '=HYPERLINK("http://contoh.id/x","klik")'
HEADINGS = [
    "Nomor", "Nomor tiket SP4N-LAPOR!", "Status", "Klasifikasi", "Judul", "Uraian (diringkas)",
    "Pelapor", "NIK", "Kanal", "Kategori", "Unit", "Tanggal kejadian", "Diterima",
]  # fmt: skip
TABLE_HEADING_ROW = 10  # 1-based: title, 3 header lines, blank, 2 notes, blank, then the table


@pytest.fixture
def texts(qapp: QApplication, jakarta_time: None) -> ReportTexts:
    with indonesian_texts(qapp) as made:
        yield made


def complaints(desk: Desk) -> dict[str, int]:
    """Four complaints, as the admin records them: named (then disposed to a unit), anonymous,
    confidential, and one whose typed texts look like formulas."""
    named = desk.intake.record(good_draft(desk))
    unit = desk.reference.institutions()[0]
    at = dt.datetime.now(dt.UTC)
    desk.follow_up.add(named.id, FollowUpEvent(EventKind.VERIFIED, at))
    desk.follow_up.add(named.id, FollowUpEvent(EventKind.DISPOSED, at, unit_id=unit.id))
    anonymous = desk.intake.record(
        good_draft(
            desk,
            is_anonymous=True,
            reporter=Reporter(name="Dewi Lestari", nik=ANONYMOUS_NIK, phone="081299887766"),
        )
    )
    secret = desk.intake.record(good_draft(desk, is_secret=True, title=SECRET_TITLE))
    formula = desk.intake.record(
        good_draft(desk, title=INJECTED, description="-1+1 lalu @SUM(A1:A9), harap dicek")
    )
    return {
        "named": named.id,
        "anonymous": anonymous.id,
        "secret": secret.id,
        "formula": formula.id,
        "unit": unit.id,
    }


def table(path: Path) -> dict[str, dict[str, object]]:
    """The XLSX list's rows by complaint number, each as {heading: value}."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(min_row=TABLE_HEADING_ROW, values_only=True))
    assert list(rows[0]) == HEADINGS
    return {str(r[0]): dict(zip(HEADINGS, r, strict=True)) for r in rows[1:]}


def numbers(desk: Desk, ids: dict[str, int]) -> dict[str, str]:
    found = desk.worklist.summaries([ids[k] for k in ("named", "anonymous", "secret", "formula")])
    return {k: found[v].local_number for k, v in ids.items() if v in found}


def test_an_admin_gets_masked_nik_as_text_and_no_anonymous_identity(
    desk: Desk, texts: ReportTexts, tmp_path: Path
) -> None:
    ids = complaints(desk)
    number = numbers(desk, ids)
    target = tmp_path / "daftar.xlsx"
    heading = ReportHeading("Unit Pengaduan Kabupaten Bogor", ReportPeriod.year(2026))

    done = desk.detail_lists.export(ids.values(), target, texts, heading=heading)

    assert (done.rows, done.identities_revealed, done.withheld) == (4, False, 0)
    rows = table(target)
    named = rows[number["named"]]
    assert named["NIK"] == MASKED_NIK
    assert named["Pelapor"] == "Siti Rahmawati"  # a named report's name stays, as on screen
    assert named["Status"] == "Didisposisikan"
    assert named["Klasifikasi"] == "Pengaduan tidak berkadar pengawasan"
    assert named["Unit"] == desk.reference.institutions()[0].name
    assert named["Kategori"] == "Infrastruktur › Jalan dan Jembatan"
    assert named["Kanal"] == "Tatap muka (datang langsung)"
    assert isinstance(named["Diterima"], dt.datetime)
    assert named["Tanggal kejadian"].date() == dt.date.today() - dt.timedelta(days=8)
    anonymous = rows[number["anonymous"]]
    assert (anonymous["Pelapor"], anonymous["NIK"]) == (None, None)
    assert rows[number["secret"]]["Judul"] == SECRET_TITLE  # an admin may read it
    sheet = openpyxl.load_workbook(target).worksheets[0]
    lines = [sheet.cell(r, 1).value for r in range(1, 9)]
    assert lines[0] == "Daftar pengaduan"
    assert lines[1] == "Unit: Unit Pengaduan Kabupaten Bogor"
    assert lines[2] == "Periode: 1 Januari 2026 s.d. 31 Desember 2026 (tahun)"
    assert lines[6].startswith("NIK disamarkan.")
    assert lines[7].startswith("Diekspor ") and lines[7].endswith(" oleh Admin Meja")
    assert sheet.freeze_panes == f"A{TABLE_HEADING_ROW + 1}"
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    assert entry.actor == "admin"
    assert entry.details == {
        "what": "detail_list", "format": "xlsx", "rows": 4, "revealed": False, "withheld": 0,
        "file": "daftar.xlsx",
    }  # fmt: skip


def test_a_revealed_nik_is_a_16_digit_text_cell_never_a_number(
    desk: Desk, texts: ReportTexts, tmp_path: Path
) -> None:
    ids = complaints(desk)
    number = numbers(desk, ids)
    sign_in_as(desk, "vera", Role.VERIFIKATOR)
    target = tmp_path / "daftar.xlsx"

    done = desk.detail_lists.export(ids.values(), target, texts, reveal_identity=True)

    assert done.identities_revealed
    sheet = openpyxl.load_workbook(target).worksheets[0]
    nik_cells = {str(r[0].value): r[7] for r in sheet.iter_rows(min_row=TABLE_HEADING_ROW + 1)}
    named = nik_cells[number["named"]]
    assert named.value == NIK and named.data_type == "s"
    assert named.number_format == "@"  # stays text when someone edits it
    assert nik_cells[number["anonymous"]].value is None  # never, even revealed
    assert ANONYMOUS_NIK not in sheet_xml(target)
    assert "Dewi" not in sheet_xml(target)
    assert sheet.cell(7, 1).value.startswith("NIK ditampilkan lengkap")
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    assert (entry.actor, entry.details["revealed"], entry.details["rows"]) == ("vera", True, 4)
    assert NIK not in f"{entry.target} {entry.details}"


def test_a_petugas_may_not_reveal_and_gets_confidential_content_withheld(
    desk: Desk, texts: ReportTexts, tmp_path: Path
) -> None:
    ids = complaints(desk)
    number = numbers(desk, ids)
    sign_in_as(desk, "petra", Role.PETUGAS)
    target = tmp_path / "daftar.xlsx"

    with pytest.raises(PermissionDeniedError):
        desk.detail_lists.export(ids.values(), target, texts, reveal_identity=True)
    assert not target.exists()
    assert audit_entries(desk, AuditAction.EXPORT) == []

    done = desk.detail_lists.export(ids.values(), target, texts)

    assert done.withheld == 1
    rows = table(target)
    secret = rows[number["secret"]]
    assert secret["Judul"] == "(laporan rahasia: isi tidak ditampilkan)"
    assert (secret["Uraian (diringkas)"], secret["Pelapor"], secret["NIK"]) == (None, None, None)
    assert secret["Nomor"] == number["secret"]  # still listed: it counts in the figures
    assert SECRET_TITLE not in sheet_xml(target)
    assert rows[number["named"]]["NIK"] == MASKED_NIK
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    assert (entry.actor, entry.details["withheld"], entry.details["revealed"]) == (
        "petra", 1, False,
    )  # fmt: skip


def test_typed_formulas_stay_text(desk: Desk, texts: ReportTexts, tmp_path: Path) -> None:
    ids = complaints(desk)
    number = numbers(desk, ids)
    xlsx, comma = tmp_path / "daftar.xlsx", tmp_path / "daftar.csv"

    desk.detail_lists.export(ids.values(), xlsx, texts)
    desk.detail_lists.export(ids.values(), comma, texts, file_format=DetailFormat.CSV)

    row = table(xlsx)[number["formula"]]
    assert row["Judul"] == INJECTED  # as typed, in a text cell
    assert row["Uraian (diringkas)"] == "-1+1 lalu @SUM(A1:A9), harap dicek"
    assert "<f>" not in sheet_xml(xlsx)  # no formula anywhere in the sheet
    with comma.open(encoding="utf-8-sig", newline="") as file:
        lines = {r[0]: r for r in csv.reader(file)}
    assert lines[number["formula"]][4] == "'" + INJECTED
    assert lines[number["formula"]][5] == "'-1+1 lalu @SUM(A1:A9), harap dicek"
    raw = comma.read_text(encoding="utf-8-sig")  # quoted where a comma or a quote needs it
    assert '"\'=HYPERLINK(""http://contoh.id/x"",""klik"")"' in raw
    assert '"\'-1+1 lalu @SUM(A1:A9), harap dicek"' in raw


def test_the_csv_is_utf8_with_bom_quoted_and_masked(
    desk: Desk, texts: ReportTexts, tmp_path: Path
) -> None:
    ids = complaints(desk)
    number = numbers(desk, ids)
    target = tmp_path / "daftar.csv"

    done = desk.detail_lists.export(
        [ids["named"], ids["anonymous"], ids["named"]], target, texts, file_format=DetailFormat.CSV
    )

    assert done.rows == 2  # each complaint once
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert '"Infrastruktur › Jalan dan Jembatan"'.encode() not in raw  # quoted only if needed
    with target.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == HEADINGS
    rows = {r[0]: dict(zip(HEADINGS, r, strict=True)) for r in lines[1:]}
    named = rows[number["named"]]
    assert named["NIK"] == MASKED_NIK
    assert named["Kategori"] == "Infrastruktur › Jalan dan Jembatan"
    assert named["Tanggal kejadian"] == (dt.date.today() - dt.timedelta(days=8)).isoformat()
    assert (rows[number["anonymous"]]["Pelapor"], rows[number["anonymous"]]["NIK"]) == ("", "")
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    assert (entry.details["format"], entry.details["rows"]) == ("csv", 2)


def test_a_list_that_cannot_be_written_leaves_no_entry(
    desk: Desk, texts: ReportTexts, tmp_path: Path
) -> None:
    ids = complaints(desk)
    with pytest.raises(OSError):
        desk.detail_lists.export(ids.values(), tmp_path / "tidak-ada" / "daftar.xlsx", texts)
    assert audit_entries(desk, AuditAction.EXPORT) == []
