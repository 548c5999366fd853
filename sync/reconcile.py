"""Settling items whose outcome is unknown, by asking the national side what it has.

- A create: looked up by our reference (the tag carrying the complaint's UUID), where this
  deployment offers the look-up (`sync.capabilities`: a 404 or 405 is remembered, and asked
  again a day later). Found: acknowledged with the id found. Not found: it never arrived and
  may go again. No look-up: it is looked for between its neighbours (`sync.neighbours`); what
  no evidence settles is marked for a person (`CHECK_ON_LAPOR`), who finds it on the LAPOR!
  site from the sync panel's list.
- A follow-up: the complaint's national follow-ups are read. The one ending with this item's
  reference line (`sync.references`) acknowledges it; an entry with the same words but without
  the reference cannot be attributed with certainty and the item waits for a person; neither
  there: it never arrived and may go again. No author field is trusted.
- A forward: settled only by the evidence the forward itself leaves, the complaint's
  disposition naming the other institution; otherwise it waits for a person.
- An attachment: an upload nobody references is invisible nationally, so it simply goes again
  (the count of unreadable answers goes with it, so that is bounded: `sync.answers`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from desktop.domain.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    OutgoingComplaint,
    SyncProblem,
)
from desktop.store import national, outbox
from desktop.store.database import Database
from sync import capabilities, references
from sync.api import NationalApi, NotDelivered, NotOffered, Offline, Refused
from sync.neighbours import LATE_PROCESSING, Finding, Verdict, Walk, find_between
from sync.reads import patiently
from sync.report import RoundProgress

log = logging.getLogger("sync")

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
            # An unusable answer to the look-up, tried a few times: the item stays unknown
            # until a later round settles it.
            _decided(item, "unknown", f"look-up failed: {error.problem.value}")
            continue
        if isinstance(found, _Later):
            _decided(item, "later", "its complaint's create is of unknown outcome")
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
                _decided(item, "person", "no evidence the national side keeps")
            continue
        present, remote_id = found
        _decided(item, "found" if present else "absent", "")
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
                unreadable = item.problem is SyncProblem.MALFORMED
                moved = outbox.settle(
                    session,
                    item.id,
                    OutboxState.PENDING,
                    now,
                    # Keeps the count of unreadable answers (bounded tries).
                    problem=item.problem if unreadable else None,
                    detail=item.detail if unreadable else "",
                    from_states=[OutboxState.UNKNOWN],
                )
        settled += int(moved)
        progress(RoundProgress("reconcile", done, len(unknown)))
    if settled:
        log.info("reconciled %d item(s) of unknown outcome", settled)
    return settled


class _Later:
    """Not to be weighed yet: a later round knows more."""


def _look_up(
    database: Database, api: NationalApi, item: OutboxEntry, walk: Walk, now: dt.datetime
) -> tuple[bool, str | None] | None | _Later:
    """(whether it is on the national side, its id there); None when we cannot tell."""
    if item.kind is OutboxKind.ATTACHMENT:
        return False, None
    if item.kind is OutboxKind.CREATE:
        return _look_up_create(database, api, item, walk, now)
    with database.reading() as session:
        follow_up = national.outgoing_follow_up(session, item.event_id) if item.event_id else None
        reference = (
            references.item_reference(session, item) if item.kind is OutboxKind.FOLLOW_UP else ""
        )
        create = outbox.create_state(session, item.complaint_id)
    if follow_up is None:
        return None
    if not follow_up.national_id:
        # Only in an office register restored from a backup (`outbox.restored_to_unknown`,
        # `office_national.sent_before_restore`): elsewhere a follow-up goes only after its
        # complaint's create was acknowledged. It went, if at all, after that create: while
        # the create's outcome is unknown, so is its own; once the create is known not to be
        # on LAPOR! (owed again, or held back), neither is the follow-up.
        if create is OutboxState.UNKNOWN:
            return _Later()
        return (False, None) if create is not None else None
    if item.kind is OutboxKind.FORWARD:
        national_id = follow_up.national_id
        disposition = patiently(lambda: api.status(national_id)).disposition_name
        if follow_up.institution_name and _same_name(disposition, follow_up.institution_name):
            return True, follow_up.national_id
        return None
    complaint_id = follow_up.national_id
    posted = patiently(lambda: api.follow_ups(complaint_id))
    ours = [p for p in posted if references.reference_in(p.content) == reference]
    if len(ours) > 1:
        log.warning("follow-up %s is on LAPOR! %d times", reference, len(ours))
    if ours:
        return True, ours[0].id
    words = _words(follow_up.text)
    if any(
        references.reference_in(p.content) is None and _words(p.content) == words for p in posted
    ):
        return None  # the same words without our reference: ours or not, a person says
    return False, None


def _look_up_create(
    database: Database, api: NationalApi, item: OutboxEntry, walk: Walk, now: dt.datetime
) -> tuple[bool, str | None] | None:
    with database.reading() as session:
        complaint = national.outgoing_complaint(session, item.complaint_id)
    if complaint is None:
        return None
    if api.finds_by_reference and capabilities.worth_asking(database, capabilities.SEARCH, now):
        try:
            found = patiently(lambda: api.find_complaint(complaint))
        except NotOffered as error:
            # No look-up here after all (a 404 or 405): remembered, and other evidence, below.
            capabilities.remember(database, capabilities.SEARCH, False, now, error.detail)
            log.info("no look-up by reference: %s", error.detail)
        else:
            capabilities.remember(database, capabilities.SEARCH, True, now)
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
        _decided(item, "person", finding.reason)
    else:
        _decided(item, "later", finding.reason)
    return None


def _decided(item: OutboxEntry, decision: str, reason: str) -> None:
    """Logs what reconciliation made of an item; the record carries `decision` (found, absent,
    later, person, unknown) and `reason` for whoever counts them (the exactly-once proofs)."""
    log.info(
        "item %d (%s): %s%s",
        item.id,
        item.kind.value,
        decision,
        f" ({reason})" if reason else "",
        extra={"decision": f"{item.kind.value} {decision}", "reason": reason},
    )


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


def _same_name(a: str, b: str) -> bool:
    return _words(a).lower() == _words(b).lower()


def _words(text: str) -> str:
    return " ".join(text.split())
