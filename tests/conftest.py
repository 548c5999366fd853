"""Shared fixtures: real desks on real SQLite files in temporary folders.

Opening a new desk migrates it and loads 91,600 regions (about a second), so one template desk
is built per test session and each test gets its own copy of its folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import datetime as dt
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.complaint import ComplaintDraft, ComplaintType, Reporter
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, create_desk, open_desk
from desktop.services.keys import key_from_recovery_key

# Tests never touch the developer's own credential store: no keyring, as on CI machines, unless
# a test installs its stand-in (tests/services/test_desk_keys.py).
keyring.set_keyring(keyring.backends.fail.Keyring())

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "Kata-sandi-uji-2026"


def first_admin() -> NewAccount:
    return NewAccount(ADMIN_USERNAME, "Admin Meja", Role.ADMIN, ADMIN_PASSWORD, ADMIN_PASSWORD)


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """A test must stop every thread it started (task runners, executors)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads left running: {[t.name for t in left]}"


@dataclass(frozen=True)
class TemplateDesk:
    folder: Path
    recovery_key: str

    @property
    def key(self) -> bytes:
        return key_from_recovery_key(self.recovery_key)


@pytest.fixture
def jakarta_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk PC's clock in Western Indonesian Time (UTC+7): "today" is a local date."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def template_desk(tmp_path_factory: pytest.TempPathFactory) -> TemplateDesk:
    """A new desk with its first admin; the OS keyring is not used in tests."""
    folder = tmp_path_factory.mktemp("template-desk") / "desk"
    created = create_desk(folder, regions_csv(), first_admin())
    created.opened.desk.close()
    return TemplateDesk(folder, created.recovery_key)


@pytest.fixture(scope="session")
def template_desk_dir(template_desk: TemplateDesk) -> Path:
    return template_desk.folder


@pytest.fixture(scope="session")
def cli_seeded_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A desk seeded with 3 complaints by `python -m desktop seed`, once per session, and its
    recovery key. Creating a desk that way takes about 5 s; command-line tests that need some
    desk rather than the seeding itself work on a copy (tests.test_cli.copy_of_seeded_desk)."""
    from tests.test_cli import seed_new_desk

    folder = tmp_path_factory.mktemp("cli-seeded") / "desk"
    return folder, seed_new_desk(folder, 3)


@pytest.fixture
def desk_key(template_desk: TemplateDesk) -> bytes:
    return template_desk.key


@pytest.fixture
def desk_dir(template_desk_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk_dir, folder)
    return folder


@pytest.fixture
def desk(desk_dir: Path, desk_key: bytes) -> Iterator[Desk]:
    """The copied desk, opened, with its admin signed in."""
    opened = open_desk(desk_dir, regions_csv(), desk_key)
    opened.desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    yield opened.desk
    opened.desk.close()


def category_id(desk: Desk, path: str = "Infrastruktur › Jalan dan Jembatan") -> int:
    return next(c.id for c in desk.reference.categories() if c.path == path)


def good_draft(desk: Desk, **changes: object) -> ComplaintDraft:
    """A complete walk-in Pengaduan that passes every rule."""
    values: dict[str, object] = {
        "type": ComplaintType.PENGADUAN,
        "category_id": category_id(desk),
        "title": "Jalan berlubang di depan SDN 2",
        "description": "Sejak bulan lalu jalan di depan SDN 2 berlubang besar dan sudah "
        "dua kali membuat pengendara motor jatuh.",
        "incident_date": dt.date.today() - dt.timedelta(days=8),
        "region_code": "32.01.01.1001",
        "incident_address": "Jl. Mayor Oking No. 5",
        "reporter": Reporter(
            name="Siti Rahmawati",
            nik="3201014508900002",
            phone="0812-3456-7890",
            email="siti@contoh.id",
            address="Jl. Melati 3, Cibinong",
        ),
        "privacy_acknowledged": True,
    }
    values.update(changes)
    return ComplaintDraft(**values)  # type: ignore[arg-type]


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


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)
