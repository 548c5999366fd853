"""The detail list at scale: every complaint of the 200,000-complaint desk of `scale` (seeded
once, kept in .bench-cache/) written as XLSX and as CSV, in a child process each, so the peak
resident memory is the export's own and not what earlier work left behind.

The memory target is the application's 300 MB. The time is information: the issue's 10 s is
for the recap workbook (a few hundred cells); a detail list is 200,000 rows of 13 cells, and
XlsxWriter, pure Python, spends about 12 µs on each text cell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

from tests.bench.worklist_scale import PASSWORD, ROOT, seeded_desk

Line = Callable[[str, str, str, bool], None]


def bench_detail_list(line: Line) -> None:
    seeded = seeded_desk()
    key_file = seeded.folder.parent / "recovery-key"
    print(f"detail list of every complaint of the {seeded.facts['complaints']:,}-complaint desk:")
    for file_format in ("xlsx", "csv"):
        result = subprocess.run(
            [sys.executable, "-m", "tests.bench.report_detail_child", str(seeded.folder),
             str(key_file), PASSWORD, file_format],
            cwd=ROOT, capture_output=True, text=True, check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        figures = dict(row.split() for row in result.stdout.splitlines() if row.strip())
        seconds = float(figures["seconds"])
        rows = int(figures["rows"])
        size = int(figures["bytes"]) / 2**20
        print(
            f"  {file_format}: {rows:,} rows, {size:,.1f} MB; the id list took "
            f"{float(figures['ids_seconds']):.1f} s before"
        )
        line(f"  {file_format}: time to the file", f"{seconds:.1f} s ({rows / seconds:,.0f}/s)",
             "(info)", True)  # fmt: skip
        before, peak = figures["before_current"], figures["after_peak"]
        if peak == "n/a":
            line(f"  {file_format}: peak resident memory", "n/a", "<= 300 MB", True)
            continue
        peak_mb = int(peak) / 1024
        line(f"  {file_format}: resident before the export", f"{int(before) / 1024:.0f} MB",
             "(info)", True)  # fmt: skip
        line(f"  {file_format}: peak resident (VmHWM)", f"{peak_mb:.0f} MB", "<= 300 MB",
             peak_mb <= 300)  # fmt: skip
