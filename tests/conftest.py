"""Fixtures for every test: real desks on real SQLite files in temporary folders, the real
sandbox hub on 127.0.0.1; and the markers tests get from what they use.

Opening a new desk migrates it and loads 91,600 regions (about a second), so one template desk
is built per test session and each test gets its own copy of its folder. What these fixtures
build on (the test admin, a good draft, hub handles ...) is in tests/helpers/.

Hub fixtures (tests/helpers/hub.py):
- `hub`: an `InProcessHub` serving in a thread of the test process on a new database, with the
  known credentials `HUB_KEY`/`HUB_TOKEN` and seed 1. Attributes `url`, `key`, `token`,
  `db_path`, `headers`; helpers `call()`, `session()`, `upload()`, `create()`, and the controls
  `set_faults()`, `next_faults()`, `clear_faults()`, `advance()`, `clock()`, `complaints()`,
  `stats()`. Stopped (every thread joined) after the test.
- `hub_process`: the same helpers on `python -m sync.hub` in a child process, with `process`,
  `port`, `first_lines`, `terminate()`, `kill()` and `restart()` for crash and restart tests.
- `hub_factory`: starts more in-process hubs (another database, speed, seed); all stopped after.

PostgreSQL fixtures (tests/helpers/postgres.py):
- `postgres_server`: a throwaway server (initdb in a temporary folder, a free port of
  127.0.0.1), one per test session (per xdist worker), stopped and removed at the end. Tests
  using it are skipped when PostgreSQL is not installed, unless MEJA_ADUAN_REQUIRE_POSTGRES is
  set (CI): then they fail.
- `postgres_url`: a new empty database on it for the test (`postgresql+psycopg://...`),
  dropped after.
"""

from __future__ import annotations

import faulthandler
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from desktop.app.paths import regions_csv
from desktop.services.desk import Desk, create_desk, open_desk
from tests.helpers.cli import seed_new_desk
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, first_admin
from tests.helpers.hub import HubProcess, InProcessHub
from tests.helpers.keyrings import MemoryKeyring, keep_off_the_os_keyring
from tests.helpers.postgres import REQUIRE_VARIABLE, PostgresServer, binaries, required

# Tests never touch the developer's own credential store: no keyring, as on CI machines, unless
# a test installs its stand-in (the `os_keyring` fixture).
keep_off_the_os_keyring()

# Fixtures that need a QApplication: a test that uses one (itself or through another fixture)
# drives Qt and is marked `gui`.
QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what a test is from what it uses, rather than by hand: `gui` for every test whose
    fixtures (with the fixtures those depend on) include Qt's, as qutebrowser does.

    Slow tests go first: run in parallel (`make test`), they start while the other processes
    share out the rest, instead of one of them being left alone at the end."""
    for item in items:
        if QT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


# pytest's `faulthandler_timeout` (pyproject: 5 minutes) dumps every thread's stack from a
# watchdog thread that reads the other threads' frames while they run. The long proofs run for
# minutes by design with a hub's threads busy, and that read crashed the whole test process (a
# segfault on CI; reproduced outside pytest with the watchdog alone). Slow tests get a limit
# that fires only when one is truly hung.
SLOW_TEST_HANG_LIMIT_SECONDS = 1200


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("slow") is None:
        return
    faulthandler.cancel_dump_traceback_later()
    # The stream pytest's faulthandler plugin dumps to (its copy of the real stderr).
    from _pytest.faulthandler import fault_handler_stderr_fd_key

    stream = item.config.stash.get(fault_handler_stderr_fd_key, None)
    if stream is not None:
        faulthandler.dump_traceback_later(SLOW_TEST_HANG_LIMIT_SECONDS, file=stream)


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """A test must stop every thread it started (task runners, executors)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads left running: {[t.name for t in left]}"


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
    desk rather than the seeding itself work on a copy (tests.helpers.cli.copy_of_seeded_desk)."""
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


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def hub_factory(tmp_path: Path) -> Iterator[Callable[..., InProcessHub]]:
    started: list[InProcessHub] = []

    def start(db_path: Path | None = None, **options: Any) -> InProcessHub:
        running = InProcessHub.start(db_path or tmp_path / f"hub-{len(started)}.sqlite", **options)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def hub(hub_factory: Callable[..., InProcessHub]) -> InProcessHub:
    return hub_factory()


@pytest.fixture
def hub_process(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess.start(tmp_path / "hub-process.sqlite")
    yield process
    process.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if binaries() is None:
        if required():
            pytest.fail(f"PostgreSQL is not installed, and {REQUIRE_VARIABLE} is set")
        pytest.skip(f"PostgreSQL is not installed (set {REQUIRE_VARIABLE} to fail instead)")
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)
