"""Finding a create of unknown outcome without a look-up by reference: between its neighbours.

LAPOR! numbers complaints in the order it creates them. The create acknowledged just before our
request left (its answer had come) has a smaller id than ours would have; one whose request left
well after ours ended has a larger one. So if ours was created, it is among the ids between
those two neighbours, and a bounded walk over them tells:

- an id there whose complaint carries our reference (the `meja-aduan:<uuid>` tag), or our
  exact title and description and is not one of our other complaints: **found**, it is ours;
- every id there read (a complaint that is not ours, or none this desk may read: ours would be
  readable by us) and none is ours: **surely absent**, it may go again;
- anything less (no neighbour on one side yet, too many ids between, an answer that could not
  be read): **cannot tell**. Never absent without that complete evidence.

The walk reads each id once per round, whatever number of items share it (`Walk`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.outbox import OutgoingComplaint
from desktop.store.outbox import SentCreate
from sync.api import NationalApi, NationalComplaint, NotDelivered, Offline

# At most this many ids are read for one item: a walk over a busy national side's id range
# (many agencies creating at once) would be long and is left to a person.
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


@dataclass
class Walk:
    """The national complaints read during one round: id -> complaint (None: none readable)."""

    api: NationalApi
    seen: dict[int, NationalComplaint | None] = field(default_factory=dict)

    def read(self, national_id: int) -> NationalComplaint | None:
        if national_id not in self.seen:
            self.seen[national_id] = self.api.complaint(str(national_id))
        return self.seen[national_id]


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
        return Finding(Verdict.CANNOT_TELL)
    bounded = after is not None and after.sent_at >= unknown_at + LATE_PROCESSING
    if after is not None and after.national_id <= before.national_id:
        return Finding(Verdict.CANNOT_TELL)  # the ids are not in order here
    last = after.national_id - 1 if bounded and after is not None else None
    end = last if last is not None else before.national_id + MOST_IDS
    end = min(end, before.national_id + MOST_IDS)
    complete = True
    for national_id in range(before.national_id + 1, end + 1):
        if str(national_id) in taken:
            continue
        try:
            found = walk.read(national_id)
        except Offline:
            raise
        except NotDelivered:
            complete = False
            continue
        if found is None:
            if last is None:
                break  # past the newest complaint, as far as anyone can tell
            continue
        if is_ours(found, complaint):
            return Finding(Verdict.FOUND, str(national_id))
    if last is None:
        return Finding(Verdict.CANNOT_TELL_YET)
    if last - before.national_id > MOST_IDS:
        return Finding(Verdict.CANNOT_TELL)
    return Finding(Verdict.ABSENT if complete else Verdict.CANNOT_TELL_YET)
