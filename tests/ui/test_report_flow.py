"""A head of unit's report, through the real window on a real desk with real complaints: compute
the month, export each kind of file from the "Laporan" tab (read back as a user's program would),
issue one and find it in the register with the same SHA-256, then the evidence zip with it.

The only stand-in is the file dialog's answer: the tab asks `ask_save_path`, and the test says
where, as a user would type it."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.wiring import national_sync_for, report_figures_for
from desktop.domain.audit_actions import AuditAction
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.receipt import receipts_folder
from desktop.ui.reports.exports import ReportExports
from desktop.ui.reports.register_dialog import IssuedReportsDialog
from desktop.ui.reports.report_files import ReportKind, file_fault_text
from desktop.ui.reports.tab import ReportsTab
from desktop.ui.tasks import TaskRunner
from tests.helpers.broken_storage import small_disks
from tests.helpers.desks import audit_entries, good_draft

NIK = "3201014508900002"  # good_draft's reporter


@dataclass
class SavePaths:
    """What the file dialog is asked, and the answer a user gives: a file in `folder`."""

    folder: Path
    asked: list[tuple[str, Path]] = field(default_factory=list)
    answer: Path | None = None  # instead of the suggested name in `folder`

    def __call__(self, _parent: QWidget, title: str, suggested: Path, _filter: str) -> Path:
        self.asked.append((title, suggested))
        return self.answer or self.folder / suggested.name


@dataclass
class Laporan:
    window: MainWindow
    tab: ReportsTab
    exports: ReportExports
    paths: SavePaths
    complaints: list[int]


@pytest.fixture
def laporan(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, tmp_path: Path
) -> Iterator[Laporan]:
    ids = [
        gui_desk.intake.record(good_draft(gui_desk, title="Jalan rusak di Jl. Kenari")).id,
        gui_desk.intake.record(good_draft(gui_desk, title="Lampu jalan padam")).id,
        gui_desk.intake.record(
            good_draft(gui_desk, title="Pungutan liar di kantor desa", is_secret=True)
        ).id,
    ]
    window = MainWindow(
        runner,
        "id",
        lambda _code: None,
        national_sync=national_sync_for,
        report_figures=report_figures_for,
    )
    window.resize(1366, 768)
    window.show()
    window.set_desk(gui_desk)
    tab = window.reports
    assert tab is not None and tab.exports is not None
    window.menus.reports.trigger()
    paths = SavePaths(tmp_path / "Dokumen")
    paths.folder.mkdir()
    tab.exports.ask_save_path = paths
    yield Laporan(window, tab, tab.exports, paths, ids)
    for dialog in (tab.exports.result_box, tab.exports.narrative_dialog):
        if dialog is not None:
            dialog.close()
    window.close()
    window.stop_background_work()
    window.deleteLater()


def compute(qtbot: QtBot, laporan: Laporan) -> None:
    """This month's figures (the picker offers last month's first), as of now."""
    today = dt.date.today()
    laporan.tab.picker.year.setValue(today.year)
    laporan.tab.picker.part.setCurrentIndex(today.month - 1)
    with qtbot.waitSignal(laporan.tab.computed, timeout=20_000):
        qtbot.keyClick(laporan.tab, Qt.Key.Key_F5)


def written(qtbot: QtBot, exports: ReportExports, start: Callable[[], None]) -> Path:
    with qtbot.waitSignal(exports.written, timeout=30_000) as saved:
        start()
    return Path(saved.args[0])


def pdf_words(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    )


def test_the_exports_wait_for_figures_and_write_the_recap_where_the_user_chose(
    qtbot: QtBot, laporan: Laporan
) -> None:
    exports = laporan.exports
    assert exports.export_button.text() == "&Ekspor"
    assert exports.issue_button.text() == "&Terbitkan…"
    assert not exports.export_button.isEnabled() and not exports.issue_button.isEnabled()
    compute(qtbot, laporan)
    assert exports.export_button.isEnabled() and exports.issue_button.isEnabled()
    menu = [a.text() for a in exports.export_menu.actions() if not a.isSeparator()]
    assert menu[:4] == [
        "Rekap (XLSX)…",
        "Daftar rinci (XLSX)…",
        "Daftar rinci (CSV)…",
        "Laporan naratif (PDF)…",
    ]

    path = written(qtbot, exports, exports.export_actions[ReportKind.RECAP].trigger)

    title, suggested = laporan.paths.asked[-1]
    assert title == "Ekspor Rekap (XLSX)"
    assert suggested.parent == receipts_folder()  # Documents, as for receipts
    assert suggested.name.startswith("Rekap pengaduan ") and suggested.suffix == ".xlsx"
    summary = openpyxl.load_workbook(path)["Ringkasan"]
    rows = {row[0].value: [c.value for c in row] for row in summary.iter_rows() if row[0].value}
    assert rows["K1"][1:3] == ["Pengaduan diterima", 3]
    assert summary["A2"].value == "Unit: Kecamatan Cibinong"
    # Where it went, with the folder one click away; the tab says it too.
    box = exports.result_box
    assert box is not None and box.isVisible()
    assert str(path) in box.text()
    assert "Buka &folder" in [b.text() for b in box.buttons()]
    assert laporan.tab.state_label.text() == f"Disimpan: {path}"
    assert exports.export_button.isEnabled()


def test_the_detail_list_is_the_selected_figures_and_reveals_only_when_asked(
    qtbot: QtBot, laporan: Laporan, gui_desk: Desk
) -> None:
    exports = laporan.exports
    compute(qtbot, laporan)
    assert laporan.tab.chosen_figure()[0] == "K1 Diterima"  # the first row, selected

    path = written(qtbot, exports, exports.export_actions[ReportKind.DETAIL_XLSX].trigger)

    assert laporan.paths.asked[-1][0] == "Ekspor Daftar rinci (XLSX): K1 Diterima"
    sheet = openpyxl.load_workbook(path).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [str(v) for row in cells for v in row if v is not None]
    assert sum("Jalan rusak di Jl. Kenari" in v for v in flat) == 1
    assert NIK not in flat and any(v.startswith("3201") and "*" in v for v in flat)  # masked
    assert exports.progress.maximum() == 3 and not exports.progress.isVisible()

    # Identities, offered to a role that may reveal them, audited by the service.
    exports.export_menu.aboutToShow.emit()
    assert exports.reveal_action.isVisible()
    exports.reveal_action.setChecked(True)
    path = written(qtbot, exports, exports.export_actions[ReportKind.DETAIL_CSV].trigger)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["Nomor", "Nomor tiket SP4N-LAPOR!", "Status"]
    assert len(lines) == 1 + 3
    assert sum(NIK in line for line in lines) == 3
    assert "Pungutan liar di kantor desa" in {cell for line in lines for cell in line}
    revealed = audit_entries(gui_desk, AuditAction.EXPORT)[0]
    assert revealed.details["revealed"] is True and revealed.details["format"] == "csv"


def test_the_narrative_report_is_typed_then_written_as_a_pdf_with_its_charts(
    qtbot: QtBot, laporan: Laporan
) -> None:
    exports = laporan.exports
    compute(qtbot, laporan)
    exports.export_actions[ReportKind.NARRATIVE].trigger()
    qtbot.waitUntil(lambda: exports.narrative_dialog is not None, timeout=10_000)
    dialog = exports.narrative_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.conclusions, "Tindak lanjut membaik dibanding bulan lalu.")  # type: ignore[attr-defined]
    make_pdf = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert make_pdf.text() == "&Buat PDF…"

    path = written(qtbot, exports, lambda: qtbot.mouseClick(make_pdf, Qt.MouseButton.LeftButton))

    assert path.suffix == ".pdf"
    words = pdf_words(path)
    for expected in (
        "LAPORAN PENGELOLAAN PENGADUAN",
        "Kecamatan Cibinong",
        "Tindak lanjut membaik dibanding bulan lalu.",
        "% penyelesaian",  # the summary table in REPORTS.md's terms
        "Tunggakan menurut umur (K5)",  # a chart's caption
    ):
        assert expected in words, expected
    assert NIK not in words


def test_an_issued_report_is_in_the_register_unchanged_and_in_the_evidence_zip(
    qtbot: QtBot, laporan: Laporan, gui_desk: Desk, tmp_path: Path
) -> None:
    exports = laporan.exports
    compute(qtbot, laporan)
    qtbot.mouseClick(exports.issue_button, Qt.MouseButton.LeftButton)
    issue = exports.issue_dialog
    assert issue is not None and issue.isVisible()
    issue.choose(ReportKind.RECAP)
    ok = issue.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(exports.issued, timeout=30_000) as kept:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    info = kept.args[0]
    path = laporan.paths.folder / info.file_name
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    [listed] = gui_desk.report_register.reports()
    assert (listed.id, listed.sha256, listed.format.value) == (info.id, sha256, "xlsx")
    assert listed.options["kind"] == "recap"
    box = exports.result_box
    assert box is not None and sha256 in box.text()

    # "Buka daftar laporan terbit": the report there, with today's figures beside it.
    register_button = next(
        b for b in box.findChildren(QPushButton) if b.text() == "Buka &daftar laporan terbit"
    )
    qtbot.mouseClick(register_button, Qt.MouseButton.LeftButton)
    register = exports.register_dialog
    assert isinstance(register, IssuedReportsDialog)
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=10_000)
    assert register.model.index(0, 5).data() == sha256[:12]
    qtbot.waitUntil(lambda: "sama" in register.differences_label.text(), timeout=20_000)

    # The evidence documents' zip, with the report chosen in the register.
    assert register.evidence_button.isEnabled()
    qtbot.mouseClick(register.evidence_button, Qt.MouseButton.LeftButton)
    evidence = register.evidence_dialog
    assert evidence is not None
    target = tmp_path / "bukti-dukung.zip"
    with qtbot.waitSignal(evidence.exported, timeout=20_000):  # type: ignore[attr-defined]
        evidence.export_to(target)  # type: ignore[attr-defined]
    with zipfile.ZipFile(target) as archive:
        [member] = [n for n in archive.namelist() if n.endswith(info.file_name)]
        assert hashlib.sha256(archive.read(member)).hexdigest() == sha256
    evidence.close()
    register.close()


def test_a_missing_folder_is_said_in_words_that_say_what_to_do(
    qtbot: QtBot, laporan: Laporan, tmp_path: Path
) -> None:
    exports = laporan.exports
    compute(qtbot, laporan)
    laporan.paths.answer = tmp_path / "flashdisk" / "rekap.xlsx"  # taken out meanwhile
    with qtbot.waitSignal(exports.failed, timeout=20_000) as failed:
        exports.export_actions[ReportKind.RECAP].trigger()
    said = failed.args[0]
    assert str(tmp_path / "flashdisk") in said and "Pilih folder lain" in said
    box = exports.result_box
    assert box is not None and box.icon() is QMessageBox.Icon.Warning and box.text() == said
    assert laporan.tab.state_label.text() == said
    assert exports.export_button.isEnabled() and not exports.progress.isVisible()


def test_a_full_disk_is_said_in_words_that_say_what_to_do(
    qtbot: QtBot, laporan: Laporan, tmp_path: Path
) -> None:
    exports = laporan.exports
    compute(qtbot, laporan)
    empty = tmp_path / "kosong"
    empty.mkdir()
    with small_disks(tmp_path) as put:
        folder = put("full", empty)
        laporan.paths.answer = folder / "rekap.xlsx"
        with qtbot.waitSignal(exports.failed, timeout=20_000) as failed:
            exports.export_actions[ReportKind.RECAP].trigger()
    assert failed.args[0].startswith("Disk penuh, jadi berkas tidak disimpan.")


def test_each_fault_has_its_own_advice(indonesian: None, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    full = file_fault_text(OSError(errno.ENOSPC, "No space left on device"), target)
    denied = file_fault_text(PermissionError(errno.EACCES, "Permission denied"), target)
    assert "Kosongkan sebagian ruang" in full
    assert "tidak boleh menulis di folder" in denied and "Dokumen" in denied
