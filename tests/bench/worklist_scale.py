"""The worklist at scale: one desk of 200,000 seeded complaints and about a million follow-up
events, and what the interface waits for on it.

- first rows after a filter change (`ids(query, limit=200)` and the rows of those 200) for
  every standard view, each filter and combinations of them, and every sort order both ways;
  the full id list behind the first screen as information;
- full-text search, the application's call against the same FTS MATCH run directly on the
  driver (interleaved), and the same searches on a plain copy of the database;
- the counts of the standard views and the "Hari ini" overview over the whole desk;
- the memory of the application with the worklist open on that desk (a child process).

Seeding takes many minutes, so the seeded desk is kept in `.bench-cache/` (git-ignored) under a
name made of the schema's head revision, the seed's parameters and a digest of the seed modules:
a changed schema or generator seeds again, and older copies are removed then. The desk's clock
is the seeding moment plus the time since the benchmark started, so due and overdue counts look
as they did right after seeding however old the copy is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.access import Role
from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.worklist_query import (
    STANDARD_VIEWS,
    DueFilter,
    SortKey,
    WorklistQuery,
    search_expression,
)
from desktop.services.access import Actor
from desktop.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
COMPLAINTS = 200_000
RNG_SEED = 2026
SEED_VERSION = 2  # bump when the way this module seeds (or the schema it seeds into) changes
PASSWORD = "Bangku-panjang-2026"
FIRST_SCREEN = 200
Line = Callable[[str, str, str, bool], None]


@dataclass(frozen=True)
class SeededDesk:
    folder: Path  # the desk's data folder
    plain: Path  # a plain (unencrypted) copy of its database
    recovery_key: str
    now: dt.datetime  # the moment the seed was made for
    facts: dict[str, Any]  # counts and timings of the seeding


def _cache_name() -> str:
    from desktop.services import seed, seed_history
    from desktop.store.migrate import known_revisions

    digest = hashlib.sha256()
    for module in (seed, seed_history):
        assert module.__file__ is not None
        digest.update(Path(module.__file__).read_bytes())
    return (
        f"worklist-scale-{known_revisions()[-1]}-v{SEED_VERSION}-{COMPLAINTS}-{RNG_SEED}-"
        f"{digest.hexdigest()[:10]}"
    )


def seeded_desk() -> SeededDesk:
    """The cached seeded desk, made first when there is none for this schema and seed."""
    place = CACHE / _cache_name()
    facts_file = place / "seeded.json"  # written last: its absence means an unfinished seed
    if not facts_file.exists():
        for old in CACHE.glob("worklist-scale-*"):
            shutil.rmtree(old)
        _seed_into(place)
    facts = json.loads(facts_file.read_text(encoding="utf-8"))
    return SeededDesk(
        place / "desk",
        place / "plain" / "meja-aduan.sqlite",
        (place / "recovery-key").read_text(encoding="utf-8").strip(),
        dt.datetime.fromisoformat(facts["now"]),
        facts,
    )


def _seed_into(place: Path) -> None:

    from desktop.app.headless import ADMIN_PASSWORD_ENV, create_demo_desk
    from desktop.services.seed import seed_complaints
    from desktop.store.database import connect

    place.mkdir(parents=True)
    os.environ[ADMIN_PASSWORD_ENV] = PASSWORD
    try:
        opened, credentials = create_demo_desk(place / "desk")
    finally:
        del os.environ[ADMIN_PASSWORD_ENV]
    # Beside the data folder, never in it (the headless path refuses a key file inside).
    (place / "recovery-key").write_text(credentials.recovery_key + "\n", encoding="utf-8")
    desk = opened.desk
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    step = COMPLAINTS // 10

    def progress(done: int) -> None:
        if done % step == 0:
            elapsed = time.perf_counter() - started
            print(f"  ... {done:>9,} complaints seeded, {elapsed:6.0f} s", flush=True)

    print(f"seeding {COMPLAINTS:,} complaints once (kept in .bench-cache/ for later runs):")
    started = time.perf_counter()
    try:
        seed_complaints(
            desk.database, desk.settings, COMPLAINTS, now=now, rng_seed=RNG_SEED, progress=progress
        )
        seconds = time.perf_counter() - started
        with desk.database.engine.connect() as connection:
            count = connection.exec_driver_sql
            events = count("SELECT count(*) FROM follow_up_event").scalar_one()
            search_rows = count("SELECT count(*) FROM complaint_search").scalar_one()
        desk.database.checkpoint()
        key = desk.database.key
    finally:
        desk.close()
    assert key is not None
    # The plain copy: SQLCipher's own export of the same file, without a key.
    exported = time.perf_counter()
    plain = place / "plain" / "meja-aduan.sqlite"
    plain.parent.mkdir()
    raw = connect(desk.paths.database, key)
    try:
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
    finally:
        raw.close()
    facts = {
        "now": now.isoformat(),
        "complaints": COMPLAINTS,
        "events": events,
        "search_rows": search_rows,
        "seconds": seconds,
        "export_seconds": time.perf_counter() - exported,
        "database_bytes": desk.paths.database.stat().st_size,
        "seeded_on": dt.date.today().isoformat(),
    }
    (place / "seeded.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")


def _opened(seeded: SeededDesk, clock: Callable[[], dt.datetime]) -> tuple[Desk, Desk]:
    """The seeded desk with its admin signed in, and a desk on the plain copy."""
    from desktop.app.paths import regions_csv
    from desktop.services.desk import open_desk
    from desktop.services.desk_finder import DeskPaths
    from desktop.services.keys import DeskKeys, key_from_recovery_key
    from desktop.store.database import Database
    from desktop.store.keyslots import KeySlots

    key = key_from_recovery_key(seeded.recovery_key)
    desk = open_desk(seeded.folder, regions_csv(), key, clock=clock).desk
    desk.accounts.sign_in("admin", PASSWORD)
    paths = DeskPaths(seeded.plain.parent)
    plain = Desk(
        paths, Database(seeded.plain, None), DeskKeys(KeySlots.new(paths.keys), key), clock
    )
    plain.access.sign_in(Actor(0, "bench", "Bench", Role.ADMIN))
    return desk, plain


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _month_before(today: dt.date, months: int) -> tuple[dt.date, dt.date]:
    index = today.year * 12 + today.month - 1 - months
    first = dt.date(index // 12, index % 12 + 1, 1)
    following = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def filter_queries(desk: Desk, today: dt.date) -> list[tuple[str, WorklistQuery]]:
    """Every standard view, each filter alone, combinations, and every sort order both ways."""
    categories = desk.reference.categories()
    children = {c.id: sum(1 for x in categories if x.parent_id == c.id) for c in categories}
    parent = max((c for c in categories if c.parent_id is None), key=lambda c: children[c.id])
    institutions = desk.reference.institutions()
    institution, unit = institutions[0], institutions[1]
    first, last = _month_before(today, 4)
    month = {"received_from": first, "received_to": last}
    month_name = first.strftime("%b %Y")
    queries = [(f"view {view.value}", query) for view, query in STANDARD_VIEWS.items()]
    queries += [
        (
            "status verified/held/answered",
            WorklistQuery(
                statuses=frozenset({Status.TERVERIFIKASI, Status.DITUNDA, Status.DITANGGAPI})
            ),
        ),
        ("type aspirasi", WorklistQuery(types=frozenset({ComplaintType.ASPIRASI}))),
        ("channel e-mail", WorklistQuery(channels=frozenset({Channel.EMAIL}))),
        (f"category {parent.name} +{children[parent.id]}", WorklistQuery(category_id=parent.id)),
        (f"institution {institution.name}"[:40], WorklistQuery(institution_id=institution.id)),
        (f"unit {unit.name}"[:40], WorklistQuery(unit_id=unit.id)),
        (f"received in {month_name}", WorklistQuery(**month)),
        ("due soon, newest first", WorklistQuery(due=DueFilter.DUE_SOON)),
        ("overdue, newest first", WorklistQuery(due=DueFilter.OVERDUE)),
        (
            "closed + category",
            WorklistQuery(statuses=frozenset({Status.SELESAI}), category_id=parent.id),
        ),
        (
            f"pengaduan + walk-in + {month_name}",
            WorklistQuery(
                types=frozenset({ComplaintType.PENGADUAN}),
                channels=frozenset({Channel.WALK_IN}),
                **month,
            ),
        ),
        (
            "unit + overdue, by due",
            WorklistQuery(
                unit_id=unit.id, due=DueFilter.OVERDUE, sort=SortKey.DUE, descending=False
            ),
        ),
        (
            "institution + to verify",
            WorklistQuery(
                institution_id=institution.id, statuses=frozenset({Status.BELUM_TERVERIFIKASI})
            ),
        ),
        (
            f"category + {month_name}, by title",
            WorklistQuery(category_id=parent.id, sort=SortKey.TITLE, descending=False, **month),
        ),
        (
            "sms + due soon, by complainant",
            WorklistQuery(
                channels=frozenset({Channel.SMS}),
                due=DueFilter.DUE_SOON,
                sort=SortKey.REPORTER,
                descending=False,
            ),
        ),
    ]
    for key in SortKey:
        for descending in (False, True):
            label = f"sort by {key.value} {'desc' if descending else 'asc'}"
            queries.append((label, WorklistQuery(sort=key, descending=descending)))
    return queries


def bench_first_screens(desk: Desk, today: dt.date, line: Line, rounds: int = 7) -> None:
    queries = filter_queries(desk, today)

    def first_screen(query: WorklistQuery) -> None:
        desk.worklist.summaries(desk.worklist.ids(query, limit=FIRST_SCREEN))

    for _label, query in queries:  # warm-up
        first_screen(query)
    screens: dict[str, list[float]] = {label: [] for label, _ in queries}
    full: dict[str, list[float]] = {label: [] for label, _ in queries}
    listed: dict[str, int] = {}
    for round_number in range(rounds):  # round by round, so a busy moment hits all alike
        for label, query in queries:
            screens[label].append(_ms(lambda q=query: first_screen(q)))
            if round_number < 3:
                started = time.perf_counter()
                listed[label] = len(desk.worklist.ids(query))
                full[label].append((time.perf_counter() - started) * 1000)
    print(
        f"worklist first screen after a filter change ({len(queries)} queries, {rounds} runs "
        f"each): ids(query, limit={FIRST_SCREEN}) + summaries; full id list behind it (info):"
    )
    print(f"  {'query':<40} {'listed':>8} {'median':>9} {'p95':>9} {'full list':>10}")
    for label, _query in queries:
        s = screens[label]
        print(
            f"  {label:<40} {listed[label]:>8,} {statistics.median(s):>6.1f} ms "
            f"{_p95(s):>6.1f} ms {statistics.median(full[label]):>7.0f} ms"
        )
    worst = max(screens, key=lambda label: statistics.median(screens[label]))
    worst_median = statistics.median(screens[worst])
    everything = [t for timings in screens.values() for t in timings]
    every_p95 = _p95(everything)
    slowest_full = max(full, key=lambda label: statistics.median(full[label]))
    print(f"  slowest first screen: {worst}")
    line("  first screen, slowest query (median)", f"{worst_median:.1f} ms", "<= 150 ms",
         worst_median <= 150)  # fmt: skip
    line(f"  first screen, p95 of all {len(everything)} runs", f"{every_p95:.1f} ms", "<= 150 ms",
         every_p95 <= 150)  # fmt: skip
    print(f"  slowest full id list: {slowest_full}")
    line("  full id list, slowest query (median)",
         f"{statistics.median(full[slowest_full]):.0f} ms", "(info)", True)  # fmt: skip


def search_terms(desk: Desk) -> list[str]:
    """Fifty searches an officer types: words, prefixes, pairs, words of follow-up notes and
    answers, a number and its tail, accents and capitals, and words that match nothing."""
    newest = desk.worklist.ids(limit=1)
    number = desk.worklist.summaries(newest)[newest[0]].local_number
    words = [
        "jalan", "puskesmas", "sampah", "banjir", "ktp", "lampu", "pungutan", "bantuan",
        "guru", "pdam", "parkir", "vaksinasi", "mohon", "pelapor",
    ]  # fmt: skip
    prefixes = ["pusk", "jal", "samp", "pengu", "ba", "ko", "ant"]
    pairs = [
        "jalan rusak", "air keruh", "antrean puskesmas", "lampu mati", "dana desa",
        "bantuan sosial", "izin usaha", "akta kelahiran",
    ]  # fmt: skip
    follow_up = [
        "koordinasi", "peninjauan lapangan", "DTKS", "kontraktor", "musrenbang", "dishub",
        "sanksi", "camat laporan", "foto tambahan", "nomor antrean daring",
    ]  # fmt: skip
    numbers = [number, number.rsplit("-", 1)[-1]]
    accents_and_capitals = ["désa", "Pùskésmas", "SAMPAH", "JALAN RUSAK", "Kécamatan"]
    nothing = ["zzqxv", "kelurahan xyzzy", "jalan qwertyuiop", "99999999"]
    terms = words + prefixes + pairs + follow_up + numbers + accents_and_capitals + nothing
    assert len(terms) == 50, len(terms)
    return terms


# The same SQL the application sends for a search in the default order (the received-time
# index walked newest first, keeping the complaints the text index names).
RAW_SEARCH = (
    "SELECT id FROM complaint INDEXED BY ix_complaint_received_at_id WHERE id IN "
    "(SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?) "
    "ORDER BY received_at DESC, id DESC LIMIT ?"
)


def bench_search(desk: Desk, plain: Desk, line: Line, rounds: int = 5) -> None:
    """The application's search, the same FTS query on the driver, and the search on the plain
    copy, taken in turn query by query (the order turning each time)."""
    from desktop.domain.access import Permission
    from desktop.store.database import CACHE_KIB, connect

    assert desk.access.allows(Permission.VIEW_CONFIDENTIAL)  # no `NOT is_secret` in the app's SQL
    terms = search_terms(desk)
    raw = connect(desk.database.path, desk.database.key)
    # The application's connections keep 64 MB of pages; the same here, so only the layers differ.
    raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    try:
        ways: dict[str, Callable[[str], object]] = {
            "app": lambda text: desk.worklist.ids(WorklistQuery(text=text), limit=FIRST_SCREEN),
            "raw": lambda text: raw.execute(
                RAW_SEARCH, (search_expression(text), FIRST_SCREEN)
            ).fetchall(),
            "plain": lambda text: plain.worklist.ids(WorklistQuery(text=text), limit=FIRST_SCREEN),
        }
        found = {}
        for text in terms:
            expression = search_expression(text)
            app_ids = desk.worklist.ids(WorklistQuery(text=text), limit=FIRST_SCREEN)
            raw_ids = [row[0] for row in raw.execute(RAW_SEARCH, (expression, FIRST_SCREEN))]
            assert app_ids == raw_ids, text  # the same query, the same answer
            found[text] = raw.execute(
                "SELECT count(*) FROM complaint_search WHERE complaint_search MATCH ?",
                (expression,),
            ).fetchone()[0]
        timings: dict[str, dict[str, list[float]]] = {way: {t: [] for t in terms} for way in ways}
        names = list(ways)
        for round_number in range(rounds + 1):  # the first round warms up
            for i, text in enumerate(terms):
                turn = (round_number + i) % len(names)
                for way in names[turn:] + names[:turn]:
                    elapsed = _ms(lambda w=way, t=text: ways[w](t))
                    if round_number:
                        timings[way][text].append(elapsed)
    finally:
        raw.close()

    def every(way: str) -> list[float]:
        return [t for values in timings[way].values() for t in values]

    app_p95, raw_p95, plain_p95 = (_p95(every(way)) for way in names)
    ratios = {
        t: statistics.median(timings["app"][t]) / statistics.median(timings["raw"][t])
        for t in terms
    }
    slowest = sorted(terms, key=lambda t: -statistics.median(timings["app"][t]))[:6]
    print(
        f"full-text search, {len(terms)} searches x {rounds} runs, first screen of "
        f"{FIRST_SCREEN} ids, newest first:"
    )
    print("  slowest searches (app median / raw median, complaints found):")
    for text in slowest:
        app_median = statistics.median(timings["app"][text])
        raw_median = statistics.median(timings["raw"][text])
        print(f"    {text!r:<24} {app_median:6.1f} / {raw_median:6.1f} ms  {found[text]:>8,}")
    line("  app search, p95", f"{app_p95:.1f} ms", "<= 100 ms", app_p95 <= 100)
    line("  app vs raw sqlcipher3 driver, p95", f"{app_p95:.1f} vs {raw_p95:.1f} ms = "
         f"{app_p95 / raw_p95:.2f}x", "<= 3x", app_p95 / raw_p95 <= 3)  # fmt: skip
    worst_ratio = max(ratios, key=lambda t: ratios[t])
    line(f"  ... per search, worst: {worst_ratio!r}"[:44], f"{ratios[worst_ratio]:.2f}x",
         "(info)", True)  # fmt: skip
    line("  plain copy vs encrypted, app p95", f"{plain_p95:.1f} vs {app_p95:.1f} ms = "
         f"{app_p95 / plain_p95:.2f}x", "(info)", True)  # fmt: skip


def bench_due_state(desk: Desk, line: Line, rounds: int = 9) -> None:
    work = {"view_counts()": desk.worklist.view_counts, "today()": desk.worklist.today}
    for action in work.values():
        action()  # warm-up
    timings: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(rounds):
        for name, action in work.items():
            timings[name].append(_ms(action))
    counts = desk.worklist.view_counts()
    overview = desk.worklist.today()
    print(f"due and overdue over the whole desk, {rounds} runs each:")
    print("  " + ", ".join(f"{view.value} {count:,}" for view, count in counts.items()))
    print(
        f"  today {overview.today}: due today {sum(overview.due_today.values()):,}, overdue "
        f"{sum(overview.overdue.values()):,} ({len(overview.items)} listed, {overview.more:,} more)"
    )
    for name, values in timings.items():
        median, p95 = statistics.median(values), _p95(values)
        line(f"  {name}, median / p95", f"{median:.0f} / {p95:.0f} ms", "<= 200 ms", p95 <= 200)


def bench_memory(seeded: SeededDesk, line: Line) -> None:
    key_file = seeded.folder.parent / "recovery-key"
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.worklist_child", str(seeded.folder), str(key_file),
         PASSWORD],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    figures = dict(row.split() for row in result.stdout.splitlines() if row.strip())

    def mib(name: str) -> str:
        value = figures[name]
        return "n/a" if value == "n/a" else f"{int(value) / 1024:.0f} MB"

    print(
        f"memory of the application, worklist open on {int(figures['listed']):,} complaints "
        f"(full list loaded in {figures['loaded_ms']} ms, then pages scrolled):"
    )
    line("  main window alone, resident", mib("window_current"), "(info)", True)
    line("  list loaded, resident now", mib("loaded_current"), "(info)", True)
    line("  after scrolling, resident now", mib("scrolled_current"), "(info)", True)
    peak = figures["scrolled_peak"]
    ok = peak != "n/a" and int(peak) <= 300 * 1024
    line("  peak resident (VmHWM)", mib("scrolled_peak"), "<= 300 MB", ok)


def bench_worklist_scale(line: Line) -> None:
    seeded = seeded_desk()
    facts = seeded.facts
    seconds = facts["seconds"]
    print(
        f"one desk of {facts['complaints']:,} complaints and {facts['events']:,} follow-up events "
        f"({facts['events'] / facts['complaints']:.1f} a complaint; {facts['search_rows']:,} "
        f"search rows; {facts['database_bytes'] / 2**20:,.0f} MB), seeded for "
        f"{seeded.now:%Y-%m-%d %H:%M} UTC on {facts['seeded_on']}:"
    )
    line("  seeding time", f"{seconds:,.0f} s", "(info)", True)
    line("  ... complaints per second", f"{facts['complaints'] / seconds:,.0f}/s", "(info)", True)
    line("  ... follow-up events per second", f"{facts['events'] / seconds:,.0f}/s", "(info)", True)
    started = time.monotonic()

    def clock() -> dt.datetime:  # the seeding moment, running on from now
        return seeded.now + dt.timedelta(seconds=time.monotonic() - started)

    desk, plain = _opened(seeded, clock)
    try:
        bench_first_screens(desk, clock().astimezone().date(), line)
        bench_search(desk, plain, line)
        bench_due_state(desk, line)
    finally:
        desk.close()
        plain.close()
    bench_memory(seeded, line)
