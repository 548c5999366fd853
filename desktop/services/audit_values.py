"""Values the audit trail hands to the interface: what to show, and how it was filtered.

Cheap to import (no SQLAlchemy), so the audit dialog can be built before any query runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# Enough for any question an admin asks on screen; the CSV export has no cap.
MAX_AUDIT_LINES = 5_000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list. Empty values mean "any"; dates are desk-local and inclusive."""

    actor: str = ""
    actions: frozenset[str] = frozenset()
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = MAX_AUDIT_LINES


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as shown. `at` is an aware datetime (UTC); the interface makes it local."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class AuditLines:
    """Entries newest first; `more` says the filter matched more than `AuditFilter.limit`."""

    lines: tuple[AuditLine, ...]
    more: bool


@dataclass(frozen=True)
class ChainResult:
    """The outcome of checking the hash chain.

    `entries` counts the entries checked: all of them when the chain is intact, those up to and
    including the first broken one otherwise.
    """

    entries: int
    first_broken_id: int | None
    head_hash: str = ""
    behind_record: bool = False  # shorter than (or different from) a recorded count and head
    # The register against the chain's seals (desktop.store.register_seal): local numbers of
    # complaints not as their last entry recorded them, or that no entry accounts for, and how
    # many sealed complaints are gone. `complaints` counts those checked.
    complaints: int = 0
    changed: tuple[str, ...] = ()
    unaccounted: tuple[str, ...] = ()
    removed: int = 0
    # The issued reports against the entries that issued them (desktop.store.report_register):
    # ids of those changed, added or removed around the desk. `reports` counts those checked.
    reports: int = 0
    reports_not_as_issued: tuple[int, ...] = ()

    @property
    def chain_intact(self) -> bool:
        return self.first_broken_id is None and not self.behind_record

    @property
    def register_whole(self) -> bool:
        return not (self.changed or self.unaccounted or self.removed)

    @property
    def reports_whole(self) -> bool:
        return not self.reports_not_as_issued

    @property
    def intact(self) -> bool:
        return self.chain_intact and self.register_whole and self.reports_whole
