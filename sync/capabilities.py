"""What this deployment of the national API offers, learned from its answers, not assumed.

Some calls are optional: not every deployment has the look-up by our reference
(`GET /complaints/search`) or the categories master (`GET /masters/categories`). A 404 or 405 to
one of them is remembered in the desk's settings, so the desk does not repeat a call the API
does not offer, and asks again once a day (a deployment can add it). A call that answers is
remembered as offered. Each change is logged once, not every round.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from desktop.store import reference
from desktop.store.database import Database
from sync import status_keys

log = logging.getLogger("sync")

SEARCH = "search"  # GET /complaints/search?tag=...: find a complaint by our reference
CATEGORIES = "categories"  # GET /masters/categories
OPTIONAL_CALLS = (SEARCH, CATEGORIES)
ASK_AGAIN_AFTER = dt.timedelta(days=1)


@dataclass(frozen=True)
class Capability:
    name: str
    offered: bool
    checked_at: dt.datetime
    detail: str = ""  # the API's words when it said no


def known(database: Database) -> dict[str, Capability]:
    with database.reading() as session:
        text = reference.settings(session).get(status_keys.CAPABILITIES, "")
    return _parse(text)


def _parse(text: str) -> dict[str, Capability]:
    try:
        raw = json.loads(text) if text else {}
    except ValueError:
        return {}
    found = {}
    for name, entry in raw.items() if isinstance(raw, dict) else ():
        try:
            found[name] = Capability(
                name,
                bool(entry["offered"]),
                dt.datetime.fromisoformat(entry["checked_at"]),
                str(entry.get("detail") or ""),
            )
        except (KeyError, TypeError, ValueError):
            continue
    return found


def worth_asking(database: Database, name: str, now: dt.datetime) -> bool:
    """Whether to make the call: not when the API said it has no such call less than a day
    ago."""
    found = known(database).get(name)
    return found is None or found.offered or now - found.checked_at >= ASK_AGAIN_AFTER


def missing(database: Database) -> list[str]:
    """The optional calls this deployment is known not to offer."""
    return [c.name for c in known(database).values() if not c.offered]


def remember(
    database: Database, name: str, offered: bool, now: dt.datetime, detail: str = ""
) -> None:
    """Record what a call's answer said about it (written only when it tells something new:
    a change, or a "still not offered" a day later)."""
    with database.writing() as session:
        current = _parse(reference.settings(session).get(status_keys.CAPABILITIES, ""))
        before = current.get(name)
        unchanged = before is not None and before.offered == offered
        recent = before is not None and now - before.checked_at < ASK_AGAIN_AFTER
        if unchanged and (offered or recent):
            return
        if before is None or before.offered != offered:
            if offered:
                log.info("the national API offers %s", name)
            else:
                log.warning("the national API does not offer %s (%s)", name, detail or "404")
        current[name] = Capability(name, offered, now, detail[:200])
        reference.save_settings(
            session,
            {
                status_keys.CAPABILITIES: json.dumps(
                    {
                        c.name: {
                            "offered": c.offered,
                            "checked_at": c.checked_at.isoformat(),
                            "detail": c.detail,
                        }
                        for c in current.values()
                    }
                )
            },
        )
