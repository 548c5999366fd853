"""What a complaint's history says for the reports, as it stood at any cut-off moment.

A report needs, per complaint: its status (hence its LAPOR! status group), whether it was merged
away, the unit it is disposed to, when the verifier decided, when it was first disposed, first
followed up and first closed, its holds, its reopenings and its closures with their ratings.
Replaying a year's million events at every report is too slow (docs/benchmarks.md), so each
complaint keeps a *journal*: one entry per such fact, in the order its events were added, each
with the moment of the event that made it. It is derived from the history whenever an event is
added (same transaction, see `desktop.store.report_facts`).

Every entry depends only on the events up to its own, so the journal's entries at or before a
cut-off are exactly the journal of the history at that cut-off: the figures for a period and a
cut-off come out the same however much happens later.

Storage form: entries joined by ";", each "micros,code[,value]" where micros are microseconds
since the Unix epoch (UTC) and the code is
- a lower-case letter: the status changed to that status (`_STATUS_LETTERS`); a closure by the
  desk carries the complainant's rating as its value when one was given;
- V / D / F / C: the clock's steps, first time only (the verifier's decision, the first
  disposition, the first follow-up, the first closure; a national status counts as the local
  steps it implies, as the SLA clock reads it, `desktop.domain.sla`);
- H / E: a hold starts / ends (as the SLA clock pauses);
- U: disposed to the unit in the value;  M: merged into the complaint in the value;
- O: reopened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain.complaint import Status
from desktop.domain.follow_up import (
    EventKind,
    FollowUpEvent,
    FollowUpState,
    apply,
    implied_kinds,
    standing,
)

# Fixed letters, never reused: stored journals must read the same after a status is added.
_STATUS_LETTERS: dict[Status, str] = {
    Status.BELUM_TERVERIFIKASI: "b",
    Status.TERVERIFIKASI: "v",
    Status.DITUNDA: "t",
    Status.BUKAN_WEWENANG: "w",
    Status.DIARSIPKAN: "a",
    Status.DIDISPOSISIKAN: "d",
    Status.DALAM_PROSES: "p",
    Status.DITANGGAPI: "j",
    Status.SELESAI: "s",
}
_LETTER_STATUS = {letter: status for status, letter in _STATUS_LETTERS.items()}

DECIDED, DISPOSED, FOLLOWED_UP, FIRST_CLOSED = "V", "D", "F", "C"
HOLD, HOLD_ENDS, UNIT, MERGED, REOPENED = "H", "E", "U", "M", "O"

# The verifier's decision ends the verification step (as `sla` counts it).
_DECISIONS = frozenset(
    {EventKind.VERIFIED, EventKind.FORWARDED, EventKind.ARCHIVED, EventKind.MERGED}
)
_STEP_MARKS: tuple[tuple[str, frozenset[EventKind]], ...] = (
    (DECIDED, _DECISIONS),
    (DISPOSED, frozenset({EventKind.DISPOSED})),
    (FOLLOWED_UP, frozenset({EventKind.PROCESS_STARTED, EventKind.ANSWERED})),
    (FIRST_CLOSED, frozenset({EventKind.CLOSED})),
)
_HOLD_ENDERS = frozenset(
    {EventKind.RESUMED, EventKind.FORWARDED, EventKind.ARCHIVED, EventKind.MERGED}
)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICRO = dt.timedelta(microseconds=1)


def micros(moment: dt.datetime) -> int:
    """An aware moment as whole microseconds since the epoch (exact, unlike a float)."""
    return (moment - _EPOCH) // _MICRO


def moment_of(value: int) -> dt.datetime:
    return _EPOCH + dt.timedelta(microseconds=value)


def journal_of(history: Sequence[FollowUpEvent]) -> str:
    """The journal of a history (oldest event first), in its storage form."""
    entries: list[str] = []
    state = FollowUpState()
    marked: set[str] = set()
    holding = False
    for event in standing(history):
        before, state = state, apply(state, event)
        at = str(micros(event.at))
        implied = implied_kinds(event)
        for mark, kinds in _STEP_MARKS:
            if mark not in marked and implied & kinds:
                marked.add(mark)
                entries.append(f"{at},{mark}")
        if event.kind is EventKind.HELD and not holding:
            holding = True
            entries.append(f"{at},{HOLD}")
        elif holding and (
            event.kind in _HOLD_ENDERS or (event.kind is EventKind.NATIONAL and bool(implied))
        ):
            holding = False
            entries.append(f"{at},{HOLD_ENDS}")
        if event.kind is EventKind.DISPOSED and event.unit_id is not None:
            entries.append(f"{at},{UNIT},{event.unit_id}")
        if event.kind is EventKind.MERGED and event.linked_complaint_id is not None:
            entries.append(f"{at},{MERGED},{event.linked_complaint_id}")
        if event.kind is EventKind.REOPENED:
            entries.append(f"{at},{REOPENED}")
        if state.status is not before.status:
            letter = _STATUS_LETTERS[state.status]
            rated = event.kind is EventKind.CLOSED and event.rating is not None
            entries.append(f"{at},{letter},{event.rating}" if rated else f"{at},{letter}")
    return ";".join(entries)


@dataclass
class Standing:
    """How a complaint stood at a cut-off, from its journal; moments in epoch microseconds."""

    status: Status = Status.BELUM_TERVERIFIKASI
    merged_into: int | None = None
    unit_id: int | None = None
    reopenings: int = 0
    decided: int | None = None
    disposed: int | None = None
    followed_up: int | None = None
    first_closed: int | None = None
    # (start, end) of each hold; end None while still held at the cut-off.
    holds: list[tuple[int, int | None]] = field(default_factory=list)
    # Each status change, in order: (moment, status).
    changes: list[tuple[int, Status]] = field(default_factory=list)
    # Each closure: (moment, the rating given with it or None).
    closures: list[tuple[int, int | None]] = field(default_factory=list)


def standing_at(journal: str, cut_off: int) -> Standing:
    """What `journal` says at `cut_off` (epoch microseconds): only entries at or before it."""
    standing = Standing()
    if not journal:
        return standing
    statuses = _LETTER_STATUS
    for entry in journal.split(";"):
        moment, _, rest = entry.partition(",")
        at = int(moment)
        if at > cut_off:
            continue
        code = rest[0]  # every code is one letter, its value (if any) after a comma
        status = statuses.get(code)
        if status is not None:
            standing.status = status
            standing.changes.append((at, status))
            if status is Status.SELESAI:
                standing.closures.append((at, int(rest[2:]) if len(rest) > 2 else None))
            if status is not Status.DIARSIPKAN:
                standing.merged_into = None
        elif code == DECIDED:
            standing.decided = at
        elif code == DISPOSED:
            standing.disposed = at
        elif code == FOLLOWED_UP:
            standing.followed_up = at
        elif code == FIRST_CLOSED:
            standing.first_closed = at
        elif code == UNIT:
            standing.unit_id = int(rest[2:])
        elif code == HOLD:
            standing.holds.append((at, None))
        elif code == HOLD_ENDS and standing.holds:
            standing.holds[-1] = (standing.holds[-1][0], at)
        elif code == MERGED:
            standing.merged_into = int(rest[2:])
        elif code == REOPENED:
            standing.reopenings += 1
    return standing


def last_event_moment(history: Sequence[FollowUpEvent]) -> dt.datetime | None:
    return max((e.at for e in history), default=None)


def closure_moments(journal: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The first and the last closure in a journal (the flow figures find complaints closed in a
    period by them), or None when it was never closed."""
    closed = [
        int(entry.split(",", 1)[0])
        for entry in journal.split(";")
        if entry and entry.split(",")[1] == _STATUS_LETTERS[Status.SELESAI]
    ]
    if not closed:
        return None
    return moment_of(min(closed)), moment_of(max(closed))
