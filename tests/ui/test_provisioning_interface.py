"""IT staff's configuration file in the interface: on the set-up page of a new desk, from
Settings on an open one, and exported for the next desk. Real desks, the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.provisioning import check_text
from desktop.services.desk import Desk
from desktop.services.desk_finder import DeskState, find_desk
from desktop.services.provisioning import DESK_LABEL_KEY
from desktop.services.provisioning_file import check_file
from desktop.services.sync_config import sync_config
from desktop.services.sync_credentials import ApiCredentials, credential_store
from desktop.store import national, reference
from desktop.ui.access.recovery_key import RecoveryKeyShownDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.provisioning.apply_dialog import ApplyConfigurationDialog
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.ui import GatedStart

KEY = "lapor-api-key-51c0ffee"
TOKEN = "tok-Secret-0042-bearer"

DESK_FILE = """\
[office]
code = "3201"
name = "Bagian Organisasi Setda Kabupaten Bogor"

[desk]
id = "loket-2"
language = "en"
idle_lock_minutes = 10

[lapor]
base_url = "https://api.lapor.go.id/v3"
enabled = true

[mapping.channel]
sms = 33

[sla]
verify = 4
"""


@pytest.fixture
def modals(qapp: QApplication) -> Iterator[list[str]]:
    """Answer the modal windows as an administrator would: keep the recovery key (its text is
    recorded as "recovery key"), read and close each message box (its text recorded)."""
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RecoveryKeyShownDialog):
            seen.append("recovery key")
            modal.kept.setChecked(True)
            modal.accept()
        elif isinstance(modal, QMessageBox):
            seen.append(modal.text())
            modal.close()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    yield seen
    timer.stop()


def wait_checked(qtbot: QtBot, panel_owner: Callable[[], object]) -> None:
    qtbot.waitUntil(lambda: getattr(panel_owner(), "checked", None) is not None, timeout=20_000)


def test_a_new_desk_is_set_up_from_the_file_once_its_problems_are_corrected(
    qtbot: QtBot, gate_on: GatedStart, os_keyring: MemoryKeyring, tmp_path: Path, modals: list[str]
) -> None:
    window, gate = gate_on(tmp_path / "desk")
    gate.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    page = window.setup_page
    fields = page.account
    fields.full_name.setText("Sri Wahyuni")
    fields.username.setText("sri")
    fields.password.setText("Kantor-camat-2026")
    fields.password_again.setText("Kantor-camat-2026")

    stick = tmp_path / "stick"
    stick.mkdir()
    file = stick / "desk.toml"
    file.write_text(
        DESK_FILE.replace('code = "3201"', 'code = "32.01"').replace(
            "https://api.lapor.go.id", "http://api.lapor.go.id"
        )
    )
    panel = page.provisioning
    panel.choose_file(file)
    wait_checked(qtbot, lambda: panel)
    assert panel.checked is not None and len(panel.checked.problems) == 2
    lines = [panel.problems.item(row).text() for row in range(panel.problems.count())]
    assert lines[0].startswith("Baris 2 · office.code: ") and "huruf kapital" in lines[0]
    assert lines[1].startswith("Baris 11 · lapor.base_url: ") and "https://" in lines[1]

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "Perbaiki" in panel.path_field.message_text  # the desk is not created...
    assert find_desk(tmp_path / "desk").state is DeskState.NEW
    assert fields.full_name.text() == "Sri Wahyuni"  # ...and nothing typed is lost

    file.write_text(DESK_FILE)
    panel.choose_file(file)  # chosen again after correcting it in the editor
    wait_checked(qtbot, lambda: panel)
    assert "Bagian Organisasi Setda Kabupaten Bogor (3201)" in panel.summary.text()
    assert panel.credentials.isVisibleTo(page)  # no credentials file: typed here instead
    panel.key.setText(KEY)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert panel.token_field.message_text  # a key without its token is not taken
    panel.token.setText(TOKEN)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(modals) == 2, timeout=30_000)
    assert modals[0] == "recovery key"  # shown first, whatever becomes of the file
    assert modals[1].startswith("Konfigurasi diterapkan")
    assert "keyring" in modals[1]
    assert "berikutnya" in modals[1]  # the file's language takes effect at the next start
    desk = gate.desk
    assert desk is not None
    assert window.office_label.text() == "Bagian Organisasi Setda Kabupaten Bogor (3201)"
    assert gate_on.languages == ["en"]
    with desk.database.reading() as session:
        settings = reference.settings(session)
        mapping = {
            (row.kind, row.local_key): row.national_value for row in national.mapping_rows(session)
        }
    assert settings[DESK_LABEL_KEY] == "loket-2"
    assert desk.settings.load().deadlines.verify == 4
    assert mapping[("channel", "sms")] == "33"
    assert sync_config(desk).base_url == "https://api.lapor.go.id/v3"
    assert credential_store(desk).load() == ApiCredentials(KEY, TOKEN)


def test_the_file_left_for_all_users_is_offered_and_can_be_set_aside(
    qtbot: QtBot, gate_on: GatedStart, os_keyring: MemoryKeyring, tmp_path: Path, modals: list[str]
) -> None:
    shared = tmp_path / "ProgramData" / "desk.toml"
    shared.parent.mkdir()
    # Written by hand after the installer's check: it names a credentials file after all.
    shared.write_text(
        DESK_FILE.replace("enabled = true", 'enabled = true\ncredentials_file = "k.toml"')
    )
    (shared.parent / "k.toml").write_text(f'key = "{KEY}"\ntoken = "{TOKEN}"\n')
    window, gate = gate_on(tmp_path / "desk", offered_file=shared)
    gate.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    page = window.setup_page
    panel = page.provisioning
    assert page.offered_note.isVisibleTo(page) and panel.file == shared
    wait_checked(qtbot, lambda: panel)
    assert [panel.problems.item(row).text() for row in range(panel.problems.count())] == [
        "Baris 13 · lapor.credentials_file: berkas untuk semua pengguna PC ini tidak boleh "
        "menyebut berkas kredensial: ketik kunci dan token di bawah"
    ]
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)  # "Jangan pakai berkas"
    assert not page.offered_note.isVisibleTo(page)  # no longer about the file shown
    fields = page.account
    fields.full_name.setText("Sri Wahyuni")
    fields.username.setText("sri")
    fields.password.setText("Kantor-camat-2026")
    fields.password_again.setText("Kantor-camat-2026")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=30_000)
    assert modals == ["recovery key"]  # no file, nothing applied, nothing to say about it
    assert gate.desk is not None and not gate.desk.settings.load().configured


def test_an_administrator_applies_a_file_to_the_open_desk(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    os_keyring: MemoryKeyring,
    tmp_path: Path,
    modals: list[str],
) -> None:
    file = tmp_path / "desk.toml"
    file.write_text(DESK_FILE.replace("Bagian Organisasi", "Kecamatan"))
    assert window.provisioning.apply_action.isVisible()
    dialog = window.provisioning.open_apply_dialog()
    assert isinstance(dialog, ApplyConfigurationDialog)
    assert not dialog.apply_button.isEnabled()  # nothing chosen, nothing to apply
    dialog.panel.choose_file(file)
    wait_checked(qtbot, lambda: dialog.panel)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(window.provisioning.applied, timeout=20_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert modals and modals[0].startswith("Konfigurasi diterapkan")
    # No key and token typed, none stored: the message says where to enter them.
    assert "Pengaturan › Sinkronisasi" in modals[0]
    assert window.office_label.text() == "Kecamatan Setda Kabupaten Bogor (3201)"
    assert gui_desk.settings.load().idle_lock_minutes == 10
    assert window.idle._timer.interval() == 10 * 60_000  # the new lock time is used now
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_a_file_with_problems_cannot_be_applied_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, gui_desk: Desk, tmp_path: Path
) -> None:
    file = tmp_path / "desk.toml"
    file.write_text(DESK_FILE.replace("verify = 4", "verify = 0\ncolour = 3"))
    before = gui_desk.settings.load()
    dialog = window.provisioning.open_apply_dialog()
    assert dialog is not None
    dialog.panel.choose_file(file)
    wait_checked(qtbot, lambda: dialog.panel)
    texts = [dialog.panel.problems.item(row).text() for row in range(dialog.panel.problems.count())]
    assert texts == [
        "Baris 18 · sla.verify: harus dari 1 sampai 365",
        "Baris 19 · sla.colour: kunci tidak dikenal: periksa ejaannya",
    ]
    assert not dialog.apply_button.isEnabled()
    dialog.apply()  # even pressed (Enter), nothing happens
    assert gui_desk.settings.load() == before
    dialog.reject()


def test_a_huge_file_is_refused_beside_its_name_without_reading_it_all(
    qtbot: QtBot, indonesian: None, window: MainWindow, gui_desk: Desk, tmp_path: Path
) -> None:
    file = tmp_path / "desk.toml"
    file.write_text(DESK_FILE + "# " + "x" * 2_000_000 + "\n")  # well-formed, but no such file
    dialog = window.provisioning.open_apply_dialog()
    assert dialog is not None
    dialog.panel.choose_file(file)
    qtbot.waitUntil(lambda: bool(dialog.panel.path_field.message_text), timeout=20_000)
    message = dialog.panel.path_field.message_text
    assert "lebih besar daripada berkas konfigurasi mana pun" in message
    assert dialog.panel.checked is None and not dialog.apply_button.isEnabled()
    dialog.reject()


def test_the_export_sets_up_the_next_desk_without_secrets(
    qtbot: QtBot,
    window: MainWindow,
    gui_desk: Desk,
    os_keyring: MemoryKeyring,
    tmp_path: Path,
    modals: list[str],
) -> None:
    credential_store(gui_desk).save(ApiCredentials(KEY, TOKEN))
    target = tmp_path / "next-desk.toml"
    with qtbot.waitSignal(window.provisioning.exported, timeout=20_000):
        window.provisioning.export(target)
    assert modals and str(target) in modals[0]
    text = target.read_text(encoding="utf-8")
    assert KEY not in text and TOKEN not in text
    assert 'code = "3201"' in text and 'language = "id"' in text
    checked = check_file(text, tmp_path)
    assert checked.problems == ()
    assert check_text(text).profile == checked.profile
