"""A seeding killed half-way (kill -9, a power cut) leaves no complaint without its audit entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.services.keys import key_from_recovery_key
from desktop.store.database import connect
from tests.helpers import ROOT
from tests.helpers.cli import copy_of_seeded_desk, run_cli


def seeded_and_recorded(folder: Path, recovery_key: str) -> tuple[int, int]:
    """Complaints in the desk, and how many the seeding's audit entries account for."""
    connection = connect(folder / "meja-aduan.sqlite", key_from_recovery_key(recovery_key))
    try:
        complaints = connection.execute("SELECT count(*) FROM complaint").fetchone()[0]
        entries = connection.execute(
            "SELECT details FROM audit_entry WHERE action = 'demo.seeded'"
        ).fetchall()
    finally:
        connection.close()
    return complaints, sum(json.loads(row[0])["count"] for row in entries)


def test_a_seeding_killed_half_way_has_an_entry_for_every_complaint_it_left(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    folder = tmp_path / "desk"
    recovery_key = copy_of_seeded_desk(cli_seeded_desk, folder)
    env = {**os.environ, RECOVERY_KEY_ENV: recovery_key, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(folder), "seed"]
    seeding = subprocess.Popen(
        [*command, "--count", "60000", "--without-history", "--random-seed", "4"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(120, seeding.kill)  # bounded: a hung child fails the test
    watchdog.start()
    try:
        assert seeding.stderr is not None
        for line in seeding.stderr:
            if line.strip().startswith("10,000/"):  # the first batch is committed
                break
        seeding.kill()  # SIGKILL: the second batch is cut wherever it is
        seeding.wait()
    finally:
        watchdog.cancel()
        watchdog.join()
        if seeding.stderr is not None:
            seeding.stderr.close()
    assert seeding.returncode != 0

    complaints, recorded = seeded_and_recorded(folder, recovery_key)
    # Every complaint (the fixture's 3 were seeded too) has its batch's entry.
    assert complaints >= 10_003 and complaints == recorded
    verified = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    assert f"{complaints:,} complaint(s) accounted for" in verified.stdout
