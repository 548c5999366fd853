"""Synchronisation end to end against the real sandbox hub on 127.0.0.1: a complaint recorded
at the desk reaches the national side once, and the national side's progress comes back into
its timeline."""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxState, SyncProblem
from desktop.services.desk import Desk
from desktop.services.person_values import ErasureReason
from desktop.store import national, outbox
from sync.desk import NationalSync
from sync.engine import SyncEngine
from sync.references import follow_up_reference
from sync.report import RoundOutcome
from sync.setup import build_engine
from tests.helpers.desks import good_draft
from tests.helpers.hub import InProcessHub
from tests.helpers.sync import MovableClock, point_desk_at


@pytest.fixture
def synced(desk: Desk, hub: InProcessHub) -> Callable[..., SyncEngine]:
    point_desk_at(desk, hub)
    clock = MovableClock()

    def engine(**options: object) -> SyncEngine:
        built = build_engine(desk, clock=clock, **options)  # type: ignore[arg-type]
        built.test_clock = clock  # type: ignore[attr-defined]
        return built

    return engine


def recorded_title(desk: Desk, complaint_id: int) -> str:
    record = desk.worklist.record(complaint_id)
    assert record is not None
    return record.title


def photo(tmp_path: Path) -> Path:
    path = tmp_path / "lubang.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (3200, 2400), (120, 90, 60)).save(buffer, "JPEG", quality=95)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_recorded_complaint_reaches_the_hub_once_and_its_progress_comes_back(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine], tmp_path: Path
) -> None:
    recorded = desk.intake.record(good_draft(desk), [photo(tmp_path)])
    engine = synced()

    report = engine.run_round()

    assert report.outcome is RoundOutcome.DONE, report.summary()
    on_hub = hub.complaints()
    assert len(on_hub) == 1
    assert f"meja-aduan:{recorded.uuid}" in on_hub[0]["tags_raw"]
    assert on_hub[0]["attachment_count"] == 1
    detail = desk.worklist.record(recorded.id)
    assert detail is not None
    assert detail.national_tracking_id == str(on_hub[0]["id"])

    # The national side verifies, disposes, answers and closes over the next days.
    hub.advance(days=6)
    engine.test_clock.offset = dt.timedelta(days=6)  # type: ignore[attr-defined]
    assert engine.run_round().outcome is RoundOutcome.DONE

    overview = desk.follow_up.overview(recorded.id)
    national_texts = [r.event.text for r in overview.timeline if r.event.kind is EventKind.NATIONAL]
    assert any("Terverifikasi" in t for t in national_texts)
    assert any("Dalam Proses" in t for t in national_texts)
    assert any(t.startswith("Instansi: ") for t in national_texts)
    assert all(r.actor == "SP4N-LAPOR!" for r in overview.timeline)
    assert overview.state.status is Status.SELESAI

    # Asking again brings nothing twice.
    engine.test_clock.offset = dt.timedelta(days=20)  # type: ignore[attr-defined]
    engine.run_round()
    again = desk.follow_up.overview(recorded.id).timeline
    assert [r.event.text for r in again] == [r.event.text for r in overview.timeline]


def test_a_local_answer_is_posted_once_and_not_taken_back_in_as_national_news(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    recorded = desk.intake.record(good_draft(desk))
    engine = synced()
    engine.run_round()
    cid = recorded.id
    unit = desk.reference.institutions()[0].id
    now = dt.datetime.now(dt.UTC)
    desk.follow_up.add(cid, FollowUpEvent(EventKind.VERIFIED, now))
    desk.follow_up.add(cid, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
    answer = "Jalan sudah ditambal oleh Dinas PUPR pada 20 November."
    desk.follow_up.add(cid, FollowUpEvent(EventKind.ANSWERED, now, text=answer))

    assert engine.run_round().outcome is RoundOutcome.DONE
    engine.test_clock.offset = dt.timedelta(hours=2)  # type: ignore[attr-defined]
    engine.run_round()

    posted = [f for f in hub.complaints()[0]["followups"] if f["content"].startswith(answer)]
    # Posted once, signed with the desk's reference: the complaint's number and "TL1".
    reference = follow_up_reference(recorded.local_number, 1)
    assert [(f["author"], f["content"]) for f in posted] == [
        ("admin", f"{answer}\n\n(Ref. meja: {reference})")
    ]
    timeline = desk.follow_up.overview(cid).timeline
    assert not any(answer in r.event.text for r in timeline if r.event.kind is EventKind.NATIONAL)


def test_a_refused_complaint_is_quarantined_with_the_reason_and_the_queue_goes_on(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    first = desk.intake.record(good_draft(desk, title="Pertama"))
    second = desk.intake.record(good_draft(desk, title="Kedua"))
    with desk.database.writing() as session:
        # An institution id the national side does not have: a 422 naming the field.
        national.set_mapping(session, "institution", "default", "99999", "manual")
    engine = synced()
    with desk.database.writing() as session:
        national.set_mapping(session, "institution", "default", "99999", "manual")
    report = engine.run_round()
    assert report.quarantined == 2
    with desk.database.reading() as session:
        stuck = outbox.entries(session, [OutboxState.QUARANTINED])
    assert {e.complaint_id for e in stuck} == {first.id, second.id}
    assert all(e.problem is SyncProblem.REFUSED and "disposition_id" in e.detail for e in stuck)

    # A third complaint with a target the hub knows goes through past the quarantined ones.
    third_unit = next(i for i in desk.reference.institutions() if i.name == "Dinas Kesehatan")
    third = desk.intake.record(good_draft(desk, title="Ketiga", institution_id=third_unit.id))
    assert engine.run_round().acknowledged == 1
    with desk.database.reading() as session:
        assert national.poll_state(session, third.id) is not None


def test_wrong_credentials_stop_the_round_with_one_clear_reason(
    desk: Desk, hub: InProcessHub
) -> None:
    point_desk_at(desk, hub, key="kunci-salah")
    desk.intake.record(good_draft(desk))
    report = build_engine(desk, auth_pause_s=0.01).run_round()
    assert report.outcome is RoundOutcome.CREDENTIALS_REFUSED
    assert hub.stats()["requests"] <= 2  # the probe and its one retry, not one per item
    with desk.database.reading() as session:
        assert outbox.counts(session)[OutboxState.PENDING] == 1  # its create, untouched


def test_a_status_code_without_an_entry_is_read_by_its_name_and_listed_for_it_staff(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    recorded = desk.intake.record(good_draft(desk))
    with desk.database.writing() as session:
        national.set_mapping(session, "status", "1", "", "manual")  # "Terverifikasi" unmapped
    engine = synced()
    engine.run_round()
    hub.advance(hours=3)
    engine.test_clock.offset = dt.timedelta(hours=3)  # type: ignore[attr-defined]
    engine.run_round()

    overview = desk.follow_up.overview(recorded.id)
    news = [r.event for r in overview.timeline if r.event.kind is EventKind.NATIONAL]
    assert [(e.text, e.national_status) for e in news] == [("Terverifikasi", Status.TERVERIFIKASI)]
    assert overview.state.status is Status.TERVERIFIKASI
    assert NationalSync(desk).status().unmapped_status_codes == (("1", "Terverifikasi"),)
    with desk.database.reading() as session:
        poll = national.poll_state(session, recorded.id)
    assert poll is not None and poll.status_code == "1"


def test_national_news_waits_while_a_local_change_is_on_its_way(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    recorded = desk.intake.record(good_draft(desk))
    engine = synced()
    engine.run_round()
    now = dt.datetime.now(dt.UTC)
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.HELD, now, text="Mohon kirim foto."))
    hub.advance(hours=5)
    engine.test_clock.offset = dt.timedelta(hours=5)  # type: ignore[attr-defined]
    hub.next_faults("http_503")  # the probe fails: nothing goes, nothing comes
    assert engine.run_round().outcome is RoundOutcome.OFFLINE
    # The probe is slow but answered; the request for clarification meets a 503 and waits.
    hub.next_faults("latency", "http_503")
    report = engine.run_round()
    assert report.retry_later == 1 and report.national_events == 0
    timeline = desk.follow_up.overview(recorded.id).timeline
    assert [r.event.kind for r in timeline] == [EventKind.HELD]


def test_a_category_without_a_national_id_waits_with_its_name_until_it_is_mapped(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    local_only = desk.reference.add_category("Pasar Tradisional", None)
    recorded = desk.intake.record(good_draft(desk, category_id=local_only))
    engine = synced()
    report = engine.run_round()
    assert report.quarantined == 1
    with desk.database.reading() as session:
        (item,) = outbox.entries(session, [OutboxState.QUARANTINED])
    assert item.problem is SyncProblem.MAPPING_MISSING
    assert item.detail == "category: Pasar Tradisional"

    # IT staff map it by hand; a verifier sends it again.
    national_sync = NationalSync(desk)
    national_sync.set_mapping("category", str(local_only), "2001")
    national_sync.retry(item.id)
    assert engine.run_round().acknowledged == 1
    assert hub.complaints()[0]["title"] == recorded_title(desk, recorded.id)
    assert hub.complaints()[0]["category_id"] == 2001


def test_a_complaint_erased_before_it_was_sent_is_never_sent(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine], tmp_path: Path
) -> None:
    recorded = desk.intake.record(good_draft(desk), [photo(tmp_path)])
    desk.people.anonymise([recorded.id], ErasureReason.REQUEST)
    report = synced().run_round()
    assert report.acknowledged == 0
    assert (
        hub.complaints() == []
        and hub.stats()["by_path"].get("POST /complaints/complaint/file") is None
    )
    with desk.database.reading() as session:
        withdrawn = outbox.entries(session, [OutboxState.QUARANTINED])
    assert [e.problem for e in withdrawn] == [SyncProblem.ERASED, SyncProblem.ERASED]


@pytest.mark.slow
def test_a_429_waits_at_least_as_long_as_the_server_asks_and_the_rest_goes_on(
    desk: Desk, hub: InProcessHub, synced: Callable[..., SyncEngine]
) -> None:
    first = desk.intake.record(good_draft(desk, title="Pertama"))
    second = desk.intake.record(good_draft(desk, title="Kedua"))
    hub.set_faults(0.0, [], retry_after=3)
    # The probe and the three master lists pass; the first create meets "too many requests".
    hub.next_faults("none", "none", "none", "none", "http_429")
    engine = synced(workers=1)
    started = time.monotonic()
    report = engine.run_round()
    assert (report.acknowledged, report.retry_later) == (1, 1)
    assert time.monotonic() - started >= 3  # nothing more was sent before the wait was over
    with desk.database.reading() as session:
        (waiting,) = outbox.entries(session, [OutboxState.PENDING])
        next_at = outbox.next_attempt(session)
    assert waiting.complaint_id == first.id and waiting.problem is SyncProblem.RATE_LIMITED
    assert next_at is not None
    assert next_at - waiting.updated_at >= dt.timedelta(seconds=3)
    assert [c["title"] for c in hub.complaints()] == [recorded_title(desk, second.id)]
