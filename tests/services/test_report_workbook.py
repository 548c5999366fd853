"""The recap workbook, read back with openpyxl: every figure in its cell, the header on every
sheet, native charts, and a file that is replaced whole or not at all.

The figures are made by hand: ten complaints received (ids 1-10) in the first semester of 2026,
counted at 1 July 2026 08:00 WIB.
- status groups: 1 not verified; 2 disposed, not followed up; 3, 4 in process; 5, 6, 7
  completed; 8 on hold; 9, 10 archived. So K2 = 5/10, K3 = 3/10, K4 = 2/10.
- classification: Aspirasi {1, 5}; Pengaduan berkadar pengawasan {3, 6, 9}; Pengaduan tidak
  berkadar pengawasan {2, 4, 7, 8}; Permintaan informasi {10}.
  K2 per row: 1/2, 2/3, 2/4, 0/1; K3: 1/2, 1/3, 1/4, 0/1.
- K8: {5, 6} on time of {5, 6, 7}; per row 1/1, 1/1, 0/1 and nothing for Permintaan informasi.
- backlog (open at the cut-off, any intake month): 0-3 HK {1}, 6-14 {2, 3}, 15-60 {4}, >60 {11}.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.complaint import Channel
from desktop.domain.report_figures import (
    BacklogBucket,
    BreakdownRow,
    Classification,
    Count,
    Dimension,
    Duration,
    DurationStep,
    ReportFigures,
    ReportPeriod,
    Satisfaction,
    Share,
    StaffActivity,
    StatusGroup,
)
from desktop.services.report_workbook import write_recap_workbook
from tests.helpers.reports import chart_parts, indonesian_texts

WIB = dt.timezone(dt.timedelta(hours=7))
RECEIVED = frozenset(range(1, 11))


def ids(*values: int) -> Count:
    return Count(frozenset(values))


def share(numerator: Count, denominator: Count) -> Share:
    return Share(numerator, denominator)


def row(key: str, label: str, received: Count, parent: str | None = None) -> BreakdownRow:
    on_time = ids(*sorted(received.complaint_ids)[:1])
    return BreakdownRow(
        key, label, received, share(on_time, received), share(on_time, received),
        share(on_time, received), parent,
    )  # fmt: skip


def figures() -> ReportFigures:
    received = Count(RECEIVED)
    return ReportFigures(
        period=ReportPeriod.semester(2026, 1),
        cut_off=dt.datetime(2026, 7, 1, 8, 0, tzinfo=WIB),
        office_name="Unit Pengaduan Kabupaten Bogor",
        received=received,
        followed_up=share(ids(3, 4, 5, 6, 7), received),
        completed=share(ids(5, 6, 7), received),
        in_process=share(ids(3, 4), received),
        backlog={
            BacklogBucket.UP_TO_3: ids(1),
            BacklogBucket.FROM_4_TO_5: ids(),
            BacklogBucket.FROM_6_TO_14: ids(2, 3),
            BacklogBucket.FROM_15_TO_60: ids(4),
            BacklogBucket.OVER_60: ids(11),
        },
        verified_on_time=share(ids(2, 3, 4, 5), ids(2, 3, 4, 5, 6, 7)),
        first_follow_up_on_time=share(ids(3, 5), ids(3, 4, 5, 6)),
        completed_on_time=share(ids(5, 6), ids(5, 6, 7)),
        completed_on_time_by_classification={
            Classification.ASPIRASI: share(ids(5), ids(5)),
            Classification.PENGADUAN_BERKADAR_PENGAWASAN: share(ids(6), ids(6)),
            Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: share(ids(), ids(7)),
        },
        durations={
            DurationStep.VERIFY: Duration(DurationStep.VERIFY, ids(2, 3, 4, 5, 6, 7), 1.0, 3.5),
            DurationStep.FIRST_FOLLOW_UP: Duration(
                DurationStep.FIRST_FOLLOW_UP, ids(3, 4, 5, 6), 4.0, 7.0
            ),
            DurationStep.COMPLETE: Duration(DurationStep.COMPLETE, ids(5, 6, 7), 9.0, 15.0),
        },
        satisfaction=Satisfaction(
            rated=ids(5, 6),
            mean_rating=4.5,
            rated_4_or_more=share(ids(5, 6), ids(5, 6)),
            response_rate=share(ids(5, 6), ids(5, 6, 7)),
        ),
        status_groups={
            StatusGroup.BELUM_TERVERIFIKASI: ids(1),
            StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: ids(2),
            StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ids(3, 4),
            StatusGroup.TERDISPOSISI_SELESAI: ids(5, 6, 7),
            StatusGroup.TERTUNDA: ids(8),
            StatusGroup.ARSIP: ids(9, 10),
        },
        archived=share(ids(9, 10), received),
        archived_by_reason={"duplikat": ids(9), "tidak jelas": ids(10)},
        forwarded=share(ids(), received),
        reached_lapor=share(ids(1, 2), ids(1, 2, 3)),
        median_hours_to_lapor=5.5,
        staff_activity=StaffActivity(frozenset({"siti"}), frozenset({"siti", "budi"})),
        channel_mix={
            Channel.WALK_IN: ids(1, 2, 3, 4, 5),
            Channel.PHONE: ids(6, 7),
            Channel.EMAIL: ids(8, 9, 10),
        },
        matrix={
            Classification.ASPIRASI: {
                StatusGroup.BELUM_TERVERIFIKASI: ids(1),
                StatusGroup.TERDISPOSISI_SELESAI: ids(5),
            },
            Classification.PENGADUAN_BERKADAR_PENGAWASAN: {
                StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ids(3),
                StatusGroup.TERDISPOSISI_SELESAI: ids(6),
                StatusGroup.ARSIP: ids(9),
            },
            Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: {
                StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: ids(2),
                StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ids(4),
                StatusGroup.TERDISPOSISI_SELESAI: ids(7),
                StatusGroup.TERTUNDA: ids(8),
            },
            Classification.PERMINTAAN_INFORMASI: {StatusGroup.ARSIP: ids(10)},
        },
        breakdowns={
            Dimension.INSTITUTION: (
                row("7", "Dinas PUPR", ids(1, 2, 3, 4)),
                row("8", "RSUD Cibinong", ids(5, 6)),
            ),
            # A sub-category listed after another category: it is written under its parent.
            Dimension.CATEGORY: (
                row("1", "Infrastruktur", ids(1, 2, 3)),
                row("3", "Kesehatan", ids(5, 6)),
                row("2", "Jalan dan Jembatan", ids(1, 2), parent="1"),
            ),
        },
        status_over_time=(),
        reopened=ids(6),
    )


@pytest.fixture
def workbook(qapp: QApplication, jakarta_time: None, tmp_path: Path) -> Path:
    target = tmp_path / "rekap.xlsx"
    with indonesian_texts(qapp) as texts:
        write_recap_workbook(figures(), texts, target)
    return target


def rows_by_first_cell(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, tuple]:
    return {
        str(r[0]): r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], str) and r[0]
    }


def test_each_sheet_starts_with_the_unit_the_period_and_the_cut_off(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == [
        "Ringkasan",
        "Klasifikasi x status",
        "Tepat waktu",
        "Tunggakan menurut umur",
        "Per instansi tujuan",
        "Per kanal",
        "Per kategori",
    ]
    for sheet in book.worksheets:
        header = [sheet.cell(r, 1).value for r in range(1, 6)]
        assert header[1] == "Unit: Unit Pengaduan Kabupaten Bogor", sheet.title
        assert header[2] == "Periode: 1 Januari 2026 s.d. 30 Juni 2026 (semester)"
        assert header[3] == "Data per 1 Juli 2026 08:00 (batas waktu data)"
    summary, matrix = book["Ringkasan"], book["Klasifikasi x status"]
    assert summary["A5"].value is None  # K1-K16 carry their scopes line by line
    assert matrix["A5"].value == (
        "Cakupan: kohort: pengaduan yang diterima dalam periode, menurut keadaannya pada batas "
        "waktu data"
    )
    assert book["Tunggakan menurut umur"]["A5"].value.startswith("Cakupan: posisi: ")


def test_the_summary_gives_numerator_denominator_percent_and_scope(workbook: Path) -> None:
    sheet = openpyxl.load_workbook(workbook)["Ringkasan"]
    assert [c.value for c in sheet[7]][:7] == [
        "No.", "Indikator", "Pembilang", "Penyebut", "%", "Nilai", "Cakupan",
    ]  # fmt: skip
    assert sheet.freeze_panes == "B8"
    lines = rows_by_first_cell(sheet)
    assert lines["K1"][1:4] == ("Pengaduan diterima", 10, None)
    assert lines["K2"][1:5] == ("% tindak lanjut", 5, 10, 0.5)
    assert lines["K3"][1:5] == ("% penyelesaian", 3, 10, 0.3)
    assert lines["K4"][1:5] == ("% dalam proses", 2, 10, 0.2)
    assert lines["K5"][1:3] == ("Tunggakan menurut umur", 4 + 1)
    assert lines["K8"][1:5] == ("Selesai tepat waktu", 2, 3, pytest.approx(2 / 3))
    assert lines["K13"][2:5] == (0, 10, 0.0)  # nothing forwarded: 0%, not empty
    assert lines["K15"][2:5] == (1, 2, 0.5)
    for code in ("K1", "K2", "K3", "K11", "K16"):
        assert lines[code][6] == "kohort", code
    assert lines["K5"][6] == "posisi"
    assert lines["K10"][6] == "arus"
    assert lines["K8"][7].endswith(
        "Rumus resminya tidak dipublikasikan: ini definisi yang dipakai meja ini."
    )
    k2_row = next(r for r in range(8, 80) if sheet.cell(r, 1).value == "K2")
    assert sheet.cell(k2_row, 5).number_format == "0.0%"
    by_name = {r[1]: r for r in sheet.iter_rows(min_row=8, values_only=True) if r[1]}
    assert by_name["Diterima sampai selesai: median (hari kerja)"][5] == 9.0
    assert by_name["Diterima sampai selesai: persentil ke-90 (hari kerja)"][5] == 15.0
    assert by_name["Rata-rata penilaian (1-5)"][5] == 4.5
    assert by_name["Alasan: duplikat"][2:5] == (1, 10, 0.1)
    assert by_name["Terdisposisi Selesai"][2:5] == (3, 10, 0.3)
    assert by_name["Lebih dari 60 hari kerja"][2] == 1
    assert sheet.column_dimensions["H"].width >= 60  # definitions readable without resizing


def test_the_matrix_has_k2_k3_k8_per_classification(workbook: Path) -> None:
    sheet = openpyxl.load_workbook(workbook)["Klasifikasi x status"]
    assert [c.value for c in sheet[7]] == [
        "Klasifikasi", "Diterima", "Belum Terverifikasi", "Terdisposisi Belum Ditindaklanjuti",
        "Terdisposisi Sedang Diproses", "Terdisposisi Selesai", "Laporan Tertunda",
        "Laporan Arsip", "% tindak lanjut", "% penyelesaian", "Selesai tepat waktu",
    ]  # fmt: skip
    lines = rows_by_first_cell(sheet)
    assert lines["Aspirasi"][1:] == (2, 1, 0, 0, 1, 0, 0, 0.5, 0.5, 1.0)
    assert lines["Pengaduan berkadar pengawasan"][1:] == (
        3, 0, 0, 1, 1, 0, 1, pytest.approx(2 / 3), pytest.approx(1 / 3), 1.0,
    )  # fmt: skip
    assert lines["Pengaduan tidak berkadar pengawasan"][1:] == (4, 0, 1, 1, 1, 1, 0, 0.5, 0.25, 0)
    assert lines["Permintaan informasi"][1:] == (1, 0, 0, 0, 0, 0, 1, 0, 0, None)
    assert lines["Jumlah"][1:] == (10, 1, 1, 2, 3, 1, 2, 0.5, 0.3, pytest.approx(2 / 3))


def test_breakdowns_backlog_and_on_time(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    category = book["Per kategori"]
    names = [category.cell(r, 1).value for r in range(8, 11)]
    assert names == ["Infrastruktur", "Jalan dan Jembatan", "Kesehatan"]
    assert category.cell(9, 1).alignment.indent == 1  # the sub-category, under its parent
    assert category.cell(8, 1).alignment.indent == 0
    assert [c.value for c in category[8]][1:3] == [3, 0.3]
    institution = rows_by_first_cell(book["Per instansi tujuan"])
    assert institution["Dinas PUPR"][1:5] == (4, 0.4, 1, 0.25)
    channel = rows_by_first_cell(book["Per kanal"])  # K16 alone: no channel breakdown given
    assert channel["Tatap muka (datang langsung)"][1:3] == (5, 0.5)
    backlog = rows_by_first_cell(book["Tunggakan menurut umur"])
    assert backlog["0-3 hari kerja"][1:3] == (1, 0.2)
    assert backlog["4-5 hari kerja"][1:3] == (0, 0.0)
    assert backlog["Jumlah"][1] == 5
    on_time = rows_by_first_cell(book["Tepat waktu"])
    assert on_time["K6 Verifikasi tepat waktu"][1:4] == (4, 6, pytest.approx(4 / 6))
    assert on_time["K7 Tindak lanjut pertama tepat waktu"][1:4] == (2, 4, 0.5)
    assert on_time["Selesai tepat waktu: Permintaan informasi"][1:4] == (0, 0, None)


def test_the_charts_are_native_excel_charts(workbook: Path) -> None:
    assert len(chart_parts(workbook)) == 4
    book = openpyxl.load_workbook(workbook)
    charts = {sheet.title: len(sheet._charts) for sheet in book.worksheets}
    assert charts == {
        "Ringkasan": 0,
        "Klasifikasi x status": 1,  # status groups
        "Tepat waktu": 1,
        "Tunggakan menurut umur": 1,
        "Per instansi tujuan": 0,
        "Per kanal": 1,  # channel mix
        "Per kategori": 0,
    }


def test_a_failed_write_leaves_the_previous_file(
    qapp: QApplication, tmp_path: Path, workbook: Path
) -> None:
    before = workbook.read_bytes()
    broken = figures()
    object.__setattr__(broken, "durations", {DurationStep.VERIFY: None})  # cannot be written
    with indonesian_texts(qapp) as texts, pytest.raises(AttributeError):
        write_recap_workbook(broken, texts, workbook)
    assert workbook.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rekap.xlsx"]  # no part file left


def test_the_same_figures_give_the_same_file(
    qapp: QApplication, jakarta_time: None, tmp_path: Path, workbook: Path
) -> None:
    again = tmp_path / "lagi.xlsx"
    with indonesian_texts(qapp) as texts:
        write_recap_workbook(figures(), texts, again)
    assert again.read_bytes() == workbook.read_bytes()  # a sent report can be checked by hash
