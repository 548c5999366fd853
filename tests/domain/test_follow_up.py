"""Every status against every follow-up event: what is allowed, what is refused and why."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.complaint import Status
from desktop.domain.follow_up import (
    ContactMethod,
    EventKind,
    EventRefusedError,
    FollowUpEvent,
    FollowUpState,
    Refusal,
    allowed_kinds,
    apply,
    implied_kinds,
    link_refusal,
    replay,
)

AT = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)
S = Status
K = EventKind

# Written out by hand from the issue and LAPOR!'s admin actions, not derived from the code.
ALLOWED: dict[Status, set[EventKind]] = {
    S.BELUM_TERVERIFIKASI: {
        K.VERIFIED, K.HELD, K.FORWARDED, K.ARCHIVED, K.MERGED,
        K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION,
    },
    S.TERVERIFIKASI: {K.DISPOSED, K.HELD, K.MERGED, K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION},
    S.DITUNDA: {
        K.RESUMED, K.FORWARDED, K.ARCHIVED, K.MERGED, K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION,
    },
    S.BUKAN_WEWENANG: {K.REOPENED, K.NOTE, K.LINKED, K.CORRECTION},
    S.DIARSIPKAN: {K.REOPENED, K.NOTE, K.LINKED, K.CORRECTION},
    S.DIDISPOSISIKAN: {
        K.PROCESS_STARTED, K.ANSWERED, K.HELD, K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION,
    },
    S.DALAM_PROSES: {K.ANSWERED, K.HELD, K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION},
    S.DITANGGAPI: {K.ANSWERED, K.CLOSED, K.NOTE, K.CONTACT, K.LINKED, K.CORRECTION},
    S.SELESAI: {K.REOPENED, K.NOTE, K.LINKED, K.CORRECTION},
}  # fmt: skip


def complete(kind: EventKind, **changes: object) -> FollowUpEvent:
    """An event of `kind` with every field it needs filled in."""
    values: dict[str, object] = {
        "text": "Sudah dicek ke lokasi.",
        "unit_id": 4,
        "institution_id": 7,
        "reason": "Tidak jelas",
        "rating": 5,
        "contact_method": ContactMethod.CALL,
        "linked_complaint_id": 12,
        "corrects_event_id": 3,
    }
    values.update(changes)
    return FollowUpEvent(kind, AT, **values)  # type: ignore[arg-type]


def state_in(status: Status) -> FollowUpState:
    return FollowUpState(
        status=status,
        held_from=Status.BELUM_TERVERIFIKASI if status is Status.DITUNDA else None,
        answered=status in (Status.DITANGGAPI, Status.SELESAI),
    )


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("kind", [k for k in EventKind if k is not K.NATIONAL])
def test_each_event_is_allowed_exactly_where_the_table_says(
    status: Status, kind: EventKind
) -> None:
    state = state_in(status)
    if kind in ALLOWED[status]:
        apply(state, complete(kind))
        assert kind in allowed_kinds(state)
    else:
        with pytest.raises(EventRefusedError) as refused:
            apply(state, complete(kind))
        assert refused.value.refusal is Refusal.NOT_NOW
        assert kind not in allowed_kinds(state)


def test_the_whole_way_from_receipt_to_closure() -> None:
    history = [
        complete(K.VERIFIED),
        complete(K.DISPOSED),
        complete(K.PROCESS_STARTED),
        complete(K.NOTE),
        complete(K.ANSWERED),
        complete(K.CLOSED, rating=4),
    ]
    assert replay(history).status is Status.SELESAI
    statuses = [replay(history[: i + 1]).status for i in range(len(history))]
    assert statuses == [
        S.TERVERIFIKASI, S.DIDISPOSISIKAN, S.DALAM_PROSES, S.DALAM_PROSES, S.DITANGGAPI, S.SELESAI,
    ]  # fmt: skip


def test_a_hold_returns_to_where_it_was_and_reopening_goes_back_to_work() -> None:
    state = replay([complete(K.VERIFIED), complete(K.DISPOSED), complete(K.HELD)])
    assert state.status is Status.DITUNDA
    assert apply(state, complete(K.RESUMED)).status is Status.DIDISPOSISIKAN
    closed = replay(
        [complete(K.VERIFIED), complete(K.DISPOSED), complete(K.ANSWERED), complete(K.CLOSED)]
    )
    assert apply(closed, complete(K.REOPENED)).status is Status.DALAM_PROSES
    archived = replay([complete(K.ARCHIVED)])
    assert apply(archived, complete(K.REOPENED)).status is Status.BELUM_TERVERIFIKASI


@pytest.mark.parametrize(
    ("status", "event", "refusal"),
    [
        (S.BELUM_TERVERIFIKASI, complete(K.NOTE, text="  "), Refusal.TEXT_REQUIRED),
        (S.TERVERIFIKASI, complete(K.DISPOSED, unit_id=None), Refusal.UNIT_REQUIRED),
        (S.BELUM_TERVERIFIKASI, complete(K.FORWARDED, institution_id=None),
         Refusal.INSTITUTION_REQUIRED),
        (S.BELUM_TERVERIFIKASI, complete(K.ARCHIVED, reason=""), Refusal.REASON_REQUIRED),
        (S.DALAM_PROSES, complete(K.ANSWERED, text=""), Refusal.TEXT_REQUIRED),
        (S.DITANGGAPI, complete(K.CLOSED, rating=6), Refusal.RATING_OUT_OF_RANGE),
        (S.DALAM_PROSES, complete(K.CONTACT, contact_method=None),
         Refusal.CONTACT_METHOD_REQUIRED),
        (S.DALAM_PROSES, complete(K.CONTACT, text=""), Refusal.TEXT_REQUIRED),
        (S.TERVERIFIKASI, complete(K.LINKED, linked_complaint_id=None), Refusal.LINK_REQUIRED),
        (S.SELESAI, complete(K.CORRECTION, corrects_event_id=None),
         Refusal.CORRECTED_EVENT_REQUIRED),
    ],
)  # fmt: skip
def test_an_event_missing_what_it_needs_is_refused_naming_it(
    status: Status, event: FollowUpEvent, refusal: Refusal
) -> None:
    with pytest.raises(EventRefusedError) as refused:
        apply(state_in(status), event)
    assert refused.value.refusal is refusal


def test_closing_needs_an_answer_first() -> None:
    unanswered = FollowUpState(status=Status.DITANGGAPI, answered=False)
    with pytest.raises(EventRefusedError) as refused:
        apply(unanswered, complete(K.CLOSED))
    assert refused.value.refusal is Refusal.NO_ANSWER_YET
    answered = FollowUpState(status=Status.DITANGGAPI, answered=True)
    assert apply(answered, complete(K.CLOSED, rating=None)).status is Status.SELESAI


def test_notes_and_corrections_never_change_the_status() -> None:
    for status in Status:
        state = state_in(status)
        assert apply(state, complete(K.NOTE)) == state
        assert apply(state, complete(K.CORRECTION)) == state


def test_a_complaint_held_while_with_a_unit_cannot_be_archived_or_forwarded() -> None:
    held = replay(
        [complete(K.VERIFIED), complete(K.DISPOSED), complete(K.PROCESS_STARTED), complete(K.HELD)]
    )
    assert held.status is Status.DITUNDA
    for kind in (K.ARCHIVED, K.FORWARDED, K.MERGED):
        with pytest.raises(EventRefusedError) as refused:
            apply(held, complete(kind))
        assert refused.value.refusal is Refusal.NOT_NOW
    assert apply(held, complete(K.RESUMED)).status is Status.DALAM_PROSES


def test_a_merged_complaint_remembers_where_it_went_until_it_is_reopened() -> None:
    merged = replay([complete(K.VERIFIED), complete(K.MERGED, linked_complaint_id=7)])
    assert (merged.status, merged.merged_into) == (Status.DIARSIPKAN, 7)
    assert replay([complete(K.ARCHIVED)]).merged_into is None  # archived, not merged
    assert apply(merged, complete(K.REOPENED)).merged_into is None


def test_a_link_needs_another_complaint_that_exists_and_a_merge_one_not_merged_away() -> None:
    open_one = FollowUpState()
    merged_away = FollowUpState(status=Status.DIARSIPKAN, merged_into=9)
    assert link_refusal(K.LINKED, 1, 2, None) is Refusal.NO_SUCH_COMPLAINT
    assert link_refusal(K.MERGED, 1, 1, open_one) is Refusal.SAME_COMPLAINT
    assert link_refusal(K.LINKED, 1, 1, open_one) is Refusal.SAME_COMPLAINT
    assert link_refusal(K.MERGED, 1, 2, merged_away) is Refusal.TARGET_MERGED_AWAY
    assert link_refusal(K.LINKED, 1, 2, merged_away) is None  # a link only points at it
    assert link_refusal(K.MERGED, 1, 2, open_one) is None


def national(status: Status | None, text: str = "") -> FollowUpEvent:
    return FollowUpEvent(K.NATIONAL, AT, text=text, national_status=status)


@pytest.mark.parametrize("status", list(Status))
def test_national_news_is_recorded_whatever_the_status_and_never_offered(status: Status) -> None:
    state = state_in(status)
    apply(state, national(None, "Laporan sedang ditindaklanjuti"))
    assert K.NATIONAL not in allowed_kinds(state)


def test_national_statuses_move_a_complaint_forward_only() -> None:
    history = [national(S.TERVERIFIKASI), national(S.DALAM_PROSES)]
    assert replay(history).status is S.DALAM_PROSES
    # The desk answered already: the national side's "in process" does not take it back.
    local = [complete(K.VERIFIED), complete(K.DISPOSED), complete(K.ANSWERED)]
    assert replay([*local, national(S.DALAM_PROSES)]).status is S.DITANGGAPI
    # Closed nationally: closed here, and answered (a later reopening works as usual).
    closed = replay([*history, national(S.SELESAI)])
    assert closed.status is S.SELESAI and closed.answered
    # Closed here stays closed; reopening is the desk's decision.
    done = [*local, complete(K.CLOSED)]
    assert replay([*done, national(S.DALAM_PROSES)]).status is S.SELESAI
    # A status the mapping table does not know changes nothing.
    assert replay([national(None, "kode 99")]).status is S.BELUM_TERVERIFIKASI


def test_a_national_status_counts_as_the_steps_it_implies() -> None:
    assert implied_kinds(national(S.DALAM_PROSES)) == {K.VERIFIED, K.DISPOSED, K.PROCESS_STARTED}
    assert implied_kinds(national(None, "tanggapan")) == frozenset()
    assert implied_kinds(complete(K.NOTE)) == {K.NOTE}
