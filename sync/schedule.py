"""When to try again: back-off for items that could not go, and how often to ask the national
side about a sent complaint (young and active ones often, closed ones rarely)."""

from __future__ import annotations

import datetime as dt
import random

BACKOFF_BASE = dt.timedelta(seconds=15)
BACKOFF_CAP = dt.timedelta(hours=1)

POLL_ACTIVE = dt.timedelta(hours=1)  # received in the last week, or changed in the last 2 days
POLL_OPEN = dt.timedelta(hours=6)
POLL_QUIET = dt.timedelta(hours=24)  # open but older than 30 days and quiet
POLL_CLOSED = dt.timedelta(days=7)
POLL_RETRY = dt.timedelta(minutes=30)  # after an unusable answer about one complaint


def backoff(
    attempts: int, retry_after_s: float | None, rng: random.Random | None = None
) -> dt.timedelta:
    """The wait before the next attempt: exponential in the attempts made, with jitter (so
    desks that came back online together do not all knock at once), never shorter than the
    server's Retry-After."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    wait = ceiling * (rng or random).uniform(0.5, 1.0)
    if retry_after_s is not None:
        wait = max(wait, dt.timedelta(seconds=min(retry_after_s, BACKOFF_CAP.total_seconds())))
    return wait


def poll_interval(
    received_at: dt.datetime, last_change_at: dt.datetime, closed: bool, now: dt.datetime
) -> dt.timedelta:
    if closed:
        return POLL_CLOSED
    if now - received_at < dt.timedelta(days=7) or now - last_change_at < dt.timedelta(days=2):
        return POLL_ACTIVE
    if now - received_at < dt.timedelta(days=30):
        return POLL_OPEN
    return POLL_QUIET
