"""The hub's own controls under `/_hub/`: for trainers and tests, not part of LAPOR!.

They answer plain JSON (no LAPOR! envelope), need no credentials, and never get faults.
"""

from __future__ import annotations

import logging

from sync.hub import national, records
from sync.hub.app import Hub, Reply, Request, plain
from sync.hub.clock import format_wib
from sync.hub.faults import UnknownFault

log = logging.getLogger("sync.hub")


def handle(hub: Hub, request: Request) -> Reply:
    key = (request.method, request.path.rstrip("/"))
    if key == ("GET", "/_hub/complaints"):
        return _complaints(hub)
    if key == ("GET", "/_hub/stats"):
        return plain(hub.faults.stats())
    if key == ("GET", "/_hub/clock"):
        return _clock(hub)
    if key == ("GET", "/_hub/variants"):
        return plain(hub.variants.as_dict())
    if request.method != "POST":
        return plain({"error": f"no control {request.method} {request.path}"}, 404)
    try:
        body = request.json() or {}
    except (ValueError, UnicodeDecodeError):
        return plain({"error": "the body must be JSON"}, 400)
    if not isinstance(body, dict):
        return plain({"error": "the body must be a JSON object"}, 400)
    try:
        if key == ("POST", "/_hub/faults"):
            return _set_faults(hub, body)
        if key == ("POST", "/_hub/faults/next"):
            hub.faults.queue_next(body.get("kinds", []))
            return plain(hub.faults.stats())
        if key == ("POST", "/_hub/advance"):
            return _advance(hub, body)
        if key == ("POST", "/_hub/variants"):
            hub.variants.update(body)
            log.info("variants set: %s", hub.variants.as_dict())
            return plain(hub.variants.as_dict())
    except (UnknownFault, ValueError, TypeError) as bad:
        return plain({"error": str(bad)}, 422)
    return plain({"error": f"no control {request.method} {request.path}"}, 404)


def _complaints(hub: Hub) -> Reply:
    with hub.store.transaction() as db:
        national.materialise(db, hub.seed, hub.clock.now())
        return plain(records.every_complaint(db))


def _set_faults(hub: Hub, body: dict[str, object]) -> Reply:
    rate = body.get("rate", 0)
    seed = body.get("seed")
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        raise ValueError("rate must be a number between 0 and 1")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise ValueError("seed must be an integer")
    kinds = body.get("kinds", [])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise ValueError("kinds must be a list of fault names")
    retry_after = body.get("retry_after")
    if retry_after is not None and (
        isinstance(retry_after, bool) or not isinstance(retry_after, int)
    ):
        raise ValueError("retry_after must be whole seconds")
    delay_scale = body.get("delay_scale")
    if delay_scale is not None and (
        isinstance(delay_scale, bool) or not isinstance(delay_scale, int | float)
    ):
        raise ValueError("delay_scale must be a number")
    scale = None if delay_scale is None else float(delay_scale)
    hub.faults.configure(float(rate), kinds, seed, retry_after, scale)
    log.info("faults set: rate %s, kinds %s", rate, hub.faults.kinds)
    return plain(hub.faults.stats())


def _advance(hub: Hub, body: dict[str, object]) -> Reply:
    seconds = 0.0
    for unit, size in (("seconds", 1), ("minutes", 60), ("hours", 3600), ("days", 86400)):
        value = body.get(unit, 0)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{unit} must be a number")
        seconds += float(value) * size
    now = hub.clock.advance(seconds)
    hub.store.set_clock_offset(hub.clock.offset())
    log.info("hub clock advanced by %s s", seconds)
    return _clock(hub, now)


def _clock(hub: Hub, now: float | None = None) -> Reply:
    now = hub.clock.now() if now is None else now
    return plain({"now": format_wib(now), "epoch": now, "speed": hub.clock.speed})
