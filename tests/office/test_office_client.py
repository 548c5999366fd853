"""The desk's office client tells a LAN fault from a changed certificate: a connection the LAN
drops during the TLS handshake leaves the desk offline (it tries again at the next exchange),
and only a server whose certificate is not the pinned one is refused (IT staff must act)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sync.office.certificate import ensure_certificate
from sync.office.client import OfficeClient, OfficeRefusedError, OfficeUnreachableError


@contextlib.contextmanager
def listener(answer: Callable[[socket.socket], None]) -> Iterator[int]:
    """A server on 127.0.0.1 that answers one connection with `answer`; its port."""
    server = socket.create_server(("127.0.0.1", 0))
    port = int(server.getsockname()[1])

    def serve_one() -> None:
        with contextlib.suppress(OSError):
            connection, _ = server.accept()
            with connection:
                answer(connection)

    thread = threading.Thread(target=serve_one, name="one-connection")
    thread.start()
    try:
        yield port
    finally:
        server.close()
        thread.join(timeout=10)


def test_a_connection_dropped_during_the_handshake_is_offline_not_refused(
    tmp_path: Path,
) -> None:
    pinned, _ = ensure_certificate(tmp_path)
    with listener(lambda connection: connection.close()) as port:
        client = OfficeClient(f"https://127.0.0.1:{port}", pinned)
        with pytest.raises(OfficeUnreachableError):
            client.hello()
        client.close()


def test_a_server_with_another_certificate_is_refused(tmp_path: Path) -> None:
    (tmp_path / "joined").mkdir()
    (tmp_path / "another").mkdir()
    pinned, _ = ensure_certificate(tmp_path / "joined")
    other, other_key = ensure_certificate(tmp_path / "another")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(other, other_key)

    def handshake(connection: socket.socket) -> None:
        with contextlib.suppress(OSError):
            context.wrap_socket(connection, server_side=True).close()

    with listener(handshake) as port:
        client = OfficeClient(f"https://127.0.0.1:{port}", pinned)
        with pytest.raises(OfficeRefusedError, match="certificate"):
            client.hello()
        client.close()
