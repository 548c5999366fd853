"""The boundary between the sync engine and a national (or regional) complaint API.

The engine speaks only these types: an adapter (`sync.lapor` for SP4N-LAPOR! v3) turns them
into requests and turns every way a request can end into one of the failures below. Another
API is added by writing another adapter; the engine does not change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from desktop.domain.outbox import OutgoingComplaint, OutgoingFollowUp, SyncProblem


class SendFailure(Exception):
    """A request that did not end in an acknowledgement. `detail` is the server's own reason
    or the network error's name, never our data."""

    def __init__(self, problem: SyncProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class NotDelivered(SendFailure):
    """The request surely had no effect (no connection, a reset while it was written, 429, 503,
    a captive portal's page): send again after a wait, by itself."""

    def __init__(
        self, problem: SyncProblem, detail: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(problem, detail)
        self.retry_after = retry_after


class Offline(NotDelivered):
    """No connection to the national system at all: the round stops."""


class OutcomeUnknown(SendFailure):
    """The request may have had its effect (a timeout, a reset, an answer we cannot read):
    never sent again before reconciliation says it did not."""


class Refused(SendFailure):
    """The national side refused the item for good (a 4xx), or it cannot be sent as it is (a
    missing mapping, an attachment too large): quarantined, the queue goes on."""


class NotOffered(Refused):
    """A 404 or 405: the path is not there. For an optional call (the look-up by reference, a
    master list) it means this deployment does not offer it (`sync.capabilities` remembers
    that); for any other call it is a refusal like another 4xx."""


class CredentialsRefused(SendFailure):
    """The key or token was refused (401/403). The request had no effect; the engine tries
    once more after a pause, and two refusals in a row stop the round."""


@dataclass(frozen=True)
class UploadFile:
    name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class NationalLogEntry:
    code: str
    name: str
    at: dt.datetime


@dataclass(frozen=True)
class NationalStatus:
    code: str
    name: str
    disposition_name: str
    log: list[NationalLogEntry] = field(default_factory=list)


@dataclass(frozen=True)
class NationalFollowUp:
    id: str
    content: str
    at: dt.datetime
    author: str  # "instansi", "pelapor", "admin" (ours, posted by a desk)


@dataclass(frozen=True)
class NationalComplaint:
    """What a complaint on the national side says about where it came from: enough to tell
    whether it is one of ours (`sync.neighbours`)."""

    id: str
    title: str
    content: str
    tags: str


@dataclass(frozen=True)
class Masters:
    institutions: dict[str, str]  # name -> national id
    categories: dict[str, str] | None  # name -> national id; None where the API has no list
    templates: list[tuple[str, str]]  # (name, content)


# kind -> local key -> national value (see `desktop.store.national.mapping`).
IdMapping = Mapping[str, Mapping[str, str]]


class NationalApi(Protocol):
    """What the engine needs of a national complaint API."""

    # Whether `find_complaint` can look a complaint up by our own reference: without it, an
    # unknown outcome waits for a verifier to confirm or approve sending again.
    finds_by_reference: bool

    def probe(self) -> None:
        """A cheap authenticated call: returns when the API answers properly."""

    def upload(self, file: UploadFile) -> str:
        """The national document id of an uploaded attachment."""

    def create(
        self, complaint: OutgoingComplaint, attachment_ids: list[str], mapping: IdMapping
    ) -> str:
        """The national tracking id of the complaint created."""

    def add_follow_up(self, follow_up: OutgoingFollowUp) -> str:
        """The national id of the follow-up posted."""

    def forward(self, follow_up: OutgoingFollowUp, mapping: IdMapping) -> None:
        """Forward as not our authority ("Bukan Wewenang") to the follow-up's institution."""

    def status(self, national_id: str) -> NationalStatus: ...

    def follow_ups(self, national_id: str) -> list[NationalFollowUp]:
        """Oldest first."""

    def find_complaint(self, complaint: OutgoingComplaint) -> str | None:
        """The national id of the complaint created from ours, if there is one."""

    def complaint(self, national_id: str) -> NationalComplaint | None:
        """The complaint with that national id; None when the national side has none that this
        desk may read (a 4xx). A failure to get an answer raises `NotDelivered`."""

    def masters(self) -> Masters: ...
