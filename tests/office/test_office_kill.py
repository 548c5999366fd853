"""The office server killed -9 (SIGKILL; TerminateProcess on Windows) in the middle of the
desks' pushes and pulls, over and over, its register on the embedded SQLite or on PostgreSQL.
Three desks record and change complaints between trials and exchange as their own processes,
all at once; the server dies after a random number of their requests went through, and starts
again. Then the desks exchange until settled: every event a desk made is in the server's
register once, and every desk holds the same register.

Why this can work: a desk moves an event to "stored" only from the server's answer, after the
server committed it, and sends it again otherwise; the server stores an event id once and
answers "already stored" with its place. A desk moves its pull position only in the
transaction that applied the events (sync.office.exchange).

A few trials run with `make test` on the embedded register (marked slow: `make check` leaves
them out); on PostgreSQL they run with MEJA_ADUAN_LONG_PROOFS set, as the 50 trials do.
The 50 trials took 3.5 minutes on PostgreSQL and 15 on SQLite on the shared 2-core machine
(docs/benchmarks.md), far more than the LAPOR! kill trials: they run only when
MEJA_ADUAN_LONG_PROOFS is set (then after the parallel part of `make test`, as the other serial
proofs), e.g.

    MEJA_ADUAN_LONG_PROOFS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        -p no:xdist -s tests/office/test_office_kill.py -k fifty
"""

from __future__ import annotations

import logging
import os
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.office.exchange import ExchangeOutcome
from tests.helpers.desks import TemplateDesk
from tests.helpers.office_desks import (
    LONG_PROOFS,
    REGISTERS,
    Office,
    assert_nothing_lost_or_doubled,
    do_office_work,
    finish,
    office_events_of,
    settle_office,
    start_exchanges,
    wait_for_chunks,
)

TRIALS = 50
QUICK_TRIALS = 3
# How many pieces of the desks' requests reach the server before it dies: from the first
# push's handshake to well into the pulls of a trial's exchanges.
KILL_AFTER_CHUNKS = (1, 40)
SEED = 20261207


@pytest.fixture(params=REGISTERS)
def office(
    request: pytest.FixtureRequest, template_desk: TemplateDesk, tmp_path: Path
) -> Iterator[Office]:
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    opened = Office(template_desk, tmp_path, url)
    yield opened
    opened.close()


def kill_trials(office: Office, trials: int, seed: int) -> tuple[set[str], Counter[str]]:
    """Work at every desk, the desks' exchanges started at once, the server killed -9 in their
    middle and started again; the numbers recorded, and how the trials ended."""
    rng = random.Random(seed)
    numbers: set[str] = set()
    endings: Counter[str] = Counter()
    for _trial in range(trials):
        for desk in office.desks:
            numbers.update(do_office_work(desk, rng, complaints=1, changes=2))
        running = start_exchanges(office.folders, office.template.recovery_key)
        wait_for_chunks(office.lan, running, rng.randint(*KILL_AFTER_CHUNKS))
        endings["exchanges running at the kill"] += sum(p.poll() is None for p in running)
        office.server.kill()
        endings.update(ExchangeOutcome(code).name for code in finish(running))
        office.server.start()
    return numbers, endings


def check_after_kills(office: Office, numbers: set[str], endings: Counter[str]) -> None:
    # Some exchanges really were cut short by the kill (the others had ended before it).
    assert endings["exchanges running at the kill"] > 0, endings
    assert endings[ExchangeOutcome.OFFLINE.name] > 0, endings
    assert set(endings) <= {"exchanges running at the kill", "DONE", "OFFLINE"}, endings
    settle_office(office.folders, office.template.recovery_key)
    office.server.stop()
    events = office_events_of(office.server, office.template.key)
    assert_nothing_lost_or_doubled(events, office.desks, numbers)
    logging.getLogger("tests").info("office kill trials: %s, %d events", dict(endings), len(events))


@pytest.mark.slow
def test_a_few_kills_of_the_server_mid_exchange_lose_and_double_nothing(office: Office) -> None:
    numbers, endings = kill_trials(office, QUICK_TRIALS, SEED)
    check_after_kills(office, numbers, endings)


@pytest.mark.slow
@pytest.mark.serial
@pytest.mark.skipif(
    not os.environ.get(LONG_PROOFS), reason=f"50 kill trials: set {LONG_PROOFS}=1 to run them"
)
def test_fifty_kills_of_the_server_mid_exchange_lose_and_double_nothing(office: Office) -> None:
    numbers, endings = kill_trials(office, TRIALS, SEED + 1)
    check_after_kills(office, numbers, endings)
    print(f"office kill trials: {dict(endings)}")  # noqa: T201
