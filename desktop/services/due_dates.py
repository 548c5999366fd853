"""The follow-up facts lists filter on, kept in the complaint row: status, current unit and each
open step's due date.

They are derived from the history whenever an event is added (same transaction), and recomputed
for every complaint when the rules behind them change (the deadline table, the working-day
calendar, a new `holidays` release): the rules' fingerprint is stored with the dates, and a desk
whose fingerprint differs recomputes in the background, in chunks of one transaction each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import holidays

from desktop.domain.complaint import ComplaintType
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.sla import DeadlineTable, DerivedFacts, WorkingCalendar, derive_facts
from desktop.services.settings import DeskSettingsStore, working_calendar
from desktop.services.values import DeskSettings
from desktop.store import complaints, follow_up, reference
from desktop.store.database import Database

FINGERPRINT_KEY = "sla.due_dates_fingerprint"
CHUNK = 2_000


@dataclass(frozen=True)
class SlaRules:
    """The working-day calendar and the deadline table a desk's due dates follow."""

    calendar: WorkingCalendar
    table: DeadlineTable

    @classmethod
    def of(cls, settings: DeskSettings, first: dt.date, last: dt.date) -> SlaRules:
        # Two years past the last day: deadlines after a long hold stay on the desk's calendar.
        return cls(
            working_calendar(settings, first, last + dt.timedelta(days=730)), DeadlineTable()
        )

    def derive(
        self,
        received_at: dt.datetime,
        kind: ComplaintType,
        supervisory: bool,
        history: Sequence[FollowUpEvent],
    ) -> DerivedFacts:
        return derive_facts(received_at, kind, supervisory, history, self.calendar, self.table)


def fingerprint(settings: DeskSettings) -> str:
    """Changes whenever something that moves a due date changes."""
    rules = {
        "table": asdict(DeadlineTable()),
        "cuti_bersama": settings.cuti_bersama_stops_clock,
        "days_off": sorted(d.isoformat() for d in settings.extra_days_off),
        "holidays": holidays.__version__,
    }
    return hashlib.sha256(json.dumps(rules, sort_keys=True).encode()).hexdigest()


class DueDateKeeper:
    def __init__(
        self,
        database: Database,
        settings: DeskSettingsStore,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._settings = settings
        self._clock = clock

    def rules_for(self, received_at: dt.datetime) -> SlaRules:
        """The rules for one complaint's dates (a new one, or one whose history grew)."""
        today = self._clock().astimezone().date()
        return SlaRules.of(self._settings.load(), received_at.astimezone().date(), today)

    def is_current(self) -> bool:
        """Whether the stored due dates follow today's rules."""
        settings = self._settings.load()
        with self._database.reading() as session:
            stored = reference.settings(session).get(FINGERPRINT_KEY)
        return stored == fingerprint(settings)

    def recompute(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Derive every complaint's facts again; returns how many. Chunks commit one by one, so
        the lists stay usable meanwhile and a crash only leaves this to run again (the
        fingerprint is written last)."""
        settings = self._settings.load()
        with self._database.reading() as session:
            ids = complaints.all_ids(session)
            first_day = complaints.earliest_received(session)
        if first_day is None:
            self._store_fingerprint(settings)
            return 0
        rules = SlaRules.of(settings, first_day, self._clock().astimezone().date())
        for done in range(0, len(ids), CHUNK):
            chunk = ids[done : done + CHUNK]
            with self._database.writing() as session:
                facts = complaints.sla_facts_of(session, chunk)
                histories = follow_up.histories_of(session, chunk)
                follow_up.set_derived_many(
                    session,
                    [
                        (
                            complaint_id,
                            rules.derive(
                                received, kind, supervisory, histories.get(complaint_id, [])
                            ),
                        )
                        for complaint_id, (received, kind, supervisory) in facts.items()
                    ],
                )
            if progress:
                progress(done + len(chunk), len(ids))
        self._store_fingerprint(settings)
        return len(ids)

    def _store_fingerprint(self, settings: DeskSettings) -> None:
        with self._database.writing() as session:
            reference.save_settings(session, {FINGERPRINT_KEY: fingerprint(settings)})
