"""Office mode in the window, with real parts: an office server process on 127.0.0.1 and real
desks (copies of the session's template) shown in real windows, exchanging in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.ui.access.recovery_key import RecoveryKeyShownDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.office.join_dialog import JoinDialog
from desktop.ui.tasks import TaskRunner
from desktop.ui.worklist.detail import DetailDialog
from sync.office.join import join_office
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft
from tests.helpers.office import OfficeServer, joined_desk
from tests.helpers.office_windows import (
    EXCHANGE_WAIT_MS,
    cell_texts,
    close_window,
    gated_office_window,
    office_window,
)

pytestmark = pytest.mark.slow

DEWI_PASSWORD = "Loket-satu-2026"


@pytest.fixture
def windows(qtbot: QtBot, indonesian: None) -> Iterator[Callable[[Desk], MainWindow]]:
    """A window per desk, each with its own database runner (as each desk PC has)."""
    made: list[tuple[MainWindow, TaskRunner]] = []

    def show(desk: Desk) -> MainWindow:
        runner = TaskRunner("test-database")
        window = office_window(runner, desk)
        made.append((window, runner))
        return window

    yield show
    for window, runner in made:
        close_window(window)
        runner.shutdown()


def status_text(window: MainWindow) -> str:
    area = window.office.status_area
    return area.text if area.isVisible() else ""


def test_the_status_area_says_when_the_server_stops_and_what_waits(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    windows: Callable[[Desk], MainWindow],
) -> None:
    desk = desks("loket-1")
    join_office(desk, server.join_code(label="Loket 1"))
    window = windows(desk)
    qtbot.waitUntil(
        lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
        timeout=EXCHANGE_WAIT_MS,
    )
    assert not window.sync.status_area.isVisible()  # the server talks to LAPOR!, not this desk
    assert window.office.exchange_action.shortcut().toString() == "F9"
    assert window.worklist is not None
    recorded_by = window.worklist.model.COLUMNS.index("recorded_by")
    assert not window.worklist.table.isColumnHidden(recorded_by)

    server.stop()
    desk.intake.record(good_draft(desk, title="Dicatat saat server mati"))
    window.office.local_change()  # as the window does after a save
    qtbot.waitUntil(
        lambda: status_text(window) == "Server kantor: terputus · 1 menunggu",
        timeout=EXCHANGE_WAIT_MS,
    )
    assert "tidak dapat dihubungi" in window.office.status_area.button.toolTip()
    assert "tidak dapat dihubungi" in window.statusBar().currentMessage()

    server.start()
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the officer does not wait for the next try
    qtbot.waitUntil(
        lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
        timeout=EXCHANGE_WAIT_MS,
    )
    # The fault's words went with it: nothing says "unreachable" beside "tersambung".
    assert window.statusBar().currentMessage() == ""


def dewi_signed_in(desk: Desk, role: Role) -> None:
    """An office-wide account made on this desk, signed in: Dewi records what follows."""
    desk.accounts.create(NewAccount("dewi", "Dewi Lestari", role, DEWI_PASSWORD, DEWI_PASSWORD))
    desk.accounts.sign_in("dewi", DEWI_PASSWORD)


def test_a_complaint_recorded_on_desk_a_shows_in_desk_bs_lists_with_its_recorder(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    windows: Callable[[Desk], MainWindow],
) -> None:
    a = joined_desk(server, desks, "Loket 1")
    # An office-wide account made on desk A: desk B knows it from the office's events.
    dewi_signed_in(a, Role.VERIFIKATOR)
    b = joined_desk(server, desks, "Loket 2")
    window_a = windows(a)
    window_b = windows(b)
    qtbot.waitUntil(lambda: bool(status_text(window_b)), timeout=EXCHANGE_WAIT_MS)

    recorded = a.intake.record(good_draft(a, title="Lampu jalan mati di Jl. Kenanga"))
    a.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, dt.datetime.now(dt.UTC)))
    window_a.office.local_change()

    # B takes it at its next exchange, on its own: nobody touches desk B.
    qtbot.waitUntil(
        lambda: recorded.local_number in cell_texts(window_b, "number"),
        timeout=EXCHANGE_WAIT_MS,
    )
    row = cell_texts(window_b, "number").index(recorded.local_number)
    assert cell_texts(window_b, "title")[row] == "Lampu jalan mati di Jl. Kenanga"
    assert cell_texts(window_b, "recorded_by")[row] == "Dewi Lestari · L1"
    assert window_b.worklist is not None and window_b.today is not None
    assert (
        window_b.worklist.model.headerData(
            window_b.worklist.model.COLUMNS.index("recorded_by"), Qt.Orientation.Horizontal
        )
        == "Dicatat oleh"
    )
    today_column = window_b.today.model.COLUMNS.index("recorded_by")
    assert not window_b.today.table.isColumnHidden(today_column)

    # Its detail says the same, on its own row.
    window_b.show_complaint(recorded.id)
    qtbot.waitUntil(
        lambda: isinstance(window_b.worklist and window_b.worklist.detail_dialog, DetailDialog),
        timeout=10_000,
    )
    dialog = window_b.worklist.detail_dialog
    assert dialog is not None
    rows = {label: value for label, value in detail_rows(dialog)}
    assert rows["Dicatat oleh"] == "Dewi Lestari · L1"
    # Its follow-up names desk A's officer as people know her (not by her user name) and desk A.
    timeline = dialog.timeline
    assert timeline is not None
    verified = "  Verifikasi  (Dewi Lestari · L1)"  # who, and at which desk
    qtbot.waitUntil(
        lambda: any(
            timeline.history.item(row).text().endswith(verified)
            for row in range(timeline.history.count())
        ),
        timeout=EXCHANGE_WAIT_MS,
    )
    entry = timeline.history.item(0)
    assert entry.text().endswith(verified)
    assert entry.toolTip() == "Nama pengguna: dewi"
    dialog.close()


def test_on_a_joined_desk_the_worklist_titles_stay_readable_at_1366x768(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    windows: Callable[[Desk], MainWindow],
) -> None:
    desk = joined_desk(server, desks, "Loket 1")
    dewi_signed_in(desk, Role.PETUGAS)
    title = "Jalan berlubang di depan SDN 2 Cibinong belum diperbaiki sejak Oktober"
    desk.intake.record(good_draft(desk, title=title))
    window = windows(desk)
    window.resize(1366, 768)  # maximised on the smallest screen the desks have
    qtbot.waitUntil(
        lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
        timeout=EXCHANGE_WAIT_MS,
    )
    window.menus.complaints.trigger()
    worklist = window.worklist
    assert worklist is not None
    qtbot.waitUntil(lambda: title in cell_texts(window, "title"))
    table, model = worklist.table, worklist.model
    header = table.horizontalHeader()
    columns = model.COLUMNS
    assert not table.isColumnHidden(columns.index("recorded_by"))
    metrics = table.fontMetrics()
    # A title's first words in full (it was squeezed to 60-90 pixels beside "Dicatat oleh").
    title_width = header.sectionSize(columns.index("title"))
    assert title_width >= metrics.horizontalAdvance("Jalan berlubang di depan SDN 2 Cibinong")
    shown = [c for c in range(len(columns)) if not table.isColumnHidden(c)]
    assert title_width == max(header.sectionSize(c) for c in shown)
    # Every column on screen: the deadline is not pushed off the side.
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    # The number with the desk's code, and the deadline, read in full.
    row = cell_texts(window, "title").index(title)
    for column in ("number", "due"):
        text = cell_texts(window, column)[row]
        assert header.sectionSize(columns.index(column)) >= metrics.horizontalAdvance(text)
    # A narrowed column's whole text is in its tooltip.
    recorded_by = model.index(row, columns.index("recorded_by"))
    assert model.data(recorded_by, Qt.ItemDataRole.ToolTipRole) == "Dewi Lestari · L1"
    # And the cell, cut in the middle, still ends with the desk ("Dewi Lest…" said none).
    shown_text = drawn_text(table, recorded_by)
    assert shown_text.endswith("· L1"), shown_text


def drawn_text(table: QTableView, index: QModelIndex) -> str:
    """The text a cell shows, cut as its delegate cuts it to the column's width."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    option.textElideMode = table.textElideMode()  # what the view gives every cell
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return option.fontMetrics.elidedText(
        option.text, option.textElideMode, option.rect.width() - 2 * margin
    )


def detail_rows(dialog: DetailDialog) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QFormLayout, QLabel

    found = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            label_widget, field_widget = label.widget(), field.widget()
            if isinstance(label_widget, QLabel) and isinstance(field_widget, QLabel):
                found.append((label_widget.text(), field_widget.text()))
    return found


def test_the_join_dialog_says_why_a_code_is_refused_then_joins(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    windows: Callable[[Desk], MainWindow],
) -> None:
    used = server.join_code()
    join_office(desks("lain"), used)
    desk = desks("loket-3")
    window = windows(desk)
    qtbot.waitUntil(lambda: window.database_label.text() == "Siap")
    assert not window.office.status_area.isVisible()  # a desk on its own: nothing to say
    dialog = JoinDialog(window.office.runner, None, window)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.code.setText(used[:-12])
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert "bukan kode gabung yang utuh" in dialog.field.message_text

    dialog.code.setText(used)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.field.message_text), timeout=EXCHANGE_WAIT_MS)
    assert dialog.field.message_text == (
        "Kode gabung ini sudah pernah dipakai. Minta kode baru kepada administrator server."
    )
    assert dialog.join_button.isEnabled()

    dialog.code.setText(server.join_code())
    with qtbot.waitSignal(dialog.accepted, timeout=EXCHANGE_WAIT_MS):
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None
    qtbot.waitUntil(
        lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
        timeout=EXCHANGE_WAIT_MS,
    )


def test_a_new_desk_joins_the_office_with_the_code_pasted_on_the_set_up_page(
    qtbot: QtBot, indonesian: None, server: OfficeServer, tmp_path: Path, qapp: QApplication
) -> None:
    runner = TaskRunner("test-database")
    window, gate = gated_office_window(runner, tmp_path / "baru")
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RecoveryKeyShownDialog):
            seen.append("recovery key")
            modal.kept.setChecked(True)
            modal.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        gate.start()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
        page = window.setup_page
        page.join.input.setText("MA1-bukan-kode")
        fields = page.account
        fields.full_name.setText("Sri Wahyuni")
        fields.username.setText(ADMIN_USERNAME)
        fields.password.setText(ADMIN_PASSWORD)
        fields.password_again.setText(ADMIN_PASSWORD)
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        assert "bukan kode gabung yang utuh" in page.join.field.message_text
        assert not (tmp_path / "baru").exists() or gate.desk is None

        page.join.input.setText(server.join_code(label="Loket baru"))
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
            timeout=EXCHANGE_WAIT_MS * 2,
        )
        assert seen == ["recovery key"]
        tip = window.office.status_area.button.toolTip()
        assert f"Meja L1 pada server kantor {server.address}" in tip
    finally:
        timer.stop()
        close_window(window)
        runner.shutdown()
        if gate.desk is not None:
            gate.desk.close()


def test_a_configuration_file_applied_in_settings_joins_with_its_code_and_says_a_refusal(
    qtbot: QtBot,
    server: OfficeServer,
    desks: Callable[[str], Desk],
    windows: Callable[[Desk], MainWindow],
    tmp_path: Path,
    qapp: QApplication,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def answer() -> None:
        for box in qapp.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append(box.text())
                box.close()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        used = server.join_code()
        join_office(desks("lain"), used)
        desk = desks("loket-4")
        window = windows(desk)
        qtbot.waitUntil(lambda: window.database_label.text() == "Siap")
        file = tmp_path / "desk.toml"
        for code in (used, server.join_code(label="Loket 4")):
            file.write_text(
                f'[office]\ncode = "3201"\nname = "Kecamatan Cibinong"\njoin_code = "{code}"\n',
                encoding="utf-8",
            )
            dialog = window.provisioning.open_apply_dialog()
            assert dialog is not None
            dialog.panel.choose_file(file)
            qtbot.waitUntil(lambda d=dialog: d.panel.checked is not None, timeout=20_000)
            with qtbot.waitSignal(window.provisioning.applied, timeout=20_000):
                qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
            if code == used:
                qtbot.waitUntil(lambda: len(seen) == 2, timeout=EXCHANGE_WAIT_MS)
                assert seen[0].startswith("Konfigurasi diterapkan")
                assert seen[1].startswith("Meja ini tidak bergabung ke server kantor:")
                assert "sudah pernah dipakai" in seen[1]
                assert "Pengaturan › Gabung ke server kantor…" in seen[1]
                assert not window.office.status_area.isVisible()
        qtbot.waitUntil(
            lambda: status_text(window) == "Server kantor: tersambung · 0 menunggu",
            timeout=EXCHANGE_WAIT_MS,
        )
        assert "bergabung ke kantor sebagai meja L2" in window.statusBar().currentMessage()
    finally:
        timer.stop()
