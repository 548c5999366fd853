"""`--self-test`: prove this installation works, without touching the desk's own data.

Opens (and migrates) the real database, builds the main window offscreen, then saves and reads
back a complaint and renders its receipt in a temporary copy of the database.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from desktop.app.i18n import install_translations
from desktop.app.paths import regions_csv, set_application_names


class SelfTestError(Exception):
    pass


def run_self_test(data_dir: Path, language: str) -> str:
    """Run the checks; returns the one-line summary, raises SelfTestError on a failed check."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop.domain.complaint import ComplaintDraft, ComplaintType, Reporter
    from desktop.services.desk import open_desk
    from desktop.store.migrate import backup_database
    from desktop.ui.main_window import MainWindow
    from desktop.ui.receipt import save_receipt_pdf
    from desktop.ui.tasks import TaskRunner

    set_application_names()
    app = QApplication.instance() or QApplication([])
    translators = install_translations(app, language)
    opened = open_desk(data_dir, regions_csv())
    runner = TaskRunner("self-test")
    try:
        window = MainWindow(runner, language, lambda _code: None)
        window.set_desk(opened.desk)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestError("the main window could not be shown")
        window.close()
        count = opened.desk.worklist.count()
        with tempfile.TemporaryDirectory(prefix="meja-aduan-self-test-") as scratch:
            copy_dir = Path(scratch)
            backup_database(opened.desk.database, copy_dir / opened.desk.paths.database.name)
            copy = open_desk(copy_dir, regions_csv()).desk
            try:
                category = next(c.id for c in copy.reference.categories() if c.active)
                draft = ComplaintDraft(
                    type=ComplaintType.ASPIRASI,
                    category_id=category,
                    title="Uji mandiri aplikasi",
                    description="Pengaduan uji yang dibuat oleh --self-test.",
                    incident_date=dt.date.today(),
                    reporter=Reporter(name="Petugas Uji"),
                    privacy_acknowledged=True,
                )
                saved = copy.intake.record(draft)
                back = copy.worklist.record(saved.id)
                if (
                    back is None
                    or back.title != draft.title
                    or back.local_number != saved.local_number
                ):
                    raise SelfTestError("a saved complaint did not read back the same")
                receipt = copy.receipts.for_complaint(saved.id)
                assert receipt is not None
                pdf = copy_dir / "receipt.pdf"
                save_receipt_pdf(receipt, pdf)
                if not pdf.read_bytes().startswith(b"%PDF"):
                    raise SelfTestError("the receipt could not be rendered as PDF")
            finally:
                copy.close()
    finally:
        runner.shutdown()
        opened.desk.close()
        del translators
    return (
        f"self-test passed: database schema {opened.migration.to_revision}, "
        f"{count} complaints, main window built, a complaint saved and read back "
        f"in a temporary copy ({saved.local_number}), receipt rendered"
    )
