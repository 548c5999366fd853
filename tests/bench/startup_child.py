"""Child process of the start-up benchmark: show a window, report, quit.

`bare`: an empty PySide6 main window, the floor any Qt application pays.
`app`: Meja Aduan's real start-up (`desktop.app.gui.run_gui`), reporting when the main window is
shown and again when the sign-in page can take a password.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def report(stage: str) -> None:
    sys.stdout.write(f"{stage} {time.time():.6f}\n")
    sys.stdout.flush()


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 720)
    window.show()
    QTimer.singleShot(0, lambda: (report("shown"), app.quit()))
    app.exec()


def real_app(data_dir: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    import desktop.app.gui as gui

    def watch() -> None:
        app = QApplication.instance()
        assert app is not None
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
        window = windows[0]
        report("shown")

        def wait_ready() -> None:
            # The sign-in (or set-up) page is ready once the desk's state is known.
            if window.pages.currentWidget() is not window.opening_page:
                report("ready")
                # exit(), not quit(): Qt 6's quit() asks windows to close first, and the main
                # window refuses while the worklist's first load is still running.
                app.exit(0)
            else:
                QTimer.singleShot(5, wait_ready)

        wait_ready()

    original_exec = QApplication.exec

    def exec_and_watch() -> int:
        QTimer.singleShot(0, watch)
        return original_exec()

    QApplication.exec = staticmethod(exec_and_watch)  # type: ignore[method-assign]
    gui.run_gui(data_dir, "id")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        real_app(Path(sys.argv[2]))
