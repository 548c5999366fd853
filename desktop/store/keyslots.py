"""The database key, and the file of slots that hold it wrapped (`desk-keys.json`).

The desk's data is encrypted with one random 256-bit key. It is never written down in clear:
each slot holds it encrypted (AES-256-GCM) under a key derived with argon2id from a secret a
person knows: an account's password. The recovery key shown once at set-up is not in the file
at all: the database key is derived from it (HKDF), so even a lost key file and a lost OS
keyring entry (see `keyring_vault`) lose nothing while the recovery key is kept.

The file itself is not secret. Each slot's associated data names the desk and the slot, so a
slot copied from another desk or renamed does not open.

It also keeps the key's check value: an HMAC of a constant under the database key. It tells
nothing about the key (256 random bits, or derived from a 200-bit recovery key), but lets the
desk tell "this key is wrong" from "this key is right and the database file is damaged" when the
database does not open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.files import replaced_atomically

KEY_BYTES = 32
_FORMAT = 1
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back
_RECOVERY_GROUPS = 8
_RECOVERY_GROUP_LENGTH = 5


class KeyFileError(Exception):
    """The key file is missing pieces or is not ours: nothing can be unwrapped from it."""


class WrongSecretError(Exception):
    """The password or recovery key does not open this slot (or the slot does not exist)."""


@dataclass(frozen=True)
class KdfCost:
    """argon2id parameters; about 0.2 s on a desk PC, so guessing is slow and login is not."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def as_dict(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfCost:
        cost = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        # The file is not authenticated: a tampered cost must not hang or exhaust the PC.
        if not (1 <= cost.time_cost <= 10 and 8 <= cost.memory_kib <= 1024 * 1024):
            raise ValueError("key slot cost out of range")
        if not 1 <= cost.parallelism <= 16:
            raise ValueError("key slot cost out of range")
        return cost


ACCOUNT_SLOT_PREFIX = "account:"


def account_slot(username: str) -> str:
    return f"{ACCOUNT_SLOT_PREFIX}{username}"


def new_recovery_key() -> str:
    """Forty random characters (200 bits) in groups of five, e.g. `K7MQ2-...`."""
    groups = (
        "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUP_LENGTH))
        for _ in range(_RECOVERY_GROUPS)
    )
    return "-".join(groups)


def database_key_from_recovery_key(recovery_key: str) -> bytes:
    """The database key a recovery key stands for. The recovery key holds 200 random bits, so
    a fast derivation is as strong as a slow one."""
    canonical = normalise_recovery_key(recovery_key).encode("ascii", "replace")
    derive = HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"meja-aduan database key"
    )
    return derive.derive(canonical)


def normalise_recovery_key(typed: str) -> str:
    """The canonical form of a typed recovery key: upper case, grouped as shown."""
    plain = "".join(ch for ch in typed.upper() if ch.isalnum())
    size = _RECOVERY_GROUP_LENGTH
    return "-".join(plain[i : i + size] for i in range(0, len(plain), size))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_check_value(key: bytes) -> str:
    """The key's check value: HMAC-SHA256 of a constant under it (not secret)."""
    return hmac.new(key, b"meja-aduan database key check", hashlib.sha256).hexdigest()


class KeySlots:
    """The slots of one desk, as read from (and written back to) its key file."""

    def __init__(
        self,
        path: Path,
        desk_id: str,
        slots: dict[str, dict[str, Any]],
        key_check: str | None = None,
    ) -> None:
        self.path = path
        self.desk_id = desk_id
        self._slots = slots
        self.key_check = key_check

    def set_key_check(self, key: bytes) -> None:
        self.key_check = key_check_value(key)

    def key_check_matches(self, key: bytes) -> bool | None:
        """Whether `key` is this desk's key; None when the file has no check value (a desk
        made before it was kept: it gets one the next time its key opens it)."""
        if self.key_check is None:
            return None
        return hmac.compare_digest(self.key_check, key_check_value(key))

    @classmethod
    def new(cls, path: Path) -> KeySlots:
        return cls(path, str(uuid.uuid4()), {})

    @classmethod
    def load(cls, path: Path) -> KeySlots | None:
        """The key file at `path`, or None when there is none."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ValueError, UnicodeDecodeError) as error:
            raise KeyFileError(f"{path.name} is not readable: {error}") from error
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise KeyFileError(f"{path.name} has an unknown format")
        slots = data.get("slots")
        if not isinstance(slots, dict) or not isinstance(data.get("desk_id"), str):
            raise KeyFileError(f"{path.name} has no slots")
        check = data.get("key_check")
        return cls(path, data["desk_id"], slots, check if isinstance(check, str) else None)

    def names(self) -> list[str]:
        return sorted(self._slots)

    def has(self, name: str) -> bool:
        return name in self._slots

    def stamp(self, name: str) -> str | None:
        slot = self._slots.get(name)
        return None if slot is None else str(slot.get("stamp", ""))

    def wrap(
        self, name: str, secret: str, key: bytes, cost: KdfCost | None = None, stamp: str = ""
    ) -> None:
        """Put `key` in slot `name`, locked by `secret` (replacing what was there).

        `stamp` says which version of the secret this is (when the password was set), so a
        slot left behind by a failed write can be recognised and made again."""
        cost = cost or KdfCost()
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_derive(secret, salt, cost)).encrypt(nonce, key, self._context(name))
        self._slots[name] = {
            "kdf": "argon2id",
            "cost": cost.as_dict(),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "stamp": stamp,
        }

    def unwrap(self, name: str, secret: str) -> bytes:
        slot = self._slots.get(name)
        if slot is None:
            # As slow as a real slot, so the time taken does not tell which accounts exist.
            _derive(secret, bytes(16), KdfCost())
            raise WrongSecretError(name)
        try:
            cost = KdfCost.from_dict(slot["cost"])
            salt, nonce = _unb64(slot["salt"]), _unb64(slot["nonce"])
            wrapped = _unb64(slot["wrapped"])
        except (KeyError, TypeError, ValueError) as error:
            raise KeyFileError(f"slot {name!r} is damaged") from error
        try:
            return AESGCM(_derive(secret, salt, cost)).decrypt(nonce, wrapped, self._context(name))
        except InvalidTag as error:
            raise WrongSecretError(name) from error

    def remove(self, name: str) -> None:
        self._slots.pop(name, None)

    def save(self) -> None:
        """Write the file atomically: a crash leaves the old file or the new one, never half."""
        data: dict[str, Any] = {"format": _FORMAT, "desk_id": self.desk_id, "slots": self._slots}
        if self.key_check is not None:
            data["key_check"] = self.key_check
        with replaced_atomically(self.path) as handle:
            json.dump(data, handle, indent=2, sort_keys=True)

    def _context(self, name: str) -> bytes:
        return f"meja-aduan:{self.desk_id}:{name}".encode()


def _derive(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
