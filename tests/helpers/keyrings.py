"""The OS credential store in tests: never the developer's own, a memory one when asked for."""

from __future__ import annotations

import keyring
import keyring.backends.fail
from keyring.backend import KeyringBackend


def keep_off_the_os_keyring() -> None:
    """No credential store at all, as on CI machines: tests, benchmarks and screenshots must
    not leave keys or credentials in the developer's own (Windows Credential Manager, ...)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS credential store (Windows Credential Manager) in tests."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)
