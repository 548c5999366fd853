"""From connectivity returning to the first item acknowledged, as the app does it (target: at
most 10 s).

A desk with complaints waiting runs the app's `SyncRunner` (offscreen) against a sandbox hub
that is down (its port closed: connection refused). Once the runner has seen it offline, the
hub comes back on the same port; the time until the hub holds the first complaint is measured.
Run: `python -m tests.bench reconnect`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TRIALS = 5
TARGET_S = 10.0
KEY, TOKEN = "bench-key-0123456789", "00000000-0000-4000-8000-000000000000"


def one_trial(scratch: Path, trial: int) -> float:
    from PySide6.QtCore import QCoreApplication

    from desktop.app.headless import create_demo_desk
    from desktop.domain.outbox import OutboxState
    from desktop.services.sync_config import SyncConfig
    from desktop.services.sync_credentials import ApiCredentials
    from desktop.store import outbox
    from desktop.ui.national_sync.runner import SyncRunner
    from desktop.ui.tasks import TaskRunner
    from sync.desk import NationalSync
    from sync.hub.server import start_hub
    from sync.report import RoundOutcome
    from tests.helpers.desks import good_draft

    hub_db = scratch / f"hub-{trial}.sqlite"
    hub = start_hub(hub_db, key=KEY, token=TOKEN)
    port, url = hub.port, hub.url
    hub.stop()  # the national side is unreachable from here on

    desk = create_demo_desk(scratch / f"desk-{trial}")[0].desk
    national_sync = NationalSync(desk)
    national_sync.save_config(
        SyncConfig(base_url=url, training=True, enabled=True), ApiCredentials(KEY, TOKEN)
    )
    national_sync.set_mapping("institution", "default", "1017")
    for _ in range(5):
        desk.intake.record(good_draft(desk))

    app = QCoreApplication.instance()
    assert app is not None
    reads = TaskRunner("bench-reads")
    runner = SyncRunner(reads)
    runner.set_desk(desk, national_sync)
    deadline = time.monotonic() + 60
    while not (runner.last_report and runner.last_report.outcome is RoundOutcome.OFFLINE):
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise RuntimeError("the runner never saw the hub offline")

    hub = start_hub(hub_db, port=port, key=KEY, token=TOKEN)  # connectivity returns
    back = time.monotonic()
    acknowledged = None
    while acknowledged is None and time.monotonic() < back + 60:
        app.processEvents()
        time.sleep(0.01)
        with desk.database.reading() as session:
            owed = outbox.counts(session)
        if owed[OutboxState.PENDING] < 5:
            acknowledged = time.monotonic() - back
    runner.stop()
    reads.shutdown()
    hub.stop()
    desk.close()
    if acknowledged is None:
        raise RuntimeError("nothing was acknowledged within a minute")
    return acknowledged


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        times = [one_trial(Path(folder), n) for n in range(TRIALS)]
    del app
    worst = max(times)
    print(
        f"{'connectivity back -> first item acknowledged':<44} "
        f"{f'median {statistics.median(times):.1f} s, max {worst:.1f} s':>22}   "
        f"target {'<= 10 s':<14} {'met' if worst <= TARGET_S else 'NOT MET'}"
    )


if __name__ == "__main__":
    main()
