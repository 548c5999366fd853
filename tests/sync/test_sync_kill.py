"""Exactly once across crashes: the headless sync process (`python -m sync run --once`) is
killed (SIGKILL; TerminateProcess on Windows) at random moments, over and over, while the
desk keeps recording complaints and answers, with the hub's faults on in some trials. Then
rounds run to completion and the national side holds everything once, and the desk's database
is intact.

Why this can work: an item is committed SENDING before its request leaves, a process that dies
leaves it SENDING, and the next round turns it UNKNOWN and asks the national side before
sending anything again (`sync.engine`, `sync.reconcile`).
"""

from __future__ import annotations

import logging
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.domain.outbox import OutboxState
from desktop.services.desk import Desk
from sync.hub.faults import KINDS
from sync.report import RoundOutcome
from sync.setup import build_engine
from tests.helpers import ROOT
from tests.helpers.desks import TemplateDesk
from tests.helpers.exactly_once import (
    VARIED,
    Person,
    assert_exactly_once,
    creates_answer_lost,
    figures,
    integrity,
    map_categories_by_hand,
    owed,
    record_workload,
    rounds_until_settled,
)
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import MovableClock, point_desk_at

TRIALS = 50
FIRST_BATCH = 20
PER_TRIAL = 2  # 20 + 50 x 2 = 120 complaints
# Half the trials kill at a random moment of the process's life (starting, migrating, opening,
# sending): a round with nothing left to send ends in about a second here. The other half kill
# right after the hub has taken a random number of the process's requests, so they cut the
# exchange itself short however long start-up takes on a loaded machine (a time window alone
# sometimes never reached the first request under load).
KILL_AFTER_S = (0.3, 1.8)
KILL_AFTER_REQUESTS = (1, 12)
GIVE_UP_S = 60.0
SEED = 20261129


def wait_for_requests(hub: InProcessHub, process: subprocess.Popen[bytes], count: int) -> int:
    """The process's exit code if it ends before the hub has taken `count` more requests;
    TimeoutExpired as soon as it has (the moment to kill it)."""
    start = hub.stats()["requests"]
    deadline = time.monotonic() + GIVE_UP_S
    while time.monotonic() < deadline:
        code = process.poll()
        if code is not None:
            return code
        if hub.stats()["requests"] - start >= count:
            raise subprocess.TimeoutExpired(process.args, count)
        time.sleep(0.005)
    raise subprocess.TimeoutExpired(process.args, GIVE_UP_S)


@pytest.mark.slow
@pytest.mark.serial
@pytest.mark.parametrize("varied", [False, True], ids=["hub-shapes", "lookup-off-shapes-varied"])
def test_killing_the_sync_process_at_random_moments_loses_and_doubles_nothing(
    desk: Desk,
    desk_dir: Path,
    template_desk: TemplateDesk,
    hub: InProcessHub,
    tmp_path: Path,
    varied: bool,
) -> None:
    rng = random.Random(SEED)
    point_desk_at(desk, hub)
    if varied:
        map_categories_by_hand(desk, hub)
        hub.set_variants(**VARIED)
    work = record_workload(desk, FIRST_BATCH, tmp_path / "files-0")
    env = {**os.environ, RECOVERY_KEY_ENV: template_desk.recovery_key}
    command = [sys.executable, "-m", "sync", "run", "--once", "--quiet", "--data-dir"]
    endings: Counter[str] = Counter()

    for trial in range(TRIALS):
        faulty = trial % 3 == 1
        hub.set_faults(0.3 if faulty else 0.0, list(KINDS), seed=SEED + trial)
        with subprocess.Popen(
            [*command, str(desk_dir)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as process:
            try:
                if trial % 2:
                    code = process.wait(timeout=rng.uniform(*KILL_AFTER_S))
                else:
                    code = wait_for_requests(hub, process, rng.randint(*KILL_AFTER_REQUESTS))
                endings[f"exit {code}"] += 1
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                endings["killed"] += 1
                # Items the dead process had claimed: it was cut off mid-request.
                endings["items cut off mid-request"] += owed(desk).get(OutboxState.SENDING, 0)
        assert integrity(desk) == "ok", f"after the process of trial {trial}: {endings}"
        # Meanwhile the desk goes on recording (complaints, answers, forwards).
        more = record_workload(
            desk,
            PER_TRIAL,
            tmp_path / f"files-{trial + 1}",
            first_number=FIRST_BATCH + trial * PER_TRIAL,
        )
        work.add(more)
        assert integrity(desk) == "ok", f"after recording in trial {trial}"

    # Many trials really were cut short, some of them mid-request.
    assert endings["killed"] >= TRIALS // 3, endings
    assert endings["items cut off mid-request"] > 0, endings
    logging.getLogger("tests").info("kill trials: %s", dict(endings))
    hub.clear_faults()
    clock = MovableClock()
    person = Person(hub)
    reports = rounds_until_settled(
        build_engine(desk, clock=clock), desk, clock, max_rounds=50, person=person
    )

    assert desk.worklist.count() == len(work.uuids) == FIRST_BATCH + TRIALS * PER_TRIAL
    assert_exactly_once(desk, hub, work)
    label = f"kill trials {dict(endings)}"
    print(figures(label, work, reports, person, creates_answer_lost(hub)))  # noqa: T201


@pytest.mark.slow
@pytest.mark.serial
def test_the_documented_command_line_takes_the_data_folder_after_the_command(
    desk_dir: Path, template_desk: TemplateDesk
) -> None:
    env = {**os.environ, RECOVERY_KEY_ENV: template_desk.recovery_key}
    for args in (
        ["run", "--once", "--data-dir", str(desk_dir)],  # as the IT guide and CONVENTIONS write it
        ["--data-dir", str(desk_dir), "run", "--once"],
    ):
        ran = subprocess.run(
            [sys.executable, "-m", "sync", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        # Opened the desk and found synchronisation not configured (not a usage error).
        assert ran.returncode == RoundOutcome.NOT_CONFIGURED.value, ran.stderr
