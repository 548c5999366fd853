"""The hub's shared state and the plain request/answer values its handlers exchange.

Handlers are functions from a `Request` to a `Reply`; only `handler.py` touches sockets, so the
faults that play with the connection stay in one place.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sync.hub.clock import HubClock
from sync.hub.faults import FaultPlan, error_envelope
from sync.hub.store import HubStore
from sync.hub.variants import Variants

log = logging.getLogger("sync.hub")


class Headers(Protocol):
    """Request headers, looked up without regard to case (http.server's `Message`)."""

    def get(self, name: str, /) -> str | None: ...


@dataclass(frozen=True)
class Request:
    """One HTTP request, read in full. `path` is without the optional `/api/v3` prefix."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Headers
    body: bytes

    def json(self) -> Any:
        """The body as JSON; raises ValueError when it is not."""
        return json.loads(self.body.decode("utf-8")) if self.body else None


@dataclass(frozen=True)
class Reply:
    """One HTTP answer."""

    status: int
    body: bytes
    content_type: str = "application/json"
    retry_after: int | None = None


def ok(data: object, message: str = "OK", status: int = 200) -> Reply:
    body = {"results": {"data": data}, "message": message}
    return Reply(status, json.dumps(body, ensure_ascii=False).encode())


def error(status: int, message: str, errors: dict[str, list[str]] | None = None) -> Reply:
    return Reply(status, error_envelope(message, errors))


def plain(data: object, status: int = 200) -> Reply:
    """A `/_hub/` answer: plain JSON without LAPOR!'s envelope."""
    return Reply(status, json.dumps(data, ensure_ascii=False).encode())


@dataclass
class Hub:
    """What every request thread shares: the database, the clock, the faults, the credentials.

    `generated_credentials` is true when this start made up the key and token (the CLI prints
    them once).
    """

    store: HubStore
    clock: HubClock
    faults: FaultPlan
    seed: int
    key: str
    token: str
    generated_credentials: bool = False
    closed: bool = field(default=False)
    variants: Variants = field(default_factory=Variants)

    def answer(self, call: str, data: object, message: str = "OK") -> Reply:
        """A successful answer to `call`, written as the hub's variants say."""
        return Reply(200, self.variants.body(call, data, message))

    @classmethod
    def open(
        cls,
        db_path: Path,
        *,
        key: str | None = None,
        token: str | None = None,
        speed: float = 1.0,
        seed: int = 0,
        fault_rate: float = 0.0,
        fault_kinds: list[str] | None = None,
    ) -> Hub:
        store = HubStore(db_path)
        try:
            stored = store.credentials()
            generated = stored is None and (key is None or token is None)
            fallback = stored or (secrets.token_urlsafe(32), str(uuid.uuid4()))
            key = key if key is not None else fallback[0]
            token = token if token is not None else fallback[1]
            if (key, token) != stored:
                store.set_credentials(key, token)
            clock = HubClock(store.clock_offset(), speed, floor=store.latest_time())
            faults = FaultPlan(seed=seed)
            faults.configure(fault_rate, list(fault_kinds or []))
        except BaseException:
            store.close()
            raise
        return cls(store, clock, faults, seed, key, token, generated)

    def check_auth(self, headers: Headers) -> Reply | None:
        """None when the request carries this hub's key and token, else the 401 answer."""
        scheme, _, given_key = (headers.get("Authorization") or "").partition(" ")
        errors: dict[str, list[str]] = {}
        if scheme.lower() != "bearer" or not _same(given_key.strip(), self.key):
            errors["authorization"] = ["missing or wrong bearer key"]
        if not _same((headers.get("token") or "").strip(), self.token):
            errors["token"] = ["missing or wrong token"]
        return error(401, "unauthorized", errors) if errors else None

    def close(self) -> None:
        """Keeps the clock's offset for the next start and closes the database."""
        if self.closed:
            return
        self.closed = True
        try:
            self.store.set_clock_offset(self.clock.offset())
        finally:
            self.store.close()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
