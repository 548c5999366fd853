"""The threaded HTTP server and the in-process handle tests use: `start_hub(...) -> RunningHub`.

Stopping is complete: the listening socket closes, idle kept-alive connections are shut so
their threads end, every connection thread is joined, then the database closes (after saving
the clock's offset). Tests check that no thread is left running.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import logging
import socket
import socketserver
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sync.hub.app import Hub
from sync.hub.handler import API_PREFIX, HubRequestHandler
from sync.hub.variants import Variants

log = logging.getLogger("sync.hub")


class HubServer(ThreadingHTTPServer):
    """One thread per connection; remembers open connections so that `stop` can end them."""

    daemon_threads = False  # joined by server_close()
    block_on_close = True

    def __init__(self, address: tuple[str, int], hub: Hub) -> None:
        self.hub = hub
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._aborted: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, HubRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can take seconds on an office
        # network with a slow DNS; the hub only ever serves 127.0.0.1.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def mark_aborted(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._aborted.add(connection)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
            aborted = request in self._aborted
            self._aborted.discard(request)
        if aborted:
            # No shutdown(SHUT_WR): that would send a FIN before the reset SO_LINGER 0 asks for.
            request.close()
        else:
            super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            open_now = list(self._connections)
        for connection in open_now:
            with contextlib.suppress(OSError):  # already gone
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s failed", client_address, exc_info=True)


@dataclass
class RunningHub:
    """A hub serving in a background thread of this process: `url`, `key`, `token`, `stop()`.

    `url` is the base URL without a path (the API also answers under `api_url`, with the real
    system's `/api/v3` prefix); the controls are at `url + "/_hub/..."`.
    """

    hub: Hub
    server: HubServer
    thread: threading.Thread
    host: str

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + API_PREFIX

    @property
    def key(self) -> str:
        return self.hub.key

    @property
    def token(self) -> str:
        return self.hub.token

    @property
    def db_path(self) -> Path:
        return self.hub.store.path

    def stop(self) -> None:
        if self.hub.closed:
            return
        self.server.stopping.set()
        self.server.shutdown()
        self.server.close_connections()
        self.server.server_close()
        self.thread.join()
        self.hub.close()
        log.info("hub stopped")

    def __enter__(self) -> RunningHub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def check_host(host: str) -> str:
    """The hub is for this machine only: a loopback IPv4 address (or "localhost")."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{host} is not an IP address") from None
    if address.version != 4 or not address.is_loopback:
        raise ValueError(f"the hub listens on 127.0.0.1 only, not {host}")
    return host


def start_hub(
    db_path: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    key: str | None = None,
    token: str | None = None,
    speed: float = 1.0,
    seed: int = 0,
    fault_rate: float = 0.0,
    faults: list[str] | None = None,
    variants: Variants | None = None,
) -> RunningHub:
    """Opens (or creates) the hub's database and serves it in a background thread.

    Without `key`/`token` the ones in the database are used, or new ones are made up on a
    new database (`running.hub.generated_credentials` then says so).
    """
    host = check_host(host)
    hub = Hub.open(
        Path(db_path),
        key=key,
        token=token,
        speed=speed,
        seed=seed,
        fault_rate=fault_rate,
        fault_kinds=faults,
    )
    if variants is not None:
        hub.variants = variants
    try:
        server = HubServer((host, port), hub)
    except BaseException:
        hub.close()
        raise
    # A short poll keeps stop() quick; the cost is a wake-up ten times a second.
    thread = threading.Thread(
        target=functools.partial(server.serve_forever, poll_interval=0.1),
        name="sync.hub",
        daemon=True,
    )
    thread.start()
    running = RunningHub(hub, server, thread, host)
    log.info("hub listening on %s (database %s)", running.url, db_path)
    return running
