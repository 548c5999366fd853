"""What "exactly once" means for a desk and the hub, written once for the fault and kill tests.

`record_workload` records complaints through the desk's own intake (some with an attachment,
some answered, some forwarded) and returns what the national side must end up holding;
`rounds_until_settled` runs rounds, moving the engine's clock past back-offs, until nothing is
owed, with a `Person` settling what the desk leaves to a person (as a verifier would, by looking
on the LAPOR! site); `assert_exactly_once` compares the hub's complaints with the desk's
database, and `status_changes_missing` the hub's status history with the desk's timelines.

`VARIED` are the hub's answer variants of a deployment unlike the hub (sync/hub/variants.py):
no look-up by reference, answer shapes drawn per answer, follow-ups without author, statuses
numbered 1-4 with their history beside `data`, no categories master.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import text

from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState, WhoActs
from desktop.services.desk import Desk
from desktop.store import national, outbox
from desktop.store.database import connect
from sync import answers, references
from sync.api import NationalStatus
from sync.desk import NationalSync
from sync.engine import SyncEngine
from sync.report import RoundOutcome, RoundReport
from tests.helpers.desks import good_draft
from tests.helpers.hub import HubHandle
from tests.helpers.sync import MovableClock

TAG_PREFIX = "meja-aduan:"
# The hub's status for a complaint declined and forwarded (Ditolak, Bukan Wewenang), as
# `/_hub/complaints` gives it, and its name in the API's answers whatever the numbering.
FORWARDED_CODE = "4"
FORWARDED_NAME = "Ditolak"
VARIED: dict[str, object] = {
    "shapes": "mixed",
    "search": False,
    "followup_author": False,
    "status_codes": "lapor",
    "history": "data_logs",
    "categories": False,
}
HUB_FORWARD_TARGET = "Dinas Kesehatan"


@dataclass
class Workload:
    """What was recorded at the desk, and so what the national side must hold once each."""

    uuids: dict[int, str] = field(default_factory=dict)  # complaint id -> uuid
    answers: dict[int, str] = field(default_factory=dict)  # complaint id -> unique answer text
    forwarded: dict[int, str] = field(default_factory=dict)  # complaint id -> reason text
    with_attachment: set[int] = field(default_factory=set)

    def add(self, more: Workload) -> None:
        """Take in what a later batch recorded."""
        self.uuids.update(more.uuids)
        self.answers.update(more.answers)
        self.forwarded.update(more.forwarded)
        self.with_attachment |= more.with_attachment


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


@dataclass
class Person:
    """A verifier settling the items the desk leaves to a person, by looking on LAPOR! (the
    hub's complaint list) as the sync panel asks: a create found there is confirmed with its
    tracking id, anything not there is approved to go again. Counts what it was asked."""

    hub: HubHandle
    decisions: Counter[str] = field(default_factory=Counter)
    # Creates whose request reached the national side and whose answer was lost: what the
    # person found there.
    creates_found: int = 0

    @property
    def total(self) -> int:
        return sum(self.decisions.values())

    def settle(self, desk: Desk, waiting: list[OutboxEntry]) -> None:
        if not waiting:
            return
        self.hub.clear_faults()  # the person reads the LAPOR! site, which answers
        by_tag = {
            tag.strip(): c
            for c in self.hub.complaints()
            for tag in str(c["tags_raw"]).split(",")
            if tag.strip()
        }
        sync = NationalSync(desk)
        for item in waiting:
            if item.kind is OutboxKind.CREATE:
                with desk.database.reading() as session:
                    complaint = national.outgoing_complaint(session, item.complaint_id)
                assert complaint is not None
                found = by_tag.get(TAG_PREFIX + complaint.uuid)
                self.decisions[f"{item.kind.value} {item.state.value}"] += 1
                if found is not None:
                    self.creates_found += 1
                    sync.confirm_tracking_id(item.id, str(found["id"]))
                    continue
            elif item.kind is not OutboxKind.ATTACHMENT:
                if self._on_lapor(desk, item, by_tag):
                    continue  # there: the desk finds it by itself once a look-up answers
                self.decisions[f"{item.kind.value} {item.state.value}"] += 1
            else:
                self.decisions[f"{item.kind.value} {item.state.value}"] += 1
            if item.state is OutboxState.UNKNOWN:
                sync.approve_resend(item.id)
            else:
                sync.retry(item.id)

    def _on_lapor(self, desk: Desk, item: OutboxEntry, by_tag: dict[str, Any]) -> bool:
        with desk.database.reading() as session:
            complaint = national.outgoing_complaint(session, item.complaint_id)
            reference = references.item_reference(session, item)
            follow_up = national.outgoing_follow_up(session, item.event_id or -1)
        assert complaint is not None and follow_up is not None
        found = by_tag[TAG_PREFIX + complaint.uuid]
        if item.kind is OutboxKind.FORWARD:
            return bool(found["disposition_name"] == follow_up.institution_name)
        return any(references.reference_in(f["content"]) == reference for f in found["followups"])


# How often the app runs a round by itself (`SyncConfig.interval_minutes`' default): between
# two rounds the desk's clock moves on by this much, or less when a back-off ends sooner.
ROUND_INTERVAL = dt.timedelta(minutes=15)


def waiting_for_a_person(desk: Desk) -> list[OutboxEntry]:
    """What the desk leaves to a person, as the sync panel shows it (`who_acts`): items whose
    outcome it found it cannot settle by itself, and items held back after answers that
    stayed unreadable. What the desk still works on is left to it."""
    with desk.database.reading() as session:
        unknown = outbox.entries(session, [OutboxState.UNKNOWN], limit=100_000)
        held = outbox.entries(session, [OutboxState.QUARANTINED], limit=100_000)
    return [i for i in unknown if i.who_acts is WhoActs.PERSON] + [
        i for i in held if i.detail.startswith("unreadable answer")
    ]


def rounds_until_settled(
    engine: SyncEngine,
    desk: Desk,
    clock: MovableClock,
    max_rounds: int,
    person: Person | None = None,
    faults: Callable[[], None] = lambda: None,
    before_round: Callable[[int], None] = lambda _round: None,
) -> list[RoundReport]:
    """Run rounds until nothing is owed, as the app's runner would: the next round when the
    earliest back-off ends (so a 429's or a 5xx's wait is not slept through), at the latest
    `ROUND_INTERVAL` later (the engine's clock is moved, never slept). Between rounds `person`
    (when given) settles what the desk leaves to a person, after which `faults` turns the
    hub's faults back on. `before_round` gets each round's number first (the desk records
    more meanwhile). Fails after `max_rounds`."""
    reports: list[RoundReport] = []
    for number in range(max_rounds):
        before_round(number)
        reports.append(engine.run_round())
        assert reports[-1].outcome is not RoundOutcome.BUSY
        if person is not None:
            waiting = waiting_for_a_person(desk)
            if waiting:
                person.settle(desk, waiting)
                faults()
        if not owed(desk):
            return reports
        with desk.database.reading() as session:
            next_at = outbox.next_attempt(session)
        wait = ROUND_INTERVAL
        if next_at is not None:
            if next_at.tzinfo is None:
                next_at = next_at.replace(tzinfo=dt.UTC)
            wait = min(wait, next_at - clock() + dt.timedelta(seconds=1))
        if wait > dt.timedelta(0):
            clock.offset += wait
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
        # The desk's follow-ups: those signed with its reference (no author field needed).
        desk_texts = [
            f["content"]
            for f in hub_complaint["followups"]
            if references.reference_in(f["content"]) is not None
        ]
        if cid in work.answers:
            signed = references.signed(
                work.answers[cid], references.follow_up_reference(detail.local_number, 1)
            )
            assert desk_texts == [signed], (cid, desk_texts)
        else:
            assert desk_texts == [], (cid, desk_texts)
        if cid in work.forwarded:
            assert hub_complaint["status_code"] == FORWARDED_CODE, cid
            assert hub_complaint["disposition_name"] == HUB_FORWARD_TARGET, cid
            forwards = forward_log_entries(hub, int(hub_complaint["id"]))
            assert forwards == 1, (cid, forwards)


def national_status(hub: HubHandle, national_id: int) -> NationalStatus:
    """The complaint's national status and history, read with faults off in whatever shape
    the hub's variants answer."""
    answer = hub.call("GET", f"/complaints/{national_id}/complaint")
    answer.raise_for_status()
    return answers.status(answer.json())


def forward_log_entries(hub: HubHandle, national_id: int) -> int:
    """How many times the national log shows the complaint forwarded (read with faults off)."""
    return sum(1 for e in national_status(hub, national_id).log if e.name == FORWARDED_NAME)


def status_changes_missing(desk: Desk, hub: HubHandle, work: Workload) -> list[str]:
    """Each national status change (the history after the first entry, "received") that no
    national event of the desk's timeline shows, as "local number: status name"."""
    hub.clear_faults()
    missing = []
    for cid in work.uuids:
        detail = desk.worklist.record(cid)
        assert detail is not None and detail.national_tracking_id
        history = national_status(hub, int(detail.national_tracking_id)).log[1:]
        shown = [
            r.event.text.split(" · ")[0]
            for r in desk.follow_up.overview(cid).timeline
            if r.event.kind is EventKind.NATIONAL
        ]
        for entry in history:
            if entry.name in shown:
                shown.remove(entry.name)
            else:
                missing.append(f"{detail.local_number}: {entry.name}")
    return missing


def map_categories_by_hand(desk: Desk, hub: HubHandle) -> int:
    """What IT staff do where LAPOR! offers no categories master: map each local category to
    the national id of the same name (read here before the hub stops offering the list)."""
    listed = hub.call("GET", "/masters/categories")
    listed.raise_for_status()
    by_name = {c["name"]: str(c["id"]) for c in listed.json()["results"]["data"]}
    mapped = 0
    with desk.database.writing() as session:
        for category in desk.reference.categories():
            if category.name in by_name:
                national.set_mapping(
                    session, "category", str(category.id), by_name[category.name], "manual"
                )
                mapped += 1
    return mapped


CREATE_ROUTE = "POST /complaints/complaint"


def creates_answer_lost(hub: HubHandle) -> int:
    """Creates whose request took effect on the hub and whose answer the desk never got, as
    the hub counts them (independently of the desk and of the `Person`)."""
    return int(hub.stats()["took_effect_answer_lost"].get(CREATE_ROUTE, 0))


class DecisionTally(logging.Handler):
    """Counts what reconciliation made of each item it weighed (`sync.reconcile` logs each
    decision with its kind and reason), while installed: `with DecisionTally() as tally:`."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.decisions: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self._logger = logging.getLogger("sync")
        self._level = self._logger.level

    def emit(self, record: logging.LogRecord) -> None:
        decision = getattr(record, "decision", None)
        if decision is None:
            return
        self.decisions[decision] += 1
        reason = getattr(record, "reason", "")
        if reason:
            self.reasons[f"{decision}: {reason}"] += 1

    def __enter__(self) -> DecisionTally:
        self._logger.addHandler(self)
        if self._logger.getEffectiveLevel() > logging.INFO:
            self._logger.setLevel(logging.INFO)
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)


def figures(
    label: str,
    work: Workload,
    reports: list[RoundReport],
    person: Person,
    lost_answers: int,
    tally: DecisionTally | None = None,
) -> str:
    """The proof's figures, one line (printed by the slow proofs): the items left to a person
    beside the creates whose request took effect and whose answer was lost (the hub's count)."""
    line = (
        f"{label}: complaints={len(work.uuids)} rounds={len(reports)} "
        f"left_to_a_person={person.total} "
        f"creates_took_effect_answer_lost={lost_answers} "
        f"of_which_left_to_the_person={person.creates_found} "
        f"decisions={dict(sorted(person.decisions.items()))}"
    )
    if tally is not None:
        line += (
            f" desk_decisions={dict(sorted(tally.decisions.items()))}"
            f" desk_reasons={dict(tally.reasons.most_common(12))}"
        )
    return line


def receive_until_shown(
    engine: SyncEngine,
    desk: Desk,
    hub: HubHandle,
    clock: MovableClock,
    work: Workload,
    faults: Callable[[], None],
    max_rounds: int = 600,
) -> int:
    """Run receiving rounds under `faults` (half an hour apart on the desk's clock, so the
    complaints whose news was unreadable are asked again) until every national status change
    is in the timelines; how many rounds it took. Fails after `max_rounds`. (At 30% faults a
    401 ends a round after a few dozen requests, so it takes many rounds.)"""
    missing: list[str] = []
    for done in range(1, max_rounds + 1):
        faults()
        engine.run_round()
        clock.offset += dt.timedelta(minutes=31)
        if done % 25 == 0:
            missing = status_changes_missing(desk, hub, work)
            if not missing:
                return done
    raise AssertionError(f"{len(missing)} status changes never shown, e.g. {missing[:5]}")
