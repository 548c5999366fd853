"""The packaged build (`make bundle`): its size, and its start-up against the same version run
from source, in one run.

Start-up is timed as `startup` times it (tests/bench/__main__.py): from just before the child
process is started to the moment the main window is shown, offscreen, with runs of the frozen
build and of the source tree interleaved so machine load hits both alike. Both use the same
probe (installer/hooks/rthook_startup_probe.py, a no-op unless MEJA_ADUAN_STARTUP_PROBE=1) and
the same data folder, whose desk each first run creates.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "meja-aduan"
RUNS = 11
SIZE_TARGET_BYTES = 130_000_000  # the 130 MB, decimal (124.0 MiB)
RATIO_TARGET = 1.2


def bundle_size_bytes(bundle: Path) -> int:
    """The files' sizes added up (links counted once, as what they are)."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink())


def _shown_ms(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEJA_ADUAN_STARTUP_PROBE": "1"}
    started = time.time()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    stamps = dict(row.split()[:2] for row in result.stdout.splitlines() if row.startswith("shown "))
    return (float(stamps["shown"]) - started) * 1000


def bench_bundle(scratch: Path, line: Callable[[str, str, str, bool], None]) -> None:
    program = BUNDLE / "meja-aduan"
    if not program.exists():
        print(f"bundle: {program} not built; run `make bundle` first")
        return
    size = bundle_size_bytes(BUNDLE)
    print(f"packaged build {BUNDLE.relative_to(ROOT)}:")
    line("  size (files added up)", f"{size / 2**20:.1f} MiB = {size / 1e6:.1f} MB",
         f"<= {SIZE_TARGET_BYTES / 1e6:.0f} MB", size <= SIZE_TARGET_BYTES)  # fmt: skip
    data_dir = scratch / "bundle-startup"
    frozen_command = [str(program), "--data-dir", str(data_dir)]
    source_command = [sys.executable, str(ROOT / "tests" / "bench" / "bundle_child.py"),
                      "--data-dir", str(data_dir)]  # fmt: skip
    _shown_ms(frozen_command)  # warm both (page cache, fontconfig cache) before measuring
    _shown_ms(source_command)
    frozen, source = [], []
    for _ in range(RUNS):
        frozen.append(_shown_ms(frozen_command))
        source.append(_shown_ms(source_command))
    f, s = statistics.median(frozen), statistics.median(source)
    print(f"  start-up to the main window shown, median of {RUNS}, interleaved:")
    line("    from source (python, same version)", f"{s:.0f} ms", "", True)
    line("    frozen (dist/meja-aduan/meja-aduan)", f"{f:.0f} ms = {f / s:.2f}x",
         f"<= {RATIO_TARGET}x", f / s <= RATIO_TARGET)  # fmt: skip
