"""The main window as a new officer first sees it, in Indonesian and in English: the title, the
menus' Alt letters, the placeholders, nothing stray under the menus, worklist columns that fit
their words at 1366 pixels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.i18n import install_translations
from desktop.app.wiring import national_sync_for
from desktop.domain.complaint import ComplaintType, Status
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.panel import WorklistPanel

# The widest a maximised window is on the smallest screen the desks have, less the frame and
# the views list beside the table.
SMALL_SCREEN_WIDTH = 1366


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def make_window(qtbot: QtBot, runner: TaskRunner) -> Iterator[Callable[[str], MainWindow]]:
    """A main window as it opens, before the database is: menus and pages built."""
    made: list[MainWindow] = []

    def make(language: str) -> MainWindow:
        window = MainWindow(runner, language, lambda _code: None, national_sync=national_sync_for)
        window.resize(SMALL_SCREEN_WIDTH, 740)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.stop_background_work()
        window.deleteLater()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def repeated_letters(actions: list[QAction]) -> dict[str, list[str]]:
    letters = Counter(mnemonic(a.text()) for a in actions if not a.isSeparator())
    return {
        letter: [a.text() for a in actions if mnemonic(a.text()) == letter]
        for letter, count in letters.items()
        if letter is not None and count > 1
    }


def test_each_menu_level_has_its_own_alt_letters(
    language: str, make_window: Callable[[str], MainWindow]
) -> None:
    window = make_window(language)
    bar = window.menuBar().actions()
    assert repeated_letters(bar) == {}
    assert all(mnemonic(action.text()) for action in bar)
    pending = [action.menu() for action in bar]
    while pending:
        menu = pending.pop()
        assert isinstance(menu, QMenu)
        assert repeated_letters(menu.actions()) == {}, menu.title()
        pending += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]


def test_no_stray_widget_shows_under_the_menus(make_window: Callable[[str], MainWindow]) -> None:
    window = make_window("en")
    QApplication.processEvents()
    own_places = {window.menuBar(), window.statusBar(), window.centralWidget()}
    stray = [
        (type(child).__name__, child.geometry())
        for child in window.findChildren(QWidget)
        if child.parent() is window
        and child.isVisible()
        and not child.isWindow()
        and child not in own_places
    ]
    assert stray == []


def placeholders(window: MainWindow) -> list[str]:
    intake = window.intake
    edits = [*intake.findChildren(QLineEdit), *intake.findChildren(QPlainTextEdit)]
    return [edit.placeholderText() for edit in edits]


def test_the_intake_placeholders_are_in_the_interface_language(
    qapp: QApplication, make_window: Callable[[str], MainWindow]
) -> None:
    english = placeholders(make_window("en"))
    translators = install_translations(qapp, "id")
    try:
        indonesian = placeholders(make_window("id"))
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translations(qapp, "en")
    assert "name@example.id" in english and "nama@contoh.id" in indonesian
    # A placeholder with words (not only digits, like a phone number) differs by language.
    same = [e for e, i in zip(english, indonesian, strict=True) if e == i and re.search("[a-z]", e)]
    assert same == []


def test_the_title_names_the_office_and_the_program_once(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    shown_name = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("Meja Aduan")
    try:
        title = window.windowTitle()
        # As Windows and Linux show it: the display name is added unless the title ends so.
        shown = title if title.endswith("Meja Aduan") else f"{title} — Meja Aduan"
    finally:
        QGuiApplication.setApplicationDisplayName(shown_name)
    assert shown == "Kecamatan Cibinong — Meja Aduan"


def test_worklist_columns_share_1366_pixels_and_the_title_stays_readable(
    qtbot: QtBot, language: str, runner: TaskRunner
) -> None:
    panel = WorklistPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(SMALL_SCREEN_WIDTH - 20, 600)  # the window's frame and the tab's
    panel.show()
    header = panel.table.horizontalHeader()
    metrics = panel.table.fontMetrics()
    columns = panel.model.COLUMNS
    title = columns.index("title")
    # A short title in full (the first words of a longer one): what the complaint is about.
    readable_title = metrics.horizontalAdvance("Jalan berlubang di depan SDN 2 Cibinong") + 6
    samples = panel.model.sample_texts()
    assert len(samples[columns.index("type")]) == len(ComplaintType)
    assert len(samples[columns.index("status")]) == len(Status) - 1  # all but the rare "on hold"

    # A desk on its own, then a desk of an office: one more column, longer numbers.
    for office in (False, True):
        panel.show_office_column(office)
        for column, texts in panel.model.sample_texts(office=office).items():
            if panel.table.isColumnHidden(column) or column == title:
                continue  # "Dicatat oleh", on a desk of an office only; the title: below
            width = header.sectionSize(column)
            if columns[column] in panel.model.COMPACT:
                # Narrowed, cut with "…" (the tooltip has it whole), never below its header.
                words = str(panel.model.headerData(column, Qt.Orientation.Horizontal))
                assert width >= metrics.horizontalAdvance(words) + 6, (office, columns[column])
                continue
            for text in texts:
                assert width >= metrics.horizontalAdvance(text) + 6, (office, text)
        assert header.sectionSize(title) >= readable_title, office
        shown = [c for c in range(len(columns)) if not panel.table.isColumnHidden(c)]
        # Nothing pushed off the side: no scrolling sideways to see the deadline.
        assert sum(header.sectionSize(c) for c in shown) <= panel.table.viewport().width()
        assert header.sectionSize(title) == max(header.sectionSize(c) for c in shown)
