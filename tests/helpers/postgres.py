"""A throwaway PostgreSQL server for tests: `initdb` in a temporary folder, `pg_ctl start` on a
free port of 127.0.0.1 (and a Unix socket in the same folder), a fresh database per test, and
everything stopped and removed at the end.

Run as root (CI), the server runs as the `postgres` user, which the Debian package creates:
PostgreSQL refuses to run as root. Found in /usr/lib/postgresql/<version>/bin (Debian), on the
PATH, or where `pg_config --bindir` says.

Tests that need it are skipped when the binaries are absent, unless the environment variable
`MEJA_ADUAN_REQUIRE_POSTGRES` is set (CI sets it in .ci/run): then they fail, loudly.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REQUIRE_VARIABLE = "MEJA_ADUAN_REQUIRE_POSTGRES"
SERVICE_USER = "postgres"
START_TIMEOUT_S = 60


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL binaries on this machine."""


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        folder = Path(found.stdout.strip())
        if found.returncode == 0 and (folder / "initdb").exists():
            return folder
    return None


def required() -> bool:
    return bool(os.environ.get(REQUIRE_VARIABLE))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    @classmethod
    def start(cls, folder: Path | None = None, *, fresh: bool = True) -> PostgresServer:
        """A throwaway server in a new temporary folder; or, for a benchmark that keeps what it
        built, one whose data lives in `folder` (initialised there when `fresh`; stop it with
        `stop_keeping`)."""
        bin_dir = binaries()
        if bin_dir is None:
            raise PostgresUnavailableError("no PostgreSQL binaries (initdb, pg_ctl) found")
        if folder is None:
            # Not under pytest's temporary folder: the postgres user must be able to reach it.
            folder = Path(tempfile.mkdtemp(prefix="meja-aduan-pg-"))
        folder.mkdir(parents=True, exist_ok=True)
        if _as_root():
            shutil.chown(folder, SERVICE_USER, SERVICE_USER)
        server = cls(bin_dir, folder, _free_port())
        try:
            if fresh:
                server._run(
                    "initdb",
                    ["-D", str(server.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                    ["--locale=C.UTF-8", "--no-sync"],
                )
            options = (
                f"-p {server.port} -c listen_addresses=127.0.0.1 -k {folder}"
                # Throwaway data: nothing needs to survive a power cut.
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            server._run(
                "pg_ctl",
                ["-D", str(server.data), "-l", str(server.log), "-o", options],
                ["-w", "-t", str(START_TIMEOUT_S), "start"],
            )
        except BaseException:
            if fresh:
                server._remove()
            raise
        return server

    def stop_keeping(self) -> None:
        """Stop the server and keep its data (`start(folder, fresh=False)` starts it again)."""
        self._run("pg_ctl", ["-D", str(self.data), "-m", "fast"], ["-w", "stop"])

    def create_database(self) -> str:
        """A new, empty database; its URL."""
        import psycopg

        name = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def text_search_configurations(self) -> list[str]:
        import psycopg

        with psycopg.connect(self._dsn("postgres")) as connection:
            rows = connection.execute("SELECT cfgname FROM pg_ts_config ORDER BY cfgname")
            return [str(row[0]) for row in rows]

    def stop(self) -> None:
        try:
            self._run("pg_ctl", ["-D", str(self.data), "-m", "fast"], ["-w", "stop"])
        finally:
            self._remove()

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def _run(self, program: str, *arguments: Sequence[str]) -> None:
        command = [str(self.bin_dir / program), *(a for group in arguments for a in group)]
        if _as_root():
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{log[-2000:]}"
            )

    def _remove(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)
