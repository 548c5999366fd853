"""Which API requests get a fault, and the canned answers of the faults that answer.

A fault is drawn per API request (never for `/_hub/`): first from the queue that
`/_hub/faults/next` fills, then at random with the run's rate and kinds. The random generator is
seeded so that a run with the same seed and the same requests gets the same faults.
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter, deque
from dataclasses import dataclass, field

KINDS: tuple[str, ...] = (
    "latency",
    "slow_body",
    "http_500",
    "http_502",
    "http_503",
    "http_429",
    "reset",
    "drop_after_commit",
    "captive_portal",
    "token_expired",
    "malformed_json",
)

# In the `/_hub/faults/next` queue only: this request is served normally, so a test can aim a
# fault at the third request without touching the first two.
NO_FAULT = "none"

# Faults answered without handling the request: they never change the database.
ANSWERING = frozenset(
    {
        "http_500",
        "http_502",
        "http_503",
        "http_429",
        "captive_portal",
        "token_expired",
        "malformed_json",
    }
)

# Bounds of the delays, in seconds: long enough to trip a short client timeout, short enough
# to keep the tests fast. A run's `delay_scale` multiplies them.
LATENCY_RANGE = (0.5, 1.5)
SLOW_BODY_SECONDS = 2.0
SLOW_BODY_CHUNKS = 8
MAX_DELAY_SCALE = 10.0


class UnknownFault(ValueError):
    """A fault kind the hub does not know."""


def check_kinds(kinds: object) -> list[str]:
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise UnknownFault("kinds must be a list of fault names")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise UnknownFault(f"unknown fault kinds: {', '.join(unknown)}")
    return list(kinds)


@dataclass
class FaultPlan:
    """The faults of this run, and counts of requests by route and by fault."""

    seed: int = 0
    rate: float = 0.0
    kinds: list[str] = field(default_factory=list)
    # The Retry-After of 429 and 503 answers, in whole seconds (the header's unit); a test of
    # a thousand faults sets 0 so the run is not mostly waiting.
    retry_after_s: int = 1
    # What the delays of `latency` and `slow_body` are multiplied by: a test of a thousand
    # faults keeps them (a late answer, a body in pieces) but shorter, so it is not mostly
    # waiting either.
    delay_scale: float = 1.0
    _queue: deque[str] = field(default_factory=deque)
    _requests: Counter[str] = field(default_factory=Counter)
    _faults: Counter[str] = field(default_factory=Counter)
    # Requests that took effect (a 2xx was ready) and whose answer the client never got, by
    # route: what a client cannot know by itself, counted here independently of any client.
    _effect_unanswered: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        check_kinds(self.kinds)

    def configure(
        self,
        rate: float,
        kinds: list[str],
        seed: int | None = None,
        retry_after_s: int | None = None,
        delay_scale: float | None = None,
    ) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if retry_after_s is not None and not 0 <= retry_after_s <= 3600:
            raise ValueError("retry_after must be between 0 and 3600 seconds")
        if delay_scale is not None and not 0.0 < delay_scale <= MAX_DELAY_SCALE:
            raise ValueError(f"delay_scale must be above 0 and at most {MAX_DELAY_SCALE:g}")
        if rate > 0 and not kinds:
            kinds = list(KINDS)
        with self._lock:
            self.rate = rate
            self.kinds = check_kinds(kinds)
            if seed is not None:
                self.seed = seed
                self._rng = random.Random(seed)
            if retry_after_s is not None:
                self.retry_after_s = retry_after_s
            if delay_scale is not None:
                self.delay_scale = delay_scale

    def queue_next(self, kinds: list[str]) -> None:
        """Queues faults for the next requests, in order; `NO_FAULT` lets one pass."""
        if not isinstance(kinds, list):
            raise UnknownFault("kinds must be a list of fault names")
        checked = check_kinds([k for k in kinds if k != NO_FAULT])
        with self._lock:
            self._queue.extend(k if k == NO_FAULT else checked.pop(0) for k in kinds)

    def draw(self, route: str) -> str | None:
        """Counts one API request on `route` and returns its fault, if any."""
        with self._lock:
            self._requests[route] += 1
            fault: str | None = None
            if self._queue:
                queued = self._queue.popleft()
                fault = None if queued == NO_FAULT else queued
            elif self.rate > 0 and self.kinds and self._rng.random() < self.rate:
                fault = self._rng.choice(self.kinds)
            if fault is not None:
                self._faults[fault] += 1
            return fault

    def answer_lost(self, route: str) -> None:
        """A request on `route` took effect and its answer was not delivered."""
        with self._lock:
            self._effect_unanswered[route] += 1

    def latency(self) -> float:
        with self._lock:
            return self._rng.uniform(*LATENCY_RANGE) * self.delay_scale

    def slow_body_pause(self) -> float:
        """The pause between two pieces of a slow body."""
        return SLOW_BODY_SECONDS * self.delay_scale / SLOW_BODY_CHUNKS

    def stats(self) -> dict[str, object]:
        with self._lock:
            return {
                "requests": sum(self._requests.values()),
                "by_path": dict(sorted(self._requests.items())),
                "faults": sum(self._faults.values()),
                "by_fault": dict(sorted(self._faults.items())),
                "took_effect_answer_lost": dict(sorted(self._effect_unanswered.items())),
                "rate": self.rate,
                "kinds": list(self.kinds),
                "queued": list(self._queue),
            }


def error_envelope(message: str, errors: dict[str, list[str]] | None = None) -> bytes:
    body = {"results": {"errors": errors or {}}, "message": message}
    return json.dumps(body, ensure_ascii=False).encode()


@dataclass(frozen=True)
class CannedAnswer:
    """The answer of a fault that answers instead of the API."""

    status: int
    body: bytes
    content_type: str = "application/json"
    retry_after: int | None = None


CAPTIVE_PORTAL_PAGE = b"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Login Wi-Fi Kantor</title></head>
<body><h1>Selamat datang di jaringan Wi-Fi</h1>
<p>Silakan masuk untuk menggunakan internet.</p>
<form method="post" action="/login"><input name="username" placeholder="Nama pengguna">
<input name="password" type="password" placeholder="Kata sandi">
<button type="submit">Masuk</button></form></body></html>
"""

# A JSON answer cut off mid-way, as a dropped mobile connection behind a proxy leaves it.
MALFORMED_JSON = b'{"results": {"data": {"id": 19160'


def canned_answer(kind: str, retry_after_s: int = 1) -> CannedAnswer:
    if kind == "http_500":
        return CannedAnswer(500, error_envelope("internal server error"))
    if kind == "http_502":
        return CannedAnswer(502, error_envelope("bad gateway"))
    if kind == "http_503":
        return CannedAnswer(503, error_envelope("service unavailable"), retry_after=retry_after_s)
    if kind == "http_429":
        return CannedAnswer(429, error_envelope("too many requests"), retry_after=retry_after_s)
    if kind == "captive_portal":
        return CannedAnswer(200, CAPTIVE_PORTAL_PAGE, "text/html; charset=utf-8")
    if kind == "token_expired":
        return CannedAnswer(401, error_envelope("token expired", {"token": ["token expired"]}))
    if kind == "malformed_json":
        return CannedAnswer(200, MALFORMED_JSON)
    raise ValueError(f"{kind} does not answer")
