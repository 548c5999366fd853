"""The desk's own settings: which office it is, and its limits."""

from __future__ import annotations

from desktop.domain.local_number import is_valid_office_code
from desktop.services.values import DeskSettings, InvalidSettingsError
from desktop.store import reference
from desktop.store.database import Database

_KEYS = {
    "office_code": "office.code",
    "office_name": "office.name",
    "office_address": "office.address",
    "max_attachment_mb": "attachments.max_mb",
}


class DeskSettingsStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def load(self) -> DeskSettings:
        with self._database.reading() as session:
            stored = reference.settings(session)
        defaults = DeskSettings()
        max_mb = stored.get(_KEYS["max_attachment_mb"], "")
        return DeskSettings(
            office_code=stored.get(_KEYS["office_code"], defaults.office_code),
            office_name=stored.get(_KEYS["office_name"], defaults.office_name),
            office_address=stored.get(_KEYS["office_address"], defaults.office_address),
            max_attachment_mb=int(max_mb) if max_mb.isdigit() else defaults.max_attachment_mb,
        )

    def save(self, settings: DeskSettings) -> None:
        """Store the settings; raises InvalidSettingsError naming the first bad field."""
        if not is_valid_office_code(settings.office_code):
            raise InvalidSettingsError("office_code")
        if not settings.office_name.strip() or len(settings.office_name) > 200:
            raise InvalidSettingsError("office_name")
        if not 1 <= settings.max_attachment_mb <= 500:
            raise InvalidSettingsError("max_attachment_mb")
        values = {
            _KEYS["office_code"]: settings.office_code,
            _KEYS["office_name"]: settings.office_name.strip(),
            _KEYS["office_address"]: settings.office_address.strip(),
            _KEYS["max_attachment_mb"]: str(settings.max_attachment_mb),
        }
        with self._database.writing() as session:
            reference.save_settings(session, values)
