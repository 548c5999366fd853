"""Verify, pass to a unit, answer and close a complaint from its detail view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.ui.worklist.event_dialog import EventDialog
from desktop.ui.worklist.panel import WorklistPanel
from desktop.ui.worklist.timeline import TimelinePanel
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft
from tests.helpers.ui import open_first

DEWI_PASSWORD = "Loket-satu-2026"


def fill_and_save(fill: Callable[[EventDialog], None]) -> None:
    """When the step's dialog opens: fill it and press Save."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventDialog):
            QTimer.singleShot(30, act)
            return
        fill(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(30, act)


def take_step(
    qtbot: QtBot, timeline: TimelinePanel, kind: EventKind, fill: Callable[[EventDialog], None]
) -> None:
    qtbot.waitUntil(lambda: kind in timeline.buttons, timeout=10_000)
    fill_and_save(fill)
    with qtbot.waitSignal(timeline.changed, timeout=10_000):
        qtbot.mouseClick(timeline.buttons[kind], Qt.MouseButton.LeftButton)


def test_a_complaint_is_followed_up_to_its_closure_from_the_interface(
    qtbot: QtBot,
    indonesian: None,
    panel: WorklistPanel,
    gui_desk: Desk,
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    dialog = open_first(qtbot, panel, gui_desk)
    dialog.tabs.setCurrentIndex(1)
    timeline = dialog.tabs.widget(1)
    assert isinstance(timeline, TimelinePanel)
    qtbot.waitUntil(lambda: timeline.status_label.text() == "Status: Belum terverifikasi")
    verify_line, complete_line = timeline.deadlines.text().splitlines()
    assert verify_line.startswith("Verifikasi: paling lambat ") and "sisa " in verify_line
    assert complete_line.startswith("Penyelesaian: paling lambat ")

    take_step(qtbot, timeline, EventKind.VERIFIED, lambda d: None)
    take_step(
        qtbot,
        timeline,
        EventKind.DISPOSED,
        lambda d: (d.unit.setCurrentIndex(1), d.text.setPlainText("Mohon ditindaklanjuti.")),
    )
    take_step(qtbot, timeline, EventKind.ANSWERED, lambda d: d.text.setPlainText("Sudah ditambal."))
    take_step(qtbot, timeline, EventKind.CLOSED, lambda d: d.rating.setValue(4))

    qtbot.waitUntil(lambda: timeline.status_label.text() == "Status: Selesai")
    assert dialog.status_value.text() == "Selesai"  # the details tab follows
    assert EventKind.REOPENED in timeline.buttons  # what a closed complaint still allows
    assert gui_desk.follow_up.state(saved.id).status is Status.SELESAI
    assert timeline.history.count() == 4
    lines = timeline.deadlines.text().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Verifikasi", "Tindak lanjut pertama", "Penyelesaian",
    ]  # fmt: skip
    assert all(line.endswith("(selesai tepat waktu)") for line in lines)


def test_an_answer_without_text_is_refused_beside_the_field_and_keeps_the_dialog(
    qtbot: QtBot,
    indonesian: None,
    panel: WorklistPanel,
    gui_desk: Desk,
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    from desktop.domain.follow_up import FollowUpEvent

    for step in (
        FollowUpEvent(EventKind.VERIFIED, gui_desk.clock()),
        FollowUpEvent(EventKind.DISPOSED, gui_desk.clock(), unit_id=1),
    ):
        gui_desk.follow_up.add(saved.id, step)
    dialog = open_first(qtbot, panel, gui_desk)
    timeline = dialog.tabs.widget(1)
    assert isinstance(timeline, TimelinePanel)
    qtbot.waitUntil(lambda: EventKind.ANSWERED in timeline.buttons, timeout=10_000)

    messages: list[str] = []

    def refuse_then_cancel() -> None:
        step = QApplication.activeModalWidget()
        if not isinstance(step, EventDialog):
            QTimer.singleShot(30, refuse_then_cancel)
            return
        step.buttons.button(step.buttons.StandardButton.Save).click()
        qtbot.waitUntil(lambda: step.buttons.isEnabled(), timeout=10_000)
        messages.append(step.fields[next(iter(step.fields))].message_text)
        step.reject()

    QTimer.singleShot(30, refuse_then_cancel)
    qtbot.mouseClick(timeline.buttons[EventKind.ANSWERED], Qt.MouseButton.LeftButton)
    assert messages == ["Tulis teksnya."]
    assert gui_desk.follow_up.state(saved.id).status is Status.DIDISPOSISIKAN


def test_the_timeline_names_who_took_each_step_by_full_name(
    qtbot: QtBot, indonesian: None, panel: WorklistPanel, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    gui_desk.accounts.create(
        NewAccount("dewi", "Dewi Lestari", Role.VERIFIKATOR, DEWI_PASSWORD, DEWI_PASSWORD)
    )
    gui_desk.accounts.sign_in("dewi", DEWI_PASSWORD)
    gui_desk.follow_up.add(saved.id, FollowUpEvent(EventKind.VERIFIED, dt.datetime.now(dt.UTC)))
    gui_desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    dialog = open_first(qtbot, panel, gui_desk)
    dialog.tabs.setCurrentIndex(1)
    timeline = dialog.tabs.widget(1)
    assert isinstance(timeline, TimelinePanel)
    qtbot.waitUntil(lambda: timeline.status_label.text() == "Status: Terverifikasi")
    entry = timeline.history.item(0)
    assert entry.text().endswith("  Verifikasi  (Dewi Lestari)")
    assert "(dewi)" not in entry.text()
    assert entry.toolTip() == "Nama pengguna: dewi"
