"""Settling items whose outcome is unknown, by asking the national side what it has.

- A create: looked up by our reference (the tag carrying the complaint's UUID). Found: it is
  acknowledged with the id found. Not found: it never arrived and may go again.
- A follow-up: the complaint's national follow-ups are read; one posted by a desk with the same
  text, not already matched to another item, acknowledges it.
- A forward: the national status says whether it took effect.
- An attachment: an upload nobody references is invisible nationally, so it simply goes again.
Where the API offers no look-up by reference (or it is refused: 404/405), a create is looked for
between its neighbours (`sync.neighbours`); what no evidence settles is marked for a person
(`CHECK_ON_LAPOR`), who finds it on the LAPOR! site from the sync panel's list.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from desktop.domain.complaint import Status
from desktop.domain.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    OutgoingComplaint,
    SyncProblem,
)
from desktop.store import national, outbox
from desktop.store.database import Database
from sync.api import NationalApi, NotDelivered, Offline, Refused
from sync.neighbours import LATE_PROCESSING, Finding, Verdict, Walk, find_between
from sync.report import RoundProgress

log = logging.getLogger("sync")

OWN_AUTHOR = "admin"
# An item the neighbours cannot settle yet (no later complaint acknowledged) waits this long
# for the evidence to come, then for a person.
PERSON_AFTER = dt.timedelta(hours=1)


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
    walk = Walk(api)
    for done, item in enumerate(unknown, start=1):
        try:
            found = _look_up(database, api, item, walk, now)
        except Offline:
            raise
        except (NotDelivered, Refused) as error:
            # An unusable answer to the look-up: the item stays unknown until a later round
            # (or a verifier) settles it.
            log.info("look-up for item %d failed: %s", item.id, error.problem.value)
            continue
        if found is None:
            if (
                item.kind is not OutboxKind.CREATE
                and item.problem is not SyncProblem.CHECK_ON_LAPOR
            ):
                # The national side answered and cannot tell: no later round will know more,
                # so say so (a create's look-up decides that itself: its evidence may come).
                with database.writing() as session:
                    outbox.mark_for_person(session, item.id, now)
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
    database: Database, api: NationalApi, item: OutboxEntry, walk: Walk, now: dt.datetime
) -> tuple[bool, str | None] | None:
    """(whether it is on the national side, its id there); None when we cannot tell."""
    if item.kind is OutboxKind.ATTACHMENT:
        return False, None
    if item.kind is OutboxKind.CREATE:
        return _look_up_create(database, api, item, walk, now)
    with database.reading() as session:
        follow_up = national.outgoing_follow_up(session, item.event_id) if item.event_id else None
        taken = set(outbox.remote_ids(session, item.complaint_id, OutboxKind.FOLLOW_UP))
        status_map = national.mapping(session).get("status", {})
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


def _look_up_create(
    database: Database, api: NationalApi, item: OutboxEntry, walk: Walk, now: dt.datetime
) -> tuple[bool, str | None] | None:
    with database.reading() as session:
        complaint = national.outgoing_complaint(session, item.complaint_id)
    if complaint is None:
        return None
    if getattr(api, "finds_by_reference", True):
        try:
            found = api.find_complaint(complaint)
        except Refused as error:
            # No look-up here after all (a 404 or 405): other evidence, below.
            log.info("no look-up by reference: %s", error.detail)
        else:
            return (found is not None), found
    if item.problem is SyncProblem.CHECK_ON_LAPOR:
        return None  # the evidence was weighed already: a person decides
    finding = _between_neighbours(database, item, complaint, walk)
    if finding.verdict is Verdict.FOUND:
        return True, finding.national_id
    if finding.verdict is Verdict.ABSENT:
        return False, None
    if finding.verdict is Verdict.CANNOT_TELL or now - item.updated_at >= PERSON_AFTER:
        with database.writing() as session:
            outbox.mark_for_person(session, item.id, now)
        log.info("item %d: no evidence either way; waits for a person", item.id)
    return None


def _between_neighbours(
    database: Database, item: OutboxEntry, complaint: OutgoingComplaint, walk: Walk
) -> Finding:
    if item.sent_at is None:
        return Finding(Verdict.CANNOT_TELL)
    with database.reading() as session:
        before, after = outbox.acknowledged_creates_around(
            session, item.sent_at, item.updated_at + LATE_PROCESSING
        )
        taken = outbox.acknowledged_national_ids(session, OutboxKind.CREATE)
    return find_between(walk, complaint, before, after, item.updated_at, taken)
