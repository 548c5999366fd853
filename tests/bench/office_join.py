"""A new desk joining a large office, measured for real, not extrapolated
(`python -m tests.bench office-join --complaints 200000 [--desks 5] [--database-url URL]
[--keep DIR | --reuse DIR] [--profile FILE]`).

1. Building the office (timed apart, progress printed). `--desks` desks (5 by default) are
   made as real desks: each with two accounts of its own, seeded with its share of the
   complaints and their invented histories (`seed_complaints`: recorded, verified, disposed,
   answers, notes and contacts, holds, forwards, archives, closes, ratings: about 6.75
   events a complaint, its recording included), each under an office code of its own
   (desks that each had their own numbers before joining one office). Each joins the
   register (`OfficeRegister.join`, the server's own redeeming of a join code), hands it
   its history as a joining desk does
   (`office_events.share_history`'s events, made by the same payload builders of
   `store/office_payloads.py`, without the desk's own outgoing bookkeeping), and that
   history is pushed in batches of `PUSH_BATCH` through the register's own push
   (`OfficeRegister.push`: `store_events`, then `take_in` into the server's complaints), in
   this process, without HTTP. So every row of the register is one the real path wrote.
   With `--keep DIR` the register (the throwaway PostgreSQL's data folder and the server's
   folder) is kept in DIR; `--reuse DIR` measures the join alone on a register kept before.
2. The join, measured: the office server as its own process (`python -m sync.office serve`
   on that register, 127.0.0.1), a new desk as IT staff make one: `python -m desktop
   --data-dir D office join CODE` (a fresh folder: the desk is created, then joins), then
   `python -m sync --data-dir D run --once` (pulls and applies the whole office), then its
   worklist counted. Printed: each step's wall time and the total (target: at most 5 minutes),
   the desk's peak resident memory (its two processes), the server's (target: at most 500 MB),
   the desk's folder on disk, and the load average (the machine is shared).
   `--profile FILE` runs the desk's exchange under cProfile and writes FILE.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.app.office_register import server_register
from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.complaint import time_ordered_uuid
from desktop.domain.desk_settings import OFFICE_CODE
from desktop.domain.office import PUSH_BATCH, OfficeEventKind, PushResult, decode_join_code
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, create_desk
from desktop.services.seed import seed_complaints
from desktop.store import follow_up, office_national, office_payloads, reference
from desktop.store.schema import Account, Complaint
from sync.office.register import OfficeRegister
from tests.bench.office import cpu_seconds, peak_resident_mb
from tests.helpers import ROOT
from tests.helpers.desks import first_admin
from tests.helpers.office import OFFICE_CODE as SERVED_OFFICE_CODE
from tests.helpers.office import RECOVERY_KEY_LINE, OfficeServer, office_env
from tests.helpers.postgres import PostgresServer

Line = Callable[[str, str, str, bool], None]

COMPLAINTS = 200_000
DESKS = 5
TARGET_S = 300
SERVER_DIR = "office-server"
PG_DIR = "pg"
FACTS = "office.json"  # what a kept office holds: its recovery key, complaints, events


def load() -> str:
    """The load average (1, 5, 15 minutes): the machine is shared."""
    found = Path("/proc/loadavg")
    return " ".join(found.read_text().split()[:3]) if found.exists() else "n/a"


def say(text: str) -> None:
    print(text, flush=True)  # noqa: T201


def _option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


# --- PostgreSQL: the throwaway server of tests/helpers/postgres.py, kept in a folder on request


# --- 1. building the office through the register's own path


def _new_desk(folder: Path, office_code: str) -> Desk:
    made = create_desk(folder, regions_csv(), first_admin())
    desk = made.opened.desk
    desk.accounts.sign_in(first_admin().username, first_admin().password)
    with desk.database.writing() as session:
        reference.save_settings(session, {OFFICE_CODE.storage_key: office_code})
    return desk


def _history_pages(desk: Desk, desk_code: str, at: dt.datetime) -> Iterator[list[dict[str, Any]]]:
    """The desk's history as a joining desk hands it over (`office_events.share_history`, in
    its order: the accounts, then each complaint and its follow-up events, and its LAPOR!
    queue where it has one), made by the same payload builders, as `_push` sends it,
    PUSH_BATCH events a page. What share_history also writes on the desk (each event in its
    outgoing table, the follow-up rows marked) is the desk's own bookkeeping, never pushed:
    left out, the desks made for building are thrown away. The ids as `append_outgoing`
    makes them; every event based on position 0 (the desk had pulled nothing)."""
    sequence = 0
    page: list[dict[str, Any]] = []

    def event(kind: OfficeEventKind, payload: dict[str, Any], moment: dt.datetime) -> None:
        nonlocal sequence
        sequence += 1
        page.append(
            {
                "id": time_ordered_uuid(moment, int.from_bytes(os.urandom(10)) >> 6),
                "sequence": sequence,
                "based_on": 0,
                "kind": kind.value,
                "payload": payload,
            }
        )

    with desk.database.reading() as session:
        for username in session.execute(select(Account.username).order_by(Account.id)).scalars():
            event(
                OfficeEventKind.ACCOUNT_SAVED,
                office_payloads.account_payload(session, username),
                at,
            )
        ids = session.execute(select(Complaint.id).order_by(Complaint.id)).scalars().all()
    for first in range(0, len(ids), 1000):
        with desk.database.reading() as session:
            for complaint_id in ids[first : first + 1000]:
                payload = office_payloads.complaint_payload(session, complaint_id, desk_code)
                event(OfficeEventKind.COMPLAINT_RECORDED, payload, at)
                for row in follow_up.rows_of(session, complaint_id):
                    payload = office_payloads.follow_up_payload(session, row)
                    event(OfficeEventKind.FOLLOW_UP_ADDED, payload, row.at)
                handover = office_national.handover_payload(session, complaint_id)
                if handover is not None:
                    event(OfficeEventKind.NATIONAL_HANDOVER, handover, at)
                while len(page) >= PUSH_BATCH:
                    yield page[:PUSH_BATCH]
                    del page[:PUSH_BATCH]
    while page:
        yield page[:PUSH_BATCH]
        del page[:PUSH_BATCH]


def make_desk_history(folder: Path, n: int, share: int, desk_code: str, out: Path) -> None:
    """One desk of the office (`python -m tests.bench.office_join desk ...`, a process of its
    own so that the desks are made while the register takes in the ones before): made,
    seeded, its history written to `out`, one page of PUSH_BATCH events a line."""
    from tests.helpers.keyrings import keep_off_the_os_keyring

    keep_off_the_os_keyring()
    now = dt.datetime.now(dt.UTC)
    desk = _new_desk(folder, f"3201{chr(ord('A') + n)}")
    try:
        for who, role in (("petugas", Role.PETUGAS), ("verifikator", Role.VERIFIKATOR)):
            password = "Kata-sandi-panjang-1"
            desk.accounts.create(
                NewAccount(f"{who}{n}", f"{who.title()} {n}", role, password, password)
            )
        started = time.perf_counter()
        seed_complaints(desk.database, desk.settings, share, now=now, rng_seed=n + 1)
        seeded = time.perf_counter() - started
        partial = out.with_suffix(".partial")
        with partial.open("w") as pages:
            for page in _history_pages(desk, desk_code, now):
                pages.write(json.dumps(page, ensure_ascii=False) + "\n")
        partial.replace(out)
        say(f"seed_s={seeded:.0f} share_s={time.perf_counter() - started - seeded:.0f}")
    finally:
        desk.close()
        shutil.rmtree(folder, ignore_errors=True)


class _DeskMaker:
    """The desks' processes, at most `at_once` running."""

    def __init__(self, root: Path, shares: list[int], codes: list[str], at_once: int) -> None:
        self.root, self.shares, self.codes, self.at_once = root, shares, codes, at_once
        self.running: dict[int, subprocess.Popen[str]] = {}
        self.next = 0
        self.took: dict[int, str] = {}

    def out(self, n: int) -> Path:
        return self.root / "building" / f"desk-{n}.jsonl"

    def start_more(self) -> None:
        while self.next < len(self.shares) and len(self.running) < self.at_once:
            n = self.next
            self.next += 1
            (self.root / "building").mkdir(parents=True, exist_ok=True)
            self.running[n] = subprocess.Popen(
                [sys.executable, "-m", "tests.bench.office_join", "desk",
                 str(self.root / "building" / f"desk-{n}"), str(n), str(self.shares[n]),
                 self.codes[n], str(self.out(n))],
                cwd=ROOT, env=office_env(), stdout=subprocess.PIPE, text=True,
            )  # fmt: skip

    def wait_for(self, n: int) -> Path:
        self.start_more()
        child = self.running.pop(n)
        out, _ = child.communicate()
        assert child.returncode == 0, f"desk {n} failed"
        self.took[n] = out.strip().splitlines()[-1]
        self.start_more()
        return self.out(n)


def build_office(root: Path, url: str, complaints: int, desks: int) -> dict[str, Any]:
    made = create_desk(root / SERVER_DIR, regions_csv(), first_admin())
    register_desk = server_register(made.opened.desk, url)  # remembers the URL in its folder
    register = OfficeRegister(
        register_desk.database,
        SERVED_OFFICE_CODE,
        register_desk.clock,
        register_desk.due_dates,
        register_desk.attachment_folder,
    )
    events = 0
    started = time.perf_counter()
    push_s = 0.0
    try:
        joined = []
        for n in range(desks):  # the desks join one after another, as IT staff join them
            token = decode_join_code(
                register.new_join_code(
                    "https://127.0.0.1:1", "0" * 64, f"desk {n}", dt.timedelta(days=1)
                )
            ).token
            found = register.join(token, "bench")
            assert not isinstance(found, str), found
            joined.append(found.desk)
        shares = [complaints // desks + (1 if n < complaints % desks else 0) for n in range(desks)]
        maker = _DeskMaker(root, shares, [d.code for d in joined], at_once=2)
        for n, desk in enumerate(joined):
            history = maker.wait_for(n)
            say(f"  desk {n + 1} made ({maker.took[n]}); pushing its history "
                f"({time.perf_counter() - started:.0f} s; load {load()})")  # fmt: skip
            pushed = 0
            with history.open() as pages:
                for text in pages:
                    page = json.loads(text)
                    t = time.perf_counter()
                    results = register.push(desk.id, page)
                    push_s += time.perf_counter() - t
                    bad = [r for r in results if r["result"] != PushResult.STORED.value]
                    assert not bad, bad[:3]
                    pushed += len(page)
                    if pushed % 50_000 < PUSH_BATCH:
                        say(f"    desk {n + 1}: {pushed:,} events pushed "
                            f"({time.perf_counter() - started:.0f} s; load {load()})")  # fmt: skip
            history.unlink()
            events += pushed
            say(
                f"  desk {n + 1} of {desks}: {shares[n]:,} complaints, {pushed:,} events; "
                f"{events:,} in the register after {time.perf_counter() - started:.0f} s "
                f"(pushing {push_s:.0f} s so far; load {load()})"
            )
    finally:
        register_desk.close()
    facts = {
        "recovery_key": made.recovery_key,
        "complaints": complaints,
        "events": events,
        "desks": desks,
        "built_s": round(time.perf_counter() - started),
        "push_s": round(push_s),
        "desks_made": maker.took,
    }
    (root / FACTS).write_text(json.dumps(facts, indent=1))
    return facts


# --- 2. the join, measured


def _run_child(
    command: list[str], scratch: Path, recovery_key: str | None = None
) -> tuple[str, float, float, float]:
    """A command as its own process: its output, wall seconds, peak resident MB and CPU
    seconds (the child's own, from wait4)."""
    out_file, err_file = scratch / "child.out", scratch / "child.err"
    started = time.perf_counter()
    with out_file.open("w") as out, err_file.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            env=office_env(recovery_key),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
        _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    error = err_file.read_text(errors="replace")
    assert child.returncode == 0, f"{command[:4]} exited {child.returncode}: {error[-3000:]}"
    cpu = usage.ru_utime + usage.ru_stime
    return out_file.read_text(), took, usage.ru_maxrss / 1024, cpu


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def _worklist_count(folder: Path, recovery_key: str) -> tuple[int, float]:
    from desktop.app.headless import RECOVERY_KEY_ENV, open_existing_desk
    from desktop.services.access import Actor

    os.environ[RECOVERY_KEY_ENV] = recovery_key
    started = time.perf_counter()
    desk = open_existing_desk(folder, None).desk
    try:
        desk.access.sign_in(Actor(0, "bench", "Bench", Role.ADMIN))
        count = desk.worklist.count()
    finally:
        desk.close()
        os.environ.pop(RECOVERY_KEY_ENV, None)
    return count, time.perf_counter() - started


def measure_join(
    root: Path, url: str, facts: dict[str, Any], scratch: Path, line: Line, profile: str | None
) -> None:
    server = OfficeServer(root / SERVER_DIR, facts["recovery_key"], database_url=url)
    server.start()
    assert server.process is not None
    try:
        code = server.join_code(label="newcomer")
        fresh = scratch / "newcomer"
        server_cpu = cpu_seconds(server.process.pid)
        say(f"joining: an office of {facts['complaints']:,} complaints, {facts['events']:,} "
            f"events from {facts['desks']} desks; load before {load()}")  # fmt: skip
        out, join_s, join_mb, join_cpu = _run_child(
            ["-m", "desktop", "--data-dir", str(fresh), "office", "join", code], scratch
        )
        recovery_key = next(
            row.partition(RECOVERY_KEY_LINE)[2].strip()
            for row in out.splitlines()
            if RECOVERY_KEY_LINE in row
        )
        exchange = ["-m", "sync", "--data-dir", str(fresh), "run", "--once"]
        if profile:
            exchange = ["-m", "cProfile", "-o", profile, *exchange]
        _, pull_s, pull_mb, pull_cpu = _run_child(exchange, scratch, recovery_key)
        count, count_s = _worklist_count(fresh, recovery_key)
        total = join_s + pull_s + count_s
        server_after = cpu_seconds(server.process.pid)
        server_peak = peak_resident_mb(server.process.pid)
    finally:
        server.stop()
    say(f"  `office join CODE` on a fresh folder (the desk made, joined): {join_s:.1f} s "
        f"(CPU {join_cpu:.1f} s)")  # fmt: skip
    say(f"  `sync run --once` (every event pulled and applied): {pull_s:.1f} s, "
        f"{facts['events'] / pull_s:,.0f} events/s (CPU {pull_cpu:.1f} s)")  # fmt: skip
    say(f"  the desk opened and its worklist counted: {count:,} complaints in {count_s:.1f} s")
    if server_cpu is not None and server_after is not None:
        say(f"  the server's CPU time over the join: {server_after - server_cpu:.1f} s")
    say(f"  load average after: {load()}")
    assert count == facts["complaints"], (count, facts["complaints"])
    line("  a new desk ready, from `office join`", f"{total / 60:.1f} min ({total:.0f} s)",
         "<= 5 min", total <= TARGET_S)  # fmt: skip
    peak = max(join_mb, pull_mb)
    line("  the desk's peak resident memory", f"{peak:,.0f} MB", "(info)", True)
    if server_peak is not None:
        line("  the server's peak resident memory", f"{server_peak:,.0f} MB", "<= 500 MB",
             server_peak <= 500)  # fmt: skip
    line("  the desk's folder on disk", f"{_folder_mb(fresh):,.0f} MB", "(info)", True)


def bench_office_join(line: Line, scratch: Path, args: list[str]) -> None:
    complaints = int(_option(args, "--complaints") or COMPLAINTS)
    desks = int(_option(args, "--desks") or DESKS)
    url = _option(args, "--database-url")
    keep, reuse = _option(args, "--keep"), _option(args, "--reuse")
    profile = _option(args, "--profile")
    root = Path(reuse or keep or scratch / "office").resolve()
    postgres: PostgresServer | None = None
    if url is None:
        postgres = PostgresServer.start(root / PG_DIR, fresh=reuse is None)
    try:
        if url is None:
            assert postgres is not None
            if reuse is None:
                url = postgres.create_database()
                (root / "database").write_text(url.rsplit("/", 1)[1])
            else:
                url = postgres.url((root / "database").read_text().strip())
        if reuse is None:
            say(f"building an office of {complaints:,} complaints from {desks} desks through "
                f"the register's push (PostgreSQL); load {load()}")  # fmt: skip
            facts = build_office(root, url, complaints, desks)
            say(f"built in {facts['built_s']:,} s: {facts['events']:,} events (the register's "
                f"push {facts['push_s']} s; the desks made beside it); load {load()}")  # fmt: skip
        else:
            facts = json.loads((root / FACTS).read_text())
            say(f"reusing the office kept in {root}")
        measure_join(root, url, facts, scratch, line, profile)
    finally:
        if postgres is not None:
            if keep or reuse:
                postgres.stop_keeping()
            else:
                postgres.stop()


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        folder, n, share, code, out = sys.argv[2:7]
        make_desk_history(Path(folder), int(n), int(share), code, Path(out))
