"""Logging to a rotating file in the data folder.

Log records name complaints by their local number or id, never by a person's name, NIK, phone
or the text of a complaint: logs get copied to IT support.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.domain.redaction import scrub

LOG_FILE = "meja-aduan.log"


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then takes out what looks like a NIK, a phone number or an e-mail
    address (an exception's message, logged with its traceback, may quote one)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(log_dir: Path, level: int = logging.INFO, file_name: str = LOG_FILE) -> Path:
    """Log to `file_name` in `log_dir`. A process that may run beside the app (a scheduled
    sync round) gives its own file name: two processes rotating one file collide on Windows."""
    from logging.handlers import RotatingFileHandler  # socket, pickle: not before the window

    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / file_name
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    return path
