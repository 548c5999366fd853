"""The follow-up facts lists filter on, kept in the complaint row: status, current unit and each
open step's due date; and the reports' settled rows, which follow the same rules.

They are derived from the history whenever an event is added (same transaction), and recomputed
for every complaint when the rules behind them change (the deadline table, the working-day
calendar, a new `holidays` release): the rules' fingerprint is stored with the dates, and a desk
whose fingerprint differs recomputes in the background, in chunks of one transaction each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

from desktop.services.settings import DeskDeadlines, DeskSettingsStore, sla_fingerprint
from desktop.services.values import DeskSettings
from desktop.store import complaints, follow_up, reference, report_facts
from desktop.store.database import Database

# The rules for complaints by when each was received (settings read once for many complaints).
RulesSource = Callable[[dt.datetime], DeskDeadlines]

FINGERPRINT_KEY = "sla.due_dates_fingerprint"
CHUNK = 2_000


def rules_between(settings: DeskSettings, first: dt.date, last: dt.date) -> DeskDeadlines:
    """The desk's rules for complaints received from `first` and followed up to `last`: the
    calendar reaches two years past `last`, so deadlines after a long hold follow it too, and a
    complaint's dates come out the same whichever span they were computed in."""
    return _rules_for_years(settings, first.year, (last + dt.timedelta(days=730)).year)


@lru_cache(maxsize=16)
def _rules_for_years(settings: DeskSettings, first_year: int, last_year: int) -> DeskDeadlines:
    # Building the holiday calendar costs 10-25 ms, and every list read wants today's bounds:
    # kept per settings and span of years (settings are frozen values, so a change misses).
    return DeskDeadlines.of(settings, dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))


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

    def rules_for(self, received_at: dt.datetime) -> DeskDeadlines:
        """The rules for one complaint's dates (a new one, or one whose history grew)."""
        return rules_between(
            self._settings.load(),
            received_at.astimezone().date(),
            self._clock().astimezone().date(),
        )

    def rules_source(self) -> RulesSource:
        """`rules_for` for many complaints in one go: the settings and today read once."""
        settings = self._settings.load()
        today = self._clock().astimezone().date()
        return lambda received_at: rules_between(settings, received_at.astimezone().date(), today)

    def is_current(self) -> bool:
        """Whether the stored due dates follow today's rules."""
        return dates_follow(self._database, self._settings.load())

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
        today = self._clock().astimezone().date()
        rules = rules_between(settings, first_day, today)
        settler = rules.settler((first_day - dt.timedelta(days=1), today + dt.timedelta(days=1)))
        for done in range(0, len(ids), CHUNK):
            chunk = ids[done : done + CHUNK]
            with self._database.writing() as session:
                facts = complaints.sla_facts_of(session, chunk)
                histories = follow_up.histories_of(session, chunk)
                # The reports' settled rows follow the same rules (`store.report_facts`).
                report_facts.resettle_many(session, settler, [(i, *f) for i, f in facts.items()])
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
        mark_dates_following(self._database, settings)


def dates_follow(database: Database, settings: DeskSettings) -> bool:
    """Whether every complaint's stored due dates were computed by these settings' rules (or
    there is no complaint at all)."""
    with database.reading() as session:
        stored = reference.settings(session).get(FINGERPRINT_KEY)
        empty = not complaints.all_ids(session)
    return empty or stored == sla_fingerprint(settings)


def mark_dates_following(database: Database, settings: DeskSettings) -> None:
    with database.writing() as session:
        reference.save_settings(session, {FINGERPRINT_KEY: sla_fingerprint(settings)})
