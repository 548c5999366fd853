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
from desktop.services.desk import Desk
from desktop.services.desk_finder import DeskPaths
from desktop.services.keys import DeskKeys, unlock_with_password
from desktop.services.person_values import PersonKey
from desktop.services.seed import seed_complaints
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.keyslots import KeySlots
from desktop.store.regions import load_regions_if_changed
from tests.helpers.desks import good_draft

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


def measure(desks: dict[str, Desk], scratch: Path) -> dict[str, dict[str, float]]:
    """Every figure is taken turn about on the two desks (the order swapping each round), so a
    busy moment of the machine or a warming cache weighs on both alike."""
    figures: dict[str, dict[str, float]] = {name: {} for name in desks}
    for name, desk in desks.items():
        started = time.perf_counter()
        seed_complaints(
            desk.database, desk.settings, COMPLAINTS, now=dt.datetime.now(dt.UTC), rng_seed=7
        )
        figures[name]["seed /s"] = COMPLAINTS / (time.perf_counter() - started)
    scan = scratch / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in desks}

    def take(figure: str, rounds: int, work: Callable[[Desk, int], object]) -> None:
        names = list(desks)
        for round_number in range(rounds):
            for name in names if round_number % 2 == 0 else reversed(names):
                started = time.perf_counter()
                work(desks[name], round_number)
                elapsed = (time.perf_counter() - started) * 1000
                samples[name].setdefault(figure, []).append(elapsed)

    def save(desk: Desk, i: int) -> None:
        draft = good_draft(desk, title=f"Jalan berlubang nomor {i}")
        desk.intake.record(draft, [scan] if i % 10 == 0 else [])

    def first_page(desk: Desk, _: int) -> None:
        ids = desk.worklist.ids(limit=60)
        desk.worklist.summaries(ids[:30])

    people = _people(next(iter(desks.values())))
    take("save p95 ms", 200, save)
    take("worklist first page median ms", 100, first_page)
    take("search by NIK p95 ms", 100, lambda d, i: d.people.find(PersonKey.NIK, people[i][0]))
    take("search by name p95 ms", 100, lambda d, i: d.people.find(PersonKey.NAME, people[i][1]))
    take("sign-in, database open, median ms", 5, lambda d, _: d.accounts.sign_in("admin", PASSWORD))
    for name, desk in desks.items():
        for figure, timings in samples[name].items():
            timings.sort()
            middle = statistics.median(timings)
            figures[name][figure] = p95(timings) if "p95" in figure else middle
        slots = KeySlots.load(desk.paths.keys)
        assert slots is not None

        def unlock_and_sign_in(d: Desk = desk, s: KeySlots = slots) -> None:
            unlock_with_password(s, "admin", PASSWORD)
            d.accounts.sign_in("admin", PASSWORD)

        figures[name]["sign-in without keyring, median ms"] = statistics.median(
            timed(unlock_and_sign_in, 5)
        )
    return figures


def _people(desk: Desk) -> list[tuple[str, str]]:
    """NIKs and first names of seeded reporters (the same seed gives both desks the same)."""
    with desk.database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT reporter_nik, reporter_name FROM complaint WHERE reporter_nik != '' "
            "ORDER BY id LIMIT 100"
        ).fetchall()
    return [(nik, name.split()[0]) for nik, name in rows]


def bench_encryption(scratch: Path, line: Callable[[str, str, str, bool], None]) -> None:
    desks = {
        "plain": build_desk(scratch / "crypt-plain", encrypted=False),
        "encrypted": build_desk(scratch / "crypt-encrypted", encrypted=True),
    }
    try:
        results = measure(desks, scratch)
    finally:
        for desk in desks.values():
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
