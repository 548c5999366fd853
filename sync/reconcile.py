"""Settling items whose outcome is unknown, by asking the national side what it has.

- A create: looked up by our reference (the tag carrying the complaint's UUID). Found: it is
  acknowledged with the id found. Not found: it never arrived and may go again.
- A follow-up: the complaint's national follow-ups are read; one posted by a desk with the same
  text, not already matched to another item, acknowledges it.
- A forward: the national status says whether it took effect.
- An attachment: an upload nobody references is invisible nationally, so it simply goes again.
Where the adapter cannot look a complaint up, the item waits for a verifier (status area).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from desktop.domain.complaint import Status
from desktop.domain.outbox import OutboxEntry, OutboxKind, OutboxState
from desktop.store import national, outbox
from desktop.store.database import Database
from sync.api import NationalApi, NotDelivered, Offline, Refused
from sync.report import RoundProgress

log = logging.getLogger("sync")

OWN_AUTHOR = "admin"


def reconcile_unknown(
    database: Database,
    api: NationalApi,
    now: dt.datetime,
    progress: Callable[[RoundProgress], None],
) -> int:
    """Settle every UNKNOWN item the national side can tell about; how many were settled."""
    with database.reading() as session:
        unknown = outbox.entries(session, [OutboxState.UNKNOWN])
    settled = 0
    for done, item in enumerate(unknown, start=1):
        try:
            found = _look_up(database, api, item)
        except Offline:
            raise
        except (NotDelivered, Refused) as error:
            # An unusable answer to the look-up: the item stays unknown until a later round
            # (or a verifier) settles it.
            log.info("look-up for item %d failed: %s", item.id, error.problem.value)
            found = None
        if found is None:
            continue
        present, remote_id = found
        with database.writing() as session:
            if present:
                moved = outbox.settle(
                    session,
                    item.id,
                    OutboxState.ACKNOWLEDGED,
                    now,
                    remote_id=remote_id,
                    from_states=[OutboxState.UNKNOWN],
                )
                if moved and item.kind is OutboxKind.CREATE and remote_id:
                    national.set_tracking_id(session, item.complaint_id, remote_id, now)
            else:
                moved = outbox.settle(
                    session, item.id, OutboxState.PENDING, now, from_states=[OutboxState.UNKNOWN]
                )
        settled += int(moved)
        progress(RoundProgress("reconcile", done, len(unknown)))
    if settled:
        log.info("reconciled %d item(s) of unknown outcome", settled)
    return settled


def _look_up(
    database: Database, api: NationalApi, item: OutboxEntry
) -> tuple[bool, str | None] | None:
    """(whether it is on the national side, its id there); None when we cannot tell."""
    if item.kind is OutboxKind.ATTACHMENT:
        return False, None
    with database.reading() as session:
        complaint = national.outgoing_complaint(session, item.complaint_id)
        follow_up = national.outgoing_follow_up(session, item.event_id) if item.event_id else None
        taken = set(outbox.remote_ids(session, item.complaint_id, OutboxKind.FOLLOW_UP))
        status_map = national.mapping(session).get("status", {})
    if item.kind is OutboxKind.CREATE:
        if complaint is None or not api.finds_by_reference:
            return None
        found = api.find_complaint(complaint)
        return (found is not None), found
    if follow_up is None or not follow_up.national_id:
        return None
    if item.kind is OutboxKind.FORWARD:
        status = api.status(follow_up.national_id)
        forwarded = status_map.get(status.code) == Status.BUKAN_WEWENANG.value
        return forwarded, follow_up.national_id if forwarded else None
    for posted in api.follow_ups(follow_up.national_id):
        ours = posted.author == OWN_AUTHOR and posted.id not in taken
        if ours and posted.content.strip() == follow_up.text.strip():
            return True, posted.id
    return False, None
