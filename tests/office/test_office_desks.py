"""Office mode with real parts, the way an office runs it: a server process on 127.0.0.1
(embedded SQLite register), three desks that each join with the command line and exchange as
their own processes (`python -m sync --data-dir D run --once`, a scheduled task's command),
while officers record at each desk through the services.

Both proofs end the same way: every event a desk made is in the server's register once, and
every desk holds the same register (complaints, histories in the office's order with the
overtaken changes marked, statuses, accounts).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.office.exchange import ExchangeOutcome
from tests.helpers.desks import TemplateDesk
from tests.helpers.office_desks import (
    Office,
    assert_nothing_lost_or_doubled,
    do_office_work,
    finish,
    office_events_of,
    settle_office,
    start_exchanges,
    wait_for_chunks,
)

pytestmark = pytest.mark.slow

SEED = 20261218


@pytest.fixture(params=["sqlite", "postgresql"])
def office_of_three(
    request: pytest.FixtureRequest, template_desk: TemplateDesk, tmp_path: Path
) -> Iterator[Office]:
    """The server's register on the embedded SQLite, or on a real PostgreSQL."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    office = Office(template_desk, tmp_path, url)
    yield office
    office.close()


def test_three_desks_as_processes_converge_to_one_register(office_of_three: Office) -> None:
    office = office_of_three
    rng = random.Random(SEED)
    numbers: set[str] = set()
    for _ in range(3):
        for desk in office.desks:
            numbers.update(do_office_work(desk, rng, complaints=3, changes=4))
        # The three desks exchange at the same moment, each its own process.
        assert office.exchange_all() == [ExchangeOutcome.DONE] * 3
    settle_office(office.folders, office.template.recovery_key)

    office.server.stop()
    events = office_events_of(office.server, office.template.key)
    assert_nothing_lost_or_doubled(events, office.desks, numbers)
    assert len(numbers) == 3 * 3 * 3


def test_the_lan_cut_and_restored_loses_and_doubles_nothing(office_of_three: Office) -> None:
    office = office_of_three
    rng = random.Random(SEED + 1)
    numbers: set[str] = set()
    for desk in office.desks:
        numbers.update(do_office_work(desk, rng, complaints=2, changes=2))
    assert office.exchange_all() == [ExchangeOutcome.DONE] * 3

    endings: Counter[int] = Counter()
    for cut in range(4):
        for desk in office.desks:
            numbers.update(do_office_work(desk, rng, complaints=4, changes=4))
        # The cable is pulled in the middle of the desks' exchanges: after some of what they
        # send has reached the server (pushes and pulls cut short), or before any of it.
        running = start_exchanges(office.folders, office.template.recovery_key)
        wait_for_chunks(office.lan, running, rng.randint(0, 12 * (cut + 1)))
        office.lan.cut()
        endings.update(finish(running))
        # The LAN stays down a while: desks go on recording and their exchanges say so.
        for desk in office.desks:
            numbers.update(do_office_work(desk, rng, complaints=2, changes=3))
        assert office.exchange_all() == [ExchangeOutcome.OFFLINE] * 3
        office.lan.restore()
    assert endings[ExchangeOutcome.OFFLINE] > 0, endings

    settle_office(office.folders, office.template.recovery_key)
    office.server.stop()
    events = office_events_of(office.server, office.template.key)
    assert_nothing_lost_or_doubled(events, office.desks, numbers)
