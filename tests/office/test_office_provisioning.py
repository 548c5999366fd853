"""Joining an office from IT staff's provisioning file: `[office] join_code`, applied by
`python -m desktop --data-dir D provision FILE` against a real office server process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.office import JoinCode, encode_join_code
from desktop.services.provisioning_file import check_file
from tests.helpers.desks import TemplateDesk
from tests.helpers.office import OfficeServer, copy_template, run_module

pytestmark = pytest.mark.slow

FILE = """\
[office]
code = "3201"
name = "Kecamatan Cibinong"
join_code = "{code}"

[desk]
idle_lock_minutes = 7
"""


@pytest.fixture
def server(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), template_desk.recovery_key
    )
    running.start()
    yield running
    running.stop()


def _recovery_key(stdout: str) -> str:
    prefix = "recovery key (shown once, keep it safe): "
    return next(line[len(prefix) :] for line in stdout.splitlines() if line.startswith(prefix))


def test_a_fresh_folder_provisioned_with_a_join_code_joins_the_office(
    server: OfficeServer, tmp_path: Path
) -> None:
    file = tmp_path / "desk.toml"
    file.write_text(FILE.format(code=server.join_code(label="Loket 2")), encoding="utf-8")
    fresh = tmp_path / "loket-2"
    done = run_module("desktop", "--data-dir", str(fresh), "provision", str(file))
    assert done.returncode == 0, done.stderr
    assert "setting(s) changed" in done.stdout
    assert "joined office 3201 as desk L1" in done.stdout
    key = _recovery_key(done.stdout)
    status = run_module("sync", "--data-dir", str(fresh), "status", recovery_key=key)
    assert status.stdout.splitlines()[0].startswith(f"office: desk L1 of {server.address} ")

    # The same file again (its code used up): the desk keeps its office, nothing fails.
    again = run_module(
        "desktop", "--data-dir", str(fresh), "provision", str(file), recovery_key=key
    )
    assert again.returncode == 0, again.stderr
    assert f"this desk is desk L1 of {server.address} already" in again.stdout


def test_a_used_code_leaves_the_settings_applied_and_says_how_to_join_later(
    server: OfficeServer, template_desk: TemplateDesk, tmp_path: Path
) -> None:
    code = server.join_code()
    first = run_module("desktop", "--data-dir", str(tmp_path / "a"), "office", "join", code)
    assert first.returncode == 0, first.stderr
    file = tmp_path / "desk.toml"
    file.write_text(FILE.format(code=code), encoding="utf-8")
    other = copy_template(template_desk, tmp_path / "b")
    done = run_module(
        "desktop",
        "--data-dir",
        str(other),
        "provision",
        str(file),
        recovery_key=template_desk.recovery_key,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: the settings were applied, but this desk did not join its office: this join "
        "code was used already: ask for a new one; join later with `office join CODE` (ask for "
        "a new code if this one was used)"
    ]
    status = run_module(
        "sync", "--data-dir", str(other), "status", recovery_key=template_desk.recovery_key
    )
    assert "office:" not in status.stdout.splitlines()[0]


def test_a_cut_join_code_is_refused_with_the_file_and_nothing_is_made(tmp_path: Path) -> None:
    file = tmp_path / "desk.toml"
    file.write_text(FILE.format(code="MA1-abc"), encoding="utf-8")
    fresh = tmp_path / "fresh"
    done = run_module("desktop", "--data-dir", str(fresh), "provision", str(file))
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "desk.toml:4: office.join_code: not a whole join code: copy it again (it starts with MA1-)"
    )
    assert not fresh.exists() or not any(fresh.iterdir())


def test_a_file_for_every_user_of_the_pc_may_not_hold_a_join_code(tmp_path: Path) -> None:
    code = encode_join_code(JoinCode("https://192.168.1.10:8443", "ab" * 32, "token"))
    text = FILE.format(code=code)
    checked = check_file(text, tmp_path, for_all_users=True)
    assert [(p.line, p.field, p.code.value) for p in checked.problems] == [
        (4, "office.join_code", "join_code_for_all_users")
    ]
    assert check_file(text, tmp_path).problems == ()
