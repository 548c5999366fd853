"""The register of issued reports: a report that was sent is kept as it was sent.

Issuing keeps the period, format, options, cut-off, the file itself (encrypted like complaint
attachments), its SHA-256 and size, who issued it and when, and its headline figures, in one
transaction with its audit entry. There is no way to change or remove an issued report: not
here, not in the store, and the table's triggers refuse it. Opening one again hands back exactly
the bytes issued, checked against the recorded SHA-256, or a clear error.

The file is encrypted into the folder before the transaction (files cannot join it) and removed
again when the transaction fails, as intake does with attachments.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import logging
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.report_figures import PeriodKind, ReportPeriod
from desktop.domain.report_register import (
    CSV_MEDIA_TYPE,
    FORMAT_MEDIA_TYPES,
    MAX_REPORT_MB,
    HeadlineChange,
    ReportFormat,
    compare_headlines,
    headline_from_json,
    headline_to_json,
)
from desktop.services.access import AccessControl
from desktop.services.issued_report_values import (
    FileCheck,
    IssuedReportDamagedError,
    IssuedReportInfo,
    ReportProblem,
    ReportRefusedError,
    ReportToIssue,
)
from desktop.store import accounts, report_register
from desktop.store.attachment_files import AttachmentFolder, StoredFile, sniff_media_type
from desktop.store.database import Database
from desktop.store.errors import DamagedAttachmentError, StorageFault, storage_faults
from desktop.store.files import replaced_atomically
from desktop.store.schema import IssuedReport

log = logging.getLogger("desktop.services")

_CHUNK = 1024 * 1024


class ReportRegister:
    """Issuing reports into the register, listing them, and opening them again unchanged.

    Every method needs `Permission.VIEW_REPORTS` (verifiers and admins)."""

    def __init__(
        self,
        database: Database,
        folder: AttachmentFolder,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._folder = folder
        self._access = access
        self._clock = clock

    def check_file(self, path: Path, report_format: ReportFormat) -> FileCheck:
        """Whether `path` may be issued as a report of `report_format`, by its content."""
        return check_report_file(path, report_format)

    def issue(self, request: ReportToIssue) -> IssuedReportInfo:
        """Keep the report for good; ReportRefusedError (nothing kept) when the file or the
        request will not do, StorageFault when the disk or database fails."""
        actor = self._access.require(Permission.VIEW_REPORTS)
        report_format = ReportFormat(request.format)
        if request.cut_off.tzinfo is None:
            raise ReportRefusedError(ReportProblem.CUT_OFF_NAIVE)
        try:
            options = json.dumps(dict(request.options), sort_keys=True, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            raise ReportRefusedError(ReportProblem.OPTIONS_NOT_JSON) from error
        headline = json.dumps(headline_to_json(request.headline), ensure_ascii=False)
        checked = check_report_file(request.file, report_format)
        if checked.problem is not None:
            raise ReportRefusedError(checked.problem, checked.limit_mb)
        stored: StoredFile | None = None
        try:
            stored = self._folder.store(request.file)
            row = IssuedReport(
                period_kind=str(request.period.kind),
                first_day=request.period.first_day,
                last_day=request.period.last_day,
                format=str(report_format),
                options=options,
                cut_off=request.cut_off,
                file_name=(request.file_name or request.file.name)[:255],
                stored_name=stored.stored_name,
                media_type=checked.media_type or "",
                size=stored.size,
                sha256=stored.sha256,
                headline=headline,
                issued_by=actor.username,
                issued_at=self._clock(),
            )
            with self._database.writing() as session:
                report_id = report_register.add_report(session, row)
                self._access.record(
                    session,
                    AuditAction.REPORT_ISSUED,
                    f"report:{report_id}",
                    {
                        report_register.REPORT_KEY: report_id,
                        "period": f"{request.period.first_day}..{request.period.last_day}",
                        "format": str(report_format),
                        "sha256": stored.sha256,
                        "size": stored.size,
                        report_register.SEAL_KEY: report_register.seal_of(session, report_id),
                    },
                )
                info = _info(row)
        except BaseException:
            if stored is not None:
                self._folder.discard_new([stored])
            raise
        log.info("issued report %d (%s, %d bytes)", info.id, info.format, info.size)
        return info

    def reports(self) -> list[IssuedReportInfo]:
        """Every issued report, newest first."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            rows = report_register.reports(session)
            names = accounts.full_names(session, (row.issued_by for row in rows))
            return [
                replace(_info(row), issued_by_name=names.get(row.issued_by, "")) for row in rows
            ]

    def report(self, report_id: int) -> IssuedReportInfo:
        """One issued report; LookupError when there is none with that id."""
        return self._load(report_id)[0]

    def _load(self, report_id: int) -> tuple[IssuedReportInfo, str]:
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            row = report_register.report(session, report_id)
            if row is None:
                raise LookupError(f"no issued report {report_id}")
            return _info(row), row.stored_name

    def read(self, report_id: int) -> bytes:
        """Exactly the bytes issued; IssuedReportDamagedError when the kept file is missing,
        changed, or not the one recorded (its SHA-256 differs)."""
        return self._verified_bytes(*self._load(report_id))

    def _verified_bytes(self, info: IssuedReportInfo, stored_name: str) -> bytes:
        try:
            data = self._folder.read(stored_name)
        except DamagedAttachmentError as error:
            raise IssuedReportDamagedError(info.id, "its kept file was changed") from error
        except StorageFault as error:
            if not self._folder.path_of(stored_name).exists():
                raise IssuedReportDamagedError(info.id, "its kept file is missing") from error
            raise
        if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
            raise IssuedReportDamagedError(info.id, "its file is not the one issued")
        return data

    def save_copy(self, report_id: int, target: Path) -> IssuedReportInfo:
        """Write the issued file, unchanged and checked, to `target` (temporary file, then
        renamed), and record the export."""
        info, stored_name = self._load(report_id)
        data = self._verified_bytes(info, stored_name)
        written = False
        try:
            with self._database.writing() as session:
                with storage_faults(), replaced_atomically(target, binary=True) as handle:
                    handle.write(data)
                written = True
                self._access.record(
                    session,
                    AuditAction.EXPORT,
                    f"report:{report_id}",
                    {"what": "issued_report", report_register.REPORT_KEY: report_id},
                )
        except BaseException:
            if written:
                target.unlink(missing_ok=True)
            raise
        return info

    def differences(
        self, report_id: int, today: Mapping[str, Any]
    ) -> tuple[IssuedReportInfo, list[HeadlineChange]]:
        """The report, and which of its headline figures today's (`today`) differ from."""
        info = self.report(report_id)
        return info, compare_headlines(info.headline, today)


def check_report_file(path: Path, report_format: ReportFormat) -> FileCheck:
    """A report file must be whole and be what its format says: a PDF, a workbook, UTF-8 text."""
    limit_mb = MAX_REPORT_MB
    try:
        size = path.stat().st_size
        media_type = _report_media_type(path, report_format)
    except OSError:
        return FileCheck(path, None, 0, ReportProblem.FILE_UNREADABLE, limit_mb)
    problem = None
    if size == 0:
        problem = ReportProblem.FILE_EMPTY
    elif size > limit_mb * 1024 * 1024:
        problem = ReportProblem.FILE_TOO_LARGE
    elif media_type is None:
        problem = ReportProblem.FORMAT_MISMATCH
    return FileCheck(path, media_type, size, problem, limit_mb)


def _report_media_type(path: Path, report_format: ReportFormat) -> str | None:
    """The format's media type when the content is of that format, else None."""
    if report_format is ReportFormat.CSV:
        return CSV_MEDIA_TYPE if _is_utf8_text(path) else None
    if report_format is ReportFormat.XLSX:
        # A workbook is a zip with the workbook part; sniffers differ on the parts' order.
        if not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return None
        return FORMAT_MEDIA_TYPES[report_format]
    expected = FORMAT_MEDIA_TYPES[report_format]
    return expected if sniff_media_type(path) == expected else None


def _is_utf8_text(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            if b"\x00" in chunk:
                return False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _info(row: IssuedReport) -> IssuedReportInfo:
    try:
        options = json.loads(row.options)
    except ValueError:
        options = {}
    try:
        headline = headline_from_json(json.loads(row.headline))
    except ValueError:
        headline = {}
    return IssuedReportInfo(
        id=row.id,
        period=ReportPeriod(PeriodKind(row.period_kind), row.first_day, row.last_day),
        format=ReportFormat(row.format),
        options=options if isinstance(options, dict) else {},
        cut_off=row.cut_off,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        headline=headline,
        issued_by=row.issued_by,
        issued_at=row.issued_at,
    )
