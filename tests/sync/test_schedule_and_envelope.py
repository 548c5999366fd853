"""Back-off and poll timing, and reading LAPOR!'s answers tolerantly: pure functions."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from sync.api import OutcomeUnknown
from sync.lapor import complaint_id_in, parse_national_time, retry_after_seconds
from sync.schedule import BACKOFF_CAP, POLL_ACTIVE, POLL_CLOSED, POLL_QUIET, backoff, poll_interval

NOW = dt.datetime(2026, 11, 29, 3, 0, tzinfo=dt.UTC)


def test_backoff_grows_with_attempts_stays_capped_and_honours_retry_after() -> None:
    rng = random.Random(4)
    waits = [backoff(n, None, rng) for n in range(1, 12)]
    assert waits[0] <= dt.timedelta(seconds=15)
    assert waits[5] > waits[0] * 4  # exponential, even with jitter of at most half
    assert max(waits) <= BACKOFF_CAP
    assert backoff(1, 120, rng) >= dt.timedelta(seconds=120)


def test_desks_back_on_line_together_do_not_retry_in_step() -> None:
    rng = random.Random(1)
    assert len({backoff(3, None, rng) for _ in range(20)}) > 10


def test_young_and_active_complaints_are_asked_about_often_closed_ones_rarely() -> None:
    young = poll_interval(NOW - dt.timedelta(days=1), NOW - dt.timedelta(days=1), False, NOW)
    old_quiet = poll_interval(NOW - dt.timedelta(days=90), NOW - dt.timedelta(days=40), False, NOW)
    old_active = poll_interval(NOW - dt.timedelta(days=90), NOW - dt.timedelta(hours=3), False, NOW)
    closed = poll_interval(NOW - dt.timedelta(days=1), NOW, True, NOW)
    assert (young, old_quiet, old_active, closed) == (
        POLL_ACTIVE,
        POLL_QUIET,
        POLL_ACTIVE,
        POLL_CLOSED,
    )


@pytest.mark.parametrize(
    "envelope",
    [
        {"results": {"data": {"complaint_id": 1916449}}, "message": "OK"},
        {"results": {"complaint_id": "1916449"}, "message": "OK"},
        {"complaint_id": 1916449, "results": {}},
        {"results": None, "data": {"complaint_id": 1916449}},
    ],
)
def test_the_created_complaints_id_is_found_wherever_a_deployment_puts_it(
    envelope: dict[str, object],
) -> None:
    assert complaint_id_in(envelope) == "1916449"


@pytest.mark.parametrize(
    "envelope",
    [{"results": {"data": {}}}, {"results": {"data": {"complaint_id": "abc"}}}, {"results": []}],
)
def test_an_answer_without_a_usable_id_is_an_unknown_outcome(envelope: dict[str, object]) -> None:
    with pytest.raises(OutcomeUnknown):
        complaint_id_in(envelope)


def test_national_times_are_wib_and_retry_after_reads_seconds_or_dates() -> None:
    assert parse_national_time("29-11-2026 10:00:00") == NOW
    assert parse_national_time("2026-11-29 10:00") == NOW  # ISO without a zone: WIB too
    with pytest.raises(ValueError):
        parse_national_time("kemarin sore")
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None
