"""The narrative report (PDF, A4) a head of unit sends with the figures: what it must say, and
what it must never carry out of the office."""

import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.report_figures import (
    BacklogBucket,
    Classification,
    Count,
    ReportFigures,
    ReportPeriod,
    Satisfaction,
    Share,
    StaffActivity,
    StatusGroup,
)
from desktop.services.desk import Desk
from desktop.services.report_narrative import (
    NarrativeText,
    NotablePick,
    Signatory,
    UnknownComplaintNumbersError,
)
from desktop.ui.reports.narrative_dialog import NarrativeDialog
from desktop.ui.reports.narrative_pdf import save_narrative_pdf
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import good_draft

WIB = dt.timezone(dt.timedelta(hours=7))


def ids(*numbers: int) -> Count:
    return Count(frozenset(numbers))


def three_complaints_figures() -> ReportFigures:
    """Three complaints received in March: 1 closed, 2 in process; 3 received, 2 followed up."""
    received = ids(1, 2, 3)
    empty = Share()
    return ReportFigures(
        period=ReportPeriod.month(2026, 3),
        cut_off=dt.datetime(2026, 4, 2, 8, 0, tzinfo=WIB),
        office_name="Bagian Organisasi Setda Kabupaten Contoh",
        received=received,
        followed_up=Share(ids(1, 2), received),
        completed=Share(ids(1), received),
        in_process=Share(ids(2), received),
        backlog={BacklogBucket.UP_TO_3: ids(2), BacklogBucket.FROM_4_TO_5: ids(3)},
        verified_on_time=empty,
        first_follow_up_on_time=empty,
        completed_on_time=Share(ids(1), ids(1)),
        completed_on_time_by_classification={},
        durations={},
        satisfaction=Satisfaction(ids(1), 4.0, Share(ids(1), ids(1)), Share(ids(1), ids(1))),
        status_groups={
            StatusGroup.TERDISPOSISI_SELESAI: ids(1),
            StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ids(2),
            StatusGroup.BELUM_TERVERIFIKASI: ids(3),
        },
        archived=Share(Count(), received),
        archived_by_reason={},
        forwarded=Share(Count(), received),
        reached_lapor=Share(ids(1, 2), received),
        median_hours_to_lapor=3.5,
        staff_activity=StaffActivity(frozenset({"admin"}), frozenset({"admin", "dewi"})),
        channel_mix={Channel.WALK_IN: ids(1, 2), Channel.PHONE: ids(3)},
        matrix={Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN: {}},
        breakdowns={},
        status_over_time=(),
        reopened=Count(),
    )


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            595,
            842,
        )
    text = " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    )
    return len(reader.pages), text


@pytest.mark.usefixtures("indonesian")
def test_the_narrative_report_tells_figures_cases_and_typed_text_in_indonesian(
    desk: Desk, tmp_path: Path
) -> None:
    open_case = desk.intake.record(good_draft(desk, title="Lampu jalan padam di Jl. Kenari"))
    secret = desk.intake.record(
        good_draft(desk, title="Pungutan liar di kantor desa", is_secret=True)
    )
    cases = desk.narratives.notable_cases(
        [
            NotablePick(open_case.local_number, "Dibantu PUPR."),
            NotablePick(secret.local_number, "Ke Inspektorat."),
        ]
    )
    chart = QImage(800, 400, QImage.Format.Format_RGB32)
    chart.fill(QColor("#2e7d32"))
    text = NarrativeText(
        obstacles="Jaringan internet di kecamatan sering putus.",
        conclusions="Tindak lanjut membaik dibanding bulan lalu.",
        recommendations="Tambah satu petugas loket pada hari pasar.",
        signatory=Signatory(
            "Dra. Hj. Rina Marlina", "196805121990032004", "Kepala Bagian", "Cibinong"
        ),
    )
    path = tmp_path / "laporan-maret.pdf"

    save_narrative_pdf(
        path, three_complaints_figures(), text, cases, [("Status", chart)], dt.date(2026, 4, 3)
    )

    pages, words = pdf_text(path)
    assert pages >= 2  # the cover stands alone
    for expected in (
        "LAPORAN PENGELOLAAN PENGADUAN",
        "Maret 2026",
        "Bagian Organisasi Setda Kabupaten Contoh",
        "Dasar hukum",
        "Undang-Undang Nomor 25 Tahun 2009",
        "2 dari 3",  # K2: followed up
        "1 dari 3",  # K3: completed
        "Kasus menonjol",
        open_case.local_number,
        "Lampu jalan padam di Jl. Kenari",
        "Dibantu PUPR.",
        secret.local_number,
        "Jaringan internet di kecamatan sering putus.",
        "Tindak lanjut membaik dibanding bulan lalu.",
        "Tambah satu petugas loket pada hari pasar.",
        "Dra. Hj. Rina Marlina",
        "NIP 196805121990032004",
        "Cibinong, 3 April 2026",
    ):
        assert expected in words, expected
    # Out of the office: a confidential report's title and any reporter never appear.
    assert "Pungutan liar" not in words
    assert "Siti Rahmawati" not in words
    assert "3201014508900002" not in words
    assert not path.with_name(path.name + ".part").exists()


def test_every_unknown_case_number_is_named_at_once(desk: Desk) -> None:
    known = desk.intake.record(good_draft(desk))
    with pytest.raises(UnknownComplaintNumbersError) as refused:
        desk.narratives.notable_cases(
            [NotablePick("X-1"), NotablePick(known.local_number), NotablePick("X-2")]
        )
    assert refused.value.numbers == ("X-1", "X-2")


def test_a_case_keeps_its_classification(desk: Desk) -> None:
    supervisory = desk.intake.record(good_draft(desk, supervisory=True))
    information = desk.intake.record(good_draft(desk, type=ComplaintType.PERMINTAAN_INFORMASI))
    cases = desk.narratives.notable_cases(
        [NotablePick(supervisory.local_number), NotablePick(information.local_number)]
    )
    assert [c.classification for c in cases] == [
        Classification.PENGADUAN_BERKADAR_PENGAWASAN,
        Classification.PERMINTAAN_INFORMASI,
    ]


def test_the_dialog_names_an_unknown_case_and_keeps_what_was_typed(
    qtbot: QtBot, desk: Desk, runner: TaskRunner
) -> None:
    known = desk.intake.record(good_draft(desk))
    desk.settings.save(
        replace(
            desk.settings.load(),
            office_name="Bagian Organisasi Setda Kabupaten Contoh",
            report_signer_name="Dra. Hj. Rina Marlina",
            report_signing_place="Cibinong",
        )
    )
    dialog = NarrativeDialog(desk.narratives, desk.settings.load(), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # its shortcuts work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.signer_name.text() == "Dra. Hj. Rina Marlina"  # from the desk's settings
    for number, note in ((known.local_number, "Cepat selesai"), ("3201-2026-999999", "")):
        qtbot.keyClicks(dialog.number, number)
        qtbot.keyClicks(dialog.note, note)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.conclusions, "Tindak lanjut membaik.")

    assert dialog.isVisible() and dialog.case_table.rowCount() == 2  # Enter added, not saved
    qtbot.keyClick(dialog.conclusions, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.cases_field.message.isVisible())
    assert "3201-2026-999999" in dialog.cases_field.message.text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert dialog.conclusions.toPlainText() == "Tindak lanjut membaik."

    dialog.case_table.selectRow(1)
    remove = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("&Remove", "&Hapus"))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.case_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [(c.local_number, c.note) for c in dialog.cases] == [
        (known.local_number, "Cepat selesai")
    ]
    assert dialog.text is not None
    assert dialog.text.conclusions == "Tindak lanjut membaik."
    assert dialog.text.signatory.place == "Cibinong"
