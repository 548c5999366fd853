"""Applying a checked provisioning file to an open desk, and reading a desk back as one.

All of the file's settings go in ONE transaction: the office, the limits and calendar, the
backup schedule, the mapping, and the rows of the national sync's settings that
provisioning_file makes of [lapor] and hands in. Either the desk takes the whole file or nothing
of it. Secrets are not here: provisioning_file stores the LAPOR! credentials after the commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.backup_rotation import Retention
from desktop.domain.desk_settings import BY_NAME, DESK_SETTINGS, EXTRA_WORKING_DAYS, Kind
from desktop.domain.provisioning import (
    CATEGORY_PATH_SEPARATOR,
    CheckedText,
    DeskProfile,
    ProvisionCode,
    ProvisionProblem,
)
from desktop.services.backups import BackupSchedule, parse_schedule, schedule_rows
from desktop.services.desk import Desk
from desktop.services.settings import setting_value, settings_of, settings_rows
from desktop.services.values import InvalidSettingsError
from desktop.store import national, reference

# A label IT staff give this desk PC ("loket-2"): shown to them, used by nothing else.
DESK_LABEL_KEY = "desk.label"

# Retention field -> key of [backups].
_RETENTION_KEYS = {
    "daily": "keep_daily",
    "weekly": "keep_weekly",
    "monthly": "keep_monthly",
    "before_upgrade": "keep_before_upgrade",
    "before_restore": "keep_before_restore",
}


class DeskProvisioning:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def problems(self, checked: CheckedText) -> list[ProvisionProblem]:
        """What the file's values break once combined with this desk's current settings (a
        day the file takes off that the desk already counts as worked, say)."""
        if checked.profile is None:
            return []
        try:
            self._rows(checked.profile)
        except InvalidSettingsError as error:
            field = BY_NAME[error.field].file_key
            code = (
                ProvisionCode.DAY_OFF_AND_WORKED
                if error.field == EXTRA_WORKING_DAYS.name
                else ProvisionCode.OUT_OF_RANGE
            )
            return [ProvisionProblem(checked.line(field), field, code)]
        except ValueError:  # Retention's own rules
            field = "backups.keep_daily"
            return [ProvisionProblem(checked.line(field), field, ProvisionCode.OUT_OF_RANGE)]
        return []

    def apply(
        self,
        profile: DeskProfile,
        extra_rows: Mapping[str, str] | None = None,
        *,
        headless: bool = False,
    ) -> list[str]:
        """Write the whole profile (and `extra_rows`) in one transaction, with the reference
        lists' other names (adding an institution or category the desk lacks); the setting
        keys that changed. `headless`: from the command line, by whoever holds the database key
        (that key opens everything; there is nobody signed in to check)."""
        if not headless:
            for permission in (
                Permission.MANAGE_SETTINGS,
                Permission.MANAGE_REFERENCE,
                Permission.MANAGE_BACKUPS,
            ):
                self._desk.access.require(permission)
        rows = {**self._rows(profile), **(extra_rows or {})}
        with self._desk.database.writing() as session:
            before = reference.settings(session)
            changed = sorted(key for key, value in rows.items() if before.get(key) != value)
            reference.save_settings(session, rows)
            entries = 0
            for kind, values in profile.mapping.items():
                for local_key, national_value in values.items():
                    national.set_mapping(session, kind, local_key, national_value, national.MANUAL)
                    entries += 1
            details: dict[str, Any] = {"keys": changed, "mapping_entries": entries}
            if profile.lists:
                details["list_entries"] = _apply_lists(session, profile.lists)
            if headless:
                details["by"] = "command line"
            self._desk.access.record(session, AuditAction.SETTINGS_CHANGED, "provisioning", details)
        return changed

    def current(self) -> DeskProfile:
        """This desk's settings as a profile (no [lapor]: sync adds it; no language: the
        interface's own setting; of the mapping, IT staff's own entries). Holds no secret and
        no personal data."""
        settings = self._desk.settings.load()
        with self._desk.database.reading() as session:
            stored = reference.settings(session)
            rows = national.mapping_rows(session)
            lists = _current_lists(session)
        # Only IT staff's own entries: the defaults and the master lists' come to every desk by
        # themselves, and set as manual they would stop a master list from updating them.
        mapping: dict[str, dict[str, str]] = {}
        for row in rows:
            if row.source == national.MANUAL:
                mapping.setdefault(row.kind, {})[row.local_key] = row.national_value
        schedule = parse_schedule(stored)
        sections: dict[str, dict[str, Any]] = {"office": {}, "desk": {}, "sla": {}}
        for setting in DESK_SETTINGS:
            value = setting_value(settings, setting)
            # What the office has not given stays out of the file, as a file without it means.
            if setting.kind is Kind.TEXT and not setting.required and not value:
                continue
            sections[setting.section][setting.key] = value
        label = stored.get(DESK_LABEL_KEY, "")
        if label:
            sections["desk"]["id"] = label
        backups: dict[str, Any] = {"automatic": schedule.automatic}
        if schedule.hour is not None:
            backups["hour"] = schedule.hour
        for name, key in _RETENTION_KEYS.items():
            backups[key] = getattr(schedule.retention, name)
        sections["backups"] = backups
        return DeskProfile(sections, mapping, lists)

    def _rows(self, profile: DeskProfile) -> dict[str, str]:
        """The settings rows for the profile merged into the desk's current settings."""
        settings = self._desk.settings.load()
        changes = {
            setting.name: profile.get(setting.section, setting.key)
            for setting in DESK_SETTINGS
            if profile.has(setting.section, setting.key)
        }
        merged = settings_of(changes, settings)
        rows = settings_rows(merged)
        rows.update(schedule_rows(self._schedule(profile)))
        if profile.has("desk", "id"):
            rows[DESK_LABEL_KEY] = profile.get("desk", "id")
        return rows

    def _schedule(self, profile: DeskProfile) -> BackupSchedule:
        schedule = self._desk.backups.schedule()
        kept = {
            name: profile.get("backups", key, getattr(schedule.retention, name))
            for name, key in _RETENTION_KEYS.items()
        }
        return BackupSchedule(
            automatic=profile.get("backups", "automatic", schedule.automatic),
            hour=profile.get("backups", "hour", schedule.hour),
            retention=Retention(**kept),
        )


def _current_lists(session: Session) -> dict[str, dict[str, tuple[str, ...]]]:
    """The other names the desk's lists carry, as [lists] takes them back: the next desk gets
    the acronyms IT staff added, and a desk's own entries with them."""
    lists = {
        "institution_aliases": {
            i.name: i.aliases for i in reference.institutions(session) if i.aliases
        },
        "category_aliases": {c.path: c.aliases for c in reference.categories(session) if c.aliases},
    }
    return {kind: entries for kind, entries in lists.items() if entries}


def _apply_lists(session: Session, lists: Mapping[str, Mapping[str, tuple[str, ...]]]) -> int:
    """Set the other names the file gives; an entry the desk lacks is added first (a desk's
    own institutions come with their acronyms in one file). Names compare letter case aside,
    as the lists dialog compares them. How many entries were set."""
    count = 0
    institutions = {i.name.casefold(): i.id for i in reference.institutions(session)}
    for name, aliases in lists.get("institution_aliases", {}).items():
        found = institutions.get(name.casefold())
        if found is None:
            found = institutions[name.casefold()] = reference.add_institution(session, name)
        reference.set_institution_aliases(session, found, aliases)
        count += 1
    for path, aliases in lists.get("category_aliases", {}).items():
        reference.set_category_aliases(session, _category_at(session, path), aliases)
        count += 1
    return count


def _category_at(session: Session, path: str) -> int:
    """The category at "Parent › Child", added (with its parents) when the desk lacks it."""
    parent: int | None = None
    for part in (p.strip() for p in path.split(CATEGORY_PATH_SEPARATOR)):
        children = {
            c.name.casefold(): c.id for c in reference.categories(session) if c.parent_id == parent
        }
        found = children.get(part.casefold())
        parent = found if found is not None else reference.add_category(session, part, parent)
    assert parent is not None  # a checked path has at least one part
    return parent
