"""Values the services hand to the interface, and the errors it must tell apart.

Importing this module is cheap (no SQLAlchemy), so the interface can use these types before the
database has been opened in the background.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.desk_settings import (
    CUTI_BERSAMA_STOPS_CLOCK,
    EXTRA_DAYS_OFF,
    EXTRA_WORKING_DAYS,
    IDLE_LOCK_MINUTES,
    MAX_ATTACHMENT_MB,
    OFFICE_ADDRESS,
    OFFICE_CODE,
    OFFICE_EMAIL,
    OFFICE_NAME,
    OFFICE_PHONE,
    OFFICE_WEBSITE,
    OFFICE_WHATSAPP,
    REPORT_SIGNER_NAME,
    REPORT_SIGNER_NIP,
    REPORT_SIGNER_POSITION,
    REPORT_SIGNING_PLACE,
    UNSET_OFFICE_CODE,
)
from desktop.domain.problems import FieldProblem, Problem
from desktop.domain.sla import DeadlineTable
from desktop.store.errors import (
    BackupRefusedError,
    DamagedAttachmentError,
    DeskInUseError,
    DeskProblem,
    DeskUnusableError,
    MigrationFailedError,
    SchemaTooNewError,
    StorageFault,
    StorageFaultKind,
    WrongDatabaseKeyError,
)
from desktop.store.files import FileTooLargeError

__all__ = [
    "AttachmentCheck",
    "BackupRefusedError",
    "DeskInUseError",
    "MigrationFailedError",
    "DamagedAttachmentError",
    "DeskProblem",
    "DeskSettings",
    "DeskUnusableError",
    "DuplicateNameError",
    "EmptyNameError",
    "FileTooLargeError",
    "InvalidComplaintError",
    "InvalidSettingsError",
    "Receipt",
    "RecordedComplaint",
    "SchemaTooNewError",
    "StorageFault",
    "StorageFaultKind",
    "WrongDatabaseKeyError",
]


@dataclass(frozen=True)
class AttachmentCheck:
    path: Path
    media_type: str | None
    size: int
    problem: Problem | None
    limit_mb: int

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class RecordedComplaint:
    id: int
    uuid: str
    local_number: str
    received_at: dt.datetime
    # The existing complaint it was linked to at intake, as a possible duplicate ("" if none).
    linked_number: str = ""


class InvalidComplaintError(ValueError):
    """The draft broke a rule; `problems` says which, field by field."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.problem}" for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class DeskSettings:
    """The desk's settings as the code reads them: one field per setting of
    desktop.domain.desk_settings (which says what each takes, where it is kept and its
    default), the time limits gathered in `deadlines`."""

    office_code: str = OFFICE_CODE.default
    office_name: str = OFFICE_NAME.default
    office_address: str = OFFICE_ADDRESS.default
    # How complainants reach the office to follow a complaint (printed on the receipt).
    office_phone: str = OFFICE_PHONE.default
    office_whatsapp: str = OFFICE_WHATSAPP.default
    office_email: str = OFFICE_EMAIL.default
    office_website: str = OFFICE_WEBSITE.default
    # Who signs the narrative report, and where.
    report_signer_name: str = REPORT_SIGNER_NAME.default
    report_signer_nip: str = REPORT_SIGNER_NIP.default
    report_signer_position: str = REPORT_SIGNER_POSITION.default
    report_signing_place: str = REPORT_SIGNING_PLACE.default
    max_attachment_mb: int = MAX_ATTACHMENT_MB.default
    idle_lock_minutes: int = IDLE_LOCK_MINUTES.default  # 0 = never
    # The working-day clock: whether cuti bersama stops it, the desk's own extra days off and
    # its extra working days.
    cuti_bersama_stops_clock: bool = CUTI_BERSAMA_STOPS_CLOCK.default
    extra_days_off: tuple[dt.date, ...] = EXTRA_DAYS_OFF.default
    extra_working_days: tuple[dt.date, ...] = EXTRA_WORKING_DAYS.default
    # Working days allowed per step; the regulation's are the defaults (DOMAIN.md).
    deadlines: DeadlineTable = DeadlineTable()

    @property
    def configured(self) -> bool:
        return self.office_code != UNSET_OFFICE_CODE and bool(self.office_name)


class InvalidSettingsError(ValueError):
    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class Receipt:
    office_name: str
    office_address: str
    local_number: str
    received_at: dt.datetime  # desk local time
    channel: Channel
    type: ComplaintType
    title: str
    verify_by: dt.date
    verify_within_days: int  # the desk's verification limit, in working days
    reporter_name: str  # empty for an anonymous report: the receipt shows no identity
    is_anonymous: bool
    is_secret: bool
    attachment_count: int
    # How to follow the complaint: the office's contact (each may be empty) and, once the
    # complaint has reached SP4N-LAPOR!, its national tracking id.
    office_phone: str = ""
    office_whatsapp: str = ""
    office_email: str = ""
    office_website: str = ""
    national_tracking_id: str = ""
    # When the complaint must be completed by, by the desk's calendar and limit for its type;
    # None when there is no such step any more (forwarded, archived) or the clock is on hold.
    complete_by: dt.date | None = None
    complete_within_days: int = 0
    # The officer who recorded it (their full name), whoever reprints the receipt.
    officer_name: str = ""


class DuplicateNameError(ValueError):
    """Another entry of the same list already has this name (letter case aside)."""


class EmptyNameError(ValueError):
    pass
