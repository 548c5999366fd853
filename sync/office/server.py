"""The office server's HTTP side: a Starlette app served by uvicorn, TLS always.

Imported only by `python -m sync.office serve` (never on the desk's start-up path). Handlers
are thin: they check the version handshake and the desk's secret, then run the register's
work (blocking SQLAlchemy) on the thread pool, one transaction each.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop import __version__
from desktop.domain.office import (
    MIN_DESK_PROTOCOL,
    PROTOCOL,
    PULL_BATCH,
    PUSH_BATCH,
    protocol_refusal,
)
from desktop.store.office_register import JoinRefusal
from sync.office import protocol
from sync.office.register import OfficeRegister

log = logging.getLogger("sync.office")

_SHA256 = re.compile(r"[0-9a-f]{64}")
_JOIN_REFUSALS = {
    JoinRefusal.UNKNOWN: "this join code was not issued by this server",
    JoinRefusal.USED: "this join code was used already: ask for a new one",
    JoinRefusal.EXPIRED: "this join code has expired: ask for a new one",
}


def _refusal(status: int, error: str, message: str) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status_code=status)


def _version_refusal(request: Request) -> JSONResponse | None:
    try:
        desk_protocol = int(request.headers.get(protocol.PROTOCOL_HEADER, "0"))
    except ValueError:
        desk_protocol = 0
    reason = protocol_refusal(desk_protocol)
    if reason is None:
        return None
    return _refusal(protocol.REFUSED_VERSION, "version", reason)


def _credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get(protocol.AUTHORIZATION, "").partition(" ")
    desk_id, _, secret = value.partition(":")
    if scheme != protocol.DESK_SCHEME or not desk_id or not secret:
        return None
    return desk_id, secret


def build_app(register: OfficeRegister, schema_revision: str) -> Starlette:
    async def authenticated(request: Request) -> str | JSONResponse:
        refused = _version_refusal(request)
        if refused is not None:
            return refused
        given = _credentials(request)
        app_version = request.headers.get(protocol.APP_VERSION_HEADER, "")
        if given is None or not await run_in_threadpool(
            register.authenticate, given[0], given[1], app_version
        ):
            return _refusal(401, "desk", "this desk is not (or no longer) part of the office")
        return given[0]

    async def hello(request: Request) -> JSONResponse:
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        return JSONResponse(
            {
                "app_version": __version__,
                "schema": schema_revision,
                "protocol": PROTOCOL,
                "min_desk_protocol": MIN_DESK_PROTOCOL,
                "office_code": register.office_code,
                # The audit head the desk proves its trail grew from (`audit`).
                "audit_known": await run_in_threadpool(register.audit_known, desk),
                "register": await run_in_threadpool(register.identity),
            }
        )

    async def audit(request: Request) -> JSONResponse:
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        body = await _json(request)
        try:
            count = int(body["count"])
            head = str(body["head"])
            anchor = body.get("anchor")
        except (KeyError, TypeError, ValueError):
            return _refusal(400, "audit", "send count, head and anchor")
        found = await run_in_threadpool(
            register.audit_head, desk, count, head, None if anchor is None else str(anchor)
        )
        return JSONResponse({"audit": found.value})

    async def put_file(request: Request) -> Response:
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        sha256 = request.path_params["sha256"]
        if register.files is None:
            return _refusal(404, "files", "this server keeps no files")
        body = await request.body()
        if len(body) > protocol.MAX_FILE_BYTES:
            return _refusal(413, "file", "the file is larger than the server takes")
        if hashlib.sha256(body).hexdigest() != sha256:
            return _refusal(400, "file", "the file is not the one its name says")
        await run_in_threadpool(register.files.store_bytes, body)
        return JSONResponse({"stored": sha256})

    async def get_file(request: Request) -> Response:
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        sha256 = request.path_params["sha256"]
        files = register.files
        if files is None or not _SHA256.fullmatch(sha256) or not files.has(sha256):
            return _refusal(404, "file", "the server does not have this file")
        data = await run_in_threadpool(files.read, files.name_for(sha256))
        return Response(data, media_type="application/octet-stream")

    async def join(request: Request) -> JSONResponse:
        refused = _version_refusal(request)
        if refused is not None:
            return refused
        body = await _json(request)
        token = str(body.get("token", "")) if isinstance(body, dict) else ""
        app_version = request.headers.get(protocol.APP_VERSION_HEADER, "")
        joined = await run_in_threadpool(register.join, token, app_version)
        if isinstance(joined, JoinRefusal):
            return _refusal(403, f"join_{joined.value}", _JOIN_REFUSALS[joined])
        log.info("desk %s joined as %s", joined.desk.id, joined.desk.code)
        return JSONResponse(
            {
                "desk_id": joined.desk.id,
                "desk_code": joined.desk.code,
                "secret": joined.secret,
                "office_code": register.office_code,
            }
        )

    async def take_batch(request: Request, take: Callable[..., Any]) -> JSONResponse:
        """A desk's batch of events (pushed, or given back to a restored register): at most
        PUSH_BATCH, each answered."""
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        body = await _json(request)
        events = body.get("events") if isinstance(body, dict) else None
        if not isinstance(events, list) or len(events) > PUSH_BATCH:
            return _refusal(400, "batch", f"send a list of at most {PUSH_BATCH} events")
        events = [e for e in events if isinstance(e, dict)]
        results = await run_in_threadpool(take, desk, events)
        identity = await run_in_threadpool(register.identity)
        return JSONResponse({"results": results, "register": identity})

    async def push(request: Request) -> JSONResponse:
        return await take_batch(request, register.push)

    async def give_back(request: Request) -> JSONResponse:
        return await take_batch(request, register.give_back)

    async def pull(request: Request) -> JSONResponse:
        desk = await authenticated(request)
        if isinstance(desk, JSONResponse):
            return desk
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", str(PULL_BATCH)))
            committed = int(request.query_params.get("committed", str(after)))
        except ValueError:
            return _refusal(400, "query", "after, limit and committed are whole numbers")
        answer = await run_in_threadpool(
            register.pull, desk, after, max(1, limit), min(committed, after)
        )
        return JSONResponse(answer | {"register": await run_in_threadpool(register.identity)})

    return Starlette(
        routes=[
            Route(protocol.HELLO, hello, methods=["POST"]),
            Route(protocol.JOIN, join, methods=["POST"]),
            Route(protocol.PUSH, push, methods=["POST"]),
            Route(protocol.GIVE_BACK, give_back, methods=["POST"]),
            Route(protocol.PULL, pull, methods=["GET"]),
            Route(protocol.AUDIT, audit, methods=["POST"]),
            Route(protocol.FILES, put_file, methods=["PUT"]),
            Route(protocol.FILES, get_file, methods=["GET"]),
        ]
    )


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def serve(
    register: OfficeRegister,
    schema_revision: str,
    *,
    host: str,
    port: int,
    certificate: Path,
    key: Path,
) -> None:
    """Serve until stopped (Ctrl+C, SIGTERM, a Windows service's stop)."""
    config = uvicorn.Config(
        build_app(register, schema_revision),
        host=host,
        port=port,
        ssl_certfile=str(certificate),
        ssl_keyfile=str(key),
        log_level="warning",
        access_log=False,
        lifespan="off",
        # A stop (service stop, SIGTERM) does not wait long for idle keep-alive connections:
        # every request is one transaction, and a desk retries what got no answer.
        timeout_graceful_shutdown=3,
    )
    uvicorn.Server(config).run()
