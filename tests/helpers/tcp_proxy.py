"""A small TCP proxy of our own on 127.0.0.1, between desks and the office server: the LAN
that tests cut and restore (this machine has no netem or toxiproxy, ENVIRONMENT.md).

It forwards bytes both ways without looking inside (the exchange is TLS end to end: desks pin
the server's certificate, which names 127.0.0.1, whatever port they reach it on). `cut()`
closes every connection at once and refuses new ones, as a pulled cable or a dead switch does
for the desks; `restore()` lets them through again. `chunks` counts the pieces of data desks
sent that reached the server: a request is at least one, so a test can act "after N requests".
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

from tests.helpers.office import free_port

_BUFFER = 65536


class TcpProxy:
    def __init__(self, target_port: int, port: int | None = None) -> None:
        self.target_port = target_port
        self.port = port or free_port()
        self.chunks = 0
        self._open = True
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._stopping = False
        self._acceptor = threading.Thread(target=self._accept, name="tcp-proxy", daemon=True)
        self._acceptor.start()

    @property
    def address(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def cut(self) -> None:
        with self._lock:
            self._open = False
            for each in list(self._sockets):
                _close(each)

    def restore(self) -> None:
        with self._lock:
            self._open = True

    def close(self) -> None:
        self._stopping = True
        self.cut()
        _close(self._listener)
        self._acceptor.join(timeout=10)
        for thread in self._threads:
            thread.join(timeout=10)

    def _accept(self) -> None:
        while not self._stopping:
            try:
                desk_side, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                if not self._open:
                    _close(desk_side)  # the LAN is cut: the connection is reset at once
                    continue
            try:
                server_side = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                _close(desk_side)  # the server is down: the desk sees it as the LAN would
                continue
            with self._lock:
                self._sockets.update((desk_side, server_side))
            for source, sink, counted in (
                (desk_side, server_side, True),
                (server_side, desk_side, False),
            ):
                thread = threading.Thread(
                    target=self._pump, args=(source, sink, counted), daemon=True
                )
                self._threads.append(thread)
                thread.start()
            self._threads = [t for t in self._threads if t.is_alive()]

    def _pump(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        try:
            while True:
                data = source.recv(_BUFFER)
                if not data:
                    break
                sink.sendall(data)
                if counted:
                    with self._lock:
                        self.chunks += 1
        except OSError:
            pass
        finally:
            with self._lock:
                for each in (source, sink):
                    self._sockets.discard(each)
                    _close(each)


def _close(each: socket.socket) -> None:
    with contextlib.suppress(OSError):
        each.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        each.close()


@contextlib.contextmanager
def proxy_to(target_port: int) -> Iterator[TcpProxy]:
    proxy = TcpProxy(target_port)
    try:
        yield proxy
    finally:
        proxy.close()
