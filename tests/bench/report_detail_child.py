"""Child process of the detail-list benchmark.

`python -m tests.bench.report_detail_child DATA_DIR RECOVERY_KEY_FILE PASSWORD xlsx|csv` opens
the desk with the recovery key, signs the admin in, takes every complaint's id (as a report's
cohort would hand them over), writes the detail list in Bahasa Indonesia to a temporary folder,
and prints `name value` lines: rows, seconds, file size, resident memory (kB) before and the
peak after.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.bench.worklist_child import memory_kib


def main(data_dir: Path, recovery_key_file: Path, password: str, file_format: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.app.i18n import install_translations
    from desktop.app.paths import regions_csv
    from desktop.services.desk import open_desk
    from desktop.services.keys import key_from_recovery_key
    from desktop.services.report_detail import DetailFormat
    from desktop.ui.reports.texts import report_texts

    app = QCoreApplication(sys.argv)
    install_translations(app, "id")
    recovery_key = recovery_key_file.read_text(encoding="utf-8").strip()
    desk = open_desk(data_dir, regions_csv(), key_from_recovery_key(recovery_key)).desk
    try:
        desk.accounts.sign_in("admin", password)
        started = time.perf_counter()
        ids = frozenset(desk.worklist.ids())
        ids_seconds = time.perf_counter() - started
        texts = report_texts()
        _peak, before = memory_kib()
        with tempfile.TemporaryDirectory(prefix="meja-aduan-detail-") as folder:
            target = Path(folder) / f"daftar.{file_format}"
            started = time.perf_counter()
            done = desk.detail_lists.export(
                ids, target, texts, file_format=DetailFormat(file_format)
            )
            seconds = time.perf_counter() - started
            size = target.stat().st_size
        peak, _current = memory_kib()
    finally:
        desk.close()
    sys.stdout.write(
        f"rows {done.rows}\nseconds {seconds:.3f}\nids_seconds {ids_seconds:.3f}\n"
        f"bytes {size}\nbefore_current {before}\nafter_peak {peak}\n"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4])
