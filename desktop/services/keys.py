"""Getting the desk's database key, and keeping its slots in step with the accounts.

Where the key comes from, in order (see docs/security.md, "Encryption at rest"):
1. the OS credential store (normal on a desk PC; lets headless commands run);
2. an account's password (its slot in `desk-keys.json`), when signing in;
3. the recovery key shown once at set-up (the key is derived from it), typed in by IT staff or
   given to a headless command in the file or environment variable docs/security.md names.
Whenever 2 or 3 opens the desk, the key goes back into the credential store if there is one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from desktop.domain.access import lock_after_failure
from desktop.services.account_values import LoginRefusal, LoginRefusedError
from desktop.store import keyring_vault
from desktop.store.errors import storage_faults
from desktop.store.keyslots import (
    ACCOUNT_SLOT_PREFIX,
    KeySlots,
    WrongSecretError,
    account_slot,
    database_key_from_recovery_key,
)

log = logging.getLogger("desktop.security")

KEY_FILE_NAME = "desk-keys.json"


class DeskKeys:
    """The open desk's key and its slots; changes to the slots are saved at once."""

    def __init__(self, slots: KeySlots, key: bytes) -> None:
        self.slots = slots
        self.key = key

    def protect_with_password(self, username: str, password: str, stamp: str) -> None:
        """Wrap the key with this password; `stamp` names the password's version."""
        self.slots.wrap(account_slot(username), password, self.key, stamp=stamp)
        with storage_faults():
            self.slots.save()

    def password_slot_is_current(self, username: str, stamp: str) -> bool:
        return self.slots.stamp(account_slot(username)) == stamp

    def forget_account(self, username: str) -> None:
        self.slots.remove(account_slot(username))
        with storage_faults():
            self.slots.save()

    def forget_stale_accounts(self, current: dict[str, str | None]) -> list[str]:
        """Remove the slots of accounts that are disabled or gone (None, absent) or whose
        password changed since their slot was made (another stamp; a slot of a release before
        stamps is left to the next sign-in): in office mode such changes come from another
        desk, and an old or disabled password must not open this desk's file. The next
        sign-in with the current password wraps the key again."""
        stale = []
        for name in self.slots.names():
            if not name.startswith(ACCOUNT_SLOT_PREFIX):
                continue
            username, stamp = name.removeprefix(ACCOUNT_SLOT_PREFIX), self.slots.stamp(name)
            now_stamp = current.get(username)
            if now_stamp is None or (stamp is not None and stamp != now_stamp):
                stale.append(username)
        for username in stale:
            self.slots.remove(account_slot(username))
        if stale:
            with storage_faults():
                self.slots.save()
        return stale

    def remember_in_keyring(self) -> bool:
        return keyring_vault.store_key(self.slots.desk_id, self.key)


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def read_slots(data_dir: Path) -> KeySlots | None:
    return KeySlots.load(key_file(data_dir))


def key_from_keyring(slots: KeySlots) -> bytes | None:
    return keyring_vault.load_key(slots.desk_id)


def unlock_with_password(slots: KeySlots, username: str, password: str) -> bytes:
    """The key from `username`'s slot; WrongSecretError for an unknown user or wrong password."""
    return slots.unwrap(account_slot(username.strip().lower()), password)


class PasswordUnlock:
    """Opening the desk with a password while its database is still closed (no keyring entry).

    The account's lockout lives in the database, which cannot be read yet: failures here are
    counted in memory with the same growing delays, and their number is written to the audit
    trail once the desk is open (`unrecorded_failures`). Used from one worker thread.
    """

    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._locked_until: dict[str, dt.datetime] = {}
        self.unrecorded_failures = 0

    def unlock(self, slots: KeySlots, username: str, password: str) -> bytes:
        """The database key, or LoginRefusedError (wrong credentials, or locked for a while)."""
        name = username.strip().lower()
        now = self._clock()
        until = self._locked_until.get(name)
        if until is not None and until > now:
            raise LoginRefusedError(LoginRefusal.LOCKED, until)
        try:
            key = unlock_with_password(slots, name, password)
        except WrongSecretError as error:
            self.unrecorded_failures += 1
            failures = self._failures.get(name, 0) + 1
            self._failures[name] = failures
            lock = lock_after_failure(failures)
            if lock is not None:
                self._locked_until[name] = now + lock
            raise LoginRefusedError(LoginRefusal.WRONG_CREDENTIALS) from error
        self._failures.pop(name, None)
        return key


def key_from_recovery_key(recovery_key: str) -> bytes:
    """The key the recovery key stands for; whether it opens the desk is checked on opening."""
    return database_key_from_recovery_key(recovery_key)


__all__ = [
    "DeskKeys",
    "KeySlots",
    "PasswordUnlock",
    "WrongSecretError",
    "key_file",
    "key_from_keyring",
    "read_slots",
    "unlock_with_password",
    "key_from_recovery_key",
]
