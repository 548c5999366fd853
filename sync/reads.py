"""Reads from the national side, tried again at once when they fail by a fault of the moment.

A read (GET) has no effect, so trying it again is always safe; under a flaky link a look-up or
a walk between neighbours (`sync.reconcile`, `sync.neighbours`) that gave up at the first 5xx
would leave an item unknown for another round, or to a person, for nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sync.api import NotDelivered, Offline

_T = TypeVar("_T")

# Tries of one read in a round.
READ_TRIES = 3
# A server asking to wait longer than this before the next try: the read waits for a later
# round instead of holding this one.
LONGEST_WAIT_S = 2.0


def patiently(read: Callable[[], _T]) -> _T:
    """`read()`, tried up to `READ_TRIES` times while it fails as "not delivered" (a 5xx, a 429,
    an unreadable or cut-off answer). Offline and every other failure are raised at once."""
    for attempt in range(1, READ_TRIES + 1):
        try:
            return read()
        except Offline:
            raise
        except NotDelivered as error:
            wait_s = error.retry_after or 0.0
            if attempt == READ_TRIES or wait_s > LONGEST_WAIT_S:
                raise
            if wait_s:
                time.sleep(wait_s)
    raise AssertionError("unreachable")  # pragma: no cover
