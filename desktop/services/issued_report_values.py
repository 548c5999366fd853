"""Values of the register of issued reports and of the evidence documents, for the interface
and the command line. Cheap to import (no SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_register import EvidenceKind, HeadlineFigure, ReportFormat
from desktop.store.errors import StorageFault, StorageFaultKind


@dataclass(frozen=True)
class ReportToIssue:
    """What issuing a report keeps: the file a writer produced and what it was made from.

    `headline`: indicator code ("K1".."K16") -> value and percent, as the report shows them
    (`desktop.domain.report_register.headline_of(figures)` makes it from ReportFigures).
    `options`: the writer's choices (scope, breakdowns, notable cases ...) as JSON values.
    `file_name`: the name the file was sent under; the file's own name when empty.
    """

    period: ReportPeriod
    format: ReportFormat
    cut_off: dt.datetime  # aware
    file: Path
    headline: Mapping[str, HeadlineFigure] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    file_name: str = ""


@dataclass(frozen=True)
class IssuedReportInfo:
    """One issued report as the register lists it."""

    id: int
    period: ReportPeriod
    format: ReportFormat
    options: dict[str, Any]
    cut_off: dt.datetime
    file_name: str
    media_type: str
    size: int
    sha256: str
    headline: dict[str, HeadlineFigure]
    issued_by: str
    issued_at: dt.datetime
    issued_by_name: str = ""  # the officer's full name, in the register's list ("": unknown)

    @property
    def short_sha256(self) -> str:
        return self.sha256[:12]


class ReportProblem(StrEnum):
    """Why a file or a request was refused (the interface words each)."""

    FILE_UNREADABLE = "file_unreadable"
    FILE_EMPTY = "file_empty"
    FILE_TOO_LARGE = "file_too_large"
    FILE_TYPE_NOT_ALLOWED = "file_type_not_allowed"  # evidence: not a document or image
    FORMAT_MISMATCH = "format_mismatch"  # a report: the content is not its format's
    CUT_OFF_NAIVE = "cut_off_naive"
    OPTIONS_NOT_JSON = "options_not_json"
    TITLE_EMPTY = "title_empty"
    TITLE_TOO_LONG = "title_too_long"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    REASON_EMPTY = "reason_empty"


class ReportRefusedError(ValueError):
    """A report or an evidence document was not kept; `problem` says why, `limit_mb` the size
    limit where it matters."""

    def __init__(self, problem: ReportProblem, limit_mb: int = 0) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.limit_mb = limit_mb


class IssuedReportDamagedError(StorageFault):
    """The kept file of an issued report is missing, was changed, or does not hash to the
    SHA-256 recorded when it was issued: nothing is handed out instead of it."""

    def __init__(self, report_id: int, detail: str) -> None:
        super().__init__(StorageFaultKind.CORRUPT, f"issued report {report_id}: {detail}")
        self.report_id = report_id


class EvidenceDamagedError(StorageFault):
    """The kept file of an evidence document is missing or fails its checks."""

    def __init__(self, document_id: int, detail: str) -> None:
        super().__init__(StorageFaultKind.CORRUPT, f"evidence document {document_id}: {detail}")
        self.document_id = document_id


@dataclass(frozen=True)
class FileCheck:
    """Whether a file may be kept: its sniffed media type, size, and the problem if any."""

    path: Path
    media_type: str | None
    size: int
    problem: ReportProblem | None
    limit_mb: int


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    year: int
    kind: EvidenceKind
    title: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime
    withdrawn_by: str | None = None
    withdrawn_at: dt.datetime | None = None
    withdraw_reason: str = ""
    # The officers' full names, in the list of documents ("": unknown here).
    added_by_name: str = ""
    withdrawn_by_name: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclass(frozen=True)
class EvidenceToAdd:
    year: int
    kind: EvidenceKind
    title: str
    file: Path


@dataclass(frozen=True)
class ExportedZip:
    """What an evidence zip holds: its path, and the members (path in the zip -> SHA-256)."""

    path: Path
    members: dict[str, str]
