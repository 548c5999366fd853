"""`--self-test`: prove this installation works, without touching the desk's own data.

On a folder with a desk it opens (and migrates) the real database with a headless key source and
reads its count; on a fresh folder it creates no desk there. Either way it builds the main
window offscreen, then saves and reads back a complaint and renders its receipt in a throwaway
desk in a temporary folder (a copy of the real database when there is one), and sends a photo
through the sync engine to a sandbox hub from another new desk there (self_test_sync).

What it logs, Qt's own warnings included, goes to logs/self-test.log in the data folder: the
terminal gets the one result line, which IT staff's scripts read.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.i18n import install_translations
from desktop.app.logging_setup import setup_logging
from desktop.app.paths import regions_csv, set_application_names
from desktop.app.qt_messages import qt_messages_to_the_log
from desktop.app.self_test_sync import SyncCheckError, photo_through_sync, self_test_draft
from desktop.app.wiring import national_sync_for

if TYPE_CHECKING:
    from desktop.services.desk import Desk

_SELF_TEST_PASSWORD = "self-test-only-9f3a"
SELF_TEST_LOG = "self-test.log"  # its own: the app may be running beside it


class SelfTestError(Exception):
    pass


def run_self_test(data_dir: Path, language: str, recovery_key_file: Path | None = None) -> str:
    """Run the checks; returns the one-line summary, raises SelfTestError on a failed check."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A read-only or full data folder: the desk is still checked, without a log.
    with contextlib.suppress(OSError):
        setup_logging(data_dir / "logs", file_name=SELF_TEST_LOG)

    restore_qt_messages = qt_messages_to_the_log()
    try:
        return _run_checks(data_dir, language, recovery_key_file)
    finally:
        restore_qt_messages()


def _run_checks(data_dir: Path, language: str, recovery_key_file: Path | None) -> str:
    from PySide6.QtWidgets import QApplication

    from desktop.app.headless import open_checked_desk
    from desktop.services.desk_finder import DeskState, find_desk
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    # The real desk first: a missing key or a too-new database fails before any window.
    real = (
        None
        if find_desk(data_dir).state is DeskState.NEW
        else open_checked_desk(data_dir, recovery_key_file)
    )
    set_application_names()
    app = QApplication.instance() or QApplication([])
    translators = install_translations(app, language)
    runner = TaskRunner("self-test")
    try:
        window = MainWindow(runner, language, lambda _code: None, national_sync=national_sync_for)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise SelfTestError("the main window could not be shown")
        with tempfile.TemporaryDirectory(prefix="meja-aduan-self-test-") as scratch:
            if real is None:
                where = "no desk here yet"
                scratch_desk = _throwaway_desk(Path(scratch) / "desk", None)
            else:
                count = _count(real.desk)
                where = f"database schema {real.migration.to_revision}, {count} complaints"
                scratch_desk = _throwaway_desk(Path(scratch) / "desk", real.desk)
            try:
                window.set_desk(scratch_desk)
                app.processEvents()
                number = _save_and_read_back(scratch_desk, Path(scratch))
                if real is None:  # a new desk: what it owes the hub is the self-test's own
                    sent = _photo_through_sync(scratch_desk, Path(scratch))
            finally:
                window.idle.stop()
                scratch_desk.close()
            if real is not None:
                # A copy of the real desk would send its waiting complaints: a new one instead.
                sync_desk = _throwaway_desk(Path(scratch) / "sync-desk", None)
                try:
                    sent = _photo_through_sync(sync_desk, Path(scratch))
                finally:
                    sync_desk.close()
        window.close()
    finally:
        runner.shutdown()
        if real is not None:
            real.desk.close()
        del translators
    return (
        f"self-test passed: {where}, main window built, a complaint saved and read back "
        f"in a temporary desk ({number}), receipt rendered, {sent}"
    )


def _photo_through_sync(desk: Desk, scratch: Path) -> str:
    try:
        return photo_through_sync(desk, scratch)
    except SyncCheckError as error:
        raise SelfTestError(str(error)) from error


def _count(desk: Desk) -> int:
    from desktop.domain.access import Role
    from desktop.services.access import Actor

    # A reader with the fewest rights, for this one count; nothing is written.
    desk.access.sign_in(Actor(0, "self-test", "Self-test", Role.PETUGAS))
    try:
        return desk.worklist.count()
    finally:
        desk.access.sign_out()


def _throwaway_desk(folder: Path, real: Desk | None) -> Desk:
    """A desk of our own in `folder`: a copy of the real database, or a new one."""
    from desktop.domain.access import Role
    from desktop.services.access import Actor
    from desktop.services.account_values import NewAccount
    from desktop.services.desk import create_desk, open_desk
    from desktop.store.migrate import copy_database

    if real is None:
        account = NewAccount(
            "selftest", "Self-test", Role.ADMIN, _SELF_TEST_PASSWORD, _SELF_TEST_PASSWORD
        )
        # Not in the keyring: each run would leave an entry for a folder that is gone.
        return create_desk(folder, regions_csv(), account, remember_key=False).opened.desk
    folder.mkdir(parents=True)
    copy_database(real.database, folder / real.paths.database.name)
    desk = open_desk(folder, regions_csv(), real.keys.key).desk
    desk.access.sign_in(Actor(0, "self-test", "Self-test", Role.PETUGAS))
    return desk


def _save_and_read_back(desk: Desk, scratch: Path) -> str:
    from desktop.ui.receipt import save_receipt_pdf

    draft = self_test_draft(
        desk, "Uji mandiri aplikasi", "Pengaduan uji yang dibuat oleh --self-test."
    )
    saved = desk.intake.record(draft)
    back = desk.worklist.record(saved.id)
    if back is None or back.title != draft.title or back.local_number != saved.local_number:
        raise SelfTestError("a saved complaint did not read back the same")
    receipt = desk.receipts.for_complaint(saved.id)
    if receipt is None:
        raise SelfTestError("the receipt could not be read")
    pdf = scratch / "receipt.pdf"
    save_receipt_pdf(receipt, pdf)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SelfTestError("the receipt could not be rendered as PDF")
    return saved.local_number
