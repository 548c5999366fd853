"""The office mode's command line as IT staff script it: each command its own process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.desks import TemplateDesk
from tests.helpers.office import OfficeServer, copy_template, run_module

pytestmark = pytest.mark.slow


@pytest.fixture
def server(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), template_desk.recovery_key
    )
    running.start()
    yield running
    running.stop()


def test_a_fresh_folder_joins_exchanges_and_reports_its_status(
    server: OfficeServer, template_desk: TemplateDesk, tmp_path: Path
) -> None:
    fresh = tmp_path / "loket-baru"
    code = server.join_code(label="Loket baru")
    joined = run_module("desktop", "--data-dir", str(fresh), "office", "join", code)
    assert joined.returncode == 0, joined.stderr
    assert "joined office 3201 as desk L1" in joined.stdout
    prefix = "recovery key (shown once, keep it safe): "
    recovery_key = next(
        line[len(prefix) :] for line in joined.stdout.splitlines() if line.startswith(prefix)
    )
    # The same code a second time is refused, in one line, and nothing is joined.
    other = tmp_path / "lain"
    copy_template(template_desk, other)
    again = run_module(
        "desktop",
        "--data-dir",
        str(other),
        "office",
        "join",
        code,
        recovery_key=template_desk.recovery_key,
    )
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        "error: not joined: this join code was used already: ask for a new one"
    ]

    ran = run_module("sync", "--data-dir", str(fresh), "run", "--once", recovery_key=recovery_key)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("office exchange: done pushed=")
    status = run_module("sync", "--data-dir", str(fresh), "status", recovery_key=recovery_key)
    assert status.returncode == 0, status.stderr
    office_line = status.stdout.splitlines()[0]
    assert office_line.startswith(f"office: desk L1 of {server.address} waiting=0 ")
    assert "last_outcome=done" in office_line


def test_the_server_refuses_a_database_url_it_cannot_use_yet(tmp_path: Path) -> None:
    served = run_module(
        "sync.office",
        "serve",
        "--data-dir",
        str(tmp_path / "server"),
        "--port",
        "1",
        "--database-url",
        "postgresql+psycopg://postgres@127.0.0.1:54329/postgres",
    )
    assert served.returncode == 2
    assert "not yet supported" in served.stderr
    assert not (tmp_path / "server").exists()


def test_a_desk_that_never_joined_runs_todays_lapor_round_unchanged(
    template_desk: TemplateDesk, tmp_path: Path
) -> None:
    alone = copy_template(template_desk, tmp_path / "sendiri")
    ran = run_module(
        "sync", "--data-dir", str(alone), "run", "--once", recovery_key=template_desk.recovery_key
    )
    assert ran.returncode == 7  # not configured for LAPOR!: today's answer
    assert "office" not in ran.stdout + ran.stderr
