"""What "exactly once" means for a desk and the hub, written once for the fault and kill tests.

`record_workload` records complaints through the desk's own intake (some with an attachment,
some answered, some forwarded) and returns what the national side must end up holding;
`rounds_until_settled` runs rounds, moving the engine's clock past back-offs, until nothing is
owed; `assert_exactly_once` compares the hub's complaints with the desk's database.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from sqlalchemy import text

from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxEntry, OutboxState
from desktop.services.desk import Desk
from desktop.store import outbox
from desktop.store.database import connect
from sync.engine import SyncEngine
from sync.report import RoundOutcome, RoundReport
from tests.helpers.desks import good_draft
from tests.helpers.hub import HubHandle
from tests.helpers.sync import MovableClock

TAG_PREFIX = "meja-aduan:"
# The hub's status for a complaint declined and forwarded (Ditolak, Bukan Wewenang).
FORWARDED_CODE = "4"
HUB_FORWARD_TARGET = "Dinas Kesehatan"


@dataclass
class Workload:
    """What was recorded at the desk, and so what the national side must hold once each."""

    uuids: dict[int, str] = field(default_factory=dict)  # complaint id -> uuid
    answers: dict[int, str] = field(default_factory=dict)  # complaint id -> unique answer text
    forwarded: dict[int, str] = field(default_factory=dict)  # complaint id -> reason text
    with_attachment: set[int] = field(default_factory=set)


def small_jpeg(path: Path, shade: int) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (shade % 256, 90, 60)).save(buffer, "JPEG", quality=80)
    path.write_bytes(buffer.getvalue())
    return path


def small_pdf(path: Path, number: int) -> Path:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
        + f"% surat pengantar {number}\n".encode()
        + b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    return path


def record_workload(
    desk: Desk,
    count: int,
    folder: Path,
    *,
    attachment_every: int = 4,
    answer_every: int = 10,
    forward_every: int = 20,
    first_number: int = 0,
) -> Workload:
    """Record `count` complaints; every `attachment_every`th has a JPEG or PDF, every
    `answer_every`th is verified, disposed and answered with its own text, and every
    `forward_every`th (offset by 5, so never an answered one) is forwarded. Numbering starts at
    `first_number`, so that batches recorded one after another follow the same pattern."""
    folder.mkdir(parents=True, exist_ok=True)
    unit = desk.reference.institutions()[0].id
    forward_to = next(i.id for i in desk.reference.institutions() if i.name == HUB_FORWARD_TARGET)
    work = Workload()
    for i in range(first_number, first_number + count):
        files: list[Path] = []
        if i % attachment_every == 0:
            maker = small_jpeg if (i // attachment_every) % 2 == 0 else small_pdf
            suffix = ".jpg" if maker is small_jpeg else ".pdf"
            files.append(maker(folder / f"lampiran-{i}{suffix}", i))
        recorded = desk.intake.record(good_draft(desk, title=f"Aduan uji nomor {i}"), files)
        cid = recorded.id
        work.uuids[cid] = recorded.uuid
        if files:
            work.with_attachment.add(cid)
        now = dt.datetime.now(dt.UTC)
        if i % answer_every == 0:
            answer = f"Jawaban unik {i}: jalan ditambal, tiket {recorded.uuid[:8]}."
            desk.follow_up.add(cid, FollowUpEvent(EventKind.VERIFIED, now))
            desk.follow_up.add(cid, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
            desk.follow_up.add(cid, FollowUpEvent(EventKind.ANSWERED, now, text=answer))
            work.answers[cid] = answer
        elif i % forward_every == 5:
            reason = f"Bukan wewenang kami, nomor {i}: diteruskan ke {HUB_FORWARD_TARGET}."
            desk.follow_up.add(
                cid,
                FollowUpEvent(EventKind.FORWARDED, now, text=reason, institution_id=forward_to),
            )
            work.forwarded[cid] = reason
    return work


def owed(desk: Desk) -> dict[OutboxState, int]:
    with desk.database.reading() as session:
        counts = outbox.counts(session)
    return {s: n for s, n in counts.items() if n and s is not OutboxState.QUARANTINED}


def rounds_until_settled(
    engine: SyncEngine,
    desk: Desk,
    clock: MovableClock,
    max_rounds: int,
) -> list[RoundReport]:
    """Run rounds until nothing is owed; between rounds the engine's clock moves just past the
    earliest back-off (so a 429's or a 5xx's wait is not slept through). Fails after
    `max_rounds`."""
    reports: list[RoundReport] = []
    for _ in range(max_rounds):
        reports.append(engine.run_round())
        assert reports[-1].outcome is not RoundOutcome.BUSY
        if not owed(desk):
            return reports
        with desk.database.reading() as session:
            next_at = outbox.next_attempt(session)
        if next_at is not None:
            if next_at.tzinfo is None:
                next_at = next_at.replace(tzinfo=dt.UTC)
            wait = next_at - clock()
            if wait > dt.timedelta(0):
                clock.offset += wait + dt.timedelta(seconds=1)
    outcomes = Counter(r.outcome.name for r in reports)
    raise AssertionError(f"still owed after {max_rounds} rounds: {owed(desk)}; {outcomes}")


def quarantined(desk: Desk) -> list[OutboxEntry]:
    with desk.database.reading() as session:
        return outbox.entries(session, [OutboxState.QUARANTINED], limit=100_000)


def integrity(desk: Desk) -> str:
    """`PRAGMA integrity_check` of the database file, on a fresh connection.

    Not on one of the desk's pooled connections: after another process (a killed or finished
    `python -m sync run --once`) changed the full-text index, a pooled connection of this
    process can report "fts5: corruption found reading blob ..." while a fresh connection finds
    the file intact. SQLite's FTS5 check reads the index structure that connection cached
    before, which searches read again and the check does not: the file is sound and searches
    are right (tests/store/test_search_across_processes.py). Logged here when it shows."""
    raw = connect(desk.database.path, desk.database.key)
    try:
        fresh = str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        raw.close()
    with desk.database.reading() as session:
        pooled = str(session.execute(text("PRAGMA integrity_check")).scalar_one())
    if pooled != fresh:
        logging.getLogger("tests").warning("a pooled connection says: %s", pooled)
    return fresh


def assert_exactly_once(desk: Desk, hub: HubHandle, work: Workload) -> None:
    """Every recorded complaint on the hub once, with its own tag, its attachment, its answer
    once and its forward once; every item acknowledged; the database intact."""
    hub.clear_faults()  # the checks read the hub's API too
    on_hub = hub.complaints()
    tags = Counter(
        tag.strip()
        for c in on_hub
        for tag in str(c["tags_raw"]).split(",")
        if tag.strip().startswith(TAG_PREFIX)
    )
    expected = Counter(TAG_PREFIX + u for u in work.uuids.values())
    assert len(on_hub) == len(work.uuids), f"{len(on_hub)} on the hub, {len(work.uuids)} recorded"
    assert tags == expected, f"duplicated: {[t for t, n in tags.items() if n > 1][:5]}"
    by_tag = {
        tag.strip(): c for c in on_hub for tag in str(c["tags_raw"]).split(",") if tag.strip()
    }

    assert quarantined(desk) == [], "nothing in this workload is refusable"
    assert owed(desk) == {}
    checked = integrity(desk)
    assert checked == "ok", checked

    for cid, uuid in work.uuids.items():
        hub_complaint = by_tag[TAG_PREFIX + uuid]
        detail = desk.worklist.record(cid)
        assert detail is not None, f"complaint {cid} missing locally"
        assert detail.national_tracking_id == str(hub_complaint["id"]), cid
        if cid in work.with_attachment:
            assert hub_complaint["attachment_count"] == 1, cid
        desk_texts = [f["content"] for f in hub_complaint["followups"] if f["author"] == "admin"]
        if cid in work.answers:
            assert desk_texts == [work.answers[cid]], (cid, desk_texts)
        else:
            assert desk_texts == [], (cid, desk_texts)
        if cid in work.forwarded:
            assert hub_complaint["status_code"] == FORWARDED_CODE, cid
            assert hub_complaint["disposition_name"] == HUB_FORWARD_TARGET, cid
            forwards = forward_log_entries(hub, int(hub_complaint["id"]))
            assert forwards == 1, (cid, forwards)


def forward_log_entries(hub: HubHandle, national_id: int) -> int:
    """How many times the national log shows the complaint forwarded (read with faults off)."""
    answer = hub.call("GET", f"/complaints/{national_id}/complaint")
    answer.raise_for_status()
    logs = answer.json()["results"]["data"]["logs"]
    return sum(1 for entry in logs if str(entry["status_code"]) == FORWARDED_CODE)
