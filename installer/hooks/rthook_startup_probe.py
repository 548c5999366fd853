"""Start-up probe for `python -m tests.bench bundle`; does nothing unless asked.

With MEJA_ADUAN_STARTUP_PROBE=1 in the environment, the program prints `shown <unix time>` once
its main window is shown (the first turn of the event loop) and exits at once, so the
benchmark can time the frozen build exactly as it times the source tree (the same file is run
there with runpy). Without the variable it only reads the environment.
"""


def _install_startup_probe() -> None:
    import os
    import sys
    import time

    if os.environ.get("MEJA_ADUAN_STARTUP_PROBE") != "1":
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original_exec = QApplication.exec

    def report_and_leave() -> None:
        app = QApplication.instance()
        if any(isinstance(w, QMainWindow) and w.isVisible() for w in app.topLevelWidgets()):
            sys.stdout.write(f"shown {time.time():.6f}\n")
            sys.stdout.flush()
            app.exit(0)
        else:
            QTimer.singleShot(1, report_and_leave)

    def exec_and_report() -> int:
        QTimer.singleShot(0, report_and_leave)
        return original_exec()

    QApplication.exec = staticmethod(exec_and_report)


_install_startup_probe()
del _install_startup_probe
