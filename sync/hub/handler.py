"""One HTTP/1.1 connection: reads requests, applies the faults, writes the answers.

The only place that touches sockets: `reset` and `drop_after_commit` close the connection with
SO_LINGER 0, so the client sees a connection reset rather than a polite end of stream.
"""

from __future__ import annotations

import logging
import socket
import struct
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from sync.hub import api, control
from sync.hub.app import Hub, Reply, Request, error
from sync.hub.faults import ANSWERING, SLOW_BODY_CHUNKS, canned_answer

if TYPE_CHECKING:
    from sync.hub.server import HubServer

log = logging.getLogger("sync.hub")

# The real system's base URL ends in /api/v3: accept the paths with or without it.
API_PREFIX = "/api/v3"
MAX_BODY_BYTES = 80 * 1024 * 1024
# struct linger is two ints on POSIX and two unsigned shorts on Windows.
_LINGER_RESET = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)


class HubRequestHandler(BaseHTTPRequestHandler):
    """Serves the API and `/_hub/` on one kept-alive connection, until idle for `timeout`."""

    protocol_version = "HTTP/1.1"
    server_version = "LaporSandboxHub/1"
    # An idle kept-alive connection is dropped after this many seconds.
    timeout = 30
    # Headers and body go out in two writes: without TCP_NODELAY each kept-alive request waits
    # for the client's delayed ACK (about 40 ms).
    disable_nagle_algorithm = True
    server: HubServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        log.debug("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            self._send(error(400, "unreadable request body"))
            self.close_connection = True
            return
        url = urlsplit(self.path)
        path = url.path
        if path.startswith(API_PREFIX + "/"):
            path = path[len(API_PREFIX) :]
        request = Request(self.command, path, parse_qs(url.query), self.headers, body)
        hub = self.server.hub
        if path == "/_hub" or path.startswith("/_hub/"):
            self._send(self._answer(control.handle, request))
            return
        fault = hub.faults.draw(api.route_name(self.command, path))
        if fault is not None:
            log.info("fault %s on %s %s", fault, self.command, path)
        if fault == "reset":
            self._abort()
            return
        if fault == "latency" and self.server.stopping.wait(hub.faults.latency()):
            self._abort()
            return
        if fault in ANSWERING:
            canned = canned_answer(fault, hub.faults.retry_after_s)
            self._send(Reply(canned.status, canned.body, canned.content_type, canned.retry_after))
            return
        reply = self._answer(api.handle, request)
        route = api.route_name(self.command, path)
        if fault == "drop_after_commit":
            self._abort()
            if 200 <= reply.status < 300:
                hub.faults.answer_lost(route)
        elif fault == "slow_body":
            if not self._send(reply, chunks=SLOW_BODY_CHUNKS) and 200 <= reply.status < 300:
                hub.faults.answer_lost(route)
        elif not self._send(reply) and 200 <= reply.status < 300:
            hub.faults.answer_lost(route)

    def _answer(self, handler: Callable[[Hub, Request], Reply], request: Request) -> Reply:
        try:
            return handler(self.server.hub, request)
        except Exception:
            log.exception("hub failed on %s %s", request.method, request.path)
            return error(500, "internal server error")

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return None
        if not 0 <= length <= MAX_BODY_BYTES:
            return None
        body = self.rfile.read(length)
        return body if len(body) == length else None

    def _read_chunked(self) -> bytes | None:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                # Trailers end with an empty line.
                while self.rfile.readline(1024).strip():
                    pass
                return b"".join(parts)
            total += size
            if total > MAX_BODY_BYTES:
                return None
            parts.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _send(self, reply: Reply, chunks: int = 1) -> bool:
        """Writes the answer; whether it was written whole (False: the client went away, or
        the hub is stopping)."""
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.retry_after is not None:
                self.send_header("Retry-After", str(reply.retry_after))
            self.end_headers()
            if chunks <= 1:
                self.wfile.write(reply.body)
                return True
            # slow_body: the body trickles out in pieces, in at most SLOW_BODY_SECONDS (scaled).
            size = max(1, -(-len(reply.body) // chunks))
            pause = self.server.hub.faults.slow_body_pause()
            for start in range(0, len(reply.body), size):
                if start and self.server.stopping.wait(pause):
                    self._abort()
                    return False
                self.wfile.write(reply.body[start : start + size])
                self.wfile.flush()
        except OSError:
            # The client went away: nothing left to tell it.
            self.close_connection = True
            return False
        return True

    def _abort(self) -> None:
        """Ends the connection without an answer, with a reset where the OS allows it."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        except OSError:
            log.debug("SO_LINGER not available: the connection ends with a plain close")
        self.server.mark_aborted(self.connection)
