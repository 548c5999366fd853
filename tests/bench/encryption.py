"""Encryption's cost: the same work on a plain and on an encrypted desk, in one run.

Both desks use the same SQLite library (SQLCipher's, without a key for the plain one) and the
same 20,000 seeded complaints; the figures compare saving, the worklist's first page, person
searches (by NIK: indexed look-up; by name: a scan of every complaint) and signing in.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk, DeskPaths
from desktop.services.keys import DeskKeys, unlock_with_password
from desktop.services.person_values import PersonKey
from desktop.services.seed import seed_complaints
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.keyslots import KeySlots
from desktop.store.regions import load_regions_if_changed
from tests.conftest import good_draft

PASSWORD = "Bangku-panjang-2026"
COMPLAINTS = 20_000


def build_desk(folder: Path, encrypted: bool) -> Desk:
    key = os.urandom(32)
    paths = DeskPaths(folder)
    paths.create()
    database = Database(paths.database, key if encrypted else None)
    migrate.upgrade(database, paths.backups)
    with database.writing() as session:
        load_regions_if_changed(session, regions_csv())
    desk = Desk(paths, database, DeskKeys(KeySlots.new(paths.keys), key))
    desk.accounts.create_first_admin(NewAccount("admin", "Admin", Role.ADMIN, PASSWORD, PASSWORD))
    return desk


def timed(action: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return sorted(timings)


def p95(timings: list[float]) -> float:
    return timings[min(len(timings) - 1, int(len(timings) * 0.95))]


def measure(desk: Desk, scratch: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    started = time.perf_counter()
    seed_complaints(
        desk.database, desk.settings, COMPLAINTS, now=dt.datetime.now(dt.UTC), rng_seed=7
    )
    figures["seed /s"] = COMPLAINTS / (time.perf_counter() - started)
    scan = scratch / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    saves = []
    for i in range(200):
        draft = good_draft(desk, title=f"Jalan berlubang nomor {i}")
        files = [scan] if i % 10 == 0 else []
        saves.append(timed(lambda d=draft, f=files: desk.intake.record(d, f), 1)[0])
    saves.sort()
    figures["save p95 ms"] = p95(saves)

    def first_page() -> None:
        ids = desk.worklist.ids(limit=60)
        desk.worklist.summaries(ids[:30])

    figures["worklist first page median ms"] = statistics.median(timed(first_page, 30))
    with desk.database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT reporter_nik, reporter_name FROM complaint WHERE reporter_nik != '' "
            "ORDER BY id LIMIT 50"
        ).fetchall()
    niks = iter([r[0] for r in rows] * 4)
    names = iter([r[1].split()[0] for r in rows] * 4)
    figures["search by NIK p95 ms"] = p95(
        timed(lambda: desk.people.find(PersonKey.NIK, next(niks)), 200)
    )
    figures["search by name p95 ms"] = p95(
        timed(lambda: desk.people.find(PersonKey.NAME, next(names)), 200)
    )
    figures["sign-in, database open, median ms"] = statistics.median(
        timed(lambda: desk.accounts.sign_in("admin", PASSWORD), 5)
    )
    slots = KeySlots.load(desk.paths.keys)
    assert slots is not None

    def unlock_and_sign_in() -> None:
        unlock_with_password(slots, "admin", PASSWORD)
        desk.accounts.sign_in("admin", PASSWORD)

    figures["sign-in without keyring, median ms"] = statistics.median(timed(unlock_and_sign_in, 5))
    return figures


def bench_encryption(scratch: Path, line: Callable[[str, str, str, bool], None]) -> None:
    results = {}
    for encrypted in (False, True):
        name = "encrypted" if encrypted else "plain"
        desk = build_desk(scratch / f"crypt-{name}", encrypted)
        try:
            results[name] = measure(desk, scratch)
        finally:
            desk.close()
    plain, encrypted = results["plain"], results["encrypted"]
    print(f"encryption at rest, {COMPLAINTS:,} complaints, plain vs encrypted in one run:")
    for figure in plain:
        if figure.startswith("sign-in"):
            continue
        a, b = plain[figure], encrypted[figure]
        ratio = a / b if figure == "seed /s" else b / a  # slower is a higher ratio either way
        line(
            f"  {figure}",
            f"{a:,.1f} vs {b:,.1f} = {ratio:.2f}x",
            "<= 1.3x" if figure != "seed /s" else "(info)",
            ratio <= 1.3 or figure == "seed /s",
        )
    for figure in ("sign-in, database open, median ms", "sign-in without keyring, median ms"):
        value = encrypted[figure]
        line(f"  {figure}", f"{value:.0f} ms", "<= 1000 ms", value <= 1000)
