"""The recap workbook (REPORTS.md, "Monthly / quarterly / semester recap"): one `ReportFigures`
as an XLSX file with native Excel charts.

Sheets: the summary of K1-K16 (numerator, denominator, percentage, scope, the definition used);
the classification x status-group matrix with K2, K3 and K8 per classification and the status
groups' chart; on time per step (K6, K7, K8) with its chart; the backlog by age (K5) with its
chart; then one sheet per breakdown: target institution, channel (with the channel mix's chart),
category (sub-categories indented under their parent), and any other breakdown the figures
hold. Each sheet starts with the unit's name, the period, the cut-off and the scope of what it
shows. Values only, no formulas: what is read is what was computed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from desktop.domain.report_figures import (
    COMPLETED_GROUPS,
    IN_PROCESS_GROUPS,
    SCOPES,
    BacklogBucket,
    Classification,
    Count,
    Dimension,
    Indicator,
    ReportFigures,
    Scope,
    Share,
    StatusGroup,
)
from desktop.services.report_breakdowns import write_breakdowns
from desktop.services.report_summary import summary_lines
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading, replace_with, temporary_beside
from desktop.services.xlsx_parts import (
    Formats,
    close_workbook,
    new_workbook,
    percent_cell,
    sheet_name,
    write_header,
)

CHART_SIZE = {"x_scale": 1.3, "y_scale": 1.2}


def write_recap_workbook(figures: ReportFigures, texts: ReportTexts, target: Path) -> None:
    """Write the recap of `figures` to `target` (replaced whole, or left as it was on failure)."""
    with temporary_beside(target) as part:
        book = new_workbook(part)
        # The file's own date is the cut-off, so the same figures give the same file.
        book.set_properties(
            {
                "title": f"{texts.recap_title} - {figures.office_name}",
                "created": figures.cut_off.astimezone(dt.UTC).replace(tzinfo=None),
            }
        )
        recap = _Recap(book, figures, texts)
        recap.summary()
        recap.matrix()
        recap.on_time()
        recap.backlog()
        write_breakdowns(book, recap.formats, figures, texts, recap.heading, recap.taken)
        close_workbook(book)
        replace_with(part, target)


class _Recap:
    def __init__(self, book: xlsxwriter.Workbook, figures: ReportFigures, texts: ReportTexts):
        self.book = book
        self.figures = figures
        self.texts = texts
        self.formats = Formats(book)
        self.heading = ReportHeading.of(figures)
        self.taken: set[str] = set()

    def _sheet(self, name: str, scope: Scope | None, columns: list[str]) -> tuple[Worksheet, int]:
        sheet = self.book.add_worksheet(sheet_name(name, self.taken))
        scope_text = self.texts.scope_explanations[scope] if scope else ""
        top = write_header(sheet, self.formats, self.texts, self.heading, name, scope_text)
        for column, title in enumerate(columns):
            sheet.write_string(top, column, title, self.formats.heading)
        sheet.freeze_panes(top + 1, 1)
        return sheet, top + 1

    def summary(self) -> None:
        t, f = self.texts, self.formats
        columns = [
            t.column_code,
            t.column_indicator,
            t.column_numerator,
            t.column_denominator,
            t.column_percent,
            t.column_value,
            t.column_scope,
            t.column_definition,
        ]
        sheet, row = self._sheet(t.summary_sheet, None, columns)
        for column, width in enumerate((6, 44, 12, 12, 9, 10, 12, 80)):
            sheet.set_column(column, column, width)
        for line in summary_lines(self.figures, t):
            sheet.write_string(row, 0, line.code, f.bold)
            sheet.write_string(row, 1, line.name, f.indented if line.indented else f.bold)
            for column, number in ((2, line.numerator), (3, line.denominator)):
                if number is not None:
                    sheet.write_number(row, column, number, f.count)
            percent_cell(sheet, row, 4, line.percent, f.percent)
            if line.value is not None:
                sheet.write_number(row, 5, line.value, f.decimal)
            if line.scope is not None:
                sheet.write_string(row, 6, t.scope_names[line.scope])
            if line.definition:
                sheet.write_string(row, 7, line.definition, f.wrapped)
            row += 1
        sheet.write_string(row + 1, 0, t.definitions_note, f.note)

    def matrix(self) -> None:
        t, f, figures = self.texts, self.formats, self.figures
        groups = list(StatusGroup)
        columns = [t.dimensions[Dimension.CLASSIFICATION], t.column_received]
        columns += [t.status_groups[g] for g in groups]
        columns += [
            t.indicator_names[Indicator.FOLLOWED_UP],
            t.indicator_names[Indicator.COMPLETED],
            t.indicator_names[Indicator.COMPLETED_ON_TIME],
        ]
        sheet, row = self._sheet(t.matrix_sheet, SCOPES[Indicator.STATUS_GROUPS], columns)
        sheet.set_column(0, 0, 38)
        sheet.set_column(1, len(columns) - 1, 15)
        sheet.set_row(row - 1, 45)  # the status groups' long names, wrapped
        first = row
        for kind in Classification:
            counts = figures.matrix.get(kind, {})
            received = sum(c.value for c in counts.values())
            sheet.write_string(row, 0, t.classifications[kind])
            sheet.write_number(row, 1, received, f.count)
            for column, group in enumerate(groups, start=2):
                sheet.write_number(row, column, _count(counts.get(group)), f.count)
            followed = sum(_count(counts.get(g)) for g in COMPLETED_GROUPS | IN_PROCESS_GROUPS)
            completed = sum(_count(counts.get(g)) for g in COMPLETED_GROUPS)
            on_time = figures.completed_on_time_by_classification.get(kind, Share())
            percent_cell(sheet, row, len(groups) + 2, _ratio(followed, received), f.percent)
            percent_cell(sheet, row, len(groups) + 3, _ratio(completed, received), f.percent)
            percent_cell(sheet, row, len(groups) + 4, on_time.percent, f.percent)
            row += 1
        sheet.write_string(row, 0, t.total, f.bold)
        sheet.write_number(row, 1, figures.received.value, f.bold_count)
        for column, group in enumerate(groups, start=2):
            sheet.write_number(row, column, _count(figures.status_groups.get(group)), f.bold_count)
        for offset, share in enumerate(
            (figures.followed_up, figures.completed, figures.completed_on_time)
        ):
            percent_cell(sheet, row, len(groups) + 2 + offset, share.percent, f.bold_percent)
        chart = self.book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": t.chart_status_groups,
                "categories": [sheet.name, first - 1, 2, first - 1, len(groups) + 1],
                "values": [sheet.name, row, 2, row, len(groups) + 1],
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": t.chart_status_groups})
        chart.set_legend({"none": True})
        sheet.insert_chart(row + 2, 0, chart, CHART_SIZE)

    def on_time(self) -> None:
        t, f, figures = self.texts, self.formats, self.figures
        columns = [t.column_indicator, t.column_on_time, t.column_measured, t.column_percent]
        sheet, row = self._sheet(t.on_time_sheet, Scope.COHORT, columns)
        sheet.set_column(0, 0, 50)
        sheet.set_column(1, 3, 14)
        steps = [
            (Indicator.VERIFIED_ON_TIME, figures.verified_on_time),
            (Indicator.FIRST_FOLLOW_UP_ON_TIME, figures.first_follow_up_on_time),
            (Indicator.COMPLETED_ON_TIME, figures.completed_on_time),
        ]
        lines = [(f"{i.value} {t.indicator_names[i]}", s, f.bold) for i, s in steps]
        lines += [
            (
                t.classification_line.format(name=t.classifications[kind]),
                figures.completed_on_time_by_classification.get(kind, Share()),
                f.indented,
            )
            for kind in Classification
        ]
        first = row
        for name, share, name_format in lines:
            sheet.write_string(row, 0, name, name_format)
            sheet.write_number(row, 1, share.numerator.value, f.count)
            sheet.write_number(row, 2, share.denominator.value, f.count)
            percent_cell(sheet, row, 3, share.percent, f.percent)
            row += 1
        chart = self.book.add_chart({"type": "bar"})
        chart.add_series(
            {
                "name": t.chart_on_time,
                "categories": [sheet.name, first, 0, first + len(steps) - 1, 0],
                "values": [sheet.name, first, 3, first + len(steps) - 1, 3],
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": t.chart_on_time})
        chart.set_legend({"none": True})
        chart.set_x_axis({"min": 0, "max": 1, "num_format": "0%"})
        chart.set_y_axis({"reverse": True})  # K6 on top, as in the table
        sheet.insert_chart(row + 1, 0, chart, CHART_SIZE)

    def backlog(self) -> None:
        t, f, figures = self.texts, self.formats, self.figures
        columns = [t.indicator_names[Indicator.BACKLOG], t.column_count, t.column_percent]
        sheet, row = self._sheet(t.backlog_sheet, SCOPES[Indicator.BACKLOG], columns)
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, 2, 14)
        total = sum(count.value for count in figures.backlog.values())
        first = row
        for bucket in BacklogBucket:
            count = _count(figures.backlog.get(bucket))
            sheet.write_string(row, 0, t.backlog_buckets[bucket])
            sheet.write_number(row, 1, count, f.count)
            percent_cell(sheet, row, 2, _ratio(count, total), f.percent)
            row += 1
        sheet.write_string(row, 0, t.total, f.bold)
        sheet.write_number(row, 1, total, f.bold_count)
        chart = self.book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": t.chart_backlog,
                "categories": [sheet.name, first, 0, row - 1, 0],
                "values": [sheet.name, first, 1, row - 1, 1],
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": t.chart_backlog})
        chart.set_legend({"none": True})
        sheet.insert_chart(row + 2, 0, chart, CHART_SIZE)


def _count(count: Count | None) -> int:
    return count.value if count is not None else 0


def _ratio(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None
