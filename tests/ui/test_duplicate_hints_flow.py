"""The officer types a complaint from someone who came before, sees it offered as a possible
duplicate beside the form, and links the new complaint to it as it is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.domain.complaint import Reporter
from desktop.domain.follow_up import EventKind
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.timeline import TimelinePanel
from tests.helpers.desks import good_draft
from tests.helpers.files import png_bytes
from tests.helpers.ui import fill_complaint, type_into

NIK_TYPED = "3201 0145 0890 0002"


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "foto jalan.png"
    path.write_bytes(png_bytes())
    return path


def box_texts(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.intake.duplicate_hints.findChildren(QLabel))


def test_a_complaint_from_the_same_person_is_offered_and_linked(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, picture: Path
) -> None:
    earlier = gui_desk.intake.record(good_draft(gui_desk, title="Lampu penerangan jalan padam"))
    form = window.intake
    hints = form.duplicate_hints
    assert not hints.isVisible()

    type_into(qtbot, form.reporter_nik, NIK_TYPED)
    qtbot.waitUntil(lambda: hints.isVisible() and len(hints.link_boxes()) == 1, timeout=5000)
    assert earlier.local_number in box_texts(window)
    assert "NIK sama" in box_texts(window)
    assert "Lampu penerangan jalan padam" in box_texts(window)
    # The reason is told, never the number itself.
    assert "3201014508900002" not in box_texts(window)

    form.clear()  # then the whole complaint, as the officer types it
    assert not hints.isVisible() and hints.chosen() is None
    fill_complaint(qtbot, window, picture)
    qtbot.waitUntil(lambda: "telepon sama" in box_texts(window), timeout=5000)

    # From the keyboard: Alt+U reaches the first offered complaint, Space links to it.
    qtbot.keyClick(form.title, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    [link] = hints.link_boxes()
    assert link.hasFocus()
    qtbot.keyClick(link, Qt.Key.Key_Space)
    assert hints.chosen() is not None and hints.chosen().complaint_id == earlier.id

    with qtbot.waitSignal(form.recorded, timeout=10_000) as saved:
        qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    recorded = saved.args[0]
    assert recorded.linked_number == earlier.local_number
    dialog = window.saved_dialog
    assert dialog is not None and dialog.isVisible()
    assert earlier.local_number in dialog.findChild(QLabel, "linkedNumber").text()
    # The next person starts with no hints and no choice.
    assert not hints.isVisible() and hints.chosen() is None and hints.link_boxes() == []

    timeline = gui_desk.follow_up.overview(recorded.id)
    assert [(r.event.kind, r.event.linked_complaint_id) for r in timeline.timeline] == [
        (EventKind.LINKED, earlier.id)
    ]
    assert timeline.linked_numbers[earlier.id] == earlier.local_number


def test_an_answer_to_what_was_typed_before_is_dropped(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, runner: TaskRunner
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    hints = window.intake.duplicate_hints
    hints.typed(NIK_TYPED, "", "")
    hints._ask()  # as the pause timer does; the answer comes back through the event loop
    hints.typed(NIK_TYPED[:-1], "", "")  # the officer typed on (here: took a digit back)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert not hints.isVisible() and hints.hints() == []


def test_a_title_alone_finds_a_similar_complaint_and_the_choice_stays_while_typing_on(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    other = Reporter(name="Budi Santoso", phone="0813-1111-2222")
    earlier = gui_desk.intake.record(good_draft(gui_desk, reporter=other))
    form = window.intake
    hints = form.duplicate_hints
    type_into(qtbot, form.title, "Jalan berlubang depan SDN")
    qtbot.waitUntil(lambda: "judul mirip" in box_texts(window), timeout=5000)
    hints.link_boxes()[0].click()
    assert hints.chosen() is not None and hints.chosen().complaint_id == earlier.id

    # "View" shows the existing complaint, read-only: no follow-up tab to act in.
    qtbot.mouseClick(hints.view_buttons()[0], Qt.MouseButton.LeftButton)
    detail = hints.detail_dialog
    assert detail is not None and detail.isVisible()
    assert earlier.local_number in detail.windowTitle()
    assert detail.findChildren(TimelinePanel) == []
    detail.close()

    # Typed on until nothing matches any more: the chosen complaint stays offered, and chosen.
    form.title.clear()
    type_into(qtbot, form.title, "Sampah menumpuk di pasar")
    with qtbot.waitSignal(hints.hintsShown, timeout=5000):
        pass
    assert [b.isChecked() for b in hints.link_boxes()] == [True]
    hints.link_boxes()[0].click()
    assert hints.chosen() is None


def test_typing_on_after_visiting_a_hint_keeps_the_focus_where_the_officer_types(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    form = window.intake
    hints = form.duplicate_hints
    type_into(qtbot, form.title, "Jalan berlubang depan SDN")
    qtbot.waitUntil(lambda: bool(hints.link_boxes()), timeout=5000)
    hints.link_boxes()[0].setFocus()  # a look at the hint, then back to the title
    form.title.setFocus()
    with qtbot.waitSignal(hints.hintsShown, timeout=5000):
        type_into(qtbot, form.title, " Cibinong")
    assert QApplication.focusWidget() is form.title  # a Space now types, it ticks nothing
    assert hints.chosen() is None
