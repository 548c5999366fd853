"""Office mode on loopback (`python -m tests.bench office [--complaints N]`): the office server
as a process of its own with its register on a throwaway PostgreSQL (tests/helpers/postgres.py),
desks in this process, each exchanging as `python -m sync run --once` does (`exchange(desk)`).

1. (measured second) push throughput: a desk of N seeded complaints (with their invented
   follow-up histories) joins and pushes its history once: events per second of the whole
   exchange, the desk's bookkeeping included (target: at least 2,000/s); and the server's
   side alone (before 4.): one desk's client pushing 50 full batches of synthetic events back
   to back;
2. (measured first, in an empty office) a complaint recorded on desk A, shown on desk B: A
   exchanges right after recording (the exchange a recording asks for), B exchanges every
   POLL_S seconds on its own; from the record's commit to the complaint in B's register,
   p50/p95 (target: p95 at most 5 s);
3. a new desk joining that office: from the join code to its register holding every event of
   the office, and the rate; the time for an office of 200,000 complaints and about a million
   events is extrapolated from that rate (target: at most 5 minutes);
4. 20 desks pushing at once: 20 joined desks (threads of this process, each its own HTTPS
   client), each pushing PUSHES batches of BATCH events: p50/p95 of a push (target: p95 under
   500 ms);
5. the server's peak resident memory over all of it (target: at most 500 MB; Linux's VmHWM).

The machine these were measured on is shared: the figures are noisy (docs/benchmarks.md).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.app.headless import create_demo_desk
from desktop.app.paths import regions_csv
from desktop.domain.office import PUSH_BATCH
from desktop.services.desk import Desk, create_desk
from desktop.services.seed import seed_complaints
from desktop.services.sync_credentials import office_credential_store
from desktop.store import office
from sync.office.client import OfficeClient
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import CERTIFICATE_FILE, join_office
from tests.helpers.desks import first_admin, good_draft
from tests.helpers.office import OfficeServer
from tests.helpers.postgres import PostgresServer

Line = Callable[[str, str, str, bool], None]

COMPLAINTS = 10_000
BIG_OFFICE_EVENTS = 1_000_000
SAMPLES = 30
POLL_S = 1.0
DESKS = 20
PUSHES = 20
BATCH = 25
SINGLE_PUSHES = 50


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def new_desk(scratch: Path, name: str) -> Desk:
    return create_demo_desk(scratch / name)[0].desk  # its admin is signed in


def joined(server: OfficeServer, scratch: Path, name: str) -> Desk:
    desk = new_desk(scratch, name)
    join_office(desk, server.join_code(label=name))
    return desk


def held(desk: Desk, complaint_uuid: str) -> bool:
    from sqlalchemy import select

    from desktop.store.schema import Complaint

    with desk.database.reading() as session:
        found = session.execute(select(Complaint.id).where(Complaint.uuid == complaint_uuid))
        return found.first() is not None


def peak_resident_mb(pid: int) -> float | None:
    """The process's peak resident memory (Linux's VmHWM); None where /proc is not."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return None
    for row in status.read_text().splitlines():
        if row.startswith("VmHWM:"):
            return int(row.split()[1]) / 1024
    return None


def cpu_seconds(pid: int) -> float | None:
    """A process's CPU time so far, user and system (Linux's /proc); None where /proc is not.
    The machine is shared: CPU time says what the work cost when the wall time is noisy."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_note(server: OfficeServer, desk_cpu: float, server_before: float | None) -> str:
    assert server.process is not None
    server_after = cpu_seconds(server.process.pid)
    server_cpu = (
        f", the server's {server_after - server_before:.1f} s"
        if server_after is not None and server_before is not None
        else ""
    )
    return f"CPU time: this process's {desk_cpu:.1f} s{server_cpu}"


def bench_push(server: OfficeServer, scratch: Path, complaints: int, line: Line) -> Desk:
    desk = new_desk(scratch, "seeded")
    started = time.perf_counter()
    seed_complaints(
        desk.database, desk.settings, complaints, now=dt.datetime.now(dt.UTC), rng_seed=1
    )
    seeded_s = time.perf_counter() - started
    shared = join_office(desk, server.join_code(label="seeded")).shared_events
    assert server.process is not None
    server_cpu = cpu_seconds(server.process.pid)
    started, cpu = time.perf_counter(), time.process_time()
    report = exchange(desk)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.outcome is ExchangeOutcome.DONE, report.summary()
    rate = report.pushed / took
    print(  # noqa: T201
        f"push: a desk of {complaints:,} complaints (seeded in {seeded_s:.0f} s) joins and "
        f"pushes its history, {shared:,} events, in {took:.1f} s (the whole exchange; "
        f"{cpu_note(server, cpu, server_cpu)})"
    )
    line("  events pushed per second, desk to server", f"{rate:,.0f}/s", ">= 2,000/s", rate >= 2000)
    return desk


def bench_latency(server: OfficeServer, scratch: Path, line: Line) -> None:
    a, b = joined(server, scratch, "desk-a"), joined(server, scratch, "desk-b")
    exchange(a)
    exchange(b)  # B has caught up with the office: what follows is the steady state
    stop = threading.Event()

    def b_exchanges() -> None:
        while not stop.is_set():
            exchange(b)
            stop.wait(POLL_S)

    polling = threading.Thread(target=b_exchanges, name="desk-b")
    polling.start()
    latencies: list[float] = []
    try:
        for n in range(SAMPLES):
            recorded = a.intake.record(good_draft(a, title=f"Aduan latensi {n}"))
            started = time.perf_counter()
            assert exchange(a).outcome is ExchangeOutcome.DONE
            while not held(b, recorded.uuid):
                time.sleep(0.01)  # polling B's register with no deadline: a benchmark
            latencies.append(time.perf_counter() - started)
            time.sleep((n % 7) / 7 * POLL_S)  # records land anywhere in B's cycle
    finally:
        stop.set()
        polling.join()
        a.close()
        b.close()
    print(  # noqa: T201
        f"a complaint on desk A shown on desk B ({SAMPLES} complaints; A exchanges on "
        f"recording, B every {POLL_S:.0f} s): p50 {statistics.median(latencies):.2f} s, "
        f"max {max(latencies):.2f} s"
    )
    line(
        "  p95 from recorded on A to held on B",
        f"{p95(latencies):.2f} s",
        "<= 5 s",
        p95(latencies) <= 5,
    )


def bench_new_desk(server: OfficeServer, scratch: Path, line: Line) -> None:
    assert server.process is not None
    # The desk and its join code made before: the clock starts as the code is entered.
    made = time.perf_counter()
    desk, code = new_desk(scratch, "newcomer"), server.join_code(label="newcomer")
    made = time.perf_counter() - made
    server_cpu = cpu_seconds(server.process.pid)
    started, cpu = time.perf_counter(), time.process_time()
    join_office(desk, code)
    pulled = 0
    while True:
        report = exchange(desk)
        assert report.outcome is ExchangeOutcome.DONE, report.summary()
        pulled += report.pulled
        if report.pulled == 0:
            break
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    with desk.database.reading() as session:
        position = office.pulled_position(session)
    rate = position / took
    big = BIG_OFFICE_EVENTS / rate
    print(  # noqa: T201
        f"a new desk joins an office of {position:,} events: ready (every event pulled and "
        f"applied, {pulled:,} applied) in {took:.1f} s, {rate:,.0f} events/s "
        f"({cpu_note(server, cpu, server_cpu)}; the desk and its join code were made "
        f"beforehand in {made:.1f} s, not counted)"
    )
    line(
        "  an office of ~1M events, extrapolated",
        f"{big / 60:.1f} min",
        "<= 5 min",
        big <= 300,
    )
    desk.close()


def synthetic_events(count: int, first_sequence: int, based_on: int) -> list[dict[str, Any]]:
    """Notes on a complaint of some other desk: what a busy counter pushes most (the server
    keeps payloads as given; it does not apply them)."""
    now = dt.datetime.now(dt.UTC).isoformat()
    return [
        {
            "id": str(uuid.uuid4()),
            "sequence": first_sequence + n,
            "based_on": based_on,
            "kind": "follow_up",
            "payload": {"complaint": str(uuid.uuid4()), "kind": "note", "at": now,
                        "text": "Catatan tindak lanjut " + "x" * 120},
        }
        for n in range(count)
    ]  # fmt: skip


def bench_many_desks(server: OfficeServer, scratch: Path, line: Line) -> None:
    clients = []
    for n in range(DESKS):
        desk = joined(server, scratch, f"desk-{n:02d}")
        credential = office_credential_store(desk).load()
        assert credential is not None
        with desk.database.reading() as session:
            link = office.link(session)
        assert link is not None
        clients.append(
            OfficeClient(
                link.server_url,
                desk.paths.data_dir / CERTIFICATE_FILE,
                desk_id=credential.key,
                secret=credential.token,
            )
        )
        desk.close()
    # The server's side alone: one desk's client pushing full batches one after another.
    single, batch = clients[0], PUSH_BATCH
    single.hello()
    started = time.perf_counter()
    for round_ in range(SINGLE_PUSHES):
        single.push(synthetic_events(batch, 1_000_000 + round_ * batch, 0))
    took = time.perf_counter() - started
    rate = SINGLE_PUSHES * batch / took
    print(  # noqa: T201
        f"one desk pushing {SINGLE_PUSHES} full batches of {batch} events back to back: "
        f"{took:.1f} s (the server's side of a push: HTTPS, one transaction per batch)"
    )
    line("  events stored per second (PostgreSQL)", f"{rate:,.0f}/s", ">= 2,000/s", rate >= 2000)
    timings: list[float] = []
    lock = threading.Lock()
    start_together = threading.Barrier(DESKS)

    def push_all(client: OfficeClient) -> None:
        client.hello()
        start_together.wait()
        for round_ in range(PUSHES):
            events = synthetic_events(BATCH, 1 + round_ * BATCH, 0)
            started = time.perf_counter()
            results = client.push(events)
            took = time.perf_counter() - started
            assert all(r["result"] == "stored" for r in results), results[:1]
            with lock:
                timings.append(took)

    threads = [threading.Thread(target=push_all, args=(c,)) for c in clients]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - started
    for client in clients:
        client.close()
    total = DESKS * PUSHES * BATCH
    print(  # noqa: T201
        f"{DESKS} desks pushing at once ({PUSHES} pushes of {BATCH} events each, {total:,} "
        f"events in {took:.1f} s, {total / took:,.0f}/s): p50 "
        f"{statistics.median(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms"
    )
    line("  p95 push latency", f"{p95(timings) * 1000:.0f} ms", "< 500 ms", p95(timings) < 0.5)


def bench_office(line: Line, scratch: Path, args: list[str]) -> None:
    complaints = int(args[args.index("--complaints") + 1]) if "--complaints" in args else COMPLAINTS
    postgres = PostgresServer.start()
    # The server's own desk made beforehand, so it opens with its recovery key (a machine
    # without an OS keyring: `serve` would otherwise make a desk whose key it cannot find).
    made = create_desk(scratch / "office-server", regions_csv(), first_admin())
    made.opened.desk.close()
    server = OfficeServer(
        scratch / "office-server", made.recovery_key, database_url=postgres.create_database()
    )
    server.start()
    assert server.process is not None
    pid = server.process.pid
    print(f"office server (pid {pid}) on PostgreSQL, loopback; python {sys.version.split()[0]}")  # noqa: T201
    try:
        bench_latency(server, scratch, line)  # first: desks A and B have nothing to catch up
        seeded = bench_push(server, scratch, complaints, line)
        seeded.close()
        bench_new_desk(server, scratch, line)
        bench_many_desks(server, scratch, line)
        peak = peak_resident_mb(pid)
        if peak is None:
            print("  the server's peak resident memory: not measured here (no /proc)")  # noqa: T201
        else:
            line("  the server's peak resident memory", f"{peak:,.0f} MB", "<= 500 MB", peak <= 500)
    finally:
        server.stop()
        postgres.stop()
