"""The detail list's two file formats, written a row at a time.

XLSX: XlsxWriter's constant_memory mode flushes each row to disk as it is written, so 200,000
rows take a few megabytes. Every text is a text cell (write_string), never a formula or a number:
a title "=HYPERLINK(...)" stays those characters, and a NIK keeps its 16 digits (a number cell
keeps 15). The NIK column is also formatted as text, so an edit keeps it so.

CSV: UTF-8 with a byte-order mark (Excel on Windows reads UTF-8 only with it), quoted where a
field needs it, dates as ISO dates. A CSV has no cell types: what could start a formula gets a
leading apostrophe (`desktop.domain.detail_list.neutralised`).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol, cast

from desktop.domain.detail_list import DetailRow, neutralised
from desktop.domain.report_figures import classification
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading
from desktop.services.xlsx_parts import Formats, close_workbook, new_workbook, write_header

# Characters wide, in the columns' order (DetailColumns.in_order).
WIDTHS = (20, 16, 22, 30, 40, 60, 26, 19, 16, 36, 30, 12, 16)
NIK_COLUMN = 7
INCIDENT_COLUMN = 11
RECEIVED_COLUMN = 12


class DetailCells(NamedTuple):
    """One row as written: texts already in the reader's language, masked and withheld."""

    number: str
    national_tracking_id: str
    status: str
    classification: str
    title: str
    description: str
    reporter: str
    nik: str
    channel: str
    category: str
    unit: str
    incident_date: dt.date | None
    received: dt.datetime  # local time, naive (a spreadsheet knows no time zones)


def cells_of(
    row: DetailRow, texts: ReportTexts, categories: dict[int, str], units: dict[int, str]
) -> DetailCells:
    """`row` (already disclosed) in the reader's words."""
    return DetailCells(
        number=row.local_number,
        national_tracking_id=row.national_tracking_id,
        status=texts.statuses[row.status],
        classification=texts.classifications[classification(row.type, row.supervisory)],
        title=texts.withheld if row.withheld else row.title,
        description=row.description,
        reporter=row.reporter_name,
        nik=row.reporter_nik,
        channel=texts.channels[row.channel],
        category=categories.get(row.category_id, "") if row.category_id is not None else "",
        unit=units.get(row.unit_id, "") if row.unit_id is not None else "",
        incident_date=row.incident_date,
        received=row.received_at.astimezone().replace(tzinfo=None),
    )


class DetailWriter(Protocol):
    def add(self, cells: DetailCells) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class DetailLines:
    """The lines above the XLSX table: what the list is, and whether identities are shown."""

    heading: ReportHeading | None
    identity_note: str
    exported: str


class XlsxDetailWriter:
    def __init__(self, path: Path, texts: ReportTexts, lines: DetailLines) -> None:
        self._book = new_workbook(path, constant_memory=True)
        self._formats = f = Formats(self._book)
        self._sheet = sheet = self._book.add_worksheet(texts.detail_title[:31])
        for column, width in enumerate(WIDTHS):
            cell_format = f.text_cell if column == NIK_COLUMN else None
            sheet.set_column(column, column, width, cell_format)
        heading = lines.heading or ReportHeading("")
        top = write_header(sheet, f, texts, heading, texts.detail_title, "")
        # Rows go out in order (constant_memory): the notes, a blank line, the table.
        sheet.write_string(top, 0, lines.identity_note, f.note)
        sheet.write_string(top + 1, 0, lines.exported, f.note)
        top += 3
        for column, title in enumerate(texts.detail_columns.in_order()):
            sheet.write_string(top, column, title, f.heading)
        sheet.freeze_panes(top + 1, 0)
        self._row = top + 1
        self._text_formats = [f.text_cell if c == NIK_COLUMN else None for c in range(len(WIDTHS))]

    def add(self, cells: DetailCells) -> None:
        sheet, f, row = self._sheet, self._formats, self._row
        for column, value in enumerate(cast(tuple[str, ...], cells[:INCIDENT_COLUMN])):
            if value:
                sheet.write_string(
                    row, column, value, f.text_cell if column == NIK_COLUMN else None
                )
        if cells.incident_date is not None:
            sheet.write_datetime(row, INCIDENT_COLUMN, cells.incident_date, f.day)
        sheet.write_datetime(row, RECEIVED_COLUMN, cells.received, f.moment)
        self._row += 1

    def close(self) -> None:
        close_workbook(self._book)


class CsvDetailWriter:
    def __init__(self, path: Path, texts: ReportTexts) -> None:
        # newline="": the csv module writes its own \r\n line ends.
        self._file = path.open("w", encoding="utf-8-sig", newline="")
        self._csv = csv.writer(self._file, quoting=csv.QUOTE_MINIMAL)
        self._csv.writerow(texts.detail_columns.in_order())

    def add(self, cells: DetailCells) -> None:
        texts = [neutralised(value) for value in cast(tuple[str, ...], cells[:INCIDENT_COLUMN])]
        incident = cells.incident_date.isoformat() if cells.incident_date else ""
        received = cells.received.isoformat(" ", "minutes")
        self._csv.writerow([*texts, incident, received])

    def close(self) -> None:
        self._file.close()
