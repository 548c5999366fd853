"""The `report` command's arguments, read into a `ReportRequest` before any desk is opened.

A period is given once: `--from DAY --to DAY`, or one of the shorthands `--month 2026-05`,
`--quarter 2026-2`, `--semester 2026-1`, `--year 2026` (each also takes `last`: the last whole
month, quarter, semester or year before today, what a scheduled task wants). Every mistake is
one line (`ReportUsageError`), and the command exits 2 for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_register import ReportFormat

LAST = "last"
PERIOD_FLAGS = ("--from", "--month", "--quarter", "--semester", "--year")
FIRST_YEAR, LAST_YEAR = 1900, 9999
WHAT_EACH_FORMAT_IS = {
    ReportFormat.XLSX: "the recap workbook",
    ReportFormat.CSV: "the detail list of the period's complaints, identities masked",
    ReportFormat.PDF: "the narrative report, signed by the desk's report signatory",
}


class ReportUsageError(ValueError):
    """A mistake in the command's arguments, said in one line."""


class OneLineErrorParser(argparse.ArgumentParser):
    """A parser whose mistakes are one `error:` line (exit 2), not a usage block: a scheduled
    task's log keeps one line per run. `one_line_errors=False` keeps argparse's own."""

    def __init__(self, *args: Any, one_line_errors: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.one_line_errors = one_line_errors

    def error(self, message: str) -> Any:
        if not self.one_line_errors:
            return super().error(message)
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def add_report_command(commands: Any) -> None:
    """The `report` subcommand on `commands` (the subparsers of `python -m desktop`)."""
    report = commands.add_parser(
        "report",
        help="write a period's report file (recap workbook, detail list or narrative PDF), "
        "without a window: for a scheduled task",
        description="Write a period's report file without a window, for a scheduled task. "
        + "; ".join(f"{f.value}: {what}" for f, what in WHAT_EACH_FORMAT_IS.items())
        + ". The figures are those of the complaints received in the period as they stood at "
        "the cut-off. Give the period once: --from and --to, or --month, --quarter, "
        "--semester or --year (each also takes 'last').",
        one_line_errors=True,
    )
    report.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD", help="first day")
    report.add_argument("--to", dest="last_day", metavar="YYYY-MM-DD", help="last day (included)")
    report.add_argument("--month", metavar="YYYY-MM|last", help="a month, e.g. 2026-05")
    report.add_argument("--quarter", metavar="YYYY-Q|last", help="a quarter, e.g. 2026-2")
    report.add_argument("--semester", metavar="YYYY-S|last", help="a semester, e.g. 2026-1")
    report.add_argument("--year", metavar="YYYY|last", help="a calendar year, e.g. 2026")
    report.add_argument(
        "--format",
        dest="report_format",
        required=True,
        choices=[f.value for f in ReportFormat],
        help="xlsx, csv or pdf (see above)",
    )
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the file to write (replaced)"
    )
    report.add_argument(
        "--cut-off",
        dest="cut_off",
        metavar="MOMENT",
        help="count what was recorded up to this moment: YYYY-MM-DD (the end of that day) or "
        "YYYY-MM-DDTHH:MM, local time unless an offset is given (default: now)",
    )
    report.add_argument(
        "--language",
        choices=("id", "en"),
        help="the file's language (default: the desk's interface language)",
    )
    report.add_argument(
        "--text",
        type=Path,
        metavar="FILE",
        help="pdf only: a TOML file with obstacles, conclusions, recommendations, legal_basis "
        "and [[notable]] cases (number, note); without it the report has none of them",
    )
    report.add_argument(
        "--issue",
        action="store_true",
        help="also keep the file in the desk's register of issued reports (with its SHA-256)",
    )


@dataclass(frozen=True)
class ReportRequest:
    period: ReportPeriod
    cut_off: dt.datetime  # aware
    report_format: ReportFormat
    out: Path
    language: str | None  # None: the desk's
    text_file: Path | None
    issue: bool


def report_request(args: argparse.Namespace, now: dt.datetime) -> ReportRequest:
    """What `args` ask for, `now` being the moment the command started (aware)."""
    today = now.astimezone().date()
    report_format = ReportFormat(args.report_format)
    period = period_of(args, today)
    cut_off = cut_off_of(args.cut_off, now)
    if period.first_day > cut_off.astimezone().date():
        raise ReportUsageError(
            f"the period starts ({period.first_day}) after the cut-off "
            f"({cut_off.astimezone():%Y-%m-%d %H:%M}): no complaint of it is recorded yet"
        )
    out: Path = args.out
    if out.suffix.lower() != f".{report_format.value}":
        raise ReportUsageError(
            f"--out {out.name}: a {report_format.value} file's name ends in .{report_format.value}"
        )
    if args.text is not None and report_format is not ReportFormat.PDF:
        raise ReportUsageError("--text is for --format pdf only (the narrative report)")
    return ReportRequest(
        period=period,
        cut_off=cut_off,
        report_format=report_format,
        out=out,
        language=args.language,
        text_file=args.text,
        issue=args.issue,
    )


def period_of(args: argparse.Namespace, today: dt.date) -> ReportPeriod:
    given = [
        flag
        for flag, value in zip(
            PERIOD_FLAGS,
            (args.first_day, args.month, args.quarter, args.semester, args.year),
            strict=True,
        )
        if value is not None
    ]
    if args.first_day is None and args.last_day is not None:
        raise ReportUsageError("--to needs --from (the period's first day)")
    if not given:
        raise ReportUsageError(
            "give the period: --from DAY --to DAY, --month, --quarter, --semester or --year"
        )
    if len(given) > 1:
        raise ReportUsageError(f"give the period once, not with both {given[0]} and {given[1]}")
    if args.first_day is not None:
        if args.last_day is None:
            raise ReportUsageError("--from needs --to (the period's last day, included)")
        first, last = day_of("--from", args.first_day), day_of("--to", args.last_day)
        if last < first:
            raise ReportUsageError(f"--to {last} is before --from {first}")
        return ReportPeriod.custom(first, last)
    if args.month is not None:
        return _month(args.month, today)
    if args.quarter is not None:
        return _part("--quarter", args.quarter, today, 3, "Q", ReportPeriod.quarter)
    if args.semester is not None:
        return _part("--semester", args.semester, today, 6, "S", ReportPeriod.semester)
    return _year(args.year, today)


def day_of(flag: str, value: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ReportUsageError(f"{flag} {value!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ReportUsageError(f"{flag} {value!r} is not a day of the calendar") from None


def _month(value: str, today: dt.date) -> ReportPeriod:
    if value.strip().lower() == LAST:
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        return ReportPeriod.month(last_month.year, last_month.month)
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if match is None or not 1 <= int(match[2]) <= 12:
        raise ReportUsageError(f"--month {value!r} is not a month: write YYYY-MM or 'last'")
    return ReportPeriod.month(_checked_year("--month", match[1]), int(match[2]))


def _part(
    flag: str,
    value: str,
    today: dt.date,
    months: int,
    letter: str,
    make: Callable[[int, int], ReportPeriod],
) -> ReportPeriod:
    """A quarter (3 months) or a semester (6): `2026-2`, `2026-Q2`, or `last`."""
    count = 12 // months
    if value.strip().lower() == LAST:
        number = (today.month - 1) // months  # the one before the current one, 0 for the last
        year = today.year if number else today.year - 1
        return make(year, number or count)
    match = re.fullmatch(rf"(\d{{4}})-{letter}?(\d)", value.strip(), re.IGNORECASE)
    if match is None or not 1 <= int(match[2]) <= count:
        raise ReportUsageError(
            f"{flag} {value!r} is not one: write YYYY-N (N from 1 to {count}) or 'last'"
        )
    return make(_checked_year(flag, match[1]), int(match[2]))


def _year(value: str, today: dt.date) -> ReportPeriod:
    if value.strip().lower() == LAST:
        return ReportPeriod.year(today.year - 1)
    if not re.fullmatch(r"\d{4}", value.strip()):
        raise ReportUsageError(f"--year {value!r} is not a year: write YYYY or 'last'")
    return ReportPeriod.year(_checked_year("--year", value.strip()))


def _checked_year(flag: str, text: str) -> int:
    year = int(text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ReportUsageError(f"{flag}: {year} is not a year a desk has complaints of")
    return year


def cut_off_of(value: str | None, now: dt.datetime) -> dt.datetime:
    """The cut-off `value` names, as an aware moment; `now` when None. A day alone means the
    end of that local day (now, for today); a moment without an offset is local time. A
    moment still to come is refused: its figures would change after the file is written."""
    if value is None:
        return now
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = day_of("--cut-off", text)
        if day == now.astimezone().date():
            return now
        moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
        moment -= dt.timedelta(microseconds=1)
    else:
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ReportUsageError(
                f"--cut-off {value!r} is not a moment: write YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            ) from None
        moment = moment.astimezone() if moment.tzinfo is None else moment
    if moment > now:
        raise ReportUsageError(f"--cut-off {value} is still to come: give a past moment")
    return moment
