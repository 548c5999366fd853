"""The desk's own settings: which office it is, and its limits."""

from __future__ import annotations

import datetime as dt

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.local_number import is_valid_office_code
from desktop.domain.sla import WorkingCalendar
from desktop.services.access import AccessControl
from desktop.services.values import DeskSettings, InvalidSettingsError
from desktop.store import reference
from desktop.store.database import Database

_KEYS = {
    "office_code": "office.code",
    "office_name": "office.name",
    "office_address": "office.address",
    "max_attachment_mb": "attachments.max_mb",
    "idle_lock_minutes": "security.idle_lock_minutes",
    "cuti_bersama_stops_clock": "sla.cuti_bersama_stops_clock",
    "extra_days_off": "sla.extra_days_off",
}


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
            max_attachment_mb=int(max_mb) if max_mb.isdigit() else defaults.max_attachment_mb,
            idle_lock_minutes=int(idle) if idle.isdigit() else defaults.idle_lock_minutes,
            cuti_bersama_stops_clock=stored.get(_KEYS["cuti_bersama_stops_clock"], "1") != "0",
            extra_days_off=_days(stored.get(_KEYS["extra_days_off"], "")),
        )

    def save(self, settings: DeskSettings) -> None:
        """Store the settings; raises InvalidSettingsError naming the first bad field."""
        self._access.require(Permission.MANAGE_SETTINGS)
        if not is_valid_office_code(settings.office_code):
            raise InvalidSettingsError("office_code")
        if not settings.office_name.strip() or len(settings.office_name) > 200:
            raise InvalidSettingsError("office_name")
        if not 1 <= settings.max_attachment_mb <= 500:
            raise InvalidSettingsError("max_attachment_mb")
        if not 0 <= settings.idle_lock_minutes <= 240:
            raise InvalidSettingsError("idle_lock_minutes")
        values = {
            _KEYS["office_code"]: settings.office_code,
            _KEYS["office_name"]: settings.office_name.strip(),
            _KEYS["office_address"]: settings.office_address.strip(),
            _KEYS["max_attachment_mb"]: str(settings.max_attachment_mb),
            _KEYS["idle_lock_minutes"]: str(settings.idle_lock_minutes),
            _KEYS["cuti_bersama_stops_clock"]: "1" if settings.cuti_bersama_stops_clock else "0",
            _KEYS["extra_days_off"]: ",".join(
                day.isoformat() for day in sorted(set(settings.extra_days_off))
            ),
        }
        with self._database.writing() as session:
            before = reference.settings(session)
            changed = sorted(k for k, v in values.items() if before.get(k) != v)
            reference.save_settings(session, values)
            if changed:
                self._access.record(
                    session, AuditAction.SETTINGS_CHANGED, details={"keys": changed}
                )


def _days(stored: str) -> tuple[dt.date, ...]:
    days = []
    for part in stored.split(","):
        try:
            days.append(dt.date.fromisoformat(part.strip()))
        except ValueError:
            continue  # an empty list, or a value damaged by hand: ignored, not fatal
    return tuple(days)


def working_calendar(settings: DeskSettings, *days: dt.date) -> WorkingCalendar:
    """The desk's working-day calendar, covering the years of `days` with a year to spare."""
    years = range(min(d.year for d in days) - 1, max(d.year for d in days) + 2)
    return WorkingCalendar.indonesia(
        years,
        cuti_bersama_stops_clock=settings.cuti_bersama_stops_clock,
        extra_days_off=settings.extra_days_off,
    )
