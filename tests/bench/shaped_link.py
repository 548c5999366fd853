"""A slow link on 127.0.0.1: a TCP proxy that shapes each direction like a rural office line.

Each direction is one shared pipe (all connections together): a token bucket lets `rate` bytes
a second through, in segments of at most `SEGMENT` bytes, and each segment arrives `delay`
seconds after it left (so a round trip costs 2 x delay). Segments are pipelined: a segment does
not wait for the one before it to arrive, only for the pipe to be free, as on a real line
(not stop-and-wait). Bytes are counted per direction (what crossed the wire: HTTP headers and
bodies, no TCP/IP overhead).

    with ShapedLink(("127.0.0.1", hub_port), rate_bytes_s=32_000, delay_s=0.15) as link:
        ... point the client at link.url ...
        link.sent_up, link.sent_down

With `rate_bytes_s=None` and `delay_s=0` it only counts. `LinkProcess` runs the same link in a
child process, so that emulating the line does not take the measured client's CPU (a real line
costs the desk PC nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.synchronize
import threading
import time
from collections.abc import Callable
from multiprocessing.sharedctypes import Synchronized

SEGMENT = 1460  # a TCP segment's payload on a 1500-byte MTU
READ_SIZE = 64 * 1024


class _Pipe:
    """One direction of the link: when each segment leaves and arrives."""

    def __init__(
        self, rate_bytes_s: float | None, delay_s: float, shared: Synchronized[int] | None = None
    ) -> None:
        self.rate = rate_bytes_s
        self.delay = delay_s
        self.free_at = 0.0
        self.bytes = 0
        self.shared = shared

    def arrival(self, size: int, now: float) -> float:
        self.bytes += size
        if self.shared is not None:
            self.shared.value += size
        if self.rate is None:
            return now + self.delay
        start = max(now, self.free_at)
        self.free_at = start + size / self.rate
        return self.free_at + self.delay


class ShapedLink:
    def __init__(
        self,
        target: tuple[str, int],
        *,
        rate_bytes_s: float | None = None,
        delay_s: float = 0.0,
        counters: tuple[Synchronized[int], Synchronized[int]] | None = None,
    ) -> None:
        self.target = target
        up, down = counters or (None, None)
        self.up = _Pipe(rate_bytes_s, delay_s, up)  # client -> server
        self.down = _Pipe(rate_bytes_s, delay_s, down)  # server -> client
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="shaped-link", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sent_up(self) -> int:
        return self.up.bytes

    @property
    def sent_down(self) -> int:
        return self.down.bytes

    def __enter__(self) -> ShapedLink:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._shutdown)
        self._thread.join(10)

    # --- in the link's thread --------------------------------------------------------------

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        self._loop.call_later(0.05, self._loop.stop)

    def _spawn(self, work: Callable[[], object]) -> None:
        task: asyncio.Task[None] = self._loop.create_task(work())  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        self._spawn(lambda: self._direction(client_reader, server_writer, self.up))
        self._spawn(lambda: self._direction(server_reader, client_writer, self.down))

    async def _direction(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, pipe: _Pipe
    ) -> None:
        """Reads as fast as the sender writes; a second task delivers each segment at its
        arrival time (pipelined)."""
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        deliver = self._loop.create_task(self._deliver(queue, writer))
        self._tasks.add(deliver)
        deliver.add_done_callback(self._tasks.discard)
        try:
            while True:
                data = await reader.read(READ_SIZE)
                if not data:
                    break
                for start in range(0, len(data), SEGMENT):
                    segment = data[start : start + SEGMENT]
                    queue.put_nowait((pipe.arrival(len(segment), time.monotonic()), segment))
        except (ConnectionError, OSError):
            pass
        finally:
            queue.put_nowait(None)

    async def _deliver(
        self, queue: asyncio.Queue[tuple[float, bytes] | None], writer: asyncio.StreamWriter
    ) -> None:
        try:
            while (item := await queue.get()) is not None:
                at, segment = item
                wait = at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(segment)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            with contextlib.suppress(ConnectionError, OSError):
                writer.close()


def _run_link(
    target: tuple[str, int],
    rate_bytes_s: float | None,
    delay_s: float,
    counters: tuple[Synchronized[int], Synchronized[int]],
    port: Synchronized[int],
    stop: multiprocessing.synchronize.Event,
) -> None:
    with ShapedLink(target, rate_bytes_s=rate_bytes_s, delay_s=delay_s, counters=counters) as link:
        port.value = link.port
        stop.wait()


class LinkProcess:
    """A `ShapedLink` in a child process: `url`, `sent_up`, `sent_down` as on the link."""

    def __init__(
        self, target: tuple[str, int], *, rate_bytes_s: float | None = None, delay_s: float = 0.0
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._up = context.Value("q", 0)
        self._down = context.Value("q", 0)
        self._port = context.Value("i", 0)
        self._stop = context.Event()
        self._process = context.Process(
            target=_run_link,
            args=(target, rate_bytes_s, delay_s, (self._up, self._down), self._port, self._stop),
            name="shaped-link",
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port.value}"

    @property
    def sent_up(self) -> int:
        return int(self._up.value)

    @property
    def sent_down(self) -> int:
        return int(self._down.value)

    def __enter__(self) -> LinkProcess:
        self._process.start()
        deadline = time.monotonic() + 30
        while not self._port.value:  # the child's start (a new interpreter) is awaited
            if time.monotonic() > deadline or not self._process.is_alive():
                raise RuntimeError("the shaped link did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(10)
