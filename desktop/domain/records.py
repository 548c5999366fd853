"""Recorded complaints as the interface reads them: plain values, never live database rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.complaint import AttachmentInfo, Channel, ComplaintType, Reporter, Status
from desktop.domain.sla import SlaState


@dataclass(frozen=True)
class ComplaintSummary:
    """One worklist row. `reporter_name` is empty for an anonymous or redacted report."""

    id: int
    local_number: str
    received_at: dt.datetime
    type: ComplaintType
    category: str
    title: str
    status: Status
    reporter_name: str
    is_anonymous: bool
    is_secret: bool = False
    # A confidential report shown to a role that may not read it: title and reporter are empty
    # and the interface shows its own "Confidential report" marker instead.
    redacted: bool = False
    next_due: dt.date | None = None  # the earliest open step's deadline
    due_state: SlaState | None = None  # how it stands today (None: nothing open, or on hold)
    # Who recorded it (the officer's full name, else the user name) and at which desk of the
    # office (its code, "" on a desk that never joined one): the coordinator's column.
    recorded_by: str = ""
    recorded_at_desk: str = ""


@dataclass(frozen=True)
class StoredAttachment:
    id: int
    info: AttachmentInfo
    stored_name: str


@dataclass(frozen=True)
class ComplaintRecord:
    """Everything recorded about one complaint, for the detail view and the receipt."""

    id: int
    uuid: str
    local_number: str
    received_at: dt.datetime
    channel: Channel
    type: ComplaintType
    supervisory: bool
    category_path: str  # "Kesehatan › Pelayanan Puskesmas"
    institution: str
    title: str
    description: str
    incident_date: dt.date | None
    region_code: str
    region_path: str  # "Jawa Barat › Kabupaten Bogor › ..."
    incident_address: str
    reporter: Reporter
    is_anonymous: bool
    is_secret: bool
    privacy_acknowledged: bool
    status: Status
    national_tracking_id: str
    attachments: tuple[StoredAttachment, ...]
    # Confidential content withheld from this role: title, description, reporter, attachments.
    redacted: bool = False
    # NIK, phone and e-mail (and for an anonymous report, name and address) are masked; the
    # full values come only from the audited `Worklist.reveal_identity`.
    identity_masked: bool = False
    recorded_by: str = ""  # as in ComplaintSummary
    recorded_at_desk: str = ""


@dataclass(frozen=True)
class CategoryOption:
    """A category as offered in a picker, with its full path for type-to-search."""

    id: int
    parent_id: int | None
    name: str
    path: str
    active: bool
    aliases: tuple[str, ...] = ()  # other names the picker matches (desktop.domain.aliases)


@dataclass(frozen=True)
class InstitutionOption:
    id: int
    name: str
    active: bool
    aliases: tuple[str, ...] = ()  # acronyms officers type: "PUPR", "PDAM", "RSUD"
