"""Hostile or mistaken input on the command line: one `error:` line (or one line per problem of
a provisioning file), a non-zero exit, and nothing of the desk changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.services.keys import key_from_recovery_key
from desktop.store.database import connect
from tests.helpers.cli import copy_of_seeded_desk, provision

DEV_ZERO = Path("/dev/zero")
needs_dev_zero = pytest.mark.skipif(not DEV_ZERO.exists(), reason="a device that never ends")


def desk_data(folder: Path, recovery_key: str) -> dict[str, list[Any]]:
    """What provisioning could change, and the register, row by row."""
    connection = connect(folder / "meja-aduan.sqlite", key_from_recovery_key(recovery_key))
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("setting", "national_mapping", "complaint", "category", "institution")
        }
    finally:
        connection.close()


def one_error_line(result: Any, starts: str) -> None:
    assert result.stderr.startswith(f"error: {starts}"), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.fixture
def seeded(tmp_path: Path, cli_seeded_desk: tuple[Path, str]) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "desk"
    return folder, {RECOVERY_KEY_ENV: copy_of_seeded_desk(cli_seeded_desk, folder)}


def test_a_hostile_provisioning_file_gives_one_line_per_problem_and_changes_nothing(
    tmp_path: Path, seeded: tuple[Path, dict[str, str]]
) -> None:
    folder, key = seeded
    before = desk_data(folder, key[RECOVERY_KEY_ENV])
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(
        "[office]\n"
        'code = "3201"\n'
        'name = "Kantor\\u0000 Camat \\u001b[31mMERAH"\n'
        "[mapping.channel]\n"
        'teleportation = "9"\n'
        "[sla]\n"
        # 80,000 times the same day (under the 1 MB a provisioning file may have): one problem.
        f"days_off = [{', '.join(['2026-08-17'] * 80_000)}]\n",
        encoding="utf-8",
    )
    result = provision("--data-dir", str(folder), "provision", str(hostile), env=key)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "hostile.toml:3: office.name: holds a control character (NUL, a terminal escape ...)",
        "hostile.toml:5: mapping.channel.teleportation: names nothing on this desk "
        "(walk_in, phone, letter, email, sms, social_media, other)",
        "hostile.toml:7: sla.days_off: dates given more than once: 2026-08-17",
        "error: 3 problems in hostile.toml; nothing was applied",
    ]
    assert desk_data(folder, key[RECOVERY_KEY_ENV]) == before

    # Each problem once, with its line: no [office] (and nothing made up about office.name),
    # and a day both off and worked named by its date.
    both = tmp_path / "both.toml"
    both.write_text("[sla]\ndays_off = [2026-08-17]\ndays_worked = [2026-08-17]\n")
    result = provision("--data-dir", str(folder), "provision", str(both), env=key)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "both.toml: office: required",
        "both.toml:3: sla.days_worked: a day cannot be both off and worked: 2026-08-17",
        "error: 2 problems in both.toml; nothing was applied",
    ]
    # A mapping key that names no category of this desk (checked once the desk is known).
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(
        '[office]\ncode = "3201"\nname = "Kecamatan"\n'
        '[mapping.category]\n"Infrastruktur › Teleportasi" = "88"\n'
    )
    result = provision("--data-dir", str(folder), "provision", str(unknown), env=key)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(
        "unknown.toml:5: mapping.category.Infrastruktur › Teleportasi: names nothing on this desk: "
        "give a category's path (Parent › Child) or id"
    )
    assert desk_data(folder, key[RECOVERY_KEY_ENV]) == before


def test_a_provisioning_file_nested_100000_deep_is_one_problem_on_a_fresh_folder(
    tmp_path: Path,
) -> None:
    nested = tmp_path / "nested.toml"
    nested.write_text("x = " + "[" * 100_000 + "\n", encoding="utf-8")
    fresh = tmp_path / "desk"
    result = provision("--data-dir", str(fresh), "provision", str(nested))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "nested.toml: not valid TOML: nested too deeply",
        "error: 1 problem in nested.toml; nothing was applied",
    ]
    assert not fresh.exists() or not any(fresh.iterdir())  # no desk made


@needs_dev_zero
def test_endless_files_are_refused_in_one_line(
    tmp_path: Path, seeded: tuple[Path, dict[str, str]]
) -> None:
    folder, key = seeded
    before = desk_data(folder, key[RECOVERY_KEY_ENV])

    as_provisioning = provision("--data-dir", str(folder), "provision", str(DEV_ZERO), env=key)
    assert as_provisioning.returncode == 1
    one_error_line(as_provisioning, "/dev/zero is larger than 1,000 KB")

    as_recovery_key = provision(
        "--data-dir", str(folder), "--recovery-key-file", str(DEV_ZERO), "audit", "verify"
    )
    assert as_recovery_key.returncode == 1
    one_error_line(as_recovery_key, "the recovery key file /dev/zero is not one")

    naming = tmp_path / "creds.toml"
    naming.write_text(
        '[office]\ncode = "3201"\nname = "Kecamatan"\n[lapor]\ncredentials_file = "/dev/zero"\n'
    )
    as_credentials = provision("--data-dir", str(folder), "provision", str(naming), env=key)
    assert as_credentials.returncode == 1
    assert as_credentials.stderr.splitlines() == [
        'creds.toml:5: lapor.credentials_file: the credentials file must hold key = "..." '
        'and token = "..." only (larger than 1 MB)',
        "error: 1 problem in creds.toml; nothing was applied",
    ]
    assert desk_data(folder, key[RECOVERY_KEY_ENV]) == before


def test_seeding_a_billion_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    fresh = tmp_path / "desk"
    result = provision("--data-dir", str(fresh), "seed", "--count", "1000000000")
    assert result.returncode == 2
    one_error_line(result, "--count must be at most 1,000,000")
    assert not fresh.exists()
