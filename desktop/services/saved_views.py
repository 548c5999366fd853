"""Worklist views the desk's officers saved under their own names (shared by the desk)."""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.worklist_query import (
    MAX_SAVED_VIEWS,
    MAX_VIEW_NAME,
    SavedView,
    WorklistQuery,
    query_from_dict,
    query_to_dict,
)
from desktop.services.access import AccessControl
from desktop.store import reference
from desktop.store.database import Database

log = logging.getLogger("desktop.services")

SETTING_KEY = "worklist.saved_views"


class InvalidViewNameError(ValueError):
    """The name is empty or too long."""


class TooManyViewsError(ValueError):
    pass


class SavedViews:
    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def all(self) -> list[SavedView]:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.reading() as session:
            return _parse(reference.settings(session).get(SETTING_KEY, "[]"))

    def save(self, name: str, query: WorklistQuery) -> None:
        """Keep `query` under `name`; a view of the same name (any case) is replaced."""
        self._access.require(Permission.VIEW_COMPLAINTS)
        cleaned = " ".join(name.split())
        if not cleaned or len(cleaned) > MAX_VIEW_NAME:
            raise InvalidViewNameError(name)
        with self._database.writing() as session:
            views = _parse(reference.settings(session).get(SETTING_KEY, "[]"))
            views = [v for v in views if v.name.casefold() != cleaned.casefold()]
            if len(views) >= MAX_SAVED_VIEWS:
                raise TooManyViewsError(MAX_SAVED_VIEWS)
            views.append(SavedView(cleaned, query))
            self._store(session, views)

    def delete(self, name: str) -> None:
        self._access.require(Permission.VIEW_COMPLAINTS)
        with self._database.writing() as session:
            views = _parse(reference.settings(session).get(SETTING_KEY, "[]"))
            self._store(session, [v for v in views if v.name != name])

    def _store(self, session: Session, views: list[SavedView]) -> None:
        views.sort(key=lambda v: v.name.casefold())
        stored = [{"name": v.name, "query": query_to_dict(v.query)} for v in views]
        reference.save_settings(session, {SETTING_KEY: json.dumps(stored)})
        self._access.record(session, AuditAction.SETTINGS_CHANGED, details={"keys": [SETTING_KEY]})


def _parse(stored: str) -> list[SavedView]:
    """Saved views as stored; one damaged by hand is skipped, not fatal."""
    try:
        entries = json.loads(stored)
    except ValueError:
        log.warning("saved worklist views unreadable; ignored")
        return []
    views = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            views.append(SavedView(str(entry["name"]), query_from_dict(entry["query"])))
        except (KeyError, TypeError, ValueError):
            log.warning("a saved worklist view is damaged; skipped")
    return views
