"""Where the database key comes from, and what happens when a source is wrong or lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.account_values import WrongRecoveryKeyError
from desktop.services.desk import Desk, create_desk, open_desk, open_desk_with_recovery_key
from desktop.services.desk_finder import DeskState, find_desk
from desktop.services.keys import WrongSecretError, unlock_with_password
from desktop.store.errors import WrongDatabaseKeyError
from desktop.store.keyslots import KeyFileError, KeySlots
from tests.helpers.desks import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    TemplateDesk,
    first_admin,
    good_draft,
)
from tests.helpers.keyrings import MemoryKeyring


def test_without_a_keyring_the_desk_waits_for_a_password(desk_dir: Path) -> None:
    found = find_desk(desk_dir)
    assert found.state is DeskState.LOCKED and found.key is None
    assert found.slots is not None
    key = unlock_with_password(found.slots, ADMIN_USERNAME, ADMIN_PASSWORD)
    desk = open_desk(desk_dir, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    finally:
        desk.close()
    with pytest.raises(WrongSecretError):
        unlock_with_password(found.slots, ADMIN_USERNAME, "bukan-kata-sandinya")


def test_with_a_keyring_a_new_desk_opens_without_a_password(
    tmp_path: Path, os_keyring: MemoryKeyring
) -> None:
    created = create_desk(tmp_path / "desk", regions_csv(), first_admin())
    created.opened.desk.close()
    assert created.key_in_keyring and len(os_keyring.entries) == 1
    found = find_desk(tmp_path / "desk")
    assert found.state is DeskState.KEY_AVAILABLE
    assert found.key == created.opened.desk.keys.key


def test_losing_the_keyring_entry_and_the_key_file_loses_nothing_with_the_recovery_key(
    template_desk: TemplateDesk, tmp_path: Path, os_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk.folder, folder)
    desk = open_desk(folder, regions_csv(), template_desk.key).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    saved = desk.intake.record(good_draft(desk))
    desk.close()
    (folder / "desk-keys.json").unlink()
    os_keyring.entries.clear()
    assert find_desk(folder).state is DeskState.KEY_FILE_MISSING

    with pytest.raises(WrongRecoveryKeyError):
        open_desk_with_recovery_key(folder, regions_csv(), "AAAAA-" * 7 + "AAAAA")
    recovered = open_desk_with_recovery_key(folder, regions_csv(), template_desk.recovery_key)
    desk = recovered.desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert desk.worklist.record(saved.id) is not None
        # The password's key slot is made again at sign-in: it opens the desk once more.
        assert (
            unlock_with_password(desk.keys.slots, ADMIN_USERNAME, ADMIN_PASSWORD) == desk.keys.key
        )
    finally:
        desk.close()
    assert find_desk(folder).state is DeskState.KEY_AVAILABLE  # and back in the keyring


def test_the_recovery_key_is_accepted_as_typed_in_lower_case_without_dashes(
    template_desk: TemplateDesk, desk_dir: Path
) -> None:
    typed = template_desk.recovery_key.replace("-", " ").lower()
    open_desk_with_recovery_key(desk_dir, regions_csv(), typed).desk.close()


def test_a_wrong_key_is_refused_and_changes_nothing(desk_dir: Path) -> None:
    database = desk_dir / "meja-aduan.sqlite"
    before = database.read_bytes()
    with pytest.raises(WrongDatabaseKeyError):
        open_desk(desk_dir, regions_csv(), bytes(32))
    assert database.read_bytes() == before


def test_an_unencrypted_database_from_a_test_build_is_refused_not_opened(tmp_path: Path) -> None:
    import sqlite3

    folder = tmp_path / "desk"
    folder.mkdir()
    plain = sqlite3.connect(folder / "meja-aduan.sqlite")
    plain.execute("CREATE TABLE complaint (id INTEGER PRIMARY KEY)")
    plain.close()
    assert find_desk(folder).state is DeskState.UNENCRYPTED


def test_a_set_up_that_stopped_half_way_leaves_a_new_folder(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    # What a crash during set-up leaves: a half-built database and perhaps a key file.
    (folder / "meja-aduan.sqlite.creating").write_bytes(b"half written")
    (folder / "desk-keys.json").write_text("{}", encoding="utf-8")
    assert find_desk(folder).state is DeskState.NEW
    created = create_desk(folder, regions_csv(), first_admin())
    created.opened.desk.close()
    assert not (folder / "meja-aduan.sqlite.creating").exists()
    found = find_desk(folder)
    assert found.state is DeskState.LOCKED and found.slots is not None
    key = unlock_with_password(found.slots, ADMIN_USERNAME, ADMIN_PASSWORD)
    desk = open_desk(folder, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    finally:
        desk.close()


def test_a_damaged_key_file_is_set_aside_and_the_recovery_key_opens_the_desk(
    template_desk: TemplateDesk, desk_dir: Path
) -> None:
    keys = desk_dir / "desk-keys.json"
    keys.write_text(keys.read_text("utf-8")[:40], "utf-8")  # cut short, as by a crash
    assert find_desk(desk_dir).state is DeskState.KEY_FILE_DAMAGED
    desk = open_desk_with_recovery_key(desk_dir, regions_csv(), template_desk.recovery_key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    finally:
        desk.close()
    assert [p.name.startswith("desk-keys.json.damaged-") for p in desk_dir.iterdir()].count(True)
    assert find_desk(desk_dir).state is DeskState.LOCKED  # a fresh file with the admin's slot


def test_a_key_file_asking_for_absurd_work_is_refused_not_obeyed(desk_dir: Path) -> None:
    import json

    keys = desk_dir / "desk-keys.json"
    data = json.loads(keys.read_text("utf-8"))
    data["slots"]["account:admin"]["cost"]["m"] = 2**30  # a terabyte of memory
    keys.write_text(json.dumps(data), "utf-8")
    found = find_desk(desk_dir)
    assert found.slots is not None
    with pytest.raises(KeyFileError):
        unlock_with_password(found.slots, ADMIN_USERNAME, ADMIN_PASSWORD)


def test_guessing_passwords_before_the_database_opens_is_slowed_and_later_audited(
    desk_dir: Path,
) -> None:
    import datetime as dt

    from desktop.domain.audit_actions import AuditAction
    from desktop.services.account_values import LoginRefusal, LoginRefusedError
    from desktop.services.keys import PasswordUnlock
    from desktop.store import audit

    now = [dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.UTC)]
    unlocker = PasswordUnlock(lambda: now[0])
    found = find_desk(desk_dir)
    assert found.slots is not None
    for _ in range(5):
        with pytest.raises(LoginRefusedError) as refused:
            unlocker.unlock(found.slots, ADMIN_USERNAME, "tebakan-salah-1")
        assert refused.value.refusal is LoginRefusal.WRONG_CREDENTIALS
    # Locked for a while now, even with the right password: guessing gets slow.
    with pytest.raises(LoginRefusedError) as refused:
        unlocker.unlock(found.slots, ADMIN_USERNAME, ADMIN_PASSWORD)
    assert refused.value.refusal is LoginRefusal.LOCKED
    now[0] += dt.timedelta(minutes=1)
    key = unlocker.unlock(found.slots, ADMIN_USERNAME, ADMIN_PASSWORD)
    desk = open_desk(desk_dir, regions_csv(), key).desk
    try:
        desk.accounts.note_failed_unlocks(unlocker.unrecorded_failures)
        with desk.database.reading() as session:
            [entry] = audit.entries(session, actions=(AuditAction.LOGIN_FAILED,))
        assert entry.details == {"before_unlock": 5}
    finally:
        desk.close()


def test_a_key_slot_left_behind_by_a_password_change_is_made_again_at_sign_in(
    desk: Desk,
) -> None:
    old_key_file = desk.paths.keys.read_bytes()
    new_password = "Ganti-sandi-2027"
    desk.accounts.change_own_password(ADMIN_PASSWORD, new_password, new_password)
    desk.paths.keys.write_bytes(old_key_file)  # as if writing the key file had failed
    desk.keys.slots = KeySlots.load(desk.paths.keys)  # type: ignore[assignment]
    desk.accounts.sign_in(ADMIN_USERNAME, new_password)
    found = find_desk(desk.paths.data_dir)
    assert found.slots is not None
    assert unlock_with_password(found.slots, ADMIN_USERNAME, new_password) == desk.keys.key
