"""Child process of the worklist-at-scale benchmark: the application's memory with the worklist
open on a large desk.

`python -m tests.bench.worklist_child DATA_DIR RECOVERY_KEY_FILE PASSWORD` shows the main window
offscreen, opens the desk with the recovery key (the headless path), signs the admin in, shows
the complaints tab, waits for the full id list (`loaded`), scrolls through some pages, and
prints `name value` lines: resident memory (kB) at each stage and the time the list took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def memory_kib() -> tuple[str, str]:
    """Peak and current resident memory in kB ("n/a" where the system does not say)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(row.split(":", 1) for row in status.read_text().splitlines() if ":" in row)
        return fields["VmHWM"].split()[0], fields["VmRSS"].split()[0]
    try:
        import resource
    except ImportError:  # Windows
        return "n/a", "n/a"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return str(peak // 1024 if sys.platform == "darwin" else peak), "n/a"  # macOS: bytes


def report(stage: str) -> None:
    peak, current = memory_kib()
    sys.stdout.write(f"{stage}_peak {peak}\n{stage}_current {current}\n")
    sys.stdout.flush()


def main(data_dir: Path, recovery_key_file: Path, password: str) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.app.paths import regions_csv
    from desktop.app.wiring import national_sync_for
    from desktop.services.desk import open_desk
    from desktop.services.keys import key_from_recovery_key
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv)
    runner = TaskRunner("database")
    window = MainWindow(runner, "id", lambda _code: None, national_sync=national_sync_for)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    report("window")
    recovery_key = recovery_key_file.read_text(encoding="utf-8").strip()
    desk = open_desk(data_dir, regions_csv(), key_from_recovery_key(recovery_key)).desk
    try:
        desk.accounts.sign_in("admin", password)
        started = time.perf_counter()
        window.set_desk(desk)  # builds the worklist, which starts loading on the worker
        window.menus.complaints.trigger()
        panel = window.worklist
        assert panel is not None
        listed: list[int] = []
        waiting = QEventLoop()
        panel.loaded.connect(lambda count: (listed.append(count), waiting.quit()))
        waiting.exec()
        sys.stdout.write(f"loaded_ms {(time.perf_counter() - started) * 1000:.0f}\n")
        sys.stdout.write(f"listed {listed[0]}\n")
        report("loaded")
        table, model = panel.table, panel.model
        rows = model.rowCount()
        # A few pages down, then jumps through the list, each painted (rows load as shown).
        for row in [*range(0, 1000, 25), rows // 4, rows // 2, rows * 3 // 4, rows - 1]:
            table.scrollTo(model.index(row, 0))
            table.viewport().repaint()
            app.processEvents()
        report("scrolled")
    finally:
        runner.shutdown()
        window.idle.uninstall()
        desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
