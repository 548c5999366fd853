"""What the report workbooks share: options, sheet names, the header lines every sheet starts
with, and the cell formats."""

from __future__ import annotations

import contextlib
import re
import zipfile
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading

# Never turn a text that looks like a formula, a number or a link into one: every text cell is
# written with write_string anyway, this is the second lock.
WORKBOOK_OPTIONS: dict[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}
HEADER_ROWS = 6  # title, unit, period, cut-off, scope, blank line
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def new_workbook(path: Path, *, constant_memory: bool = False) -> xlsxwriter.Workbook:
    options = dict(WORKBOOK_OPTIONS)
    if constant_memory:
        # Rows are flushed to a temporary file as they are written; they must come in order.
        options["constant_memory"] = True
    return xlsxwriter.Workbook(str(path), options)


def close_workbook(book: xlsxwriter.Workbook) -> None:
    """Write the file out. XlsxWriter wraps a failing disk in its own FileCreateError; callers
    (and the interface's storage-fault messages) expect the OSError it carries."""
    try:
        book.close()
    except FileCreateError as error:
        _drop_unfinished_zip(error)
        cause = error.args[0] if error.args else None
        if isinstance(cause, OSError):
            raise cause from error
        raise OSError(str(error)) from error
    except OSError as error:
        _drop_unfinished_zip(error)
        raise


def _drop_unfinished_zip(error: BaseException) -> None:
    """Close the file of the zip XlsxWriter was writing when the disk failed (a full disk).
    XlsxWriter leaves it open; its finaliser would try to finish the zip on the same full disk
    and fail again where nobody can hear (an "Exception ignored" after the user was told)."""
    seen: BaseException | None = error
    while seen is not None:  # XlsxWriter raises its error while handling the disk's
        trace = seen.__traceback__
        while trace is not None:
            for value in trace.tb_frame.f_locals.values():
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    handle, value.fp = value.fp, None  # the zip counts as closed from now on
                    with contextlib.suppress(OSError):
                        handle.close()
            trace = trace.tb_next
        seen = seen.__context__


def sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts (31 characters, none of []:*?/\\), unique in the workbook."""
    base = _SHEET_NAME_FORBIDDEN.sub("-", name).strip("'") or "Sheet"
    candidate, number = base[:31], 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


class Formats:
    """The workbook's cell formats, made once per workbook."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.note = book.add_format({"italic": True, "font_color": "#555555"})
        self.heading = book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.text = book.add_format({"valign": "top"})
        self.wrapped = book.add_format({"text_wrap": True, "valign": "top"})
        self.indented = book.add_format({"indent": 1, "valign": "top"})
        self.bold = book.add_format({"bold": True})
        self.count = book.add_format({"num_format": "#,##0"})
        self.bold_count = book.add_format({"num_format": "#,##0", "bold": True})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.bold_percent = book.add_format({"num_format": "0.0%", "bold": True})
        self.decimal = book.add_format({"num_format": "#,##0.0"})
        # "@": the cell stays text when someone edits it (a NIK must not become 3.2E+15).
        self.text_cell = book.add_format({"num_format": "@", "valign": "top"})
        self.day = book.add_format({"num_format": "dd-mm-yyyy", "valign": "top"})
        self.moment = book.add_format({"num_format": "dd-mm-yyyy hh:mm", "valign": "top"})


def write_header(
    sheet: Worksheet,
    formats: Formats,
    texts: ReportTexts,
    heading: ReportHeading,
    title: str,
    scope: str,
) -> int:
    """The lines at the top of a sheet; returns the row its table starts on."""
    lines = [texts.unit_line.format(name=heading.office_name)] if heading.office_name else []
    if heading.period is not None:
        lines.append(
            texts.period_line.format(
                first=texts.format_day(heading.period.first_day),
                last=texts.format_day(heading.period.last_day),
                kind=texts.period_kinds[heading.period.kind],
            )
        )
    if heading.cut_off is not None:
        lines.append(texts.cut_off_line.format(moment=texts.format_moment(heading.cut_off)))
    if scope:
        lines.append(texts.scope_line.format(scope=scope))
    sheet.write_string(0, 0, title, formats.title)
    for row, line in enumerate(lines, start=1):
        sheet.write_string(row, 0, line)
    return max(HEADER_ROWS, len(lines) + 2)


def percent_cell(
    sheet: Worksheet, row: int, column: int, percent: float | None, fmt: Format
) -> None:
    """A percentage as Excel keeps one (a fraction shown as "41.0%"); empty when there is
    nothing below the line, rather than a made-up 0%."""
    if percent is None:
        sheet.write_blank(row, column, None, fmt)
    else:
        sheet.write_number(row, column, percent / 100.0, fmt)
