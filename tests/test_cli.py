"""The command line as IT staff script it: one clear line, a meaningful exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.app.headless import ADMIN_PASSWORD_ENV, RECOVERY_KEY_ENV
from desktop.services.keys import key_from_recovery_key
from desktop.store.database import connect
from tests.helpers import ROOT
from tests.helpers.cli import copy_of_seeded_desk, run_cli, seed_new_desk


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Meja Aduan {desktop.__version__}"


@pytest.mark.slow
def test_self_test_on_a_fresh_folder_creates_no_desk_there(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "--self-test")
    assert result.returncode == 0, result.stderr
    # Nothing but the result line: Qt's own warnings (the offscreen plugin's notes) go to the
    # self-test's log, not to the terminal a script reads.
    assert result.stderr == ""
    assert "propagateSizeHints" in (tmp_path / "logs" / "self-test.log").read_text("utf-8")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("self-test passed: no desk here yet")
    # The photo went through the sync engine, re-encoded upright (the sample is turned by its
    # orientation tag: 2400x1800 stored sideways) to at most 1,600 px.
    assert lines[0].endswith("a photo sent to a sandbox hub (1200x1600, no metadata)")
    assert not (tmp_path / "meja-aduan.sqlite").exists()


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("admin-kantor-2026", "it contains the user name (admin)"),
        ("Pendek-1", "it is too short"),
    ],
)
def test_seed_with_a_refused_admin_password_says_why_in_one_line(
    tmp_path: Path, password: str, why: str
) -> None:
    result = run_cli(
        "--data-dir",
        str(tmp_path / "desk"),
        "seed",
        "--count",
        "5",
        env={ADMIN_PASSWORD_ENV: password},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()  # no traceback
    assert line.startswith(f"error: the admin password in {ADMIN_PASSWORD_ENV} was refused: {why}")
    assert "must not contain the user name" in line and line.endswith("nothing was created")
    assert not (tmp_path / "desk" / "meja-aduan.sqlite").exists()


@pytest.mark.slow
def test_seed_then_self_test_counts_them(tmp_path: Path) -> None:
    recovery_key = seed_new_desk(tmp_path / "desk", 250)
    checked = run_cli(
        "--data-dir", str(tmp_path / "desk"), "--self-test", env={RECOVERY_KEY_ENV: recovery_key}
    )
    assert checked.returncode == 0, checked.stderr
    assert "250 complaints" in checked.stdout
    key_file = tmp_path / "recovery.txt"  # kept apart from the data folder
    key_file.write_text(recovery_key + "\n", encoding="utf-8")
    from_file = run_cli(
        "--data-dir", str(tmp_path / "desk"), "--recovery-key-file", str(key_file), "--self-test"
    )
    assert from_file.returncode == 0, from_file.stderr


@pytest.mark.slow
def test_without_a_key_source_headless_commands_say_which_to_give(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    copy_of_seeded_desk(cli_seeded_desk, tmp_path)
    environment = {k: v for k, v in os.environ.items() if k != RECOVERY_KEY_ENV}
    missing = run_cli("--data-dir", str(tmp_path), "--self-test", whole_env=environment)
    assert missing.returncode == 1
    assert RECOVERY_KEY_ENV in missing.stderr and len(missing.stderr.splitlines()) == 1
    wrong = run_cli(
        "--data-dir",
        str(tmp_path),
        "seed",
        "--count",
        "1",
        env={RECOVERY_KEY_ENV: "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"},
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "error: the recovery key given does not open this desk"


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


def test_a_database_from_a_newer_version_is_refused_in_one_line(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    recovery_key = copy_of_seeded_desk(cli_seeded_desk, tmp_path)
    connection = connect(tmp_path / "meja-aduan.sqlite", key_from_recovery_key(recovery_key))
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    result = run_cli(
        "--data-dir", str(tmp_path), "--self-test", env={RECOVERY_KEY_ENV: recovery_key}
    )
    assert result.returncode == 1
    assert "newer Meja Aduan" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_bad_arguments_exit_with_usage(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "seed", "--count", "0")
    assert result.returncode == 2
    assert "at least 1" in result.stderr


@pytest.mark.slow
def test_audit_verify_reports_an_intact_chain_then_the_tampered_entry(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    recovery_key = copy_of_seeded_desk(cli_seeded_desk, tmp_path)
    env = {RECOVERY_KEY_ENV: recovery_key}
    intact = run_cli("--data-dir", str(tmp_path), "audit", "verify", env=env)
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("audit trail intact:")
    recorded = intact.stdout.strip().rsplit("record ", 1)[1]
    # Entries cut from the end leave a chain that is intact, but shorter than recorded.
    connection = connect(tmp_path / "meja-aduan.sqlite", key_from_recovery_key(recovery_key))
    connection.execute("DELETE FROM audit_entry WHERE id >= (SELECT max(id) - 1 FROM audit_entry)")
    connection.close()
    cut = run_cli("--data-dir", str(tmp_path), "audit", "verify", "--recorded", recorded, env=env)
    assert cut.returncode == 1
    assert cut.stderr.startswith("error: audit trail CUT SHORT")
    connection = connect(tmp_path / "meja-aduan.sqlite", key_from_recovery_key(recovery_key))
    connection.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE id = 1")
    connection.close()
    broken = run_cli("--data-dir", str(tmp_path), "audit", "verify", env=env)
    assert broken.returncode == 1
    assert broken.stderr.startswith("error: audit trail BROKEN at entry 1")


def test_a_recovery_key_file_inside_the_data_folder_is_refused(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    recovery_key = copy_of_seeded_desk(cli_seeded_desk, tmp_path)
    inside = tmp_path / "recovery.txt"
    inside.write_text(recovery_key, encoding="utf-8")
    result = run_cli(
        "--data-dir", str(tmp_path), "--recovery-key-file", str(inside), "--self-test",
        whole_env={k: v for k, v in os.environ.items() if k != RECOVERY_KEY_ENV},
    )  # fmt: skip
    assert result.returncode == 1
    assert "must not be inside the data folder" in result.stderr
