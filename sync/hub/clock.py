"""The hub's own clock: real time, sped up by `--speed`, pushed forward by `/_hub/advance`."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

# Western Indonesian Time has no daylight saving: a fixed offset is exact and needs no tzdata
# (which Windows lacks).
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
LAPOR_TIME_FORMAT = "%d-%m-%Y %H:%M:%S"


def format_wib(epoch: float) -> str:
    """An epoch time as LAPOR! writes it: `d-m-Y H:i:s` in Asia/Jakarta time."""
    return dt.datetime.fromtimestamp(epoch, WIB).strftime(LAPOR_TIME_FORMAT)


class HubClock:
    """Hub time = the hub time at start-up + elapsed real time x speed + advances.

    Times are epoch seconds (UTC). The offset from real time is what the hub's database keeps,
    so a restarted hub continues where it left off; `floor` (the latest time already written)
    keeps the clock from running backwards after a restart that lost the sped-up part.
    """

    def __init__(
        self,
        offset: float = 0.0,
        speed: float = 1.0,
        floor: float = 0.0,
        real_time: Callable[[], float] = time.time,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._real_time = real_time
        self._lock = threading.Lock()
        self._speed = speed
        self._anchor_real = real_time()
        self._anchor_hub = max(self._anchor_real + offset, floor)

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        with self._lock:
            return self._anchor_hub + (self._real_time() - self._anchor_real) * self._speed

    def advance(self, seconds: float) -> float:
        """Moves hub time forward (never back) and returns the new time."""
        if seconds < 0:
            raise ValueError("the hub's clock only moves forward")
        with self._lock:
            self._anchor_hub += seconds
        return self.now()

    def offset(self) -> float:
        """Hub time minus real time now: what to store to resume after a restart."""
        return self.now() - self._real_time()
