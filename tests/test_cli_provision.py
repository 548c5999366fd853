"""`provision` as IT staff script it: a fresh folder, an existing desk, one line per problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.app.headless import ADMIN_PASSWORD_ENV, RECOVERY_KEY_ENV
from desktop.app.paths import SHARED_CONFIG_ENV
from tests.helpers.cli import provision
from tests.helpers.provisioning import KEY, TOKEN, full_file
from tests.helpers.tls import self_signed

ROOT = Path(__file__).resolve().parents[1]
RECOVERY_PREFIX = "recovery key (shown once, keep it safe): "


def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "kantor-ca.pem").write_bytes(self_signed("Kantor CA")[0])
    (folder / "lapor-credentials.toml").write_text(f'key = "{KEY}"\ntoken = "{TOKEN}"\n')
    (folder / "desk.toml").write_text(full_file(folder / "kantor-ca.pem"), encoding="utf-8")
    return folder


def test_a_bad_file_on_a_fresh_folder_lists_every_problem_and_creates_nothing(
    tmp_path: Path,
) -> None:
    folder = stick(tmp_path)
    text = full_file(folder / "kantor-ca.pem")
    bad = text.replace("verify = 4", "verify = 0").replace('"https://', '"http://')
    (folder / "bad.toml").write_text(bad, encoding="utf-8")
    result = provision("--data-dir", str(tmp_path / "desk"), "provision", str(folder / "bad.toml"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "bad.toml:13: lapor.base_url: https required for a non-local host",
        "bad.toml:33: sla.verify: out of range (1 to 365)",
        "error: 2 problems in bad.toml; nothing was applied",
    ]
    assert not (tmp_path / "desk").exists()


@pytest.mark.slow
def test_a_fresh_folder_becomes_a_provisioned_desk_and_exports_round_trip(
    tmp_path: Path,
) -> None:
    folder = stick(tmp_path)
    first = tmp_path / "desk-1"
    result = provision("--data-dir", str(first), "provision", str(folder / "desk.toml"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("admin password (shown once): ") for line in lines)
    recovery_key = next(line for line in lines if line.startswith(RECOVERY_PREFIX))
    recovery_key = recovery_key[len(RECOVERY_PREFIX) :]
    assert any(line.startswith(f"provisioned {first} from desk.toml: ") for line in lines)
    assert "LAPOR! credentials stored in the desk's encrypted credentials file" in lines
    assert any("is no longer needed: delete it" in line for line in lines)
    assert KEY not in result.stdout and TOKEN not in result.stdout
    assert "language=en" in (first / "interface.ini").read_text()

    exported = tmp_path / "exported.toml"
    key_env = {RECOVERY_KEY_ENV: recovery_key}
    result = provision(
        "--data-dir", str(first), "provision", "--export", str(exported), env=key_env
    )
    assert result.returncode == 0, result.stderr
    text = exported.read_text(encoding="utf-8")
    assert KEY not in text and TOKEN not in text and "Bagian Organisasi" in text

    second = tmp_path / "desk-2"
    result = provision(
        "--data-dir",
        str(second),
        "provision",
        str(exported),
        env={ADMIN_PASSWORD_ENV: "Kata-sandi-uji-2026"},
    )
    assert result.returncode == 0, result.stderr
    assert not any(line.startswith("admin password") for line in result.stdout.splitlines())
    # Synchronisation is on but the export carries no secrets, and nobody is at a terminal.
    assert "note: no LAPOR! key and token are stored yet" in result.stdout
    second_key = next(
        line for line in result.stdout.splitlines() if line.startswith(RECOVERY_PREFIX)
    )[len(RECOVERY_PREFIX) :]
    again = tmp_path / "again.toml"
    result = provision(
        "--data-dir",
        str(second),
        "provision",
        "--export",
        str(again),
        env={RECOVERY_KEY_ENV: second_key},
    )
    assert result.returncode == 0, result.stderr
    assert again.read_text(encoding="utf-8") == text


@pytest.mark.slow
def test_an_existing_desk_takes_a_file_or_refuses_it_whole(tmp_path: Path) -> None:
    folder = stick(tmp_path)
    desk = tmp_path / "desk"
    created = provision("--data-dir", str(desk), "provision", str(folder / "desk.toml"))
    assert created.returncode == 0, created.stderr
    recovery_key = next(
        line for line in created.stdout.splitlines() if line.startswith(RECOVERY_PREFIX)
    )[len(RECOVERY_PREFIX) :]
    key_env = {RECOVERY_KEY_ENV: recovery_key}

    without_key = provision("--data-dir", str(desk), "provision", str(folder / "desk.toml"))
    assert without_key.returncode == 1
    assert without_key.stderr.count("\n") == 1 and without_key.stderr.startswith("error: ")

    change = folder / "change.toml"
    change.write_text(
        '[office]\ncode = "3201"\nname = "Kantor Baru"\n\n[desk]\nlanguage = "id"\n',
        encoding="utf-8",
    )
    result = provision("--data-dir", str(desk), "provision", str(change), env=key_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"provisioned {desk} from change.toml: 1 setting(s) changed, 0 mapping entries set"
    ]
    assert "language=id" in (desk / "interface.ini").read_text()

    before = tmp_path / "before.toml"
    assert (
        provision(
            "--data-dir", str(desk), "provision", "--export", str(before), env=key_env
        ).returncode
        == 0
    )
    change.write_text(
        '[office]\ncode = "3201"\nname = "Lain"\n\n[backups]\nkeep_daily = 0\n', encoding="utf-8"
    )
    refused = provision("--data-dir", str(desk), "provision", str(change), env=key_env)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "change.toml:6: backups.keep_daily: out of range (1 to 400)",
        "error: 1 problem in change.toml; nothing was applied",
    ]
    after = tmp_path / "after.toml"
    assert (
        provision(
            "--data-dir", str(desk), "provision", "--export", str(after), env=key_env
        ).returncode
        == 0
    )
    assert after.read_text(encoding="utf-8") == before.read_text(encoding="utf-8")
    assert "Kantor Baru" in after.read_text(encoding="utf-8")


@pytest.mark.slow
def test_usage_mistakes_are_one_line(tmp_path: Path) -> None:
    neither = provision("--data-dir", str(tmp_path / "desk"), "provision")
    assert neither.returncode == 2
    assert neither.stderr == "error: provision takes a FILE, or --export FILE\n"
    missing = provision("--data-dir", str(tmp_path / "desk"), "provision", str(tmp_path / "no"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "cannot be read" in missing.stderr
    export = provision(
        "--data-dir", str(tmp_path / "desk"), "provision", "--export", str(tmp_path / "x.toml")
    )
    assert export.returncode == 1
    assert export.stderr == f"error: there is no desk in {tmp_path / 'desk'} yet\n"


@pytest.mark.slow
def test_for_all_users_the_file_goes_where_every_new_desk_of_the_pc_is_offered_it(
    tmp_path: Path,
) -> None:
    folder = stick(tmp_path)
    installed = tmp_path / "Meja Aduan"  # stands in for the installation folder
    installed.mkdir()
    env = {SHARED_CONFIG_ENV: str(installed)}
    offered = installed / "desk.toml"

    # Every user can read that file: it may not name a credentials file nor hold a password.
    text = full_file(folder / "kantor-ca.pem").replace(
        "http://proxy.kantor.local:3128", "http://budi:rahasia@proxy.kantor.local:3128"
    )
    (folder / "with-secrets.toml").write_text(text, encoding="utf-8")
    refused = provision("provision", "--for-all-users", str(folder / "with-secrets.toml"), env=env)
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0].startswith("with-secrets.toml:17: lapor.proxy: a file for all users")
    assert lines[1].startswith("with-secrets.toml:21: lapor.credentials_file: a file for all")
    assert "rahasia" not in refused.stderr
    assert list(installed.iterdir()) == []

    text = full_file(folder / "kantor-ca.pem").replace(
        'credentials_file = "lapor-credentials.toml"\n', ""
    )
    (folder / "all-users.toml").write_text(text, encoding="utf-8")
    written = provision("provision", "--for-all-users", str(folder / "all-users.toml"), env=env)
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"{offered} written")
    assert offered.read_text(encoding="utf-8") == text
    assert list(installed.iterdir()) == [offered]  # nothing half-written left beside it
    if os.name == "posix":
        assert offered.stat().st_mode & 0o777 == 0o644  # every user reads it, whatever the umask
