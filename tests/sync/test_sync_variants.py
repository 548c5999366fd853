"""The desk against deployments that answer the same v3 contract differently (the hub's variant
switches, sync/hub/variants.py): answers at the top level, uploads under `docs`, no look-up by
reference, no categories master, follow-ups without `author`, statuses numbered 1-4 with their
history beside `data`."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxKind, OutboxState, SyncProblem
from desktop.services.desk import Desk
from desktop.store import national, outbox
from sync import capabilities
from sync.desk import NationalSync
from sync.engine import SyncEngine
from sync.references import follow_up_reference
from sync.report import RoundOutcome
from sync.setup import build_engine
from tests.helpers.desks import good_draft
from tests.helpers.exactly_once import small_pdf
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import MovableClock, point_desk_at


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def engine(desk: Desk, hub: InProcessHub, clock: MovableClock) -> SyncEngine:
    """One lane (items go in order of their ids), its first round (probe, masters) done."""
    point_desk_at(desk, hub)
    built = build_engine(desk, clock=clock, workers=1)
    assert built.run_round().outcome is RoundOutcome.DONE
    return built


def items(desk: Desk, complaint_id: int) -> list[tuple[OutboxKind, OutboxState]]:
    with desk.database.reading() as session:
        found = outbox.entries(session, list(OutboxState), limit=10_000)
    return [(e.kind, e.state) for e in found if e.complaint_id == complaint_id]


def answer(desk: Desk, complaint_id: int, text: str) -> None:
    now = dt.datetime.now(dt.UTC)
    unit = desk.reference.institutions()[0].id
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.VERIFIED, now))
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
    desk.follow_up.add(complaint_id, FollowUpEvent(EventKind.ANSWERED, now, text=text))


def calls(hub: InProcessHub, route: str) -> int:
    return int(hub.stats()["by_path"].get(route, 0))


def test_uploads_under_docs_and_a_top_level_create_answer_are_acknowledged_once(
    desk: Desk, hub: InProcessHub, engine: SyncEngine, tmp_path: Path
) -> None:
    hub.set_variants(shapes="lapor")
    recorded = desk.intake.record(good_draft(desk), [small_pdf(tmp_path / "surat.pdf", 1)])

    report = engine.run_round()

    assert report.outcome is RoundOutcome.DONE and report.acknowledged == 2, report.summary()
    (on_hub,) = hub.complaints()
    assert on_hub["attachment_count"] == 1
    assert calls(hub, "POST /complaints/complaint/file") == 1
    detail = desk.worklist.record(recorded.id)
    assert detail is not None and detail.national_tracking_id == str(on_hub["id"])


def test_without_a_look_up_the_desk_asks_once_then_a_day_later_and_leaves_it_to_a_person(
    desk: Desk, hub: InProcessHub, engine: SyncEngine, clock: MovableClock
) -> None:
    hub.set_variants(search=False)
    first = desk.intake.record(good_draft(desk, title="Pertama"))
    second = desk.intake.record(good_draft(desk, title="Kedua"))
    hub.next_faults("none", "drop_after_commit", "drop_after_commit")  # both answers lost
    assert engine.run_round().unknown == 2

    for _ in range(3):
        assert engine.run_round().outcome is RoundOutcome.WAITING

    assert calls(hub, "GET /complaints/search") == 1  # learned from the first 404
    assert NationalSync(desk).status().missing_calls == (capabilities.SEARCH,)
    assert items(desk, first.id) == [(OutboxKind.CREATE, OutboxState.UNKNOWN)]
    assert items(desk, second.id) == [(OutboxKind.CREATE, OutboxState.UNKNOWN)]
    assert len(hub.complaints()) == 2  # never sent again: 0 duplicates

    clock.offset += dt.timedelta(days=1, minutes=1)
    engine.run_round()
    assert calls(hub, "GET /complaints/search") == 2  # asked again after a day


def test_a_lost_follow_up_is_found_by_its_reference_without_any_author_field(
    desk: Desk, hub: InProcessHub, engine: SyncEngine, clock: MovableClock
) -> None:
    hub.set_variants(followup_author=False, shapes="mixed")
    recorded = desk.intake.record(good_draft(desk))
    assert engine.run_round().outcome is RoundOutcome.DONE
    text = "Jalan sudah ditambal pada 20 November."
    answer(desk, recorded.id, text)
    hub.next_faults("none", "drop_after_commit")  # posted, answer lost

    assert engine.run_round().unknown == 1
    report = engine.run_round()

    assert report.reconciled == 1 and report.outcome is RoundOutcome.DONE, report.summary()
    (on_hub,) = hub.complaints()
    reference = follow_up_reference(recorded.local_number, 1)
    assert [f["content"] for f in on_hub["followups"]] == [f"{text}\n\n(Ref. meja: {reference})"]
    # Its national copy never comes back into the timeline as national news.
    hub.advance(days=4)
    clock.offset += dt.timedelta(days=4)
    engine.run_round()
    timeline = desk.follow_up.overview(recorded.id).timeline
    national_texts = [r.event.text for r in timeline if r.event.kind is EventKind.NATIONAL]
    assert national_texts and not any(text in t for t in national_texts)


def test_an_entry_with_our_words_but_no_reference_waits_for_a_person(
    desk: Desk, hub: InProcessHub, engine: SyncEngine
) -> None:
    hub.set_variants(followup_author=False)
    recorded = desk.intake.record(good_draft(desk))
    assert engine.run_round().outcome is RoundOutcome.DONE
    text = "Mohon lengkapi fotokopi KTP."
    answer(desk, recorded.id, text)
    hub.next_faults("none", "http_500")  # not handled; the desk cannot know
    assert engine.run_round().unknown == 1
    # Meanwhile someone typed the same words on the LAPOR! site (without our reference).
    tracking = desk.worklist.record(recorded.id).national_tracking_id  # type: ignore[union-attr]
    posted = hub.call(
        "POST",
        "/complaints/followup/add",
        json={"complaint_id": int(tracking), "content": text, "is_secret": False},
    )
    posted.raise_for_status()

    engine.run_round()

    assert (OutboxKind.FOLLOW_UP, OutboxState.UNKNOWN) in items(desk, recorded.id)
    assert len(hub.complaints()[0]["followups"]) == 1  # not re-sent blindly


def test_statuses_numbered_1_to_4_with_history_beside_data_come_back_with_their_meaning(
    desk: Desk, hub: InProcessHub, engine: SyncEngine, clock: MovableClock
) -> None:
    hub.set_variants(status_codes="lapor", history="data_logs", shapes="lapor")
    recorded = desk.intake.record(good_draft(desk))
    assert engine.run_round().outcome is RoundOutcome.DONE
    hub.advance(days=6)
    clock.offset += dt.timedelta(days=6)

    engine.run_round()

    overview = desk.follow_up.overview(recorded.id)
    news = [r.event for r in overview.timeline if r.event.kind is EventKind.NATIONAL]
    statuses = [e.national_status for e in news if e.national_status is not None]
    assert statuses == [Status.TERVERIFIKASI, Status.DALAM_PROSES, Status.SELESAI], news
    assert overview.state.status is Status.SELESAI
    # The starting table's guesses the names contradicted are listed for IT staff.
    listed = dict(NationalSync(desk).status().unmapped_status_codes)
    assert listed["4"] == "Selesai" and listed["2"] == "Belum Ditindaklanjuti"


def test_a_forward_is_settled_by_the_disposition_it_left_or_else_waits_for_a_person(
    desk: Desk, hub: InProcessHub, engine: SyncEngine
) -> None:
    health = next(i.id for i in desk.reference.institutions() if i.name == "Dinas Kesehatan")
    arrived = desk.intake.record(good_draft(desk, title="Sampai"))
    lost = desk.intake.record(good_draft(desk, title="Tidak sampai"))
    assert engine.run_round().outcome is RoundOutcome.DONE
    now = dt.datetime.now(dt.UTC)
    for recorded in (arrived, lost):
        desk.follow_up.add(
            recorded.id,
            FollowUpEvent(EventKind.FORWARDED, now, text="Bukan wewenang", institution_id=health),
        )
    # The first forward takes effect and its answer is lost; the second never arrives.
    hub.next_faults("none", "drop_after_commit", "http_500")
    assert engine.run_round().unknown == 2

    engine.run_round()

    assert items(desk, arrived.id)[-1] == (OutboxKind.FORWARD, OutboxState.ACKNOWLEDGED)
    assert items(desk, lost.id)[-1] == (OutboxKind.FORWARD, OutboxState.UNKNOWN)
    by_title = {c["title"]: c for c in hub.complaints()}
    assert by_title["Tidak sampai"]["disposition_name"] != "Dinas Kesehatan"


def test_an_answer_that_stays_unreadable_is_quarantined_after_three_tries(
    desk: Desk, hub: InProcessHub, engine: SyncEngine, clock: MovableClock, tmp_path: Path
) -> None:
    recorded = desk.intake.record(good_draft(desk), [small_pdf(tmp_path / "surat.pdf", 2)])
    for _ in range(5):
        hub.next_faults("none", "malformed_json")
        engine.run_round()
        clock.offset += dt.timedelta(hours=1)

    assert calls(hub, "POST /complaints/complaint/file") == 3  # not without limit
    with desk.database.reading() as session:
        (held,) = outbox.entries(session, [OutboxState.QUARANTINED])
    assert held.complaint_id == recorded.id and held.kind is OutboxKind.ATTACHMENT
    assert held.problem is SyncProblem.MALFORMED and held.detail.startswith("unreadable answer 3/3")


def test_a_missing_categories_master_is_said_once_with_the_categories_left_to_map(
    desk: Desk, hub: InProcessHub, clock: MovableClock, caplog: pytest.LogCaptureFixture
) -> None:
    hub.set_variants(categories=False)
    point_desk_at(desk, hub)
    engine: Callable[[], SyncEngine] = lambda: build_engine(desk, clock=clock, workers=1)  # noqa: E731
    with caplog.at_level(logging.WARNING, logger="sync"):
        engine().run_round()
        clock.offset += dt.timedelta(days=1, minutes=1)
        engine().run_round()

    said = [r for r in caplog.records if "does not offer categories" in r.getMessage()]
    assert len(said) == 1
    status = NationalSync(desk).status()
    assert status.missing_calls == (capabilities.CATEGORIES,)
    local = {c.name for c in desk.reference.categories()}
    assert set(status.unmapped_categories) == local
    with desk.database.writing() as session:
        some = desk.reference.categories()[0]
        national.set_mapping(session, "category", str(some.id), "2017", national.MANUAL)
    assert some.name not in NationalSync(desk).status().unmapped_categories
