"""Every shipped language loads, and every interface string is translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.app.i18n import install_translations
from desktop.app.paths import translations_dir
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.services.values import StorageFaultKind
from desktop.ui.texts import fault_message, problem_message

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


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
    sources = subprocess.run(
        ["git", "ls-files", "desktop/ui/*.py", "desktop/app/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            *sources,
            "-ts",
            str(fresh),
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    shipped = {(c, s) for c, s, _ in messages(translations_dir() / "meja_aduan_id.ts")}
    assert in_code - shipped == set()


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
