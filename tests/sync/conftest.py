"""Fixtures for synchronisation tests: a real sandbox hub on 127.0.0.1, fresh for each test.

- `hub`: an `InProcessHub` serving in a thread of the test process on a new database, with the
  known credentials `HUB_KEY`/`HUB_TOKEN` and seed 1. Attributes `url`, `key`, `token`,
  `db_path`, `headers`; helpers `call()`, `session()`, `upload()`, `create()`, and the controls
  `set_faults()`, `next_faults()`, `clear_faults()`, `advance()`, `clock()`, `complaints()`,
  `stats()`. Stopped (every thread joined) after the test.
- `hub_process`: the same helpers on `python -m sync.hub` in a child process, with `process`,
  `port`, `first_lines`, `terminate()`, `kill()` and `restart()` for crash and restart tests.
- `hub_factory`: starts more in-process hubs (another database, speed, seed); all stopped after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.hub_testing import HubProcess, InProcessHub


@pytest.fixture
def hub_factory(tmp_path: Path) -> Iterator[Callable[..., InProcessHub]]:
    started: list[InProcessHub] = []

    def start(db_path: Path | None = None, **options: Any) -> InProcessHub:
        running = InProcessHub.start(db_path or tmp_path / f"hub-{len(started)}.sqlite", **options)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def hub(hub_factory: Callable[..., InProcessHub]) -> InProcessHub:
    return hub_factory()


@pytest.fixture
def hub_process(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess.start(tmp_path / "hub-process.sqlite")
    yield process
    process.stop()
