"""Qt's own warnings (the offscreen plugin's notes, a missing font) to the log, not stderr: a
headless command's terminal, which IT staff's scripts read, gets its result line alone."""

from __future__ import annotations

import logging
from collections.abc import Callable


def qt_messages_to_the_log() -> Callable[[], None]:
    """Route Qt's messages to the `qt` logger; returns what puts Qt's previous handler back."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def to_the_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        log.log(levels.get(kind, logging.WARNING), "%s: %s", context.category, message)

    previous = qInstallMessageHandler(to_the_log)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
