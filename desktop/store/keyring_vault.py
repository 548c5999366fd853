"""The database key in the operating system's credential store (Windows Credential Manager,
macOS Keychain, Secret Service on Linux), through the `keyring` package.

With the key there, the desk opens without a password (the login screen still guards it) and
headless commands such as a scheduled sync can run. A machine without a secure store (or with
only keyring's plaintext-file back-ends) simply has no entry: the key slots still open the desk.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError

log = logging.getLogger("desktop.security")

SERVICE = "Meja Aduan"
# Back-ends below this priority are keyring's "fail" and file-based fallbacks, which would
# store the key in clear beside the data: treated as no store at all.
_MINIMUM_PRIORITY = 1


def _entry(desk_id: str) -> str:
    return f"database-key:{desk_id}"


def available() -> bool:
    try:
        return float(keyring.get_keyring().priority) >= _MINIMUM_PRIORITY
    except Exception:  # a broken back-end (no D-Bus session, ...) is no back-end
        return False


def load_key(desk_id: str) -> bytes | None:
    if not available():
        return None
    try:
        stored = keyring.get_password(SERVICE, _entry(desk_id))
    except (KeyringError, OSError) as error:
        log.warning("credential store not readable: %s", type(error).__name__)
        return None
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        log.warning("credential store entry for this desk is damaged; ignored")
        return None


def store_key(desk_id: str, key: bytes) -> bool:
    """Keep `key` in the credential store; False when there is no usable store."""
    if not available():
        return False
    try:
        keyring.set_password(SERVICE, _entry(desk_id), key.hex())
    except (KeyringError, OSError) as error:
        log.warning("credential store not writable: %s", type(error).__name__)
        return False
    return True
