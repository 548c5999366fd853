"""Child process of the reports benchmark: a year's recap on the large seeded desk, in a process
of its own so its peak memory is the report's and the desk's alone.

`python -m tests.bench.reports_child DATA_DIR RECOVERY_KEY_FILE PASSWORD CUT_OFF RUNS` opens
the desk with the recovery key, signs the admin in, computes the figures of the 365 days up to
CUT_OFF (ISO moment) RUNS times, and prints `name value` lines: each run's seconds (and the
process's CPU seconds: on a shared machine the wall time waits for a core), the cohort's
size, and resident memory (kB) before and after.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from tests.bench.worklist_child import memory_kib


def main(data_dir: Path, recovery_key_file: Path, password: str, cut_off: str, runs: int) -> None:
    from desktop.app.paths import regions_csv
    from desktop.domain.report_figures import ReportPeriod
    from desktop.services.desk import open_desk
    from desktop.services.keys import key_from_recovery_key

    moment = dt.datetime.fromisoformat(cut_off)
    last = moment.astimezone().date()
    period = ReportPeriod.custom(last - dt.timedelta(days=364), last)
    recovery_key = recovery_key_file.read_text(encoding="utf-8").strip()
    desk = open_desk(data_dir, regions_csv(), key_from_recovery_key(recovery_key)).desk
    try:
        desk.accounts.sign_in("admin", password)
        peak, current = memory_kib()
        sys.stdout.write(f"opened_peak {peak}\nopened_current {current}\n")
        for run in range(runs):
            started, cpu = time.perf_counter(), time.process_time()
            figures = desk.reports.compute(period, moment)
            sys.stdout.write(f"run{run} {time.perf_counter() - started:.3f}\n")
            sys.stdout.write(f"cpu{run} {time.process_time() - cpu:.3f}\n")
            sys.stdout.flush()
        sys.stdout.write(f"received {figures.received.value}\n")
        sys.stdout.write(f"open {sum(c.value for c in figures.backlog.values())}\n")
        sys.stdout.write(f"completed {figures.completed.percent:.1f}\n")
        peak, current = memory_kib()
        sys.stdout.write(f"computed_peak {peak}\ncomputed_current {current}\n")
    finally:
        desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]))
