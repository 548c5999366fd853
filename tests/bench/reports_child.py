"""Child process of the reports benchmark: a year's recap on the large seeded desk, in a process
of its own so its peak memory is the report's and the desk's alone.

`python -m tests.bench.reports_child DATA_DIR RECOVERY_KEY_FILE PASSWORD CUT_OFF RUNS` opens
the desk with the recovery key, signs the admin in, computes the figures of the 365 days up to
CUT_OFF (ISO moment) RUNS times, then writes the recap workbook (XLSX) from the figures of a
last, timed computation, as `report --format xlsx` does. It prints `name value` lines: each
run's seconds (and the process's CPU seconds: on a shared machine the wall time waits for a
core), the seconds to the file, the cohort's size, and resident memory (kB) before and after.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from tests.bench.worklist_child import memory_kib


def main(data_dir: Path, recovery_key_file: Path, password: str, cut_off: str, runs: int) -> None:
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from desktop.app.i18n import install_translations
    from desktop.app.paths import regions_csv
    from desktop.domain.report_figures import ReportPeriod
    from desktop.services.desk import open_desk
    from desktop.services.keys import key_from_recovery_key
    from desktop.services.report_workbook import write_recap_workbook
    from desktop.ui.reports.texts import report_texts

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
        # The file: figures and workbook from the desk as it is, in Bahasa Indonesia.
        app = QCoreApplication.instance() or QCoreApplication([])
        translators = install_translations(app, "id")
        with tempfile.TemporaryDirectory() as scratch:
            started = time.perf_counter()
            figures = desk.reports.compute(period, moment)
            target = Path(scratch) / "rekap.xlsx"
            write_recap_workbook(figures, report_texts(), target)
            sys.stdout.write(f"to_file {time.perf_counter() - started:.3f}\n")
            sys.stdout.write(f"file_kib {target.stat().st_size // 1024}\n")
        del translators
        sys.stdout.write(f"received {figures.received.value}\n")
        sys.stdout.write(f"open {sum(c.value for c in figures.backlog.values())}\n")
        sys.stdout.write(f"completed {figures.completed.percent:.1f}\n")
        peak, current = memory_kib()
        sys.stdout.write(f"computed_peak {peak}\ncomputed_current {current}\n")
    finally:
        desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]))
