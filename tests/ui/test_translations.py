"""Every shipped language loads, and every interface string is translated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.app.i18n import install_translations
from desktop.app.paths import translations_dir
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.domain.sla import SlaState, Step, StepDeadline
from desktop.services.values import StorageFaultKind
from desktop.ui.texts import fault_message, problem_message
from desktop.ui.today_model import late_text
from desktop.ui.worklist.follow_up_texts import deadline_line
from tests.helpers.translations import extracted, messages


@pytest.mark.parametrize("ts", sorted(translations_dir().glob("*.ts")), ids=lambda p: p.name)
def test_no_string_is_left_unfinished(ts: Path) -> None:
    unfinished = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext()).strip()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_the_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """Strings added to the code must reach the .ts file (`make update-translations`)."""
    in_code = {(c, s) for c, s, _ in extracted(tmp_path)}
    shipped = {(c, s) for c, s, _ in messages(translations_dir() / "meja_aduan_id.ts")}
    assert in_code - shipped == set()


def test_every_plural_message_has_its_english_forms(tmp_path: Path) -> None:
    in_code = {(c, s) for c, s, m in extracted(tmp_path, "-pluralonly") if m.get("numerus")}
    english = {
        (c, s): [form.text or "" for form in m.iter("numerusform")]
        for c, s, m in messages(translations_dir() / "meja_aduan_en.ts")
    }
    assert in_code - set(english) == set()
    for message in in_code:
        singular, plural = english[message]
        assert "%n" in singular or "%Ln" in singular, message
        assert "(s)" not in singular + plural, message


def test_english_counts_one_complaint_and_two(qapp: QApplication) -> None:
    translators = install_translations(qapp, "en")
    assert [t.language() for t in translators] == ["en"]

    def found(count: int) -> str:
        return QCoreApplication.translate("FindPersonTab", "%n complaint(s) found.", "", count)

    assert found(1) == "1 complaint found."
    assert found(2) == "2 complaints found."
    assert late_text(1) == "1 working day late"
    due = StepDeadline(Step.VERIFY, dt.date(2026, 12, 2), None, SlaState.DUE_SOON, 1)
    assert deadline_line(due) == "Verification: by 2 December 2026, 1 working day left (due soon)"
    assert late_text(3) == "3 working days late"
    too_short = FieldProblem(Field.TITLE, Problem.TOO_SHORT, 1)
    assert problem_message(too_short) == "Too short: write at least 1 character."


def test_indonesian_loads_with_qt_own_words(qapp: QApplication) -> None:
    translators = install_translations(qapp, "id")
    try:
        assert len(translators) >= 2
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == "Batal"
        assert QCoreApplication.translate("Texts", "Complaint") == "Pengaduan"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translations(qapp, "en")


def test_every_problem_and_fault_has_a_message_in_both_languages(qapp: QApplication) -> None:
    translators = install_translations(qapp, "id")
    try:
        indonesian = {p: problem_message(FieldProblem(Field.TITLE, p, 5)) for p in Problem}
        faults_id = {k: fault_message(k) for k in StorageFaultKind}
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translations(qapp, "en")
    english = {p: problem_message(FieldProblem(Field.TITLE, p, 5)) for p in Problem}
    assert all(indonesian.values()) and all(english.values())
    assert all(indonesian[p] != english[p] for p in Problem)
    assert all(faults_id[k] != fault_message(k) for k in StorageFaultKind)
    assert "5" in indonesian[Problem.TOO_SHORT]  # the number reaches the sentence
