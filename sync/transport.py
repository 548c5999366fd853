"""Knowing whether a request's body left: the difference between "not processed" and "unknown"
when a connection breaks.

A server cannot act on a request it has not read whole, so a connection reset while the body was
still being written means the request surely had no effect and may go again by itself. urllib3
swallows an error while writing (to read an early answer the server may have sent) and reports
the broken connection only when reading the answer, where both cases look alike. The connection
classes here note, per thread, whether the last request was written to the end.
"""

from __future__ import annotations

import threading
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

_progress = threading.local()


def request_starts() -> None:
    """Called before a request: nothing of it is written yet."""
    _progress.written = False


def request_written() -> bool:
    """Whether the current thread's last request was written to its end."""
    return bool(getattr(_progress, "written", False))


class _Written:
    def request(self, *args: Any, **kwargs: Any) -> None:
        _progress.written = False
        super().request(*args, **kwargs)  # type: ignore[misc]
        _progress.written = True


class _HTTPConnection(_Written, HTTPConnection):
    pass


class _HTTPSConnection(_Written, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


def _tracked(manager: PoolManager) -> PoolManager:
    manager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
    return manager


class TrackingAdapter(HTTPAdapter):
    """requests' adapter, with connections that note whether a request was written whole."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _tracked(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        return _tracked(super().proxy_manager_for(proxy, **proxy_kwargs))


def tracking_session() -> requests.Session:
    session = requests.Session()
    adapter = TrackingAdapter()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
