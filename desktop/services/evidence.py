"""Evidence documents (bukti dukung): the decree naming the complaint team, the SOP, the service
notice, outreach and training records, evaluation minutes, kept for a year's evaluation.

Files are checked like complaint attachments (size limit from the desk's settings, type by
content) and encrypted the same way. A document is never deleted: withdrawing it keeps its row,
its file and the audit entries. A year's documents go out as one zip, with the issued reports
chosen to go with them and an index listing every file with its SHA-256.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from desktop.domain.access import Permission
from desktop.domain.attachments import is_allowed_media_type
from desktop.domain.audit_actions import AuditAction
from desktop.domain.report_register import (
    EVIDENCE_FOLDERS,
    EVIDENCE_TITLE_MAX,
    EVIDENCE_YEAR_MAX,
    EVIDENCE_YEAR_MIN,
    EvidenceKind,
    safe_file_name,
    unique_name,
)
from desktop.services.access import AccessControl
from desktop.services.issued_report_values import (
    EvidenceDamagedError,
    EvidenceInfo,
    EvidenceToAdd,
    ExportedZip,
    FileCheck,
    ReportProblem,
    ReportRefusedError,
)
from desktop.services.report_register import ReportRegister
from desktop.services.settings import DeskSettingsStore
from desktop.store import accounts, report_register
from desktop.store.attachment_files import AttachmentFolder, StoredFile, sniff_media_type
from desktop.store.database import Database
from desktop.store.errors import DamagedAttachmentError, StorageFault, storage_faults
from desktop.store.files import replaced_atomically
from desktop.store.schema import EvidenceDocument

log = logging.getLogger("desktop.services")

INDEX_NAME = "DAFTAR-ISI.csv"
EVIDENCE_FOLDER = "bukti-dukung"
REPORTS_FOLDER = "laporan"
INDEX_COLUMNS = ("berkas", "jenis", "judul", "nama_asli", "ukuran_byte", "sha256", "oleh", "pada")
REASON_MAX = 500


class EvidenceDocuments:
    """Keeping a year's evidence documents. Every method needs `Permission.VIEW_REPORTS`."""

    def __init__(
        self,
        database: Database,
        folder: AttachmentFolder,
        settings: DeskSettingsStore,
        register: ReportRegister,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._folder = folder
        self._settings = settings
        self._register = register
        self._access = access
        self._clock = clock

    def check_file(self, path: Path) -> FileCheck:
        """Whether a file may be kept: the attachments' size limit and types, by content."""
        limit_mb = self._settings.load().max_attachment_mb
        try:
            size = path.stat().st_size
            media_type = sniff_media_type(path)
        except OSError:
            return FileCheck(path, None, 0, ReportProblem.FILE_UNREADABLE, limit_mb)
        problem = None
        if size == 0:
            problem = ReportProblem.FILE_EMPTY
        elif size > limit_mb * 1024 * 1024:
            problem = ReportProblem.FILE_TOO_LARGE
        elif not is_allowed_media_type(media_type):
            problem = ReportProblem.FILE_TYPE_NOT_ALLOWED
        return FileCheck(path, media_type, size, problem, limit_mb)

    def add(self, request: EvidenceToAdd) -> EvidenceInfo:
        """Keep a document for its year; ReportRefusedError (nothing kept) names the problem."""
        actor = self._access.require(Permission.VIEW_REPORTS)
        kind = EvidenceKind(request.kind)
        title = " ".join(request.title.split())
        if not title:
            raise ReportRefusedError(ReportProblem.TITLE_EMPTY)
        if len(title) > EVIDENCE_TITLE_MAX:
            raise ReportRefusedError(ReportProblem.TITLE_TOO_LONG)
        if not EVIDENCE_YEAR_MIN <= request.year <= EVIDENCE_YEAR_MAX:
            raise ReportRefusedError(ReportProblem.YEAR_OUT_OF_RANGE)
        checked = self.check_file(request.file)
        if checked.problem is not None:
            raise ReportRefusedError(checked.problem, checked.limit_mb)
        stored: StoredFile | None = None
        try:
            stored = self._folder.store(request.file)
            row = EvidenceDocument(
                year=request.year,
                kind=str(kind),
                title=title,
                original_name=request.file.name[:255],
                stored_name=stored.stored_name,
                media_type=checked.media_type or "",
                size=stored.size,
                sha256=stored.sha256,
                added_by=actor.username,
                added_at=self._clock(),
                withdraw_reason="",
            )
            with self._database.writing() as session:
                document_id = report_register.add_evidence(session, row)
                # Ids, kind and hash only: a title may name people (a decree's team).
                self._access.record(
                    session,
                    AuditAction.EVIDENCE_ADDED,
                    f"evidence:{document_id}",
                    {"year": request.year, "kind": str(kind), "sha256": stored.sha256},
                )
                info = _info(row)
        except BaseException:
            if stored is not None:
                self._folder.discard_new([stored])
            raise
        log.info("evidence document %d kept for %d", info.id, info.year)
        return info

    def years(self) -> list[int]:
        """The years that have documents (withdrawn ones included), oldest first."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            return report_register.evidence_years(session)

    def documents(self, year: int, *, withdrawn: bool = False) -> list[EvidenceInfo]:
        """A year's documents in the order they were added; withdrawn ones only if asked."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            rows = report_register.evidence_of_year(session, year, withdrawn=withdrawn)
            people = [row.added_by for row in rows] + [row.withdrawn_by or "" for row in rows]
            names = accounts.full_names(session, people)
            return [
                replace(
                    _info(row),
                    added_by_name=names.get(row.added_by, ""),
                    withdrawn_by_name=names.get(row.withdrawn_by or "", ""),
                )
                for row in rows
            ]

    def withdraw(self, document_id: int, reason: str) -> None:
        """Withdraw a document (a decree replaced, a file attached by mistake): it leaves the
        lists and the exports, its row and file stay, the trail says who, when and why.
        LookupError when there is no such document still kept."""
        actor = self._access.require(Permission.VIEW_REPORTS)
        reason = " ".join(reason.split())[:REASON_MAX]
        if not reason:
            raise ReportRefusedError(ReportProblem.REASON_EMPTY)
        with self._database.writing() as session:
            row = report_register.evidence(session, document_id)
            at = self._clock()
            if row is None or not report_register.withdraw_evidence(
                session, document_id, actor.username, at, reason
            ):
                raise LookupError(f"no evidence document {document_id} to withdraw")
            self._access.record(
                session,
                AuditAction.EVIDENCE_WITHDRAWN,
                f"evidence:{document_id}",
                {"year": row.year, "kind": row.kind, "sha256": row.sha256},
            )

    def read(self, document_id: int) -> bytes:
        """The document's bytes, checked; EvidenceDamagedError when its file fails the check."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            row = report_register.evidence(session, document_id)
            if row is None:
                raise LookupError(f"no evidence document {document_id}")
            stored_name, sha256 = row.stored_name, row.sha256
        return self._bytes(document_id, stored_name, sha256)

    def _bytes(self, document_id: int, stored_name: str, sha256: str) -> bytes:
        try:
            data = self._folder.read(stored_name)
        except DamagedAttachmentError as error:
            raise EvidenceDamagedError(document_id, "its kept file was changed") from error
        except StorageFault as error:
            if not self._folder.path_of(stored_name).exists():
                raise EvidenceDamagedError(document_id, "its kept file is missing") from error
            raise
        if hashlib.sha256(data).hexdigest() != sha256:
            raise EvidenceDamagedError(document_id, "its file is not the one kept")
        return data

    def export_zip(self, year: int, target: Path, report_ids: Sequence[int] = ()) -> ExportedZip:
        """One zip at `target` (written under a temporary name, then renamed) holding the
        year's documents in a folder per kind, the issued reports `report_ids`, and
        DAFTAR-ISI.csv listing each file with its SHA-256. Every file is checked before it goes
        in; a damaged one stops the export (EvidenceDamagedError, IssuedReportDamagedError)
        and nothing is left at `target`."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            rows = [
                (_info(row), row.stored_name)
                for row in report_register.evidence_of_year(session, year)
            ]
        members: dict[str, str] = {}
        index: list[tuple[str, ...]] = []
        taken: set[str] = set()
        written = False
        try:
            with (
                storage_faults(),
                replaced_atomically(target, binary=True) as handle,
                zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                for info, stored_name in rows:
                    data = self._bytes(info.id, stored_name, info.sha256)
                    folder = f"{EVIDENCE_FOLDER}/{EVIDENCE_FOLDERS[info.kind]}"
                    member = f"{folder}/{unique_name(_evidence_name(info), taken)}"
                    _add(archive, member, data, info.added_at)
                    members[member] = info.sha256
                    index.append(
                        (member, info.kind.value, info.title, info.original_name)
                        + _tail(info.size, info.sha256, info.added_by, info.added_at)
                    )
                for report_id in report_ids:
                    report = self._register.report(report_id)
                    data = self._register.read(report_id)
                    name = safe_file_name(report.file_name, f"laporan-{report_id}")
                    member = f"{REPORTS_FOLDER}/{unique_name(name, taken)}"
                    _add(archive, member, data, report.issued_at)
                    members[member] = report.sha256
                    title = (
                        f"Laporan {report.period.first_day.isoformat()} s.d. "
                        f"{report.period.last_day.isoformat()} ({report.format.value})"
                    )
                    index.append(
                        (member, "laporan", title, report.file_name)
                        + _tail(report.size, report.sha256, report.issued_by, report.issued_at)
                    )
                _add(archive, INDEX_NAME, _index_csv(index), self._clock())
            written = True
            with self._database.writing() as session:
                self._access.record(
                    session,
                    AuditAction.EXPORT,
                    details={
                        "what": "evidence",
                        "year": year,
                        "documents": len(rows),
                        "reports": list(report_ids),
                    },
                )
        except BaseException:
            if written:
                target.unlink(missing_ok=True)
            raise
        return ExportedZip(target, members)


def _evidence_name(info: EvidenceInfo) -> str:
    """The title as the file's name, with the original file's extension."""
    extension = PurePosixPath(safe_file_name(info.original_name)).suffix
    return safe_file_name(f"{info.title}{extension}", f"dokumen-{info.id}")


def _tail(size: int, sha256: str, by: str, at: dt.datetime) -> tuple[str, ...]:
    return (str(size), sha256, by, at.astimezone().isoformat(timespec="seconds"))


def _add(archive: zipfile.ZipFile, member: str, data: bytes, at: dt.datetime) -> None:
    local = at.astimezone()
    stamp = (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)
    info = zipfile.ZipInfo(member, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def _index_csv(rows: list[tuple[str, ...]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(INDEX_COLUMNS)
    writer.writerows(rows)
    # With a BOM: Excel on Windows reads the file as UTF-8 then.
    return text.getvalue().encode("utf-8-sig")


def _info(row: EvidenceDocument) -> EvidenceInfo:
    return EvidenceInfo(
        id=row.id,
        year=row.year,
        kind=EvidenceKind(row.kind),
        title=row.title,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_by=row.added_by,
        added_at=row.added_at,
        withdrawn_by=row.withdrawn_by,
        withdrawn_at=row.withdrawn_at,
        withdraw_reason=row.withdraw_reason or "",
    )
