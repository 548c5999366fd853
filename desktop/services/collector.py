"""Python's cycle collector paused while a large computation builds its data.

A year's recap makes a few hundred thousand lists and tuples that all live until the figures
are made: every full collection on the way walks all of them again, a quarter of the report's
time, and finds nothing to free (they hold no cycles; reference counting frees them after).
The collector is process-wide, so the pause is counted: it resumes when the last computation
that paused it ends, and only if it was running before the first one began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
