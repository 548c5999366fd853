"""Office mode in tests: a real office server process on 127.0.0.1, and desks that join it.

The server runs `python -m sync.office serve` on a copy of the session's template desk (its
key from the recovery key, as a headless server gets it), its register in that folder or on a
PostgreSQL database (`database_url`); desks are other copies, opened in the test process with
their admin signed in, or driven through the command line.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.app.paths import regions_csv
from desktop.services.desk import Desk, open_desk
from tests.helpers import ROOT
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk

OFFICE_CODE = "3201"
START_TIMEOUT_S = 60.0
# How a new register (a fresh folder) announces its recovery key (desktop.app.cli).
RECOVERY_KEY_LINE = "recovery key (shown once, keep it safe):"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def office_env(recovery_key: str | None = None) -> dict[str, str]:
    """The environment of a command a test starts: never the developer's own keyring."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop(RECOVERY_KEY_ENV, None)
    if recovery_key is not None:
        env[RECOVERY_KEY_ENV] = recovery_key
    return env


def run_module(
    module: str, *args: str, recovery_key: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=office_env(recovery_key),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )


@dataclass
class OfficeServer:
    """`python -m sync.office serve` in a child process; stopped and started again at will."""

    data_dir: Path
    recovery_key: str
    database_url: str | None = None  # the register on PostgreSQL; None: the embedded one
    serve_args: tuple[str, ...] = ()  # more options for `serve` (e.g. --lapor-every)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None
    # What join codes carry when desks reach the server another way (a proxy in between).
    advertised: str | None = None

    @property
    def address(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = (self.data_dir.parent / "server-stderr.log").open("a")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.office",
                "serve",
                "--data-dir",
                str(self.data_dir),
                "--port",
                str(self.port),
                "--host",
                "127.0.0.1",
                "--office-code",
                OFFICE_CODE,
                *(["--address", self.advertised] if self.advertised else []),
                *(["--database-url", self.database_url] if self.database_url else []),
                *self.serve_args,
            ],
            cwd=ROOT,
            env=office_env(self.recovery_key),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        log.close()
        assert self.process.stdout is not None
        # Blocks until the server says where it is. A fresh folder gets a new register first,
        # announced with its recovery key, which later commands on the folder need.
        said = [self.process.stdout.readline()]
        while said[-1] and not said[-1].startswith("office server for") and len(said) < 6:
            key = said[-1].partition(RECOVERY_KEY_LINE)[2].strip()
            self.recovery_key = key or self.recovery_key
            said.append(self.process.stdout.readline())
        assert said[-1].startswith("office server for"), said
        self._wait_listening()

    def _wait_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                assert self.process is not None and self.process.poll() is None, "server died"
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)  # polling a port with a deadline, not synchronisation

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
            raise
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None

    def kill(self) -> None:
        """SIGKILL (TerminateProcess on Windows): no shutdown, the register as the crash left it."""
        if self.process is None:
            return
        self.process.kill()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None

    def join_code(self, label: str = "", valid_days: int = 7) -> str:
        made = run_module(
            "sync.office",
            "join-code",
            "--data-dir",
            str(self.data_dir),
            "--label",
            label,
            "--valid-days",
            str(valid_days),
            recovery_key=self.recovery_key,
        )
        assert made.returncode == 0, made.stderr
        lines = made.stdout.splitlines()
        assert len(lines) == 1, made.stdout
        return lines[0]


def copy_template(template: TemplateDesk, folder: Path) -> Path:
    shutil.copytree(template.folder, folder)
    return folder


def open_copy(template: TemplateDesk, folder: Path) -> Desk:
    """A copy of the template desk in `folder`, opened, its admin signed in."""
    if not folder.exists():
        copy_template(template, folder)
    desk = open_desk(folder, regions_csv(), template.key).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    return desk


def open_register(server: OfficeServer, template: TemplateDesk) -> Desk:
    """The server's register opened in the test process as the server's commands open it
    (the folder's own database, or the PostgreSQL one the folder names)."""
    from desktop.app.office_register import server_register

    return server_register(open_desk(server.data_dir, regions_csv(), template.key).desk)


def register_account_active(server: OfficeServer, template: TemplateDesk, username: str) -> bool:
    """Whether the server's register holds this account enabled."""
    from sqlalchemy import select

    from desktop.store.schema import Account

    register = open_register(server, template)
    try:
        with register.database.reading() as session:
            query = select(Account.active).where(Account.username == username)
            return bool(session.execute(query).scalar_one())
    finally:
        register.close()


def desk_copies(template: TemplateDesk, root: Path) -> Iterator[Callable[[str], Desk]]:
    """For a fixture: `make(name)` opens a new copy of the template desk under `root`; every
    copy made is closed when the fixture ends."""
    opened: list[Desk] = []

    def make(name: str) -> Desk:
        desk = open_copy(template, root / name)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()


def joined_desk(server: OfficeServer, make: Callable[[str], Desk], name: str) -> Desk:
    """A new desk (`make`: a `new_desk` fixture) joined to `server` with a fresh join code."""
    from sync.office.join import join_office

    desk = make(name)
    join_office(desk, server.join_code(label=name))
    return desk
