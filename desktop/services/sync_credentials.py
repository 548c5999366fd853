"""The desk's LAPOR! API key and token, kept where only this desk can read them.

Where: the operating system's credential store (the same one that may hold the database key,
see desktop.store.keyring_vault) when a usable one exists. Otherwise an encrypted file in the
data folder, AES-256-GCM under a key derived (HKDF-SHA256) from the database key with its own
label: whoever can open the desk's database can sync for it, and nobody else can. The secrets are
never written in clear, and never logged: log lines name only the kind of failure.

Saving to one place removes any copy in the other, so an old token does not linger where the
desk no longer looks. The new copy is written first, so a crash in between leaves one copy, not
none.

File layout: MAGIC (4 bytes) | nonce (12) | ciphertext with its 16-byte tag; the keyring entry
name (which carries the desk id) is the associated data, so another desk's file is refused.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.store import keyring_vault
from desktop.store.files import replaced_atomically

if TYPE_CHECKING:
    from desktop.services.desk import Desk

log = logging.getLogger("sync")

FILE_NAME = "sync-credentials.bin"
OFFICE_FILE_NAME = "office-credentials.bin"
OFFICE_ENTRY_PREFIX = "office-credentials"
MAGIC = b"MAC1"  # Meja Aduan credentials, format 1
_NONCE_BYTES = 12
_TAG_BYTES = 16
# Its own label: the attachment and naming keys derived from the same database key differ.
_ENCRYPTION_INFO = b"meja-aduan lapor credentials v1"
_VISIBLE_KEY_DIGITS = 4
# A key shorter than this shows nothing of itself: four characters of eight are half of it.
_SHORTEST_PARTLY_SHOWN_KEY = 16


@dataclass(frozen=True, repr=False)
class ApiCredentials:
    """The API key and token LAPOR! issued to this desk. Its repr never shows them: at most the
    key's last four characters, so staff can tell which key is set."""

    key: str
    token: str

    def __repr__(self) -> str:
        if len(self.key) >= _SHORTEST_PARTLY_SHOWN_KEY:
            shown_key = "****" + self.key[-_VISIBLE_KEY_DIGITS:]
        else:
            shown_key = "****"
        return f"ApiCredentials(key={shown_key}, token=****)"

    __str__ = __repr__


class CredentialPlace(StrEnum):
    """Where the credentials are kept."""

    KEYRING = "keyring"
    ENCRYPTED_FILE = "encrypted_file"


def credential_store(desk: Desk) -> CredentialStore:
    """Where the open desk keeps its LAPOR! credentials."""
    return CredentialStore(desk.keys.slots.desk_id, desk.paths.data_dir, desk.keys.key)


def office_credential_store(desk: Desk) -> CredentialStore:
    """Where a desk that joined an office keeps its secret for the office server, kept the
    same way (`key` holds the desk's id at the server, `token` its secret)."""
    return CredentialStore(
        desk.keys.slots.desk_id,
        desk.paths.data_dir,
        desk.keys.key,
        entry_prefix=OFFICE_ENTRY_PREFIX,
        file_name=OFFICE_FILE_NAME,
    )


class CredentialStore:
    """Loads, saves and clears one desk's LAPOR! credentials (keyring, else encrypted file)."""

    def __init__(
        self,
        desk_id: str,
        data_dir: Path,
        database_key: bytes,
        *,
        entry_prefix: str = "lapor-credentials",
        file_name: str = FILE_NAME,
    ) -> None:
        # The entry name is the file's associated data too: one secret's file never opens as
        # the other's.
        self._entry = f"{entry_prefix}:{desk_id}"
        self._path = data_dir / file_name
        self._data_dir = data_dir
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_ENCRYPTION_INFO).derive(
            database_key
        )
        self._cipher = AESGCM(key)

    def load(self) -> ApiCredentials | None:
        """The saved credentials, or None when there are none or they cannot be read."""
        from_keyring = self._read_keyring()
        if from_keyring is not None:
            return _parse(from_keyring, CredentialPlace.KEYRING)
        sealed = self._read_file()
        if sealed is None:
            return None
        plaintext = self._open(sealed)
        return None if plaintext is None else _parse(plaintext, CredentialPlace.ENCRYPTED_FILE)

    def save(self, credentials: ApiCredentials) -> CredentialPlace:
        """Keep `credentials` in the keyring if usable, else in the file; return where."""
        plaintext = json.dumps({"key": credentials.key, "token": credentials.token})
        if keyring_vault.available():
            try:
                keyring.set_password(keyring_vault.SERVICE, self._entry, plaintext)
            except (KeyringError, OSError) as error:
                log.warning("credential store not writable: %s", type(error).__name__)
            else:
                self._remove_file()
                return CredentialPlace.KEYRING
        self._write_file(plaintext.encode("utf-8"))
        self._remove_keyring_entry()
        return CredentialPlace.ENCRYPTED_FILE

    def clear(self) -> None:
        """Forget the credentials in both places."""
        self._remove_keyring_entry()
        self._remove_file()

    def place(self) -> CredentialPlace | None:
        """Where credentials are kept now (the keyring first, as load reads it), or None."""
        if self._read_keyring() is not None:
            return CredentialPlace.KEYRING
        if self._path.exists():
            return CredentialPlace.ENCRYPTED_FILE
        return None

    # The keyring

    def _read_keyring(self) -> str | None:
        if not keyring_vault.available():
            return None
        try:
            return keyring.get_password(keyring_vault.SERVICE, self._entry) or None
        except (KeyringError, OSError) as error:
            log.warning("credential store not readable: %s", type(error).__name__)
            return None

    def _remove_keyring_entry(self) -> None:
        if not keyring_vault.available():
            return  # nothing could have been stored there
        try:
            keyring.delete_password(keyring_vault.SERVICE, self._entry)
        except PasswordDeleteError:
            pass  # there was no entry
        except (KeyringError, OSError) as error:
            log.warning("credential store entry not removed: %s", type(error).__name__)

    # The encrypted file

    def _read_file(self) -> bytes | None:
        try:
            return self._path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("credentials file not readable: %s", type(error).__name__)
            return None

    def _open(self, sealed: bytes) -> bytes | None:
        header = len(MAGIC) + _NONCE_BYTES
        if len(sealed) < header + _TAG_BYTES or not sealed.startswith(MAGIC):
            log.warning("credentials file is damaged or not ours; ignored")
            return None
        try:
            return self._cipher.decrypt(
                sealed[len(MAGIC) : header], sealed[header:], self._entry.encode("utf-8")
            )
        except InvalidTag:
            # A changed file, another desk's file, or a database key that is not this desk's.
            log.warning("credentials file does not open with this desk's key; ignored")
            return None

    def _write_file(self, plaintext: bytes) -> None:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = self._cipher.encrypt(nonce, plaintext, self._entry.encode("utf-8"))
        with replaced_atomically(self._path, scratch=self._data_dir, binary=True) as writer:
            if hasattr(os, "fchmod"):  # POSIX: owner only; Windows keeps the folder's ACL
                os.fchmod(writer.fileno(), 0o600)
            writer.write(MAGIC + nonce + sealed)

    def _remove_file(self) -> None:
        self._path.unlink(missing_ok=True)


def _parse(stored: str | bytes, place: CredentialPlace) -> ApiCredentials | None:
    try:
        values = json.loads(stored)
        key, token = values["key"], values["token"]
    except (ValueError, TypeError, KeyError):
        log.warning("saved credentials (%s) are damaged; ignored", place)
        return None
    if not isinstance(key, str) or not isinstance(token, str):
        log.warning("saved credentials (%s) are damaged; ignored", place)
        return None
    return ApiCredentials(key, token)
