"""`python -m sync.hub` as trainers and scripts run it, and what survives a restart."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.helpers import ROOT
from tests.helpers.hub import TIMEOUT, HubProcess, InProcessHub


def test_port_0_prints_the_address_first_and_serves(hub_process: HubProcess) -> None:
    assert hub_process.first_lines[0] == f"hub listening on http://127.0.0.1:{hub_process.port}"
    assert hub_process.port > 0
    assert hub_process.call("GET", "/masters/templates").status_code == 200
    # Credentials given on the command line are not printed.
    assert len(hub_process.first_lines) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to send a child")
def test_sigterm_stops_it_cleanly(hub_process: HubProcess) -> None:
    hub_process.create()
    assert hub_process.terminate() == 0
    assert "hub stopped" in hub_process.log_text()


def test_a_new_database_gets_credentials_printed_once_and_kept(tmp_path: Path) -> None:
    hub = HubProcess.start(tmp_path / "baru.sqlite", credentials=False)
    try:
        key_line, token_line = hub.first_lines[1:]
        assert key_line.startswith("key: ") and token_line.startswith("token: ")
        assert len(hub.token) == 36 and hub.key
        complaint_id = hub.create(title="Lampu jalan mati")
        hub.advance(hours=48)
        clock_before = hub.clock()["epoch"]

        hub.restart()
        assert hub.first_lines == [f"hub listening on {hub.url}"]
        detail = hub.call("GET", f"/complaints/{complaint_id}/complaint")
        assert detail.status_code == 200
        assert detail.json()["results"]["data"]["title"] == "Lampu jalan mati"
        assert hub.clock()["epoch"] >= clock_before
    finally:
        hub.stop()


def test_committed_data_survives_a_killed_hub(hub_process: HubProcess) -> None:
    hub_process.next_faults("drop_after_commit")
    try:
        hub_process.create(tags_raw="meja-aduan:kill")
    except requests.ConnectionError:
        pass
    else:
        raise AssertionError("the answer should have been dropped")
    hub_process.kill()
    hub_process.restart()
    assert [c["tags_raw"] for c in hub_process.complaints()] == ["meja-aduan:kill"]


def test_data_survives_an_in_process_restart(tmp_path: Path) -> None:
    db = tmp_path / "hub.sqlite"
    first = InProcessHub.start(db)
    try:
        complaint_id = first.create()
        first.advance(hours=5)
    finally:
        first.stop()
    second = InProcessHub.start(db)
    try:
        [listed] = second.complaints()
        assert listed["id"] == complaint_id and listed["status_code"] == "2"
        assert second.create() == complaint_id + 1
    finally:
        second.stop()


def test_help_and_bad_arguments() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sync.hub", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )

    shown = run("--help")
    assert shown.returncode == 0 and "--fault-rate" in shown.stdout
    public = run("--db", "unused.sqlite", "--host", "0.0.0.0")
    assert public.returncode == 2 and public.stdout == ""
    assert public.stderr.strip().splitlines() == [
        "hub: the hub listens on 127.0.0.1 only, not 0.0.0.0"
    ]
    unknown = run("--db", "unused.sqlite", "--faults", "gempa")
    assert unknown.returncode == 2 and "gempa" in unknown.stderr
    assert not (ROOT / "unused.sqlite").exists()


def test_faults_from_the_command_line_hit_the_api_only(tmp_path: Path) -> None:
    hub = HubProcess.start(
        tmp_path / "gangguan.sqlite", "--fault-rate", "1", "--faults", "http_503"
    )
    try:
        assert hub.call("GET", "/masters/templates").status_code == 503
        assert hub.stats()["by_fault"] == {"http_503": 1}
    finally:
        hub.stop()


def test_stopping_ends_idle_kept_alive_connections(tmp_path: Path) -> None:
    hub = InProcessHub.start(tmp_path / "hub.sqlite")
    with hub.session() as session:
        assert session.get(hub.url + "/masters/templates", timeout=TIMEOUT).ok
        started = time.monotonic()
        hub.stop()  # the session's connection is still open: its thread must end anyway
        assert time.monotonic() - started < 2
        with pytest.raises(requests.ConnectionError):
            session.get(hub.url + "/masters/templates", timeout=TIMEOUT)
