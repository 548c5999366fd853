"""Office mode with real parts, the way an office runs it: a server process on 127.0.0.1 (its
register on the embedded SQLite or on a real PostgreSQL) behind a TCP proxy of our own (the
LAN, cut and restored at will), three desks that each join with the command line and exchange
as their own processes (`python -m sync --data-dir D run --once`, a scheduled task's command),
while officers record at each desk through the services.

The proofs end the same way: every event a desk made is in the server's register once, and
every desk holds the same register (complaints, histories in the office's order with the
overtaken changes marked, statuses, accounts).
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.desk import Desk
from sync.office.exchange import ExchangeOutcome
from tests.helpers import ROOT
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.office import office_env, run_module
from tests.helpers.office_desks import (
    REGISTERS,
    Office,
    assert_nothing_lost_or_doubled,
    do_office_work,
    exchange_processes,
    finish,
    office_events_of,
    outgoing_of,
    settle_office,
    start_exchanges,
    wait_for_chunks,
)

pytestmark = pytest.mark.slow

SEED = 20261218


@pytest.fixture(params=REGISTERS)
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


def test_two_officers_change_one_complaint_offline_and_server_order_wins(
    office_of_three: Office,
) -> None:
    office = office_of_three
    loket, koordinator = office.desks[0], office.desks[2]
    recorded = loket.intake.record(good_draft(loket))
    office.settle()
    on_koordinator = id_of(koordinator, recorded.local_number)

    # The LAN is down: at the counter it is verified, the coordinator archives it; each
    # change is based on "belum terverifikasi" and each desk shows its own.
    office.lan.cut()
    now = dt.datetime.now(dt.UTC)
    koordinator.follow_up.add(
        on_koordinator, FollowUpEvent(EventKind.ARCHIVED, now, reason="Tidak jelas")
    )
    loket.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, now))
    assert office.exchange_all() == [ExchangeOutcome.OFFLINE] * 3
    assert koordinator.follow_up.overview(on_koordinator).state.status is Status.DIARSIPKAN

    # The LAN is back: the coordinator's desk reaches the server first, so its change comes
    # first in the office's order and the counter's verification is overtaken, on every desk.
    office.lan.restore()
    assert exchange_processes([office.folders[2]], office.template.recovery_key) == [0]
    office.settle()
    for desk in office.desks:
        overview = desk.follow_up.overview(id_of(desk, recorded.local_number))
        assert overview.state.status is Status.DIARSIPKAN
        assert [(r.event.kind, r.event.overtaken) for r in overview.timeline] == [
            (EventKind.ARCHIVED, False),
            (EventKind.VERIFIED, True),
        ]
    office.server.stop()
    events = office_events_of(office.server, office.template.key)
    assert_nothing_lost_or_doubled(events, office.desks, {recorded.local_number})


def test_a_desk_of_an_older_protocol_is_refused_with_a_clear_message(
    office_of_three: Office,
) -> None:
    """A desk still running a build of an older office protocol (here the desk's own exchange
    command with the protocol it announces set back: there is no older build to run) is
    refused by the server's handshake, says so, and waits with its events kept."""
    office = office_of_three
    desk, folder = office.desks[0], office.folders[0]
    desk.intake.record(good_draft(desk))
    older = subprocess.run(
        [
            sys.executable,
            "-c",
            "import runpy, sys, desktop.domain.office as o; o.PROTOCOL = o.MIN_DESK_PROTOCOL - 1;"
            " sys.argv = ['sync', *sys.argv[1:]]; runpy.run_module('sync', run_name='__main__')",
            "--data-dir",
            str(folder),
            "run",
            "--once",
        ],
        cwd=ROOT,
        env=office_env(office.template.recovery_key),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert older.returncode == ExchangeOutcome.VERSION_REFUSED, older.stderr
    said = older.stdout + older.stderr
    assert "version_refused" in said
    assert "update Meja Aduan on this desk" in said
    assert None in outgoing_of(desk).values()  # nothing sent, nothing lost: it waits
    status = run_module(
        "sync", "--data-dir", str(folder), "status", recovery_key=office.template.recovery_key
    )
    assert "last_outcome=version_refused" in status.stdout
    # Updated, the same desk exchanges again.
    assert exchange_processes([folder], office.template.recovery_key) == [ExchangeOutcome.DONE]
    assert None not in outgoing_of(desk).values()


def id_of(desk: Desk, local_number: str) -> int:
    from sqlalchemy import select

    from desktop.store.schema import Complaint

    with desk.database.reading() as session:
        return int(
            session.execute(
                select(Complaint.id).where(Complaint.local_number == local_number)
            ).scalar_one()
        )
