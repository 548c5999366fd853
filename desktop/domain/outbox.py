"""What the desk owes the national system: outbox items, their states, and what goes out.

An item is written in the same transaction as the change it carries (a new complaint, its
attachments, a follow-up to post, a forward), so nothing recorded is ever left out of it.

States:
    PENDING -> SENDING (committed before the request goes out) -> ACKNOWLEDGED
    SENDING -> PENDING (the request surely did not arrive: offline, 429, 503; with a back-off)
    SENDING -> UNKNOWN (it may have arrived: a timeout, a reset, a body we cannot read)
        UNKNOWN -> ACKNOWLEDGED (found on the national side) or PENDING (surely not there)
    SENDING -> QUARANTINED (the national side refused it for good, with its reason)
Items of one complaint go in order: attachments, then the create naming them, then follow-ups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import EventKind, FollowUpEvent


class OutboxKind(StrEnum):
    ATTACHMENT = "attachment"
    CREATE = "create"
    FOLLOW_UP = "follow_up"
    FORWARD = "forward"


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    ACKNOWLEDGED = "acknowledged"
    UNKNOWN = "unknown"  # outcome unknown: reconciled before anything is sent again
    QUARANTINED = "quarantined"


# States an item is still owed in (the queue).
OWED = frozenset({OutboxState.PENDING, OutboxState.SENDING, OutboxState.UNKNOWN})


class SyncProblem(StrEnum):
    """Why an item waits or was quarantined; the interface words each one."""

    OFFLINE = "offline"
    SERVER_ERROR = "server_error"  # 5xx
    RATE_LIMITED = "rate_limited"  # 429
    NOT_JSON = "not_json"  # a captive portal's or proxy's page instead of the API's answer
    MALFORMED = "malformed"  # JSON without what an answer must carry
    NO_ANSWER = "no_answer"  # a timeout or reset after the request went out
    NOT_SENT = "not_sent"  # the connection broke while the request was being written
    REFUSED = "refused"  # a 4xx: the national side's reason is in the detail
    MAPPING_MISSING = "mapping_missing"  # the detail names the kind and the local value
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    ATTACHMENT_UNREADABLE = "attachment_unreadable"
    AUTH = "auth"  # key or token refused
    INTERRUPTED = "interrupted"  # the sending process stopped mid-request
    # Owed in an office register restored from a backup: it may have been sent after the
    # backup was made, so it is looked for on LAPOR! before anything is sent again.
    RESTORED = "restored"
    BY_OFFICER = "by_officer"  # quarantined by a verifier
    ERASED = "erased"  # the complainant's data was erased before it was sent
    # An item of unknown outcome the desk cannot settle by itself (no look-up by reference,
    # no other sound evidence): a person looks for it on the LAPOR! site.
    CHECK_ON_LAPOR = "check_on_lapor"
    # An anonymous report whose title or description seems to hold a NIK, phone or e-mail
    # (the detail names which): a person sends it anyway or edits it first.
    PERSONAL_DATA = "personal_data"


class WhoActs(StrEnum):
    """Who moves a waiting item on: the desk by itself (a later round) or a person."""

    DESK = "desk"
    PERSON = "person"


def who_acts(state: OutboxState, problem: SyncProblem | None) -> WhoActs:
    """Whether a waiting item goes on by itself. Pending items are sent again after their
    back-off; an unknown outcome is looked up by the next round unless the desk already found
    it cannot tell (CHECK_ON_LAPOR); a quarantined item waits for a person, always."""
    if state is OutboxState.QUARANTINED:
        return WhoActs.PERSON
    if state is OutboxState.UNKNOWN and problem is SyncProblem.CHECK_ON_LAPOR:
        return WhoActs.PERSON
    return WhoActs.DESK


def outbox_kind_for(event: FollowUpEvent) -> OutboxKind | None:
    """Which events reach the national system: what the complainant must see there (the
    answer, a request for clarification, a correction of either) and a forward. Internal
    notes, contacts and the desk's own steps stay local."""
    if event.kind in (EventKind.ANSWERED, EventKind.HELD, EventKind.CORRECTION):
        return OutboxKind.FOLLOW_UP
    if event.kind is EventKind.FORWARDED:
        return OutboxKind.FORWARD
    return None


@dataclass(frozen=True)
class OutboxEntry:
    """An item as the engine and the status area see it."""

    id: int
    complaint_id: int
    local_number: str
    kind: OutboxKind
    state: OutboxState
    attempts: int
    problem: SyncProblem | None
    detail: str
    updated_at: dt.datetime
    attachment_id: int | None = None
    event_id: int | None = None
    remote_id: str | None = None
    # When its last request left: kept while the outcome is unknown (and once acknowledged),
    # it is when LAPOR! may have received it.
    sent_at: dt.datetime | None = None

    @property
    def who_acts(self) -> WhoActs:
        return who_acts(self.state, self.problem)


@dataclass(frozen=True)
class OutgoingComplaint:
    """A complaint as it goes out: only what the national system needs (no NIK, name, phone
    or address: the national create has no place for them and the text must not carry them)."""

    complaint_id: int
    uuid: str
    local_number: str
    title: str
    description: str
    channel: Channel
    type: ComplaintType
    category_id: int | None
    category_name: str
    institution_id: int | None
    institution_name: str
    region_code: str | None
    incident_date: dt.date | None
    is_anonymous: bool
    is_secret: bool
    anonymised: bool


@dataclass(frozen=True)
class OutgoingFollowUp:
    complaint_id: int
    national_id: str
    kind: EventKind
    text: str
    is_secret: bool
    institution_id: int | None = None  # a forward's institution
    institution_name: str = ""
