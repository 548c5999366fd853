"""The words of the report files, in the interface's language, and the detail list's audit
entry as the audit trail shows it."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.report_figures import Dimension, Indicator, ReportPeriod, Scope
from desktop.services.desk import Desk
from desktop.ui.audit_texts import details_text
from desktop.ui.reports.texts import report_texts
from tests.helpers.desks import audit_entries, good_draft, sign_in_as


def test_indonesian_words_follow_the_reports_terms(indonesian: None) -> None:
    texts = report_texts()
    assert texts.indicator_names[Indicator.FOLLOWED_UP] == "% tindak lanjut"
    assert texts.indicator_names[Indicator.COMPLETED] == "% penyelesaian"
    assert texts.indicator_names[Indicator.BACKLOG] == "Tunggakan menurut umur"
    assert texts.indicator_names[Indicator.COMPLETED_ON_TIME] == "Selesai tepat waktu"
    assert texts.scope_names[Scope.COHORT] == "kohort"
    assert texts.dimensions[Dimension.INSTITUTION] == "Per instansi tujuan"
    # Where no official formula is published (K6-K10, K14, K15), the definition says so, in the
    # same words on screen, in the workbook and in the PDF (one definition per indicator).
    for indicator in (
        Indicator.VERIFIED_ON_TIME,
        Indicator.FIRST_FOLLOW_UP_ON_TIME,
        Indicator.COMPLETED_ON_TIME,
        Indicator.DURATIONS,
        Indicator.SATISFACTION,
        Indicator.REACHED_LAPOR,
        Indicator.STAFF_ACTIVITY,
    ):
        assert texts.definitions[indicator].endswith(
            "Rumus resminya tidak dipublikasikan: ini definisi yang dipakai meja ini."
        ), indicator
    assert "Rumus resminya" not in texts.definitions[Indicator.COMPLETED]  # SE 490/1921/SJ's
    assert texts.titled(Indicator.COMPLETED) == "K3 Selesai"  # a figure that lists complaints
    assert texts.name_period(ReportPeriod.semester(2026, 1)) == "Semester I 2026"
    assert texts.detail_columns.in_order()[:3] == ("Nomor", "Nomor tiket SP4N-LAPOR!", "Status")


def test_english_is_the_second_language(qapp: object) -> None:
    texts = report_texts()
    assert texts.indicator_names[Indicator.FOLLOWED_UP] == "% followed up"
    assert texts.period_line.format(
        first="1 January 2026", last="31 March 2026", kind="quarter"
    ) == ("Period: 1 January 2026 to 31 March 2026 (quarter)")


def test_the_detail_lists_audit_entry_reads_as_words(
    indonesian: None, desk: Desk, tmp_path: Path
) -> None:
    saved = desk.intake.record(good_draft(desk))
    sign_in_as(desk, "vera", Role.VERIFIKATOR)
    desk.detail_lists.export([saved.id], tmp_path / "daftar.xlsx", report_texts(),
                             reveal_identity=True)  # fmt: skip
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    shown = details_text(entry.details)
    assert "Yang diekspor: daftar pengaduan sebuah laporan" in shown
    assert "Identitas lengkap: ya" in shown
    assert "Laporan rahasia yang isinya ditahan: 0" in shown
