"""The "Laporan terbit" dialog on a real desk, in Indonesian: the register listed, a copy saved
byte for byte and opened, a changed file refused aloud, and today's figures compared."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_register import HeadlineFigure
from desktop.services.desk import Desk
from desktop.ui.reports.register_dialog import IssuedReportsDialog
from desktop.ui.tasks import TaskRunner
from tests.helpers.report_files import HEADLINE, issue_pdf


class UrlCatcher(QObject):
    """Stands in for the system's file opener, through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.seen.append(url)


@pytest.fixture
def opened_urls(qapp: object) -> Iterator[list[QUrl]]:
    """What the dialog asks the system to open."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.seen
    QDesktopServices.unsetUrlHandler("file")


def open_dialog(qtbot: QtBot, desk: Desk, runner: TaskRunner) -> IssuedReportsDialog:
    dialog = IssuedReportsDialog(desk.report_register, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    return dialog


def test_the_register_lists_each_report_and_saves_an_unchanged_copy(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:  # fmt: skip
    issued = issue_pdf(gui_desk, tmp_path)
    dialog = open_dialog(qtbot, gui_desk, runner)

    model = dialog.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert row[0] == "Semester I 2026"
    assert row[1] == "Laporan naratif (PDF)"
    assert row[3] == "Admin Meja"  # who issued it, as people know them
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "Nama pengguna: admin"
    assert row[5] == issued.sha256[:12]
    assert model.headerData(2, dialog.table.horizontalHeader().orientation()) == "Batas data"
    assert dialog.status_label.text() == "1 laporan terbit."
    assert dialog.open_button.text() == "&Buka…" and dialog.open_button.isEnabled()
    assert dialog.table.hasFocus() and dialog.open_button.isDefault()  # Enter opens the row

    target = tmp_path / "salinan.pdf"
    with qtbot.waitSignal(dialog.saved):
        dialog.save_copy_to(issued, target, open_after=True)
    assert target.read_bytes() == gui_desk.report_register.read(issued.id)
    assert "tidak berubah sejak diterbitkan" in dialog.status_label.text()
    assert [url.toLocalFile() for url in opened_urls] == [str(target)]


def test_a_changed_kept_file_is_told_and_no_copy_is_saved(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, tmp_path: Path,
    answer_message_boxes: Callable[[], list[str]], opened_urls: list[QUrl],
) -> None:  # fmt: skip
    issued = issue_pdf(gui_desk, tmp_path)
    (kept,) = [p for p in gui_desk.paths.attachments.rglob("*") if p.is_file()]
    kept.write_bytes(kept.read_bytes()[:-3] + b"abc")
    dialog = open_dialog(qtbot, gui_desk, runner)

    target = tmp_path / "salinan.pdf"
    dialog.save_copy_to(issued, target, open_after=True)
    qtbot.waitUntil(lambda: bool(answer_message_boxes()))
    assert "bukan berkas yang diterbitkan" in answer_message_boxes()[0]
    assert "Hubungi staf TI" in dialog.status_label.text()
    assert not target.exists() and opened_urls == []


def test_todays_figures_are_compared_with_what_was_issued(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, tmp_path: Path
) -> None:
    issue_pdf(gui_desk, tmp_path)
    asked: list[ReportPeriod] = []

    def today(period: ReportPeriod) -> dict[str, HeadlineFigure]:
        asked.append(period)
        return {**HEADLINE, "K3": HeadlineFigure(80, 37.21)}

    dialog = IssuedReportsDialog(gui_desk.report_register, runner, today_headline=today)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.differencesShown) as shown:
        dialog.show()
    assert shown.args == [1]
    assert asked == [ReportPeriod.semester(2026, 1)]
    text = dialog.differences_label.text()
    assert "Angka hari ini untuk Semester I 2026" in text
    assert "K3 % penyelesaian: 75 (34,88%) → 80 (37,21%)" in text


def test_an_empty_register_says_so(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk
) -> None:
    dialog = open_dialog(qtbot, gui_desk, runner)
    assert dialog.status_label.text() == "Belum ada laporan yang diterbitkan."
    assert not dialog.open_button.isEnabled()


def test_the_reports_menu_is_for_verifiers_and_admins(window: object, gui_desk: Desk) -> None:
    from desktop.domain.access import Role
    from desktop.ui.main_window import MainWindow
    from tests.helpers.desks import sign_in_as

    assert isinstance(window, MainWindow)
    menus = window.menus
    assert menus.issued_reports.isVisible() and menus.evidence.isVisible()
    assert menus.issued_reports.text() == "Laporan &terbit…"
    sign_in_as(gui_desk, "loket", Role.PETUGAS)
    window.enter_workspace(gui_desk)
    assert not menus.issued_reports.isVisible() and not menus.evidence.isVisible()
    sign_in_as(gui_desk, "verif", Role.VERIFIKATOR)
    window.enter_workspace(gui_desk)
    assert menus.issued_reports.isVisible() and menus.evidence.isEnabled()
