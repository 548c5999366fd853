"""The follow-up of a complaint as an append-only history of events ("tindak lanjut").

The current status is never stored on its own authority: it is what replaying the events gives.
An event that does not fit the status it meets is refused with a reason; a correction is a new
event pointing at the one it corrects, never an edit.

The way through, after LAPOR!'s admin actions:
    Belum Terverifikasi -> Terverifikasi (verify) -> Didisposisikan (dispose to a unit)
        -> Dalam Proses -> Ditanggapi (the unit's answer) -> Selesai (closed, maybe rated)
    Belum Terverifikasi -> Ditunda (waiting for the complainant) -> back where it was
    Belum Terverifikasi -> Bukan Wewenang (forwarded) | Diarsipkan (archived, with a reason)
    Selesai / Diarsipkan / Bukan Wewenang -> reopened

Events from SP4N-LAPOR! (NATIONAL) carry the national status, mapped to ours. They move the
complaint only forward along the way above (never back over what the desk did itself), and the
clock reads them as the steps they imply (see `implied_kinds`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.domain.access import Permission
from desktop.domain.complaint import Status


class EventKind(StrEnum):
    VERIFIED = "verified"
    HELD = "held"  # a request for clarification to the complainant; the clock pauses
    RESUMED = "resumed"  # the complainant answered (or the wait ended)
    FORWARDED = "forwarded"  # Bukan Wewenang, to another institution
    ARCHIVED = "archived"
    DISPOSED = "disposed"  # to a unit, with instructions
    PROCESS_STARTED = "process_started"
    ANSWERED = "answered"  # the unit's answer: text (and attachments)
    CLOSED = "closed"
    REOPENED = "reopened"
    NOTE = "note"  # internal note
    CONTACT = "contact"  # call, visit, letter, message with the complainant, with its outcome
    LINKED = "linked"  # to a possible duplicate; the status does not change
    MERGED = "merged"  # a duplicate merged into another complaint: archived
    CORRECTION = "correction"  # corrects an earlier event's text; both stay
    NATIONAL = "national"  # from SP4N-LAPOR!: a national status change or follow-up


class ContactMethod(StrEnum):
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    MESSAGE = "message"


class Refusal(StrEnum):
    NOT_NOW = "not_now"  # the event does not fit the current status
    TEXT_REQUIRED = "text_required"
    UNIT_REQUIRED = "unit_required"
    INSTITUTION_REQUIRED = "institution_required"
    REASON_REQUIRED = "reason_required"
    NO_ANSWER_YET = "no_answer_yet"  # closing needs an answer first
    RATING_OUT_OF_RANGE = "rating_out_of_range"
    CONTACT_METHOD_REQUIRED = "contact_method_required"
    LINK_REQUIRED = "link_required"
    CORRECTED_EVENT_REQUIRED = "corrected_event_required"
    NO_SUCH_COMPLAINT = "no_such_complaint"  # the other complaint of a link or merge
    SAME_COMPLAINT = "same_complaint"  # a complaint is not its own duplicate
    TARGET_MERGED_AWAY = "target_merged_away"  # merge into the complaint it went into instead


class EventRefusedError(ValueError):
    def __init__(self, refusal: Refusal, kind: EventKind, status: Status) -> None:
        super().__init__(f"{kind} refused in {status}: {refusal}")
        self.refusal = refusal
        self.kind = kind
        self.status = status


@dataclass(frozen=True)
class FollowUpEvent:
    kind: EventKind
    at: dt.datetime
    text: str = ""
    unit_id: int | None = None  # DISPOSED: the unit (an institution of the desk's list)
    institution_id: int | None = None  # FORWARDED: the institution it goes to
    reason: str = ""  # ARCHIVED: why
    rating: int | None = None  # CLOSED: the complainant's rating, 1 to 5, when given
    contact_method: ContactMethod | None = None
    linked_complaint_id: int | None = None  # LINKED, MERGED
    corrects_event_id: int | None = None  # CORRECTION
    # NATIONAL: the status the national side reports, in our terms (None: a follow-up only, or
    # a national status code the desk's mapping table does not know).
    national_status: Status | None = None
    # Office mode: a change made on an outdated view that no longer fitted the status it met
    # in the office's order (another officer changed it first). Kept and shown, never applied.
    overtaken: bool = False


@dataclass(frozen=True)
class FollowUpState:
    status: Status = Status.BELUM_TERVERIFIKASI
    held_from: Status | None = None  # where a held complaint goes back to
    answered: bool = False  # an answer exists (closing needs one)
    merged_into: int | None = None  # the complaint it was merged into, until reopened


# Where each status-changing event may come from, and where it leads (None: back from hold).
_MOVES: dict[EventKind, tuple[frozenset[Status], Status | None]] = {
    EventKind.VERIFIED: (frozenset({Status.BELUM_TERVERIFIKASI}), Status.TERVERIFIKASI),
    EventKind.HELD: (
        frozenset(
            {
                Status.BELUM_TERVERIFIKASI,
                Status.TERVERIFIKASI,
                Status.DIDISPOSISIKAN,
                Status.DALAM_PROSES,
            }
        ),
        Status.DITUNDA,
    ),
    EventKind.RESUMED: (frozenset({Status.DITUNDA}), None),
    EventKind.FORWARDED: (
        frozenset({Status.BELUM_TERVERIFIKASI, Status.DITUNDA}),
        Status.BUKAN_WEWENANG,
    ),
    EventKind.ARCHIVED: (
        frozenset({Status.BELUM_TERVERIFIKASI, Status.DITUNDA}),
        Status.DIARSIPKAN,
    ),
    EventKind.MERGED: (
        frozenset({Status.BELUM_TERVERIFIKASI, Status.DITUNDA, Status.TERVERIFIKASI}),
        Status.DIARSIPKAN,
    ),
    EventKind.DISPOSED: (frozenset({Status.TERVERIFIKASI}), Status.DIDISPOSISIKAN),
    EventKind.PROCESS_STARTED: (frozenset({Status.DIDISPOSISIKAN}), Status.DALAM_PROSES),
    EventKind.ANSWERED: (
        frozenset({Status.DIDISPOSISIKAN, Status.DALAM_PROSES, Status.DITANGGAPI}),
        Status.DITANGGAPI,
    ),
    EventKind.CLOSED: (frozenset({Status.DITANGGAPI}), Status.SELESAI),
    EventKind.REOPENED: (
        frozenset({Status.SELESAI, Status.DIARSIPKAN, Status.BUKAN_WEWENANG}),
        None,
    ),
}

# Events that leave the status as it is, and where they may be added.
_OPEN = frozenset(Status) - {Status.SELESAI, Status.DIARSIPKAN, Status.BUKAN_WEWENANG}
_ANYWHERE = frozenset(Status)
_STAYS: dict[EventKind, frozenset[Status]] = {
    EventKind.NOTE: _ANYWHERE,
    EventKind.CORRECTION: _ANYWHERE,
    EventKind.CONTACT: _OPEN,
    EventKind.LINKED: _ANYWHERE,
}

# The role check's place: who may add which event (accounts issue, `desktop.domain.access`).
REQUIRED_PERMISSION: dict[EventKind, Permission] = {
    kind: Permission.FOLLOW_UP for kind in EventKind
} | {EventKind.NOTE: Permission.VIEW_COMPLAINTS, EventKind.CONTACT: Permission.VIEW_COMPLAINTS}


def allowed_kinds(state: FollowUpState) -> list[EventKind]:
    """The events the current status allows, in the order the interface offers them (national
    events come from synchronisation only)."""
    return [kind for kind in EventKind if kind is not EventKind.NATIONAL and _fits(kind, state)]


# How far along the way each status is, for national events: they only ever move forward.
_PROGRESS: dict[Status, int] = {
    Status.BELUM_TERVERIFIKASI: 0,
    Status.DITUNDA: 0,
    Status.TERVERIFIKASI: 1,
    Status.DIDISPOSISIKAN: 2,
    Status.DALAM_PROSES: 3,
    Status.DITANGGAPI: 4,
    Status.SELESAI: 5,
    Status.BUKAN_WEWENANG: 5,
    Status.DIARSIPKAN: 5,
}
# The local steps a national status implies, for the clock: "Dalam Proses" on the national side
# means it was verified and disposed there too.
_IMPLIED: dict[Status, frozenset[EventKind]] = {
    Status.TERVERIFIKASI: frozenset({EventKind.VERIFIED}),
    Status.DIDISPOSISIKAN: frozenset({EventKind.VERIFIED, EventKind.DISPOSED}),
    Status.DALAM_PROSES: frozenset(
        {EventKind.VERIFIED, EventKind.DISPOSED, EventKind.PROCESS_STARTED}
    ),
    Status.DITANGGAPI: frozenset(
        {EventKind.VERIFIED, EventKind.DISPOSED, EventKind.PROCESS_STARTED, EventKind.ANSWERED}
    ),
    Status.SELESAI: frozenset(
        {
            EventKind.VERIFIED,
            EventKind.DISPOSED,
            EventKind.PROCESS_STARTED,
            EventKind.ANSWERED,
            EventKind.CLOSED,
        }
    ),
    Status.BUKAN_WEWENANG: frozenset({EventKind.FORWARDED}),
    Status.DIARSIPKAN: frozenset({EventKind.ARCHIVED}),
}


def national_move(status: Status, national: Status | None) -> Status | None:
    """Where a national status takes a complaint now at `status`; None when it stays (the
    national side is behind the desk, or the status is unknown). A closed, archived or
    forwarded complaint stays so: reopening is the desk's decision."""
    if national is None or _PROGRESS[status] >= 5:
        return None
    return national if _PROGRESS[national] > _PROGRESS[status] else None


def implied_kinds(event: FollowUpEvent) -> frozenset[EventKind]:
    """The steps an event counts as for the clock: itself, or for a national status change,
    the local steps that status implies. An overtaken event counts as none."""
    if event.overtaken:
        return frozenset()
    if event.kind is EventKind.NATIONAL:
        return (
            _IMPLIED.get(event.national_status, frozenset())
            if event.national_status
            else frozenset()
        )
    return frozenset({event.kind})


# A decision taken while on hold is judged by where the complaint was when it was held: one
# already with a unit cannot be archived or forwarded by way of a question to the complainant.
_DECIDED_BEFORE_WORK = {EventKind.FORWARDED, EventKind.ARCHIVED, EventKind.MERGED}


def _fits(kind: EventKind, state: FollowUpState) -> bool:
    if kind is EventKind.NATIONAL:
        return True  # the national side's news is recorded whatever the desk did
    if kind in _STAYS:
        return state.status in _STAYS[kind]
    sources, _target = _MOVES[kind]
    if state.status is Status.DITUNDA and kind in _DECIDED_BEFORE_WORK:
        held_from = state.held_from or Status.BELUM_TERVERIFIKASI
        return held_from in sources - {Status.DITUNDA}
    return state.status in sources


def _required_field(event: FollowUpEvent, state: FollowUpState) -> Refusal | None:
    kind = event.kind
    text_needed = {EventKind.NOTE, EventKind.ANSWERED, EventKind.HELD, EventKind.CORRECTION}
    if kind in text_needed and not event.text.strip():
        return Refusal.TEXT_REQUIRED
    if kind is EventKind.DISPOSED and event.unit_id is None:
        return Refusal.UNIT_REQUIRED
    if kind is EventKind.FORWARDED and event.institution_id is None:
        return Refusal.INSTITUTION_REQUIRED
    if kind is EventKind.ARCHIVED and not event.reason.strip():
        return Refusal.REASON_REQUIRED
    if kind is EventKind.CONTACT and event.contact_method is None:
        return Refusal.CONTACT_METHOD_REQUIRED
    if kind is EventKind.CONTACT and not event.text.strip():
        return Refusal.TEXT_REQUIRED  # the outcome of the call or visit
    if kind in (EventKind.LINKED, EventKind.MERGED) and event.linked_complaint_id is None:
        return Refusal.LINK_REQUIRED
    if kind is EventKind.CORRECTION and event.corrects_event_id is None:
        return Refusal.CORRECTED_EVENT_REQUIRED
    if kind is EventKind.CLOSED:
        if not state.answered:
            return Refusal.NO_ANSWER_YET
        if event.rating is not None and not 1 <= event.rating <= 5:
            return Refusal.RATING_OUT_OF_RANGE
    return None


def apply(state: FollowUpState, event: FollowUpEvent) -> FollowUpState:
    """The state after `event`; EventRefusedError says why when it does not fit. An
    overtaken event leaves the state as it is."""
    if event.overtaken:
        return state
    if not _fits(event.kind, state):
        raise EventRefusedError(Refusal.NOT_NOW, event.kind, state.status)
    missing = _required_field(event, state)
    if missing is not None:
        raise EventRefusedError(missing, event.kind, state.status)
    if event.kind in _STAYS:
        return state
    if event.kind is EventKind.NATIONAL:
        moved = national_move(state.status, event.national_status)
        if moved is None:
            return state
        answered = state.answered or _PROGRESS[moved] >= _PROGRESS[Status.DITANGGAPI]
        return replace(state, status=moved, answered=answered, held_from=None)
    _sources, target = _MOVES[event.kind]
    if event.kind is EventKind.HELD:
        return replace(state, status=Status.DITUNDA, held_from=state.status)
    if event.kind is EventKind.RESUMED:
        return replace(state, status=state.held_from or Status.BELUM_TERVERIFIKASI, held_from=None)
    if event.kind is EventKind.REOPENED:
        back = Status.DALAM_PROSES if state.status is Status.SELESAI else Status.BELUM_TERVERIFIKASI
        return replace(state, status=back, merged_into=None)
    assert target is not None
    answered = state.answered or event.kind is EventKind.ANSWERED
    merged_into = event.linked_complaint_id if event.kind is EventKind.MERGED else None
    return replace(state, status=target, answered=answered, held_from=None, merged_into=merged_into)


def link_refusal(
    kind: EventKind, complaint_id: int, other_id: int, other: FollowUpState | None
) -> Refusal | None:
    """Why `complaint_id` may not be linked to (or merged into) `other_id`, whose follow-up
    state is `other` (None: there is no such complaint); None when it may.

    Merging into a complaint that was itself merged away would leave the duplicates pointing
    at an archived one (and two complaints merged into each other would both be archived).
    """
    if other is None:
        return Refusal.NO_SUCH_COMPLAINT
    if other_id == complaint_id:
        return Refusal.SAME_COMPLAINT
    if kind is EventKind.MERGED and other.merged_into is not None:
        return Refusal.TARGET_MERGED_AWAY
    return None


def settle(events: Iterable[FollowUpEvent]) -> list[bool]:
    """Office mode: which events of a history in the office's order are overtaken (True), each
    judged against the state the events before it lead to. The first change to reach the
    server wins; a later one that no longer fits is kept, marked."""
    state = FollowUpState()
    marks: list[bool] = []
    for event in events:
        try:
            state = apply(state, replace(event, overtaken=False))
        except EventRefusedError:
            marks.append(True)
        else:
            marks.append(False)
    return marks


def replay(events: Iterable[FollowUpEvent]) -> FollowUpState:
    """The state a history leads to (events in the order they were added)."""
    state = FollowUpState()
    for event in events:
        state = apply(state, event)
    return state


def standing(events: Iterable[FollowUpEvent]) -> list[FollowUpEvent]:
    """The events that count (for the clock, the unit, the reports): all but the overtaken."""
    return [event for event in events if not event.overtaken]


def current_unit(events: Iterable[FollowUpEvent]) -> int | None:
    """The unit the complaint is disposed to now: the last disposition's."""
    unit = None
    for event in standing(events):
        if event.kind is EventKind.DISPOSED:
            unit = event.unit_id
    return unit


@dataclass(frozen=True)
class RecordedEvent:
    """An event as the timeline shows it: who added it, and its number in the history; in an
    office, the code of the desk it was made at ("" when not known)."""

    id: int
    actor: str
    event: FollowUpEvent
    desk_code: str = ""
