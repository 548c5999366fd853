"""The "Hari ini" tab on a real desk with its own clock: what it counts and lists, and opening a
complaint from it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.sla import Step
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.ui.main_window import MainWindow
from desktop.ui.today_model import TodayModel, late_text
from desktop.ui.today_panel import TodayPanel
from desktop.ui.worklist.follow_up_texts import step_label
from tests.helpers.clocks import FRIDAY, MONDAY, Clock, late_and_due_today, record_at
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME

OpenWindow = Callable[[Desk], MainWindow]


def shown_rows(panel: TodayPanel) -> list[tuple[str, ...]]:
    model = panel.model
    return [
        tuple(model.data(model.index(row, column)) for column in range(len(TodayModel.COLUMNS)))
        for row in range(model.rowCount())
    ]


def test_an_officer_lands_on_today_with_the_counts_and_the_late_one_first(
    qtbot: QtBot,
    qtmodeltester: object,
    clocked_desk: Desk,
    clock: Clock,
    open_window: OpenWindow,
) -> None:
    late, due_today = late_and_due_today(clocked_desk, clock)
    window = open_window(clocked_desk)
    panel = window.today
    assert panel is not None
    assert window.tabs.currentWidget() is panel
    assert window.tabs.indexOf(panel) == 0
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]

    overview = clocked_desk.worklist.today()
    assert overview.overdue[Step.VERIFY] == 1
    assert overview.due_today[Step.VERIFY] == 1
    verify_box = panel.step_boxes[Step.VERIFY]
    assert verify_box.due_today.text().startswith("1")
    assert verify_box.overdue.text().startswith("1")
    for step in (Step.FIRST_FOLLOW_UP, Step.COMPLETE):
        assert panel.step_boxes[step].due_today.text().startswith("0")
        assert panel.step_boxes[step].overdue.text().startswith("0")

    rows = shown_rows(panel)
    assert [(row[0], row[1], row[3], row[5]) for row in rows] == [
        (
            late.local_number,
            step_label(Step.VERIFY),
            late_text(1),
            "Jalan berlubang di depan SDN 2",
        ),
        (
            due_today.local_number,
            step_label(Step.VERIFY),
            late_text(0),
            "Lampu jalan padam di Jl. Kenanga",
        ),
    ]
    assert "26" in rows[0][2] and "27" in rows[1][2]  # the due dates
    assert panel.list_or_empty.currentWidget() is panel.table
    assert panel.more_label.isHidden()


def test_a_confidential_report_shows_the_worklist_marker_to_a_front_desk_officer(
    qtbot: QtBot,
    clocked_desk: Desk,
    clock: Clock,
    open_window: OpenWindow,
) -> None:
    record_at(clocked_desk, clock, MONDAY, is_secret=True)
    clock.now = FRIDAY
    password = "Loket-pagi-2026"
    clocked_desk.accounts.create(NewAccount("rudi", "Rudi", Role.PETUGAS, password, password))
    clocked_desk.accounts.sign_in("rudi", password)
    window = open_window(clocked_desk)
    panel = window.today
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    title = panel.model.index(0, TodayModel.COLUMNS.index("title"))
    assert panel.model.data(title) == panel.model.tr("Confidential report")
    assert panel.model.data(title, Qt.ItemDataRole.FontRole).italic()


def test_enter_on_a_row_opens_that_complaint_and_closing_it_comes_back(
    qtbot: QtBot,
    clocked_desk: Desk,
    clock: Clock,
    open_window: OpenWindow,
) -> None:
    _late, due_today = late_and_due_today(clocked_desk, clock)
    window = open_window(clocked_desk)
    panel = window.today
    assert panel is not None and window.worklist is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(panel.table.hasFocus)  # on landing, so the keyboard can go straight on
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.worklist is not None and window.worklist.detail_dialog is not None,
        timeout=10_000,
    )
    dialog = window.worklist.detail_dialog
    assert dialog is not None and dialog.isVisible()
    assert due_today.local_number in dialog.windowTitle()
    dialog.reject()
    assert window.tabs.currentWidget() is panel


def test_nothing_due_says_so(
    qtbot: QtBot,
    clocked_desk: Desk,
    clock: Clock,
    open_window: OpenWindow,
) -> None:
    record_at(clocked_desk, clock, MONDAY)  # due on Thursday; it is still Monday
    window = open_window(clocked_desk)
    panel = window.today
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list_or_empty.currentWidget() is panel.empty_label)
    assert panel.empty_label.isVisible()
    assert panel.step_boxes[Step.VERIFY].overdue.text().startswith("0")


def test_after_the_lock_the_same_officer_gets_back_the_tab_they_left(
    qtbot: QtBot, clocked_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(clocked_desk)
    window.menus.new_complaint.trigger()
    window.intake.title.setText("Setengah diketik")
    window.lock()
    clocked_desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)  # as the sign-in page does
    window.enter_workspace(clocked_desk)
    assert window.tabs.currentWidget() is window.intake
    assert window.intake.title.text() == "Setengah diketik"
    window.intake.clear()


def test_a_deadline_passed_on_friday_is_late_on_a_saturday_desk(
    clocked_desk: Desk, clock: Clock
) -> None:
    # Desks in public service malls open on Saturdays: Friday's deadline is not "today" then.
    _late, due_friday = late_and_due_today(clocked_desk, clock)
    clock.now = FRIDAY + dt.timedelta(days=1)
    items = {item.summary.id: item for item in clocked_desk.worklist.today().items}
    assert items[due_friday.id].working_days_late == 1
    assert late_text(items[due_friday.id].working_days_late) != late_text(0)
