"""The command line as IT staff script it: one clear line, a meaningful exit code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Meja Aduan {desktop.__version__}"


def test_self_test_on_a_fresh_folder_leaves_the_desk_empty(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("self-test passed")
    with sqlite3.connect(tmp_path / "meja-aduan.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM complaint").fetchone() == (0,)
    connection.close()


def test_seed_then_self_test_counts_them(tmp_path: Path) -> None:
    seeded = run_cli("--data-dir", str(tmp_path), "seed", "--count", "250")
    assert seeded.returncode == 0, seeded.stderr
    assert seeded.stdout.startswith("seeded 250 complaints")
    checked = run_cli("--data-dir", str(tmp_path), "--self-test")
    assert checked.returncode == 0
    assert "250 complaints" in checked.stdout


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: no display found")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_database_from_a_newer_version_is_refused_in_one_line(tmp_path: Path) -> None:
    assert run_cli("--data-dir", str(tmp_path), "seed", "--count", "1").returncode == 0
    with sqlite3.connect(tmp_path / "meja-aduan.sqlite") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    result = run_cli("--data-dir", str(tmp_path), "--self-test")
    assert result.returncode == 1
    assert "newer Meja Aduan" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_bad_arguments_exit_with_usage(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "seed", "--count", "0")
    assert result.returncode == 2
    assert "at least 1" in result.stderr
