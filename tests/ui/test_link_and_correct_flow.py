"""Link a duplicate, merge one, and correct an entry from a complaint's Tindak lanjut tab.

Lines made of strings not yet in the Indonesian catalogue are compared with what the same
translation functions give, so these tests hold before and after the catalogue catches up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent, Refusal
from desktop.services.desk import Desk
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.detail import DetailDialog
from desktop.ui.worklist.event_dialog import EventDialog
from desktop.ui.worklist.follow_up_texts import incoming_link_label, refusal_message
from desktop.ui.worklist.link_dialog import LinkDialog
from desktop.ui.worklist.panel import WorklistPanel
from desktop.ui.worklist.timeline import TimelinePanel
from tests.helpers.desks import good_draft
from tests.helpers.ui import open_first

W = TypeVar("W", bound=QWidget)


def when_shown(kind: type[W], act: Callable[[W], None]) -> None:
    """Once a modal `kind` is on screen (the test waits inside its exec()), `act` on it."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def save(dialog: EventDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def history_lines(timeline: TimelinePanel) -> list[str]:
    return [timeline.history.item(row).text() for row in range(timeline.history.count())]


def follow_up_tab(dialog: DetailDialog) -> TimelinePanel:
    dialog.tabs.setCurrentIndex(1)
    timeline = dialog.tabs.widget(1)
    assert isinstance(timeline, TimelinePanel)
    return timeline


def press_step(qtbot: QtBot, timeline: TimelinePanel, kind: EventKind) -> None:
    qtbot.waitUntil(lambda: kind in timeline.buttons, timeout=10_000)
    with qtbot.waitSignal(timeline.changed, timeout=10_000):
        qtbot.mouseClick(timeline.buttons[kind], Qt.MouseButton.LeftButton)


def test_a_duplicate_is_linked_and_both_timelines_show_the_link(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk, runner: TaskRunner
) -> None:
    first = gui_desk.intake.record(good_draft(gui_desk))
    duplicate = gui_desk.intake.record(good_draft(gui_desk))
    dialog = open_first(qtbot, panel, gui_desk)  # the newest: the duplicate
    timeline = follow_up_tab(dialog)
    found: list[str] = []

    def link(step: LinkDialog) -> None:
        qtbot.keyClicks(step.number, first.local_number)
        qtbot.keyClick(step.number, Qt.Key.Key_Return)  # looks it up; does not save yet
        qtbot.waitUntil(lambda: bool(step.found.text()), timeout=10_000)
        found.append(step.found.text())
        assert step.buttons.isEnabled()  # Enter did not press Save as well
        save(step)

    when_shown(LinkDialog, link)
    press_step(qtbot, timeline, EventKind.LINKED)

    [shown] = found
    assert shown.startswith(first.local_number + " · ")
    assert "Belum terverifikasi" in shown and "Jalan berlubang di depan SDN 2" in shown
    qtbot.waitUntil(lambda: first.local_number in history_lines(timeline)[0], timeout=10_000)
    [line] = history_lines(timeline)
    assert "Ditautkan ke duplikat" in line
    assert timeline.status_label.text() == "Status: Belum terverifikasi"

    other = TimelinePanel(first.id, gui_desk.follow_up, gui_desk.reference.institutions, runner)
    qtbot.addWidget(other)
    expected = incoming_link_label(EventKind.LINKED, duplicate.local_number)
    qtbot.waitUntil(lambda: any(expected in text for text in history_lines(other)), timeout=10_000)
    assert other.history.count() == 1


def test_a_merge_is_confirmed_archives_the_duplicate_and_changes_its_worklist_row(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk, runner: TaskRunner
) -> None:
    first = gui_desk.intake.record(good_draft(gui_desk))
    duplicate = gui_desk.intake.record(good_draft(gui_desk))
    dialog = open_first(qtbot, panel, gui_desk)
    timeline = follow_up_tab(dialog)
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def merge(step: LinkDialog) -> None:
        step.number.setText(first.local_number)
        step.text.setPlainText("Laporan yang sama, datang dua kali.")
        when_shown(QMessageBox, confirm)
        save(step)  # looks the number up first, then asks

    when_shown(LinkDialog, merge)
    press_step(qtbot, timeline, EventKind.MERGED)

    [question] = asked
    assert first.local_number in question
    qtbot.waitUntil(lambda: timeline.status_label.text() == "Status: Diarsipkan", timeout=10_000)
    assert dialog.status_value.text() == "Diarsipkan"
    assert EventKind.MERGED not in timeline.buttons and EventKind.REOPENED in timeline.buttons
    row = panel.model.row_of(duplicate.id)
    status_cell = panel.model.index(row, panel.model.COLUMNS.index("status"))
    qtbot.waitUntil(lambda: status_cell.data() == "Diarsipkan", timeout=10_000)
    assert gui_desk.follow_up.state(first.id).status is Status.BELUM_TERVERIFIKASI

    other = TimelinePanel(first.id, gui_desk.follow_up, gui_desk.reference.institutions, runner)
    qtbot.addWidget(other)
    expected = incoming_link_label(EventKind.MERGED, duplicate.local_number)
    qtbot.waitUntil(lambda: any(expected in text for text in history_lines(other)), timeout=10_000)


def test_a_bad_number_is_refused_beside_the_field_and_stays_as_typed(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    dialog = open_first(qtbot, panel, gui_desk)
    timeline = follow_up_tab(dialog)
    qtbot.waitUntil(lambda: EventKind.LINKED in timeline.buttons, timeout=10_000)
    seen: list[tuple[str, str, str]] = []

    def try_numbers(step: LinkDialog) -> None:
        field = step.fields[Refusal.NO_SUCH_COMPLAINT]
        for typed in ("3201-2026-999999", saved.local_number):
            step.number.setText(typed)
            save(step)
            qtbot.waitUntil(lambda: bool(field.message_text), timeout=10_000)
            qtbot.waitUntil(lambda: step.buttons.isEnabled(), timeout=10_000)
            seen.append((field.message_text, step.number.text(), step.found.text()))
        step.reject()  # a number was typed: it asks before throwing it away
        box = step.discard_box
        assert box is not None and box.isVisible()
        [discard] = [
            b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole
        ]
        discard.click()

    when_shown(LinkDialog, try_numbers)
    qtbot.mouseClick(timeline.buttons[EventKind.LINKED], Qt.MouseButton.LeftButton)

    assert seen == [
        (refusal_message(Refusal.NO_SUCH_COMPLAINT), "3201-2026-999999", ""),
        (refusal_message(Refusal.SAME_COMPLAINT), saved.local_number, ""),
    ]
    assert gui_desk.follow_up.timeline(saved.id) == []


def test_a_note_is_corrected_and_both_texts_stay_visible(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    for step in (
        FollowUpEvent(EventKind.NOTE, gui_desk.clock(), text="Pelapor datang hari Senin."),
        FollowUpEvent(EventKind.VERIFIED, gui_desk.clock()),
    ):
        gui_desk.follow_up.add(saved.id, step)
    dialog = open_first(qtbot, panel, gui_desk)
    timeline = follow_up_tab(dialog)
    qtbot.waitUntil(lambda: timeline.history.count() == 2, timeout=10_000)
    assert timeline.correct_button.isVisible()
    timeline.history.setCurrentRow(1)  # the verification: no text to correct
    assert not timeline.correct_button.isEnabled()
    timeline.history.setCurrentRow(0)
    assert timeline.correct_button.isEnabled()
    originals: list[tuple[str, bool]] = []

    def correct(step: EventDialog) -> None:
        originals.append((step.original.toPlainText(), step.original.isReadOnly()))
        step.text.setPlainText("Pelapor datang hari Selasa.")
        save(step)

    when_shown(EventDialog, correct)
    with qtbot.waitSignal(timeline.changed, timeout=10_000):
        qtbot.mouseClick(timeline.correct_button, Qt.MouseButton.LeftButton)

    assert originals == [("Pelapor datang hari Senin.", True)]
    qtbot.waitUntil(lambda: timeline.history.count() == 3, timeout=10_000)
    note, correction, verified = history_lines(timeline)
    corrected_mark = QCoreApplication.translate("TimelinePanel", "[corrected]")
    assert "Pelapor datang hari Senin." in note and corrected_mark in note
    assert "Koreksi" in correction and "Pelapor datang hari Selasa." in correction
    assert "Verifikasi" in verified
