"""Refreshing the mapping from the national masters (institutions, categories, templates):
local names matched to national ones, case and spacing aside. IT staff's own entries stay."""

from __future__ import annotations

import datetime as dt
import json
import logging

from desktop.store import national, outbox, reference
from desktop.store.database import Database
from sync import capabilities, status_keys
from sync.api import NationalApi, NotDelivered, Offline, Refused

log = logging.getLogger("sync")

REFRESH_EVERY = dt.timedelta(days=1)


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def refresh_masters_if_due(database: Database, api: NationalApi, now: dt.datetime) -> bool:
    """Refresh once a day, and whenever no institution is mapped yet; whether it ran."""
    with database.reading() as session:
        last = reference.settings(session).get(status_keys.MASTERS_REFRESHED_AT, "")
        mapped = national.mapping(session)
    if mapped.get("institution") and last:
        try:
            if now - dt.datetime.fromisoformat(last) < REFRESH_EVERY:
                return False
        except ValueError:
            pass
    try:
        refresh_masters(database, api, now)
    except (NotDelivered, Refused) as error:
        if isinstance(error, Offline):
            raise
        # The masters are a convenience: a round goes on with the mapping it has.
        log.warning("national masters not refreshed: %s", error.problem.value)
        return False
    return True


def refresh_masters(database: Database, api: NationalApi, now: dt.datetime) -> int:
    """Fetch the masters and map local names to national ids; how many entries changed.
    Items quarantined for a missing mapping go back in the queue."""
    masters = api.masters()
    capabilities.remember(database, capabilities.CATEGORIES, masters.categories is not None, now)
    with database.writing() as session:
        categories, institutions = national.local_names(session)
        changed = national.refresh_from_masters(
            session, "institution", _match(institutions, masters.institutions)
        )
        if masters.categories is not None:
            changed += national.refresh_from_masters(
                session, "category", _match(categories, masters.categories)
            )
        reference.save_settings(
            session,
            {
                status_keys.MASTERS_REFRESHED_AT: now.astimezone(dt.UTC).isoformat(),
                status_keys.TEMPLATES: json.dumps(masters.templates, ensure_ascii=False),
            },
        )
        requeued = outbox.requeue_mapping_missing(session, now)
    log.info(
        "masters refreshed: %d mapping entries changed, %d item(s) requeued", changed, requeued
    )
    return changed


def _match(local: dict[int, str], national_ids: dict[str, str]) -> dict[str, str]:
    by_name = {_key(name): national_id for name, national_id in national_ids.items()}
    return {
        str(local_id): by_name[_key(name)]
        for local_id, name in local.items()
        if _key(name) in by_name
    }
