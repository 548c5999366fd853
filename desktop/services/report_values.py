"""Values and file handling the report exports share, light to import (no XlsxWriter)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.report_figures import ReportFigures, ReportPeriod


@dataclass(frozen=True)
class ReportHeading:
    """What a report file is about, printed at the top of each sheet."""

    office_name: str
    period: ReportPeriod | None = None
    cut_off: dt.datetime | None = None

    @classmethod
    def of(cls, figures: ReportFigures) -> ReportHeading:
        return cls(figures.office_name, figures.period, figures.cut_off)


@contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A path in `target`'s folder to write the file to before it is renamed over `target`
    (`os.replace`, atomic on one file system): a reader never sees half a file, and a failed
    export leaves the previous file as it was. The temporary file is removed in every case.

    A missing folder is refused before anything is written: XlsxWriter finds out only when it
    closes the workbook, after the whole list was read."""
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
    part = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        yield part
    finally:
        part.unlink(missing_ok=True)


def replace_with(part: Path, target: Path) -> None:
    os.replace(part, target)
