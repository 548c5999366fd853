"""Desks of an office as a test drives them: what officers do at a desk between exchanges, the
desks' exchanges as their own processes (`python -m sync --data-dir D run --once`, a scheduled
task's command), and what every desk of an office must hold alike once they have all exchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.desk import Desk, open_desk
from tests.helpers import ROOT
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.office import OfficeServer, copy_template, office_env, open_copy, run_module
from tests.helpers.tcp_proxy import TcpProxy

DESKS = ("loket-1", "loket-2", "koordinator")
LONG_PROOFS = "MEJA_ADUAN_LONG_PROOFS"
# The registers these multi-process proofs run on. On PostgreSQL only with LONG_PROOFS set, to
# keep `make test` within its time: the exchange itself is proven on both engines by
# tests/office/test_office_exchange.py, and these proofs add the processes, the LAN and kills.
REGISTERS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not os.environ.get(LONG_PROOFS),
            reason=f"the multi-process proofs on PostgreSQL: set {LONG_PROOFS}=1",
        ),
    ),
]


def register_of(desk: Desk) -> dict[str, object]:
    """What every desk of an office must hold alike: each complaint (by its number) with its
    status, due dates, who recorded it and where, and its history in the office's order (each
    event's office id, place, kind, text and whether it was overtaken); and the accounts."""
    from sqlalchemy import select

    from desktop.store import follow_up
    from desktop.store.schema import Account, Complaint, ComplaintReportFacts

    register: dict[str, object] = {}
    with desk.database.reading() as session:
        rows = session.execute(
            select(Complaint, ComplaintReportFacts.recorded_by).join(
                ComplaintReportFacts, ComplaintReportFacts.complaint_id == Complaint.id
            )
        ).all()
        for complaint, recorded_by in rows:
            history = [
                (e.office_event_id, e.office_position, e.kind, e.actor, e.text, e.overtaken)
                for e in follow_up.rows_of(session, complaint.id)
            ]
            register[complaint.local_number] = (
                complaint.uuid,
                complaint.title,
                complaint.status,
                complaint.next_due,
                recorded_by,
                complaint.recorded_at_desk,
                history,
            )
        register["accounts"] = sorted(
            (a.username, a.role, a.active) for a in session.execute(select(Account)).scalars()
        )
    return register


def do_office_work(desk: Desk, rng: random.Random, complaints: int, changes: int) -> list[str]:
    """What an officer does at a desk between exchanges: record `complaints` complaints, then
    `changes` follow-up events on complaints this desk holds (its own or the office's), chosen
    at random: verify or archive one waiting for verification (two desks doing so to the same
    complaint before they exchange is the overtaken case), or a note. Returns the numbers
    recorded."""
    from sqlalchemy import select

    from desktop.domain.complaint import Status
    from desktop.domain.follow_up import EventKind, EventRefusedError, FollowUpEvent
    from desktop.store.schema import Complaint

    numbers = [
        desk.intake.record(good_draft(desk, title=f"Aduan {rng.randrange(10**6)}")).local_number
        for _ in range(complaints)
    ]
    with desk.database.reading() as session:
        held = session.execute(select(Complaint.id, Complaint.status)).all()
    now = dt.datetime.now(dt.UTC)
    for complaint_id, status in rng.sample(held, min(changes, len(held))):
        if status == Status.BELUM_TERVERIFIKASI.value:
            event = rng.choice(
                [
                    FollowUpEvent(EventKind.VERIFIED, now),
                    FollowUpEvent(EventKind.ARCHIVED, now, reason="Tidak lengkap"),
                ]
            )
        else:
            event = FollowUpEvent(EventKind.NOTE, now, text=f"Catatan {rng.randrange(10**6)}")
        # An archived complaint takes no note: the officer would pick another.
        with contextlib.suppress(EventRefusedError):
            desk.follow_up.add(complaint_id, event)
    return numbers


def start_exchanges(folders: list[Path], recovery_key: str) -> list[subprocess.Popen[str]]:
    """`python -m sync --data-dir D run --once` for each desk, all at once, as separate
    processes (each desk's scheduled task)."""
    return [
        subprocess.Popen(
            [sys.executable, "-m", "sync", "--data-dir", str(folder), "run", "--once"],
            cwd=ROOT,
            env=office_env(recovery_key),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]


def finish(processes: list[subprocess.Popen[str]], timeout: float = 180) -> list[int]:
    codes = []
    for process in processes:
        process.communicate(timeout=timeout)
        codes.append(process.returncode)
    return codes


def exchange_processes(folders: list[Path], recovery_key: str) -> list[int]:
    return finish(start_exchanges(folders, recovery_key))


def settle_office(folders: list[Path], recovery_key: str, passes: int = 2) -> None:
    """Exchanges one desk after another until every desk has sent all and taken all: after the
    first pass the server holds everything, after the second every desk took it."""
    for _ in range(passes):
        for folder in folders:
            ran = run_module(
                "sync", "--data-dir", str(folder), "run", "--once", recovery_key=recovery_key
            )
            assert ran.returncode == 0, (folder.name, ran.stdout, ran.stderr)


def office_events_of(server: OfficeServer, key: bytes) -> list[tuple[str, str, int]]:
    """The server's register (stopped): each event's id, desk and the desk's sequence."""
    from sqlalchemy import select

    from desktop.store.database import open_register
    from desktop.store.schema import OfficeEvent

    if server.database_url:
        database = open_register(server.database_url)
        close = database.close
    else:
        register = open_desk(server.data_dir, regions_csv(), key).desk
        database, close = register.database, register.close
    try:
        with database.reading() as session:
            rows = session.execute(
                select(OfficeEvent.id, OfficeEvent.desk_id, OfficeEvent.desk_sequence)
            ).all()
    finally:
        close()
    return [(i, d, s) for i, d, s in rows]


def outgoing_of(desk: Desk) -> dict[str, int | None]:
    """The desk's own office events: id -> the place the server confirmed (None: waiting)."""
    from sqlalchemy import select

    from desktop.store.schema import OfficeOutgoing

    with desk.database.reading() as session:
        return dict(session.execute(select(OfficeOutgoing.id, OfficeOutgoing.position)).all())


def assert_nothing_lost_or_doubled(
    server_events: list[tuple[str, str, int]], desks: list[Desk], numbers: set[str]
) -> None:
    """Every event a desk made is in the server's register once, confirmed; the register
    holds nothing else; every desk holds every complaint recorded, and the same register."""
    sent: dict[str, int | None] = {}
    for desk in desks:
        sent.update(outgoing_of(desk))
    ids = [event_id for event_id, _, _ in server_events]
    assert len(ids) == len(set(ids))
    assert len({(d, s) for _, d, s in server_events}) == len(server_events)
    assert set(ids) == set(sent)
    assert None not in sent.values()
    registers = [register_of(desk) for desk in desks]
    assert set(registers[0]) - {"accounts"} == numbers
    for other in registers[1:]:
        assert other == registers[0]


class Office:
    """The server behind our own TCP proxy (the LAN), and three joined desks. The register is
    the embedded SQLite (in a copy of the template desk) or PostgreSQL at `database_url`."""

    def __init__(self, template: TemplateDesk, root: Path, database_url: str | None = None) -> None:
        self.template = template
        # The data folder keeps the key, the certificate and the link to the register.
        folder = copy_template(template, root / "server")
        self.server = OfficeServer(folder, template.recovery_key, database_url=database_url)
        self.lan = TcpProxy(self.server.port)
        self.server.advertised = self.lan.address
        self.server.start()
        self.folders: list[Path] = []
        self.desks: list[Desk] = []
        for name in DESKS:
            folder = copy_template(template, root / name)
            joined = run_module(
                "desktop",
                "--data-dir",
                str(folder),
                "office",
                "join",
                self.server.join_code(label=name),
                recovery_key=template.recovery_key,
            )
            assert joined.returncode == 0, joined.stderr
            self.folders.append(folder)
            self.desks.append(open_copy(template, folder))

    def settle(self) -> None:
        settle_office(self.folders, self.template.recovery_key)

    def exchange_all(self) -> list[int]:
        return exchange_processes(self.folders, self.template.recovery_key)

    def close(self) -> None:
        for desk in self.desks:
            desk.close()
        self.server.stop()
        self.lan.close()


def wait_for_chunks(
    lan: TcpProxy, running: list[subprocess.Popen[str]], count: int, give_up_s: float = 60.0
) -> None:
    """Until `count` more pieces of the desks' requests went through, or they all ended."""
    start = lan.chunks
    deadline = time.monotonic() + give_up_s
    while lan.chunks - start < count and time.monotonic() < deadline:
        if all(process.poll() is not None for process in running):
            return
        time.sleep(0.002)  # polling a counter with a deadline, not synchronisation
