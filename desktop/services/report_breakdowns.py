"""The recap's breakdown sheets: K1, K2, K3 and K8 per target institution, channel, category
(sub-categories indented under their parent) and whatever other breakdown the figures hold."""

from __future__ import annotations

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from desktop.domain.report_figures import (
    BreakdownRow,
    Dimension,
    Indicator,
    ReportFigures,
    Scope,
    Share,
)
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading
from desktop.services.xlsx_parts import Formats, percent_cell, sheet_name, write_header

# Always written, empty if need be, so a reader finds the same sheets every month.
REQUIRED = (Dimension.INSTITUTION, Dimension.CHANNEL, Dimension.CATEGORY)
# The classification has the matrix sheet.
OTHERS = (Dimension.UNIT, Dimension.KECAMATAN, Dimension.DESA, Dimension.DESK, Dimension.OFFICER)


def write_breakdowns(
    book: xlsxwriter.Workbook,
    formats: Formats,
    figures: ReportFigures,
    texts: ReportTexts,
    heading: ReportHeading,
    taken: set[str],
) -> None:
    for dimension in REQUIRED + OTHERS:
        rows = list(figures.breakdowns.get(dimension, ()))
        if dimension is Dimension.CHANNEL and not rows:
            rows = _channel_rows(figures, texts)
        if dimension is Dimension.CATEGORY:
            rows = _parents_then_children(rows)
        if rows or dimension in REQUIRED:
            _sheet(book, formats, figures, texts, heading, taken, dimension, rows)


def _sheet(
    book: xlsxwriter.Workbook,
    f: Formats,
    figures: ReportFigures,
    t: ReportTexts,
    heading: ReportHeading,
    taken: set[str],
    dimension: Dimension,
    rows: list[BreakdownRow],
) -> None:
    name = t.dimensions[dimension]
    sheet = book.add_worksheet(sheet_name(name, taken))
    top = write_header(sheet, f, t, heading, name, t.scope_explanations[Scope.COHORT])
    columns = [
        name,
        t.column_received,
        t.column_share_of_received,
        t.column_followed_up,
        t.indicator_names[Indicator.FOLLOWED_UP],
        t.column_completed,
        t.indicator_names[Indicator.COMPLETED],
        t.column_completed_on_time,
        t.column_limit_reached,
        t.indicator_names[Indicator.COMPLETED_ON_TIME],
    ]
    for column, title in enumerate(columns):
        sheet.write_string(top, column, title, f.heading)
    sheet.set_row(top, 45)
    sheet.freeze_panes(top + 1, 1)
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, len(columns) - 1, 13)
    received_total = figures.received.value
    row = top + 1
    for entry in rows:
        sub = dimension is Dimension.CATEGORY and entry.parent_key is not None
        sheet.write_string(row, 0, entry.label, f.indented if sub else f.text)
        received = entry.received.value
        sheet.write_number(row, 1, received, f.count)
        share_of_all = 100.0 * received / received_total if received_total else None
        percent_cell(sheet, row, 2, share_of_all, f.percent)
        _share(sheet, f, row, 3, entry.followed_up, with_denominator=False)
        _share(sheet, f, row, 5, entry.completed, with_denominator=False)
        _share(sheet, f, row, 7, entry.completed_on_time, with_denominator=True)
        row += 1
    if dimension is Dimension.CHANNEL and rows:
        chart = book.add_chart({"type": "pie"})
        chart.add_series(
            {
                "name": t.chart_channel_mix,
                "categories": [sheet.name, top + 1, 0, row - 1, 0],
                "values": [sheet.name, top + 1, 1, row - 1, 1],
                "data_labels": {"percentage": True},
            }
        )
        chart.set_title({"name": t.chart_channel_mix})
        sheet.insert_chart(row + 2, 0, chart, {"x_scale": 1.3, "y_scale": 1.2})


def _share(
    sheet: Worksheet, f: Formats, row: int, column: int, share: Share, *, with_denominator: bool
) -> None:
    sheet.write_number(row, column, share.numerator.value, f.count)
    if with_denominator:
        sheet.write_number(row, column + 1, share.denominator.value, f.count)
        column += 1
    percent_cell(sheet, row, column + 1, share.percent, f.percent)


def _channel_rows(figures: ReportFigures, texts: ReportTexts) -> list[BreakdownRow]:
    """K16 alone, when the figures hold no channel breakdown: counts without the shares."""
    return [
        BreakdownRow(channel.value, texts.channels[channel], count, Share(), Share(), Share())
        for channel, count in figures.channel_mix.items()
    ]


def _parents_then_children(rows: list[BreakdownRow]) -> list[BreakdownRow]:
    """Each category followed by its sub-categories; sub-categories of a category missing from
    the list come last, still indented."""
    children: dict[str, list[BreakdownRow]] = {}
    for entry in rows:
        if entry.parent_key is not None:
            children.setdefault(entry.parent_key, []).append(entry)
    ordered: list[BreakdownRow] = []
    for entry in rows:
        if entry.parent_key is None:
            ordered.append(entry)
            ordered.extend(children.pop(entry.key, []))
    for orphans in children.values():
        ordered.extend(orphans)
    return ordered
