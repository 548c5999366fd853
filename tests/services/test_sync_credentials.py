"""The LAPOR! credentials on a real disk and in a real keyring back-end: never in clear."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.errors import KeyringError

from desktop.services.sync_credentials import (
    FILE_NAME,
    ApiCredentials,
    CredentialPlace,
    CredentialStore,
)
from tests.helpers.keyrings import MemoryKeyring

DESK_ID = "desk-3201"
DATABASE_KEY = bytes(range(32))
KEY = "lapor-api-key-7f3a9c21d04e5b68"
TOKEN = "tok_Zx81-secret-bearer-token-0042"
CREDENTIALS = ApiCredentials(KEY, TOKEN)
ENTRY = f"lapor-credentials:{DESK_ID}"


class LockedKeyring(MemoryKeyring):
    """A credential store that reads and deletes but refuses new entries (a locked wallet)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the wallet is locked")


@pytest.fixture
def no_os_keyring() -> Iterator[None]:
    """A machine without a usable credential store (keyring's own "fail" back-end)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def sync_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def store_in(folder: Path, database_key: bytes = DATABASE_KEY) -> CredentialStore:
    return CredentialStore(DESK_ID, folder, database_key)


def assert_no_secret_in(text: bytes | str) -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    for secret in (KEY, TOKEN):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data


def test_with_a_keyring_the_credentials_go_there_and_nowhere_else(
    tmp_path: Path, os_keyring: MemoryKeyring
) -> None:
    assert store_in(tmp_path).save(CREDENTIALS) is CredentialPlace.KEYRING
    assert list(os_keyring.entries) == [("Meja Aduan", ENTRY)]
    assert list(tmp_path.iterdir()) == []
    # A new store, as the next start of the program would make, reads them back.
    again = store_in(tmp_path)
    assert again.load() == CREDENTIALS
    assert again.place() is CredentialPlace.KEYRING


def test_without_a_keyring_they_are_kept_encrypted_in_the_data_folder(
    tmp_path: Path, no_os_keyring: None, sync_logs: pytest.LogCaptureFixture
) -> None:
    assert store_in(tmp_path).save(CREDENTIALS) is CredentialPlace.ENCRYPTED_FILE
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]  # no scratch file left
    assert_no_secret_in((tmp_path / FILE_NAME).read_bytes())
    again = store_in(tmp_path)
    assert again.load() == CREDENTIALS
    assert again.place() is CredentialPlace.ENCRYPTED_FILE
    assert_no_secret_in(sync_logs.text)


def test_saving_again_replaces_the_old_credentials(tmp_path: Path, no_os_keyring: None) -> None:
    store = store_in(tmp_path)
    store.save(ApiCredentials("old-key-0000000000000", "old-token"))
    store.save(CREDENTIALS)
    assert store_in(tmp_path).load() == CREDENTIALS


def test_another_database_key_does_not_open_the_file(
    tmp_path: Path, no_os_keyring: None, sync_logs: pytest.LogCaptureFixture
) -> None:
    store_in(tmp_path).save(CREDENTIALS)
    assert store_in(tmp_path, database_key=bytes(32)).load() is None
    assert "does not open" in sync_logs.text
    assert_no_secret_in(sync_logs.text)


def test_another_desks_file_is_refused(tmp_path: Path, no_os_keyring: None) -> None:
    store_in(tmp_path).save(CREDENTIALS)
    assert CredentialStore("desk-3171", tmp_path, DATABASE_KEY).load() is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-1] + bytes([data[-1] ^ 1]), id="one bit changed"),
        pytest.param(lambda data: data[:20], id="cut short"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b'{"key": "k", "token": "t"}', id="not ours"),
    ],
)
def test_a_damaged_file_reads_as_no_credentials_with_a_warning(
    tmp_path: Path,
    no_os_keyring: None,
    sync_logs: pytest.LogCaptureFixture,
    damage: Callable[[bytes], bytes],
) -> None:
    store_in(tmp_path).save(CREDENTIALS)
    path = tmp_path / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    assert store_in(tmp_path).load() is None
    assert any(r.levelno == logging.WARNING and r.name == "sync" for r in sync_logs.records)
    assert_no_secret_in(sync_logs.text)


def test_a_damaged_keyring_entry_reads_as_no_credentials(
    tmp_path: Path, os_keyring: MemoryKeyring, sync_logs: pytest.LogCaptureFixture
) -> None:
    os_keyring.set_password("Meja Aduan", ENTRY, "not json at all")
    assert store_in(tmp_path).load() is None
    assert "damaged" in sync_logs.text


def test_moving_to_the_keyring_removes_the_file(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(keyring.backends.fail.Keyring())
        store.save(ApiCredentials("old-key-0000000000000", "old-token"))
        assert (tmp_path / FILE_NAME).exists()

        memory = MemoryKeyring()
        keyring.set_keyring(memory)  # the desk now runs where there is a credential store
        assert store.save(CREDENTIALS) is CredentialPlace.KEYRING
        assert not (tmp_path / FILE_NAME).exists()
        assert store.load() == CREDENTIALS
    finally:
        keyring.set_keyring(previous)


def test_falling_back_to_the_file_removes_the_keyring_copy(
    tmp_path: Path, sync_logs: pytest.LogCaptureFixture
) -> None:
    previous = keyring.get_keyring()
    locked = LockedKeyring()
    locked.entries[("Meja Aduan", ENTRY)] = '{"key": "old-key", "token": "old-token"}'
    try:
        keyring.set_keyring(locked)
        store = store_in(tmp_path)
        assert store.save(CREDENTIALS) is CredentialPlace.ENCRYPTED_FILE
        assert locked.entries == {}  # the old token does not linger in the keyring
        assert store.place() is CredentialPlace.ENCRYPTED_FILE
        assert store.load() == CREDENTIALS
    finally:
        keyring.set_keyring(previous)
    assert "not writable: KeyringError" in sync_logs.text
    assert_no_secret_in((tmp_path / FILE_NAME).read_bytes())


def test_clear_forgets_both_places(tmp_path: Path, os_keyring: MemoryKeyring) -> None:
    store = store_in(tmp_path)
    store.save(CREDENTIALS)
    (tmp_path / FILE_NAME).write_bytes(b"a stale copy")  # as if left by a crash
    store.clear()
    assert os_keyring.entries == {}
    assert not (tmp_path / FILE_NAME).exists()
    assert store.place() is None
    assert store.load() is None


def test_nothing_saved_is_none(tmp_path: Path, no_os_keyring: None) -> None:
    store = store_in(tmp_path / "not-yet-made")
    assert store.load() is None
    assert store.place() is None


def test_the_repr_hides_the_secrets() -> None:
    for shown in (repr(CREDENTIALS), str(CREDENTIALS), f"{CREDENTIALS}", repr([CREDENTIALS])):
        assert_no_secret_in(shown)
    assert repr(CREDENTIALS) == "ApiCredentials(key=****5b68, token=****)"
    # A short key would be half given away by its last four characters.
    assert repr(ApiCredentials("abcd1234", "t")) == "ApiCredentials(key=****, token=****)"
