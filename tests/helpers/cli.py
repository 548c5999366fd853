"""The command line in its own process, as IT staff script it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.app.headless import ADMIN_PASSWORD_ENV, RECOVERY_KEY_ENV
from tests.helpers import ROOT


def run_cli(
    *args: str, env: dict[str, str] | None = None, whole_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command with this environment plus `env`, or exactly `whole_env`."""
    environment = dict(whole_env) if whole_env is not None else {**os.environ, **(env or {})}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def seed_new_desk(folder: Path, count: int) -> str:
    """Seed a new desk; returns the recovery key it printed once."""
    seeded = run_cli("--data-dir", str(folder), "seed", "--count", str(count))
    assert seeded.returncode == 0, seeded.stderr
    lines = seeded.stdout.splitlines()
    assert lines[-1].startswith(f"seeded {count:,} complaints")
    assert any(line.startswith("admin password (shown once): ") for line in lines)
    prefix = "recovery key (shown once, keep it safe): "
    return next(line for line in lines if line.startswith(prefix))[len(prefix) :]


def copy_of_seeded_desk(seeded: tuple[Path, str], folder: Path) -> str:
    """Copies the `cli_seeded_desk` fixture's files into `folder` (which may exist); returns
    its recovery key. For tests that need some desk to work on rather than the seeding."""
    shutil.copytree(seeded[0], folder, dirs_exist_ok=True)
    return seeded[1]


def provision(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """No terminal attached (stdin from /dev/null), as in a scheduled task or CI."""
    inherited = {
        name: value
        for name, value in os.environ.items()
        if name not in (RECOVERY_KEY_ENV, ADMIN_PASSWORD_ENV)  # only what a test gives
    }
    environment = {**inherited, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
