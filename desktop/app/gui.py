"""Starting the windowed application.

The window is shown first, with the sign-in (or set-up) page; SQLAlchemy, migrations and
reference data load on the database worker thread afterwards, while the officer types.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app.crash import CrashNotifier
from desktop.app.i18n import (
    install_translations,
    interface_settings,
    preferred_language,
    remember_language,
)
from desktop.app.logging_setup import setup_logging
from desktop.app.paths import offered_provisioning_file, regions_csv, set_application_names
from desktop.app.wiring import national_sync_for, office_sync_for, report_figures_for
from desktop.ui.access.gate import DeskGate
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("desktop.app")


def display_missing() -> bool:
    """True on a Linux machine with no screen, where Qt would abort with a cryptic trace."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(data_dir: Path, language: str | None) -> int:
    set_application_names()
    app = QApplication(sys.argv)
    app.setApplicationDisplayName("Meja Aduan")
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = interface_settings(data_dir)
    chosen = language or preferred_language(settings)
    translators = install_translations(app, chosen)
    notifier = CrashNotifier(data_dir / "crash")
    notifier.install()
    runner = TaskRunner("database")
    window = MainWindow(
        runner,
        chosen,
        lambda code: remember_language(settings, code),
        national_sync=national_sync_for,
        report_figures=report_figures_for,
        office_sync=office_sync_for,
    )
    gate = DeskGate(data_dir, regions_csv(), runner, window, offered_provisioning_file())
    window.showMaximized()

    def after_first_paint() -> None:
        # The log file opens before any database work, once the window is up.
        try:
            setup_logging(data_dir / "logs")
        except OSError as error:  # read-only or full storage: the gate says so in a window
            log.warning("no log file in the data folder: %s", error)
        gate.start()

    QTimer.singleShot(0, after_first_paint)
    try:
        return app.exec()
    finally:
        window.stop_background_work()  # the window's own worker, too, before the desk closes
        runner.shutdown()
        window.idle.uninstall()
        if gate.desk is not None:
            gate.desk.close()
        notifier.uninstall()
        del translators
