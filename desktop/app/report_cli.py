"""`report`: a period's report file without a window, for a scheduled task (the monthly report).

    python -m desktop --data-dir D report --month last --format xlsx --out rekap.xlsx --issue

xlsx is the recap workbook, csv the detail list of the period's complaints, pdf the narrative
report (cover, figures, charts; signed by the desk's report signatory; the typed parts from
`--text FILE`, see desktop.app.report_text). The file is made in a hidden folder beside `--out`,
issued from there when `--issue` asks, then renamed over `--out`: a failure at any step leaves
`--out` as it was (absent, or the previous month's file) and the register without it.

Who acts: nobody signs in at a scheduled task, and whoever holds the database key can read it
all anyway (as with `provision` and `backup`). The command acts as a stand-in called
"(command line)", a name no account can have, so the register and the audit trail say where the
report came from and K15 (staff active) does not count it. It computes and issues with a
verifier's permissions, and writes the detail list with a front-desk officer's: identities
masked, and confidential ("Rahasia") reports' content withheld, since nobody who may read them
chose to put them in an unattended file.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.app.report_args import ReportRequest, ReportUsageError, report_request
from desktop.domain.access import Role
from desktop.domain.report_register import ReportFormat
from desktop.services.access import Actor

if TYPE_CHECKING:
    from desktop.domain.report_figures import ReportFigures
    from desktop.services.desk import Desk
    from desktop.services.report_narrative import NarrativeText

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
COMMAND_LINE = "(command line)"  # user names have no brackets or spaces: never an account's
REPORTS_ACTOR = Actor(0, COMMAND_LINE, "Command line", Role.VERIFIKATOR)
LIST_ACTOR = Actor(0, COMMAND_LINE, "Command line", Role.PETUGAS)
CHART_PIXELS = (800, 500)  # drawn 560 pt wide: labels of about 8 pt, readable on paper
REPORT_LOG = "report.log"  # its own: the app may be running beside a scheduled report

log = logging.getLogger("desktop.app")


def report(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.app.report_text import ReportTextError, narrative_text
    from desktop.services.issued_report_values import ReportRefusedError
    from desktop.services.report_narrative import Signatory, UnknownComplaintNumbersError

    try:
        request = report_request(args, dt.datetime.now(dt.UTC))
    except ReportUsageError as error:
        return _fail(str(error), EXIT_USAGE)
    out = request.out.expanduser().absolute()
    problem = _out_problem(out)
    if problem is not None:
        return _fail(problem)
    try:  # the typed text is checked before the desk is opened: a mistake costs nothing
        text = narrative_text(request.text_file, Signatory())
    except ReportTextError as error:
        return _fail(f"{error}; nothing was written")
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".meja-aduan-report-", dir=out.parent))
    except OSError as error:
        return _fail(f"cannot write in the folder {out.parent} ({error.strerror or error})")
    try:
        return _made(request, out, scratch, text, args.recovery_key_file, data_dir, args.lang)
    except UnknownComplaintNumbersError as error:
        return _fail(f"no complaint has the number {error}; nothing was written")
    except ReportRefusedError as error:
        return _fail(f"the register refused the report ({error.problem}); nothing was written")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _out_problem(out: Path) -> str | None:
    if out.is_dir():
        return f"--out {out} is a folder; give a file name"
    if not out.parent.is_dir():
        return f"the folder {out.parent} does not exist"
    return None


def _made(
    request: ReportRequest,
    out: Path,
    scratch: Path,
    text: NarrativeText,
    recovery_key_file: Path | None,
    data_dir: Path,
    interface_language: str | None,
) -> int:
    from desktop.app.headless import open_existing_desk
    from desktop.app.logging_setup import setup_logging

    desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        with contextlib.suppress(OSError):  # a read-only data folder: the report, without a log
            setup_logging(data_dir / "logs", file_name=REPORT_LOG)
        language = request.language or interface_language or _desk_language(data_dir)
        desk.access.sign_in(REPORTS_ACTOR)
        target = scratch / out.name
        figures, options = _write(desk, request, text, language, target)
        issued = ""
        if request.issue:
            issued = _issue(desk, request, figures, options, target, out.name)
        os.replace(target, out)
    finally:
        desk.close()
    cut_off = f"{request.cut_off.astimezone():%Y-%m-%d %H:%M}"
    print(
        f"report written: {out} ({request.report_format.value}, "
        f"{request.period.first_day}..{request.period.last_day}, cut-off {cut_off}, "
        f"{figures.received.value} complaint(s) received){issued}"
    )
    log.info("report %s written for %s", request.report_format.value, request.period)
    return EXIT_OK


def _desk_language(data_dir: Path) -> str:
    from desktop.app.i18n import interface_settings, preferred_language

    return preferred_language(interface_settings(data_dir))


def _write(
    desk: Desk, request: ReportRequest, text: NarrativeText, language: str, target: Path
) -> tuple[ReportFigures, dict[str, Any]]:
    """Compute the figures and write the file; the options the register keeps of it."""
    from desktop.app.qt_messages import qt_messages_to_the_log

    options: dict[str, Any] = {"by": "command line", "language": language}
    restore_qt_messages = qt_messages_to_the_log()
    try:
        app, translators = _qt(request.report_format, language)
        figures = desk.reports.compute(request.period, request.cut_off)
        if request.report_format is ReportFormat.XLSX:
            _recap(figures, target)
        elif request.report_format is ReportFormat.CSV:
            options |= _detail_list(desk, figures, target)
        else:
            options |= _narrative(desk, figures, text, target)
        del app, translators
    finally:
        restore_qt_messages()
    return figures, options


def _qt(report_format: ReportFormat, language: str) -> tuple[object, object]:
    """The Qt application the file needs, with the translations of `language`: charts are
    graphics items, which need the widgets' application; the workbook and the list need only
    the translations. Offscreen: no window is ever shown, and a scheduled task has no screen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app.i18n import install_translations
    from desktop.app.paths import set_application_names

    set_application_names()
    if report_format is ReportFormat.PDF:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
    else:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([])
    return app, install_translations(app, language)


def _recap(figures: ReportFigures, target: Path) -> None:
    from desktop.services.report_workbook import write_recap_workbook
    from desktop.ui.reports.texts import report_texts

    write_recap_workbook(figures, report_texts(), target)


def _detail_list(desk: Desk, figures: ReportFigures, target: Path) -> dict[str, Any]:
    from desktop.services.report_detail import DetailFormat
    from desktop.services.report_values import ReportHeading
    from desktop.ui.reports.texts import report_texts

    desk.access.sign_in(LIST_ACTOR)
    try:
        exported = desk.detail_lists.export(
            figures.received.complaint_ids,
            target,
            report_texts(),
            file_format=DetailFormat.CSV,
            reveal_identity=False,
            heading=ReportHeading.of(figures),
        )
    finally:
        desk.access.sign_in(REPORTS_ACTOR)
    return {"rows": exported.rows, "identities": "masked", "withheld": exported.withheld}


def _narrative(
    desk: Desk, figures: ReportFigures, text: NarrativeText, target: Path
) -> dict[str, Any]:
    from PySide6.QtCore import QSize

    from desktop.services.report_narrative import Signatory
    from desktop.ui.reports.charts import ChartKind, chart_title, render_chart
    from desktop.ui.reports.narrative_pdf import save_narrative_pdf

    settings = desk.settings.load()
    signatory = Signatory(
        name=settings.report_signer_name,
        nip=settings.report_signer_nip,
        position=settings.report_signer_position,
        place=settings.report_signing_place,
    )
    text = replace(text, signatory=signatory)
    cases = desk.narratives.notable_cases(text.notable)
    size = QSize(*CHART_PIXELS)
    charts = [(chart_title(kind), render_chart(kind, figures, size)) for kind in ChartKind]
    save_narrative_pdf(target, figures, text, cases, charts, desk.clock().astimezone().date())
    return {
        "notable": [case.local_number for case in cases],
        "typed": any((text.obstacles, text.conclusions, text.recommendations)),
        "signatory": signatory.name,
    }


def _issue(
    desk: Desk,
    request: ReportRequest,
    figures: ReportFigures,
    options: dict[str, Any],
    target: Path,
    file_name: str,
) -> str:
    from desktop.domain.report_register import headline_of
    from desktop.services.issued_report_values import ReportToIssue

    info = desk.report_register.issue(
        ReportToIssue(
            period=request.period,
            format=request.report_format,
            cut_off=request.cut_off,
            file=target,
            headline=headline_of(figures),
            options=options,
            file_name=file_name,
        )
    )
    return f"; issued as report {info.id}, SHA-256 {info.sha256}"


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
