"""`python -m desktop report`: the scheduled monthly report, run as IT staff schedule it (its own
process, no terminal, the recovery key from the environment), its files read back."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import shutil
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from subprocess import CompletedProcess

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.app.cli import build_parser
from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.app.paths import regions_csv
from desktop.app.report_args import period_of
from desktop.domain.report_figures import ReportPeriod
from desktop.services.audit_trail import verify_audit_chain
from desktop.services.desk import open_desk
from desktop.services.values import RecordedComplaint
from tests.helpers.cli import provision as run_headless
from tests.helpers.clocks import Clock
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft

# Midday in Jakarta and in UTC alike: the same local day wherever the test machine is.
MAY_20 = dt.datetime(2026, 5, 20, 5, 0, tzinfo=dt.UTC)
JUNE_3 = dt.datetime(2026, 6, 3, 5, 0, tzinfo=dt.UTC)
JUNE_10 = dt.datetime(2026, 6, 10, 5, 0, tzinfo=dt.UTC)
JUNE_17 = dt.datetime(2026, 6, 17, 5, 0, tzinfo=dt.UTC)
SECRET_TITLE = "Pungutan liar di kantor desa"
NIK = "3201014508900002"  # good_draft's reporter


@dataclass(frozen=True)
class ReportDesk:
    """A desk with four complaints: one in May, three in June (one plain, one confidential,
    one anonymous), and a report signatory in its settings."""

    folder: Path
    recovery_key: str
    may: RecordedComplaint
    june: RecordedComplaint
    secret: RecordedComplaint
    anonymous: RecordedComplaint

    def run(self, *args: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
        return run_headless(
            "--data-dir",
            str(self.folder),
            "report",
            *args,
            env={RECOVERY_KEY_ENV: self.recovery_key, **(env or {})},
        )


@pytest.fixture
def report_desk(template_desk: TemplateDesk, tmp_path: Path) -> ReportDesk:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk.folder, folder)
    clock = Clock(MAY_20)
    desk = open_desk(folder, regions_csv(), template_desk.key, clock=clock).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        desk.settings.save(
            replace(
                desk.settings.load(),
                office_name="Bagian Organisasi Setda Kabupaten Contoh",
                report_signer_name="Dra. Hj. Rina Marlina",
                report_signer_nip="196805121990032004",
                report_signer_position="Kepala Bagian Organisasi",
                report_signing_place="Cibinong",
            )
        )
        incident = dt.date(2026, 5, 1)
        may = desk.intake.record(good_draft(desk, incident_date=incident))
        clock.now = JUNE_3
        june = desk.intake.record(
            good_draft(desk, incident_date=incident, title="Lampu jalan padam di Jl. Kenari")
        )
        clock.now = JUNE_10
        secret = desk.intake.record(
            good_draft(desk, incident_date=incident, title=SECRET_TITLE, is_secret=True)
        )
        clock.now = JUNE_17
        anonymous = desk.intake.record(good_draft(desk, incident_date=incident, is_anonymous=True))
    finally:
        desk.close()
    return ReportDesk(folder, template_desk.recovery_key, may, june, secret, anonymous)


def one_line(result: CompletedProcess[str]) -> str:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    assert result.stderr == ""  # Qt's notes go to the log, not to the task's output
    return lines[0]


def summary_rows(path: Path) -> dict[str, tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path)["Ringkasan"]
    return {str(row[0]): row for row in sheet.iter_rows(values_only=True) if row[0]}


def test_xlsx_is_the_recap_of_the_month_as_it_stood_at_the_cut_off(
    report_desk: ReportDesk, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "rekap-juni-2026.xlsx"
    out.parent.mkdir()
    result = report_desk.run(
        "--month", "2026-06", "--cut-off", "2026-07-01", "--format", "xlsx", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    line = one_line(result)
    assert line.startswith(f"report written: {out} (xlsx, 2026-06-01..2026-06-30, cut-off ")
    assert line.endswith("3 complaint(s) received)")
    rows = summary_rows(out)
    assert rows["K1"][1:3] == ("Pengaduan diterima", 3)  # June's three, not May's
    assert rows["K2"][1:5] == ("% tindak lanjut", 0, 3, 0.0)  # none verified yet
    sheet = openpyxl.load_workbook(out)["Ringkasan"]
    heading = " ".join(str(sheet.cell(row, 1).value) for row in range(1, 5))
    assert "Bagian Organisasi Setda Kabupaten Contoh" in heading
    assert "1 Juni 2026" in heading and "30 Juni 2026" in heading  # the desk's language: id
    with zipfile.ZipFile(out) as archive:  # XlsxWriter's native charts
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no scratch left


def test_csv_is_the_quarters_detail_list_with_identities_masked_and_secrets_withheld(
    report_desk: ReportDesk, tmp_path: Path
) -> None:
    out = tmp_path / "detail.csv"
    result = report_desk.run(
        "--quarter", "2026-2", "--cut-off", "2026-07-01T08:00",
        "--format", "csv", "--out", str(out), "--language", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert one_line(result).endswith("4 complaint(s) received)")  # April to June
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_number = {row["Number"]: row for row in rows}
    desk = report_desk
    assert list(by_number) == [
        c.local_number for c in (desk.may, desk.june, desk.secret, desk.anonymous)
    ]
    plain = by_number[desk.june.local_number]
    assert plain["Title"] == "Lampu jalan padam di Jl. Kenari"
    assert plain["Reporter"] == "Siti Rahmawati"
    assert plain["NIK"] != NIK and plain["NIK"][:4] == NIK[:4] and "*" in plain["NIK"]
    # Unattended, the list is written as a front-desk officer may export it.
    secret = by_number[desk.secret.local_number]
    assert (secret["Title"], secret["Reporter"], secret["NIK"]) == (
        "(confidential report: content withheld)",
        "",
        "",
    )
    anonymous = by_number[desk.anonymous.local_number]
    assert (anonymous["Reporter"], anonymous["NIK"]) == ("", "")
    text = out.read_text(encoding="utf-8-sig")
    assert SECRET_TITLE not in text and NIK not in text


def test_pdf_is_signed_by_the_desks_signatory_with_the_typed_text_and_issued(
    report_desk: ReportDesk, template_desk: TemplateDesk, tmp_path: Path
) -> None:
    text_file = tmp_path / "teks-juni.toml"
    text_file.write_text(
        'obstacles = "Jaringan internet di kecamatan sering putus."\n'
        'recommendations = """Tambah satu petugas loket\npada hari pasar."""\n'
        "[[notable]]\n"
        f'number = "{report_desk.june.local_number}"\n'
        'note = "Dibantu Dinas PUPR."\n'
        "[[notable]]\n"
        f'number = "{report_desk.secret.local_number}"\n',
        encoding="utf-8",
    )
    out = tmp_path / "laporan-juni-2026.pdf"
    result = report_desk.run(
        "--from", "2026-06-01", "--to", "2026-06-30", "--cut-off", "2026-07-01",
        "--format", "pdf", "--out", str(out), "--text", str(text_file), "--issue",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert one_line(result).endswith(f"; issued as report 1, SHA-256 {digest}")

    reader = PdfReader(out)
    words = " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    )
    for expected in (
        "LAPORAN PENGELOLAAN PENGADUAN",
        "Bagian Organisasi Setda Kabupaten Contoh",
        "3 dari 3",  # K16: the three June complaints came in person
        report_desk.june.local_number,
        "Dibantu Dinas PUPR.",
        report_desk.secret.local_number,
        "Jaringan internet di kecamatan sering putus.",
        "Tambah satu petugas loket",
        "Dra. Hj. Rina Marlina",
        "NIP 196805121990032004",
        "Kepala Bagian Organisasi",
    ):
        assert expected in words, expected
    assert SECRET_TITLE not in words and "Siti Rahmawati" not in words
    assert "Tepat waktu per tahap" in words  # the charts' captions: the charts are in

    desk = open_desk(report_desk.folder, regions_csv(), template_desk.key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        [issued] = desk.report_register.reports()
        assert (issued.file_name, issued.sha256, issued.size) == (
            out.name,
            digest,
            out.stat().st_size,
        )
        assert (issued.period.first_day, issued.period.last_day) == (
            dt.date(2026, 6, 1),
            dt.date(2026, 6, 30),
        )
        assert issued.issued_by == "(command line)"
        assert issued.headline["K1"].value == 3
        assert issued.options["notable"] == [
            report_desk.june.local_number,
            report_desk.secret.local_number,
        ]
        assert desk.report_register.read(issued.id) == out.read_bytes()
        intact, _line = verify_audit_chain(desk, None)
        assert intact
    finally:
        desk.close()


def test_last_month_for_a_scheduled_task(report_desk: ReportDesk, tmp_path: Path) -> None:
    out = tmp_path / "bulan-lalu.xlsx"
    out.write_bytes(b"last month's file")  # a scheduled task writes the same name each month
    result = report_desk.run("--month", "last", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    first_of_this_month = dt.date.today().replace(day=1)
    last_month = first_of_this_month - dt.timedelta(days=1)
    assert f"(xlsx, {last_month.replace(day=1)}..{last_month}, cut-off " in one_line(result)
    assert summary_rows(out)["K1"][2] == 0  # nothing recorded last month in this desk


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30", "--to", "2026-03-01"], "--from '2026-02-30' is not a day"),
        (["--from", "1 Juni 2026", "--to", "2026-06-30"], "is not a date written YYYY-MM-DD"),
        (["--from", "2026-06-01"], "--from needs --to"),
        (["--from", "2026-06-30", "--to", "2026-06-01"], "--to 2026-06-01 is before --from"),
        ([], "give the period"),
        (["--month", "2026-06", "--year", "2026"], "give the period once"),
        (["--month", "2026-13"], "--month '2026-13' is not a month"),
        (["--quarter", "2026-5"], "--quarter '2026-5' is not one"),
        (["--month", "2026-06", "--cut-off", "2999-01-01"], "is still to come"),
        (["--month", "2026-06", "--cut-off", "kemarin"], "--cut-off 'kemarin' is not a moment"),
        (["--year", "2999"], "the period starts (2999-01-01) after the cut-off"),
        (["--month", "2026-06", "--format", "docx"], "invalid choice: 'docx'"),
        (["--month", "2026-06", "--colour", "red"], "unrecognized arguments: --colour red"),
        (["--month", "2026-06", "--out", "rekap.pdf"], "a xlsx file's name ends in .xlsx"),
        (["--month", "2026-06", "--text", "teks.toml"], "--text is for --format pdf only"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2_before_any_desk_is_opened(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    defaults = {"--format": "xlsx", "--out": str(out / "rekap.xlsx")}
    for flag, value in defaults.items():
        if flag not in args:
            args = [*args, flag, value]
    # No desk at all in the folder: a mistake is found before one is looked for.
    result = run_headless("--data-dir", str(tmp_path / "no-desk"), "report", *args)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and message in line, line
    assert result.stdout == ""
    assert list(out.iterdir()) == []
    assert not (tmp_path / "no-desk").exists()


def test_an_unwritable_out_or_a_desk_that_does_not_open_writes_nothing(
    report_desk: ReportDesk, tmp_path: Path
) -> None:
    missing_folder = report_desk.run(
        "--month", "2026-06", "--format", "xlsx", "--out", str(tmp_path / "nowhere" / "r.xlsx")
    )
    assert missing_folder.returncode == 1
    assert missing_folder.stderr == f"error: the folder {tmp_path / 'nowhere'} does not exist\n"
    folder = tmp_path / "rekap.xlsx"
    folder.mkdir()
    a_folder = report_desk.run("--month", "2026-06", "--format", "xlsx", "--out", str(folder))
    assert a_folder.returncode == 1
    assert a_folder.stderr == f"error: --out {folder} is a folder; give a file name\n"

    out = tmp_path / "out"
    out.mkdir()
    no_key = run_headless(
        "--data-dir", str(report_desk.folder), "report",
        "--month", "2026-06", "--format", "xlsx", "--out", str(out / "r.xlsx"),
    )  # fmt: skip
    assert no_key.returncode == 1
    [line] = no_key.stderr.splitlines()
    assert line.startswith("error: the database key is not in this computer's keyring")
    no_desk = run_headless(
        "--data-dir", str(tmp_path / "empty"), "report",
        "--month", "2026-06", "--format", "csv", "--out", str(out / "r.csv"),
    )  # fmt: skip
    assert no_desk.returncode == 1
    assert no_desk.stderr == f"error: there is no desk in {tmp_path / 'empty'} yet\n"
    assert list(out.iterdir()) == []  # neither the file nor the folder it was made in


def test_a_refused_text_leaves_the_previous_file_and_the_register_as_they_were(
    report_desk: ReportDesk, template_desk: TemplateDesk, tmp_path: Path
) -> None:
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"the report sent last month")
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[[notable]]\nnumber = "3201-2026-999999"\n', encoding="utf-8")
    misspelt = tmp_path / "misspelt.toml"
    misspelt.write_text('conclusion = "Membaik."\n', encoding="utf-8")
    for text_file, message in (
        (unknown, "error: no complaint has the number 3201-2026-999999; nothing was written"),
        (misspelt, "error: misspelt.toml: unknown key 'conclusion' (the keys are obstacles, "),
    ):
        result = report_desk.run(
            "--month", "2026-06", "--format", "pdf", "--out", str(out),
            "--text", str(text_file), "--issue",
        )  # fmt: skip
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(message), line
        assert out.read_bytes() == b"the report sent last month"
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "desk",
            "laporan.pdf",
            "misspelt.toml",
            "unknown.toml",
        ]
    desk = open_desk(report_desk.folder, regions_csv(), template_desk.key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert desk.report_register.reports() == []
    finally:
        desk.close()


@pytest.mark.parametrize(
    ("flag", "today", "first", "last"),
    [
        ("--month", dt.date(2026, 1, 1), dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        ("--month", dt.date(2026, 3, 31), dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("--quarter", dt.date(2026, 2, 14), dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ("--quarter", dt.date(2026, 12, 7), dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("--semester", dt.date(2026, 6, 30), dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
        ("--semester", dt.date(2026, 7, 1), dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("--year", dt.date(2026, 1, 1), dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ],
)
def test_last_is_the_last_whole_period_before_today(
    flag: str, today: dt.date, first: dt.date, last: dt.date
) -> None:
    """What a task scheduled on any day of the year asks for with `last` (the turn of a year
    included); the command's own parser reads the arguments."""
    args = build_parser().parse_args(
        ["report", flag, "last", "--format", "xlsx", "--out", "r.xlsx"]
    )
    period = period_of(args, today)
    assert (period.first_day, period.last_day) == (first, last)


def test_the_shorthands_name_the_periods_of_the_report_service() -> None:
    def period(*words: str) -> ReportPeriod:
        args = build_parser().parse_args(["report", *words, "--format", "csv", "--out", "r.csv"])
        return period_of(args, dt.date(2026, 12, 7))

    assert period("--month", "2026-05") == ReportPeriod.month(2026, 5)
    assert period("--quarter", "2026-Q2") == period("--quarter", "2026-2")
    assert period("--quarter", "2026-2") == ReportPeriod.quarter(2026, 2)
    assert period("--semester", "2026-s1") == ReportPeriod.semester(2026, 1)
    assert period("--year", "2026") == ReportPeriod.year(2026)
    assert period("--from", "2026-01-01", "--to", "2026-06-30") == ReportPeriod.custom(
        dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    )
