"""Finding a create of unknown outcome without a look-up by reference: between its neighbours.

LAPOR! numbers complaints in the order it creates them. The create acknowledged just before our
request left (its answer had come) has a smaller id than ours would have; one whose request left
well after ours ended has a larger one. So if ours was created, it is among the ids between
those two neighbours, and a bounded walk over them tells:

- an id there whose complaint carries our reference (the `meja-aduan:<uuid>` tag), or our
  exact title and description and is not one of our other complaints: **found**, it is ours;
- every id there read (a complaint that is not ours, or none this desk may read: ours would be
  readable by us) and none is ours: **surely absent**, it may go again;
- anything less (no neighbour on one side yet, too many ids between to read, an answer that
  could not be read): **cannot tell**, with the reason. Never absent without that complete
  evidence.

The walk reads each id once per round, whatever number of items share it, and tries a read
that failed (a fault of the moment: reads are safe to repeat) a few times before counting it
unread (`Walk`). Ids of the desk's own acknowledged creates are known without reading, so
`MOST_IDS` bounds the reads, not the span: between two neighbours far apart in a busy hour of
this desk stand mostly its own complaints.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.outbox import OutgoingComplaint, SyncProblem
from desktop.store.outbox import SentCreate
from sync.api import NationalApi, NationalComplaint, NotDelivered, Offline
from sync.reads import patiently

# At most this many ids are read for one item (ids of the desk's own acknowledged creates are
# not read): a walk over a busy national side's ids (many agencies creating at once) would be
# long and is left to a person.
MOST_IDS = 60
# A request may still be processed a while after the desk stopped waiting for its answer (a
# slow gateway): the neighbour after must have left this much later to bound it.
LATE_PROCESSING = dt.timedelta(minutes=2)

REFERENCE_PREFIX = "meja-aduan:"  # sync.lapor.REFERENCE_PREFIX: the tag a create carries


class Verdict(StrEnum):
    FOUND = "found"
    ABSENT = "absent"
    CANNOT_TELL_YET = "cannot_tell_yet"  # a later round may know more (a neighbour, an answer)
    CANNOT_TELL = "cannot_tell"  # the evidence will not come by itself: a person checks


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    national_id: str | None = None
    reason: str = ""  # why, in a few words: logged, and kept with an item left to a person


class _Unread:
    """A read that failed every try this round."""


_UNREAD = _Unread()


@dataclass
class Walk:
    """The national complaints read during one round: id -> complaint (None: none readable)."""

    api: NationalApi
    seen: dict[int, NationalComplaint | None | _Unread] = field(default_factory=dict)

    def read(self, national_id: int) -> NationalComplaint | None:
        """NotDelivered when it could not be read this round (asked once per round)."""
        if national_id not in self.seen:
            try:
                self.seen[national_id] = patiently(lambda: self.api.complaint(str(national_id)))
            except Offline:
                raise
            except NotDelivered:
                self.seen[national_id] = _UNREAD
        known = self.seen[national_id]
        if isinstance(known, _Unread):
            raise NotDelivered(SyncProblem.NO_ANSWER, f"complaint {national_id} unread this round")
        return known


def is_ours(found: NationalComplaint, complaint: OutgoingComplaint) -> bool:
    tags = [part.strip() for part in found.tags.split(",")]
    if f"{REFERENCE_PREFIX}{complaint.uuid}" in tags:
        return True
    if any(tag.startswith(REFERENCE_PREFIX) for tag in tags):
        return False  # another complaint of a desk: its own reference says so
    return (
        found.title.strip() == complaint.title.strip()
        and found.content.strip() == complaint.description.strip()
    )


def find_between(
    walk: Walk,
    complaint: OutgoingComplaint,
    before: SentCreate | None,
    after: SentCreate | None,
    unknown_at: dt.datetime,
    taken: set[str],
) -> Finding:
    """Whether `complaint`'s create is on the national side, from its neighbours (see the
    module's docstring). `taken`: national ids of the desk's other acknowledged creates."""
    if before is None:
        return Finding(Verdict.CANNOT_TELL, reason="no create acknowledged before it left")
    bounded = after is not None and after.sent_at >= unknown_at + LATE_PROCESSING
    if after is not None and after.national_id <= before.national_id:
        return Finding(Verdict.CANNOT_TELL, reason="national ids not in order")
    last = after.national_id - 1 if bounded and after is not None else None
    reads = unread = 0
    ids = (
        range(before.national_id + 1, last + 1)
        if last is not None
        else itertools.count(before.national_id + 1)
    )
    for national_id in ids:
        if str(national_id) in taken:
            continue
        reads += 1
        if reads > MOST_IDS:
            if last is None:
                break
            return Finding(
                Verdict.CANNOT_TELL, reason=f"more than {MOST_IDS} ids between its neighbours"
            )
        try:
            found = walk.read(national_id)
        except Offline:
            raise
        except NotDelivered:
            unread += 1
            continue
        if found is None:
            if last is None:
                break  # past the newest complaint, as far as anyone can tell
            continue
        if is_ours(found, complaint):
            return Finding(Verdict.FOUND, str(national_id), reason="found between its neighbours")
    if last is None:
        return Finding(Verdict.CANNOT_TELL_YET, reason="no later neighbour yet")
    if unread:
        return Finding(Verdict.CANNOT_TELL_YET, reason=f"{unread} id(s) between not read")
    return Finding(Verdict.ABSENT, reason="every id between its neighbours read, none ours")
