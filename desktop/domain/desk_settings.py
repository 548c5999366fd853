"""Every setting of a desk, declared once: its name, what it takes, its default, where it is
kept, its key in the provisioning file, and the words that explain it.

Modelled on qutebrowser's config/configdata.yml: one entry per setting, and everything else
reads the table. The settings store loads, checks and saves the entries
(desktop.services.settings); the provisioning file's [office], [desk] and [sla] keys, their
checks and the export come from them (desktop.domain.provisioning,
desktop.services.provisioning); the settings dialog takes its fields' ranges, lengths, labels
and tooltips from them; the audit trail names a changed setting by its label; docs/settings.md
is written from them (`python -m desktop.app.settings_doc`). Adding a setting is an entry here,
the DeskSettings field the code reads it from, and the place the dialog shows it.

`storage_key` and `file_key` never change: existing desks and provisioning files use them.
Labels, help and units are plain English; the interface translates them (the translators find
them in desktop.ui.setting_texts). A label's "&" marks the dialog's Alt-key letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from desktop.domain.attachments import DEFAULT_MAX_ATTACHMENT_MB
from desktop.domain.local_number import is_valid_office_code
from desktop.domain.office_contact import (
    CONTACT_MAX_LENGTH,
    is_valid_email,
    is_valid_phone,
    is_valid_website,
)
from desktop.domain.sla import DEADLINE_LIMITS, LONGEST_LIMIT, SHORTEST_LIMIT, DeadlineTable

T = TypeVar("T")


class Kind(StrEnum):
    TEXT = "text"
    WHOLE_NUMBER = "whole number"
    YES_NO = "true or false"
    DAYS = "list of dates"


class Rule(StrEnum):
    """A text setting's own rule besides its length. The values are the provisioning problem
    codes of the same names."""

    OFFICE_CODE = "office_code"
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"


RULES: Mapping[Rule, Callable[[str], bool]] = {
    Rule.OFFICE_CODE: is_valid_office_code,
    Rule.PHONE: is_valid_phone,
    Rule.EMAIL: is_valid_email,
    Rule.WEBSITE: is_valid_website,
}


@dataclass(frozen=True)
class DeskSetting(Generic[T]):
    """One setting. `name` is its DeskSettings field (a time limit's is "deadlines.<limit>",
    the names InvalidSettingsError uses); `file_key` is "section.key" in the provisioning file.
    Numbers are bounded inclusively by `minimum` and `maximum`; `zero_means` says what 0 does
    when that is special ("never"); `example` is a value as people write it, shown as a hint."""

    name: str
    kind: Kind
    default: T
    storage_key: str
    file_key: str
    label: str
    help: str
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    required: bool = False
    rule: Rule | None = None
    unit: str = ""
    zero_means: str = ""
    example: str = ""

    @property
    def section(self) -> str:
        return self.file_key.split(".")[0]

    @property
    def key(self) -> str:
        return self.file_key.split(".", 1)[1]

    def accepts(self, value: Any) -> bool:
        """Whether `value` keeps this setting's rules (its type is the caller's business)."""
        if self.kind is Kind.TEXT:
            if self.max_length is not None and len(value) > self.max_length:
                return False
            if self.required and not value.strip():
                return False
            return self.rule is None or RULES[self.rule](value)
        if self.kind is Kind.WHOLE_NUMBER:
            low = self.minimum if self.minimum is not None else value
            high = self.maximum if self.maximum is not None else value
            return bool(low <= value <= high)
        return True


# Until IT staff set the office, numbers read "0000-2026-000001" and the receipt says so.
UNSET_OFFICE_CODE = "0000"

OFFICE_CODE = DeskSetting(
    name="office_code",
    kind=Kind.TEXT,
    default=UNSET_OFFICE_CODE,
    storage_key="office.code",
    file_key="office.code",
    label="Office &code",
    help=(
        "The office code starts every complaint number (for example 3201-2026-000123). "
        "Use the Kemendagri code of the office's region without dots."
    ),
    required=True,
    rule=Rule.OFFICE_CODE,
    example="3201",
)
OFFICE_NAME = DeskSetting(
    name="office_name",
    kind=Kind.TEXT,
    default="",
    storage_key="office.name",
    file_key="office.name",
    label="Office &name",
    help="The office's full name, printed at the top of every receipt.",
    max_length=200,
    required=True,
    example="Kecamatan Cibinong, Kabupaten Bogor",
)
OFFICE_ADDRESS = DeskSetting(
    name="office_address",
    kind=Kind.TEXT,
    default="",
    storage_key="office.address",
    file_key="office.address",
    label="Office &address",
    help="The office's address, printed on every receipt.",
    max_length=500,
)
# How complainants follow their complaint, printed on every receipt; each may be empty.
OFFICE_PHONE = DeskSetting(
    name="office_phone",
    kind=Kind.TEXT,
    default="",
    storage_key="office.phone",
    file_key="office.phone",
    label="Office &phone",
    help="The office's phone number as people write it, printed on every receipt.",
    max_length=CONTACT_MAX_LENGTH,
    rule=Rule.PHONE,
    example="(0251) 8765432",
)
OFFICE_WHATSAPP = DeskSetting(
    name="office_whatsapp",
    kind=Kind.TEXT,
    default="",
    storage_key="office.whatsapp",
    file_key="office.whatsapp",
    label="&WhatsApp",
    help="A WhatsApp number for questions about complaints, printed on every receipt.",
    max_length=CONTACT_MAX_LENGTH,
    rule=Rule.PHONE,
    example="0812 3456 7890",
)
OFFICE_EMAIL = DeskSetting(
    name="office_email",
    kind=Kind.TEXT,
    default="",
    storage_key="office.email",
    file_key="office.email",
    label="Office &e-mail",
    help="The office's e-mail address for complaints, printed on every receipt.",
    max_length=CONTACT_MAX_LENGTH,
    rule=Rule.EMAIL,
    example="pengaduan@bogorkab.go.id",
)
OFFICE_WEBSITE = DeskSetting(
    name="office_website",
    kind=Kind.TEXT,
    default="",
    storage_key="office.website",
    file_key="office.website",
    label="Office web&site",
    help="The office's website, printed on every receipt.",
    max_length=CONTACT_MAX_LENGTH,
    rule=Rule.WEBSITE,
    example="https://bogorkab.go.id",
)
# Who signs the narrative report (the head of the complaint unit) and where; each may be empty,
# and the report's dialog lets the user change them for one report.
REPORT_SIGNER_NAME = DeskSetting(
    name="report_signer_name",
    kind=Kind.TEXT,
    default="",
    storage_key="report.signer_name",
    file_key="office.head_name",
    label="&Head of unit",
    help="The name of the head of the complaint unit, with titles, who signs the reports.",
    max_length=100,
    example="Dra. Hj. Rina Marlina, M.Si.",
)
REPORT_SIGNER_NIP = DeskSetting(
    name="report_signer_nip",
    kind=Kind.TEXT,
    default="",
    storage_key="report.signer_nip",
    file_key="office.head_nip",
    label="Head's &NIP",
    help="The head of unit's civil servant number (NIP), printed under the signature.",
    max_length=30,
    example="196805121990032004",
)
REPORT_SIGNER_POSITION = DeskSetting(
    name="report_signer_position",
    kind=Kind.TEXT,
    default="",
    storage_key="report.signer_position",
    file_key="office.head_position",
    label="Head's &position",
    help="The position printed above the head of unit's signature.",
    max_length=120,
    example="Kepala Bagian Organisasi",
)
REPORT_SIGNING_PLACE = DeskSetting(
    name="report_signing_place",
    kind=Kind.TEXT,
    default="",
    storage_key="report.signing_place",
    file_key="office.city",
    label="Place of si&gning",
    help="The town written before the date of a signed report.",
    max_length=60,
    example="Cibinong",
)
MAX_ATTACHMENT_MB = DeskSetting(
    name="max_attachment_mb",
    kind=Kind.WHOLE_NUMBER,
    default=DEFAULT_MAX_ATTACHMENT_MB,
    storage_key="attachments.max_mb",
    file_key="desk.max_attachment_mb",
    label="Largest &attachment",
    help="The largest file that may be attached to a complaint, in megabytes.",
    minimum=1,
    maximum=500,
    unit="MB",
)
IDLE_LOCK_MINUTES = DeskSetting(
    name="idle_lock_minutes",
    kind=Kind.WHOLE_NUMBER,
    default=5,
    storage_key="security.idle_lock_minutes",
    file_key="desk.idle_lock_minutes",
    label="&Lock the screen after",
    help="The screen locks after this many minutes without a key press or mouse use.",
    minimum=0,
    maximum=240,
    unit="minutes",
    zero_means="never",
)

_LIMIT_WORDS = {
    "verify": ("&Verification", "Working days to verify a complaint, from its receipt."),
    "first_follow_up": (
        "&First follow-up after disposition",
        "Working days from a complaint's disposition to its first follow-up.",
    ),
    # Its own word: a complaint implying wrongdoing by an official (DOMAIN.md).
    "complete_supervisory": (
        "Completion: complaint (&berkadar pengawasan)",
        "Working days to complete a complaint implying wrongdoing by an official, from its "
        "receipt.",
    ),
    "complete_complaint": (
        "Completion: com&plaint",
        "Working days to complete any other complaint, from its receipt.",
    ),
    "complete_information": (
        "Completion: request for i&nformation",
        "Working days to complete a request for information, from its receipt.",
    ),
    "complete_aspiration": (
        "Completion: &aspiration",
        "Working days to complete an aspiration, from its receipt.",
    ),
}
# Working days allowed per step; the regulation's are the defaults (DOMAIN.md).
DEADLINE_SETTINGS = tuple(
    DeskSetting(
        name=f"deadlines.{limit}",
        kind=Kind.WHOLE_NUMBER,
        default=getattr(DeadlineTable(), limit),
        # One row per limit, so a limit added later needs no migration.
        storage_key=f"sla.limit.{limit}",
        file_key=f"sla.{limit}",
        label=_LIMIT_WORDS[limit][0],
        help=_LIMIT_WORDS[limit][1],
        minimum=SHORTEST_LIMIT,
        maximum=LONGEST_LIMIT,
        unit="working days",
    )
    for limit in DEADLINE_LIMITS
)
CUTI_BERSAMA_STOPS_CLOCK = DeskSetting(
    name="cuti_bersama_stops_clock",
    kind=Kind.YES_NO,
    default=True,
    storage_key="sla.cuti_bersama_stops_clock",
    file_key="sla.cuti_bersama_stops_clock",
    label="&Cuti bersama stops the working-day clock",
    help="Whether joint leave days (cuti bersama) count as days off for every time limit.",
)
NO_DAYS: tuple[dt.date, ...] = ()
EXTRA_DAYS_OFF = DeskSetting(
    name="extra_days_off",
    kind=Kind.DAYS,
    default=NO_DAYS,
    storage_key="sla.extra_days_off",
    file_key="sla.days_off",
    label="Desk's own &days off",
    help=(
        "Days off the national list lacks: a regional holiday, or a year's joint-leave decree "
        "the holidays package does not know yet."
    ),
)
EXTRA_WORKING_DAYS = DeskSetting(
    name="extra_working_days",
    kind=Kind.DAYS,
    default=NO_DAYS,
    storage_key="sla.extra_working_days",
    file_key="sla.days_worked",
    label="Holidays the office &works",
    help=(
        "Holidays on the national list on which the office works, because a decree moved "
        "them. A day cannot be both a day off and a day worked."
    ),
)

# In the order the dialog and the docs list them; the store checks them in this order too.
DESK_SETTINGS: tuple[DeskSetting[Any], ...] = (
    OFFICE_CODE,
    OFFICE_NAME,
    OFFICE_ADDRESS,
    OFFICE_PHONE,
    OFFICE_WHATSAPP,
    OFFICE_EMAIL,
    OFFICE_WEBSITE,
    REPORT_SIGNER_NAME,
    REPORT_SIGNER_NIP,
    REPORT_SIGNER_POSITION,
    REPORT_SIGNING_PLACE,
    MAX_ATTACHMENT_MB,
    IDLE_LOCK_MINUTES,
    *DEADLINE_SETTINGS,
    CUTI_BERSAMA_STOPS_CLOCK,
    EXTRA_DAYS_OFF,
    EXTRA_WORKING_DAYS,
)
BY_NAME: Mapping[str, DeskSetting[Any]] = {setting.name: setting for setting in DESK_SETTINGS}
BY_STORAGE_KEY: Mapping[str, DeskSetting[Any]] = {s.storage_key: s for s in DESK_SETTINGS}
