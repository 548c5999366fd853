"""The office server's rounds with SP4N-LAPOR! while it serves.

In an office only the server talks to LAPOR!: what desks push is taken into its register with
the items LAPOR! is owed (`office_apply.take_in`), and these rounds send them, as a desk's own
rounds do (the same engine, its file lock, its reconciliation). `python -m sync --data-dir D run
--once` on the server's folder runs one round the same way, for a scheduled task.
"""

from __future__ import annotations

import logging
import threading

from desktop.services.desk import Desk
from desktop.services.sync_config import sync_config
from sync.setup import NotConfiguredError, build_engine

log = logging.getLogger("sync.office")

NOT_CONFIGURED_RETRY_S = 60.0


class NationalRounds:
    """A daemon thread running a round every `every_s` seconds (default: the interval in the
    register's sync settings) until `stop`."""

    def __init__(self, desk: Desk, every_s: float | None = None) -> None:
        self._desk = desk
        self._every_s = every_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lapor-rounds", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        wait = 0.0
        while not self._stopping.wait(wait):
            wait = self._round()

    def _round(self) -> float:
        """One round; how long to wait before the next."""
        try:
            engine = build_engine(self._desk)
        except NotConfiguredError as error:
            log.debug("no LAPOR! round: %s", error)
            return self._every_s or NOT_CONFIGURED_RETRY_S
        except Exception:  # noqa: BLE001 - the server keeps serving desks whatever happens
            log.exception("the LAPOR! round could not start")
            return self._every_s or NOT_CONFIGURED_RETRY_S
        try:
            report = engine.run_round(should_stop=self._stopping.is_set)
            log.info("%s", report.summary())
        except Exception:  # noqa: BLE001
            log.exception("the LAPOR! round failed")
        return self._every_s or sync_config(self._desk).interval_minutes * 60.0
