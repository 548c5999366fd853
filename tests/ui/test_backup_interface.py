"""Meja › Cadangan and the automatic backup, driven through the real window on real desks."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.paths import regions_csv
from desktop.domain.audit_actions import AuditAction
from desktop.domain.backup_rotation import BackupKind
from desktop.services.audit_values import AuditFilter
from desktop.services.desk import Desk
from desktop.ui.access.gate import DeskGate
from desktop.ui.backups.backup_dialog import BackupNowDialog
from desktop.ui.backups.restore_dialog import RestoreDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.ui import GatedStart


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[bool]:
    """Run `act` on the modal dialog of type `kind` once it is open (it blocks in exec())."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                act(dialog)
            finally:
                done.append(True)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def titles(desk: Desk) -> list[str]:
    found = desk.worklist.summaries(list(range(1, 50)))
    return [found[i].title for i in sorted(found)]


def test_back_up_now_from_the_menu_writes_a_zip_and_names_it(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    assert window.backups.menu.menuAction().isVisible()  # the admin sees Meja › Cadangan
    seen: list[str] = []

    def back_up(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupNowDialog)
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=20_000)
        seen.append(dialog.result_line.text())
        dialog.reject()

    done = when_modal(BackupNowDialog, back_up)
    window.backups.backup_now.trigger()
    assert done
    made = list(gui_desk.paths.backups.glob("meja-aduan-manual-*.zip"))
    assert len(made) == 1
    assert seen[0].startswith("Cadangan tersimpan: ") and made[0].name in seen[0]


@pytest.fixture
def gate(window: MainWindow, runner: TaskRunner, gui_desk: Desk) -> Iterator[DeskGate]:
    desk_gate = DeskGate(gui_desk.paths.data_dir, regions_csv(), runner, window)
    desk_gate.desk = gui_desk  # opened and signed in by the fixture, as after a start-up
    yield desk_gate
    window.stop_background_work()
    runner.shutdown()
    if desk_gate.desk is not None and desk_gate.desk is not gui_desk:
        desk_gate.desk.close()


def test_restore_from_the_menu_brings_back_the_data_of_the_backup(
    qtbot: QtBot, window: MainWindow, gate: DeskGate, gui_desk: Desk
) -> None:
    desk = gui_desk
    kept = desk.intake.record(good_draft(desk, title="Jalan rusak sebelum cadangan"))
    backup = desk.backups.create()
    later = desk.intake.record(good_draft(desk, title="Dicatat sesudah cadangan"))
    assert titles(desk) == ["Jalan rusak sebelum cadangan", "Dicatat sesudah cadangan"]
    shown: list[str] = []

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
        dialog.list.setCurrentRow(0)
        qtbot.waitUntil(lambda: dialog.checked is not None, timeout=20_000)
        shown.append(dialog.summary.text())
        shown.append(dialog.warning.text())
        assert not dialog.restore.isEnabled()  # not before "I understand"
        dialog.understood.setChecked(True)
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)

    done = when_modal(RestoreDialog, restore)
    window.backups.restore.trigger()
    assert done
    assert backup.path.name in shown[0]
    assert "1 pengaduan" in shown[0]
    assert shown[1].startswith("Semua yang dimasukkan atau diubah setelah ")
    # Everyone is signed out; the desk is reopened with the backup's data.
    assert window.pages.currentWidget() is window.login_page
    qtbot.waitUntil(lambda: gate.desk is not desk, timeout=30_000)
    page = window.login_page
    qtbot.waitUntil(lambda: "telah dipulihkan" in page.message.text(), timeout=10_000)
    assert "meja-aduan-before-restore-" in page.message.text()
    page.username.setText(ADMIN_USERNAME)
    page.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=10_000)
    restored = gate.desk
    assert restored is not None and restored.access.current is not None
    assert titles(restored) == ["Jalan rusak sebelum cadangan"]
    assert kept.id != later.id
    assert list(desk.paths.backups.glob("meja-aduan-before-restore-*.zip"))
    # The restored audit trail says who restored what (and its chain is whole).
    restores = restored.audit.entries(
        AuditFilter(actions=frozenset({AuditAction.BACKUP_RESTORED}))
    ).lines
    assert [(e.actor, e.target) for e in restores] == [(ADMIN_USERNAME, backup.path.name)]
    assert restored.audit.verify().intact
    # The worklist shows the restored desk, not the closed one.
    assert window.worklist is not None
    qtbot.waitUntil(lambda: window.worklist.model.rowCount() == 1, timeout=10_000)


def test_a_damaged_backup_is_refused_in_indonesian_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    desk = gui_desk
    desk.intake.record(good_draft(desk))
    backup = desk.backups.create().path
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # inside the database copy: its CRC fails
    backup.write_bytes(bytes(data))
    desk.intake.record(good_draft(desk, title="Sesudah cadangan"))

    dialog = RestoreDialog(desk.backups, desk.paths.backups, window.backups.work, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(backup)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=20_000)
    text = dialog.summary.text()
    assert text.startswith("Cadangan ini tidak dapat dipulihkan. Berkas cadangan ini rusak")
    assert text.endswith("Tidak ada yang diubah: data meja tetap seperti semula.")
    dialog.understood.setChecked(True)
    assert not dialog.restore.isEnabled()
    dialog.close()
    assert titles(desk) == ["Jalan berlubang di depan SDN 2", "Sesudah cadangan"]


def test_a_failed_automatic_backup_is_a_message_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    folder = gui_desk.paths.backups
    shutil.rmtree(folder)
    folder.write_text("not a folder")  # the backups cannot go there
    with qtbot.waitSignal(window.backups.automaticChecked, timeout=20_000) as checked:
        window.backups.start_automatic(gui_desk)
    assert checked.args == [None]
    message = window.statusBar().currentMessage()
    assert message.startswith("Cadangan otomatis tidak dibuat.")
    assert message.endswith("Akan dicoba lagi dalam satu jam.")


@pytest.fixture
def gated(
    gate_on: GatedStart, template_desk: TemplateDesk, tmp_path: Path
) -> tuple[MainWindow, DeskGate]:
    shutil.copytree(template_desk.folder, tmp_path / "desk")
    return gate_on(tmp_path / "desk")


def test_the_automatic_backup_runs_after_start_up_when_due(
    qtbot: QtBot, gated: tuple[MainWindow, DeskGate]
) -> None:
    window, gate = gated
    gate.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login_page)
    page = window.login_page
    page.username.setText(ADMIN_USERNAME)
    page.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.backups.automaticChecked, timeout=30_000) as checked:
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    made = checked.args[0]
    assert made is not None and made.kind is BackupKind.AUTOMATIC
    assert made.path.exists() and made.path.parent == gate.desk.paths.backups  # type: ignore[union-attr]
    # Due no more: the hourly check that follows writes nothing.
    with qtbot.waitSignal(window.backups.automaticChecked, timeout=20_000) as again:
        window.backups.check_automatic()
    assert again.args == [None]


def test_the_backup_schedule_dialog_saves_the_hour_and_how_many_are_kept(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk
) -> None:
    from desktop.ui.backups.schedule_dialog import ScheduleDialog

    dialog = ScheduleDialog(gui_desk.backups, window.backups.work, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    assert dialog.automatic.isChecked() and dialog.daily.value() == 7
    dialog.hour.setCurrentIndex(dialog.hour.findData(2))
    assert dialog.hour.currentText() == "Mulai pukul 02.00"
    dialog.daily.setValue(10)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    saved = gui_desk.backups.schedule()
    assert saved.hour == 2 and saved.retention.daily == 10 and saved.automatic
