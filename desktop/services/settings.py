"""The desk's own settings: which office it is, its limits and its working-day clock."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import holidays

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import ComplaintType
from desktop.domain.desk_settings import DESK_SETTINGS, EXTRA_WORKING_DAYS, DeskSetting, Kind
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.report_settled import Settler
from desktop.domain.sla import (
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


class DeskSettingsStore:
    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def load(self) -> DeskSettings:
        """The stored settings; one missing, damaged or out of range takes its default alone
        (a desk made before a setting existed has no row for it)."""
        with self._database.reading() as session:
            stored = reference.settings(session)
        return settings_of(
            {s.name: _stored_value(s, stored.get(s.storage_key)) for s in DESK_SETTINGS}
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


def setting_value(settings: DeskSettings, setting: DeskSetting[Any]) -> Any:
    """`settings`' value of the declared `setting`."""
    if setting.name.startswith(_LIMIT_PREFIX):
        return getattr(settings.deadlines, setting.name.removeprefix(_LIMIT_PREFIX))
    return getattr(settings, setting.name)


def settings_of(values: Mapping[str, Any], base: DeskSettings | None = None) -> DeskSettings:
    """`base` (the defaults when None) with `values`, keyed by declared setting name."""
    base = base if base is not None else DeskSettings()
    fields = {name: value for name, value in values.items() if not name.startswith(_LIMIT_PREFIX)}
    limits = {
        name.removeprefix(_LIMIT_PREFIX): value
        for name, value in values.items()
        if name.startswith(_LIMIT_PREFIX)
    }
    if limits:
        fields["deadlines"] = replace(base.deadlines, **limits)
    return replace(base, **fields)


def settings_rows(settings: DeskSettings) -> dict[str, str]:
    """The settings table's rows for `settings`; InvalidSettingsError names the first bad field
    (a limit as "deadlines.verify" and so on). For `save` and provisioning, which writes them
    with other rows in one transaction."""
    for setting in DESK_SETTINGS:
        if not setting.accepts(setting_value(settings, setting)):
            raise InvalidSettingsError(setting.name)
    # A day both off and worked would count one way or the other by accident of order.
    if set(settings.extra_days_off) & set(settings.extra_working_days):
        raise InvalidSettingsError(EXTRA_WORKING_DAYS.name)
    return {s.storage_key: _row(s, setting_value(settings, s)) for s in DESK_SETTINGS}


_LIMIT_PREFIX = "deadlines."


def _row(setting: DeskSetting[Any], value: Any) -> str:
    if setting.kind is Kind.TEXT:
        return str(value).strip()
    if setting.kind is Kind.YES_NO:
        return "1" if value else "0"
    if setting.kind is Kind.DAYS:
        return _day_list(value)
    return str(value)


def _stored_value(setting: DeskSetting[Any], stored: str | None) -> Any:
    if stored is None:
        return setting.default
    if setting.kind is Kind.YES_NO:
        return stored != "0"
    if setting.kind is Kind.DAYS:
        return _days(stored)
    if setting.kind is Kind.WHOLE_NUMBER:
        accepted = stored.isdigit() and setting.accepts(int(stored))
        return int(stored) if accepted else setting.default
    return stored


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

    def settler(self, span: tuple[dt.date, dt.date] | None = None) -> Settler:
        """What settles complaints for the reports by these rules (`span`: the days most of
        them are counted over, for a bulk of them)."""
        return Settler(self.calendar, self.table, span)

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
