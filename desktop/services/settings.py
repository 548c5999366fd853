"""The desk's own settings: which office it is, its limits and its working-day clock."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import holidays

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import ComplaintType
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.local_number import is_valid_office_code
from desktop.domain.office_contact import (
    CONTACT_MAX_LENGTH,
    is_valid_email,
    is_valid_phone,
    is_valid_website,
)
from desktop.domain.sla import (
    DEADLINE_LIMITS,
    LONGEST_LIMIT,
    SHORTEST_LIMIT,
    DeadlineTable,
    DerivedFacts,
    StepDeadline,
    WorkingCalendar,
    derive_facts,
    step_deadlines,
)
from desktop.services.access import AccessControl
from desktop.services.values import DeskSettings, InvalidSettingsError
from desktop.store import reference
from desktop.store.database import Database

_KEYS = {
    "office_code": "office.code",
    "office_name": "office.name",
    "office_address": "office.address",
    "office_phone": "office.phone",
    "office_whatsapp": "office.whatsapp",
    "office_email": "office.email",
    "office_website": "office.website",
    "max_attachment_mb": "attachments.max_mb",
    "idle_lock_minutes": "security.idle_lock_minutes",
    "cuti_bersama_stops_clock": "sla.cuti_bersama_stops_clock",
    "extra_days_off": "sla.extra_days_off",
    "extra_working_days": "sla.extra_working_days",
}
# The office's contact, printed on receipts: each checked when given.
_CONTACT_CHECKS = {
    "office_phone": is_valid_phone,
    "office_whatsapp": is_valid_phone,
    "office_email": is_valid_email,
    "office_website": is_valid_website,
}
# One row per limit ("sla.limit.verify", ...), so a limit added later needs no migration.
_LIMIT_KEYS = {name: f"sla.limit.{name}" for name in DEADLINE_LIMITS}


class DeskSettingsStore:
    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def load(self) -> DeskSettings:
        with self._database.reading() as session:
            stored = reference.settings(session)
        defaults = DeskSettings()
        max_mb = stored.get(_KEYS["max_attachment_mb"], "")
        idle = stored.get(_KEYS["idle_lock_minutes"], "")
        return DeskSettings(
            office_code=stored.get(_KEYS["office_code"], defaults.office_code),
            office_name=stored.get(_KEYS["office_name"], defaults.office_name),
            office_address=stored.get(_KEYS["office_address"], defaults.office_address),
            office_phone=stored.get(_KEYS["office_phone"], ""),
            office_whatsapp=stored.get(_KEYS["office_whatsapp"], ""),
            office_email=stored.get(_KEYS["office_email"], ""),
            office_website=stored.get(_KEYS["office_website"], ""),
            max_attachment_mb=int(max_mb) if max_mb.isdigit() else defaults.max_attachment_mb,
            idle_lock_minutes=int(idle) if idle.isdigit() else defaults.idle_lock_minutes,
            cuti_bersama_stops_clock=stored.get(_KEYS["cuti_bersama_stops_clock"], "1") != "0",
            extra_days_off=_days(stored.get(_KEYS["extra_days_off"], "")),
            extra_working_days=_days(stored.get(_KEYS["extra_working_days"], "")),
            deadlines=_deadlines(stored),
        )

    def save(self, settings: DeskSettings) -> None:
        """Store the settings; raises InvalidSettingsError naming the first bad field (a limit
        as "deadlines.verify" and so on)."""
        self._access.require(Permission.MANAGE_SETTINGS)
        values = settings_rows(settings)
        with self._database.writing() as session:
            before = reference.settings(session)
            changed = sorted(k for k, v in values.items() if before.get(k) != v)
            reference.save_settings(session, values)
            if changed:
                self._access.record(
                    session, AuditAction.SETTINGS_CHANGED, details={"keys": changed}
                )


def settings_rows(settings: DeskSettings) -> dict[str, str]:
    """The settings table's rows for `settings`; InvalidSettingsError names the first bad field
    (a limit as "deadlines.verify" and so on). For `save` and provisioning, which writes them
    with other rows in one transaction."""
    if not is_valid_office_code(settings.office_code):
        raise InvalidSettingsError("office_code")
    if not settings.office_name.strip() or len(settings.office_name) > 200:
        raise InvalidSettingsError("office_name")
    for name, valid in _CONTACT_CHECKS.items():
        value = getattr(settings, name)
        if len(value) > CONTACT_MAX_LENGTH or not valid(value):
            raise InvalidSettingsError(name)
    if not 1 <= settings.max_attachment_mb <= 500:
        raise InvalidSettingsError("max_attachment_mb")
    if not 0 <= settings.idle_lock_minutes <= 240:
        raise InvalidSettingsError("idle_lock_minutes")
    # A day both off and worked would count one way or the other by accident of order.
    if set(settings.extra_days_off) & set(settings.extra_working_days):
        raise InvalidSettingsError("extra_working_days")
    limits = asdict(settings.deadlines)
    for name in DEADLINE_LIMITS:
        if not SHORTEST_LIMIT <= limits[name] <= LONGEST_LIMIT:
            raise InvalidSettingsError(f"deadlines.{name}")
    return {
        _KEYS["office_code"]: settings.office_code,
        _KEYS["office_name"]: settings.office_name.strip(),
        _KEYS["office_address"]: settings.office_address.strip(),
        **{_KEYS[name]: getattr(settings, name).strip() for name in _CONTACT_CHECKS},
        _KEYS["max_attachment_mb"]: str(settings.max_attachment_mb),
        _KEYS["idle_lock_minutes"]: str(settings.idle_lock_minutes),
        _KEYS["cuti_bersama_stops_clock"]: "1" if settings.cuti_bersama_stops_clock else "0",
        _KEYS["extra_days_off"]: _day_list(settings.extra_days_off),
        _KEYS["extra_working_days"]: _day_list(settings.extra_working_days),
        **{_LIMIT_KEYS[name]: str(limits[name]) for name in DEADLINE_LIMITS},
    }


def _days(stored: str) -> tuple[dt.date, ...]:
    days = []
    for part in stored.split(","):
        try:
            days.append(dt.date.fromisoformat(part.strip()))
        except ValueError:
            continue  # an empty list, or a value damaged by hand: ignored, not fatal
    return tuple(days)


def _day_list(days: tuple[dt.date, ...]) -> str:
    return ",".join(day.isoformat() for day in sorted(set(days)))


def _deadlines(stored: dict[str, str]) -> DeadlineTable:
    """The stored limits; one missing, damaged or out of range falls back to its default alone
    (a desk made before limits were editable has none stored)."""
    limits = asdict(DeadlineTable())
    for name in DEADLINE_LIMITS:
        value = stored.get(_LIMIT_KEYS[name], "")
        if value.isdigit() and SHORTEST_LIMIT <= int(value) <= LONGEST_LIMIT:
            limits[name] = int(value)
    return DeadlineTable(**limits)


def working_calendar(settings: DeskSettings, *days: dt.date) -> WorkingCalendar:
    """The desk's working-day calendar, covering the years of `days` with a year to spare."""
    years = range(min(d.year for d in days) - 1, max(d.year for d in days) + 2)
    return WorkingCalendar.indonesia(
        years,
        cuti_bersama_stops_clock=settings.cuti_bersama_stops_clock,
        extra_days_off=settings.extra_days_off,
        extra_working_days=settings.extra_working_days,
    )


@dataclass(frozen=True)
class DeskDeadlines:
    """The desk's SLA rules in one place: its calendar and its table of limits. Every deadline
    the desk shows or prints comes from here, so none falls back to the regulation's defaults."""

    calendar: WorkingCalendar
    table: DeadlineTable

    @classmethod
    def of(cls, settings: DeskSettings, *days: dt.date) -> DeskDeadlines:
        """For deadlines counted from or around `days` (a receipt date, today)."""
        return cls(working_calendar(settings, *days), settings.deadlines)

    def verify_by(self, received: dt.date) -> dt.date:
        # No pause before a complaint's first event: a date always comes back.
        return self.calendar.add_working_days(received, self.table.verify) or received

    def derive(
        self,
        received_at: dt.datetime,
        kind: ComplaintType,
        supervisory: bool,
        history: Sequence[FollowUpEvent],
    ) -> DerivedFacts:
        """What the complaint's row keeps for the lists: status, unit, open steps' due dates."""
        return derive_facts(received_at, kind, supervisory, history, self.calendar, self.table)

    def for_complaint(
        self,
        received_at: dt.datetime,
        kind: ComplaintType,
        supervisory: bool,
        history: Sequence[FollowUpEvent],
        today: dt.date,
    ) -> list[StepDeadline]:
        return step_deadlines(
            received_at, kind, supervisory, history, self.calendar, self.table, today
        )


# Bump when the fingerprint's recipe changes, so stored due dates are recomputed once.
_FINGERPRINT_RECIPE = 1


def sla_fingerprint(settings: DeskSettings) -> str:
    """A digest of everything that decides a stored due date: the limits, whether cuti bersama
    stops the clock, the desk's extra days off and working days, and the holidays package's
    version (a new release may add or move a holiday). Equal settings give an equal digest;
    due dates stored under another digest are stale."""
    facts = {
        "recipe": _FINGERPRINT_RECIPE,
        "deadlines": asdict(settings.deadlines),
        "cuti_bersama_stops_clock": settings.cuti_bersama_stops_clock,
        "extra_days_off": _day_list(settings.extra_days_off),
        "extra_working_days": _day_list(settings.extra_working_days),
        "holidays": holidays.__version__,
    }
    encoded = json.dumps(facts, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()
