"""The report engine: the figures K1-K16 (`ReportFigures`) for a period at a cut-off.

Only what happened at or before the cut-off counts, so the same period and cut-off give the same
figures however much is recorded later (a report that was sent can be shown again as it was).
The cohort is the complaints received on the period's local days; working days follow the
desk's calendar and deadline table, holds not counted. The rules are in the domain:
`report_rules` (what a history says at a cut-off), `report_tally` (each complaint judged),
`report_settled` (what a complaint out of the unit's hands keeps, judged once),
`report_accumulator`, `report_totals` and `report_breakdowns` (the figures).

Two roads, one set of figures: a complaint whose settled row the cut-off may read (its last
event at or before it, derived by the desk's current rules) is counted from that row; every
other one (open, changed after the cut-off, not derived yet) is judged from its journal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from desktop.domain.access import Permission
from desktop.domain.report_accumulator import Tally
from desktop.domain.report_breakdowns import Names, region_part
from desktop.domain.report_figures import ReportFigures, ReportPeriod
from desktop.domain.report_rules import micros, standing_at
from desktop.domain.report_tally import ComplaintRow, Judge, local_midnight
from desktop.domain.report_totals import add_judged, add_other_judged, add_settled
from desktop.services.access import AccessControl, Actor, PermissionDeniedError
from desktop.services.collector import collector_paused
from desktop.services.due_dates import FINGERPRINT_KEY, rules_between
from desktop.services.settings import DeskSettingsStore, sla_fingerprint
from desktop.services.values import DeskSettings
from desktop.store import reference, report_rows
from desktop.store.database import Database

STAFF_ACTIVITY_WINDOW = dt.timedelta(days=30)  # K15: "active in the last month"


class Reports:
    """The figures for the signed-in officer (verifiers and administrators)."""

    def __init__(
        self,
        database: Database,
        settings: DeskSettingsStore,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._settings = settings
        self._access = access
        self._clock = clock

    def compute(self, period: ReportPeriod, cut_off: dt.datetime | None = None) -> ReportFigures:
        """The figures of `period` as they stood at `cut_off` (now, by the desk's clock, when
        None). PermissionDeniedError for roles that may not see reports."""
        actor = self._access.require(Permission.VIEW_REPORTS)
        moment = self._clock() if cut_off is None else cut_off
        return compute_report(self._database, self._settings.load(), period, moment, actor)


def compute_report(
    database: Database,
    settings: DeskSettings,
    period: ReportPeriod,
    cut_off: dt.datetime,
    actor: Actor,
) -> ReportFigures:
    """The figures of `period` at `cut_off` (an aware moment), for `actor` (who must be allowed
    to see reports: PermissionDeniedError otherwise)."""
    if not actor.may(Permission.VIEW_REPORTS):
        raise PermissionDeniedError(Permission.VIEW_REPORTS, actor.role)
    if cut_off.tzinfo is None:
        raise ValueError("the cut-off must be an aware moment")
    start = local_midnight(period.first_day)
    end = local_midnight(period.last_day + dt.timedelta(days=1))
    today = cut_off.astimezone().date()
    with collector_paused(), database.reading() as session:
        acknowledged = report_rows.acknowledgements(session, start, end, cut_off)
        tally = Tally(period, cut_off, acknowledged)
        # Settled rows hold outcomes by the rules their fingerprint names: read only when
        # those are the desk's rules now (else, until the desk derives them again, journals).
        if reference.settings(session).get(FINGERPRINT_KEY) == sla_fingerprint(settings):
            add_settled(
                tally, report_rows.settled_received_between(session, start, end, cut_off), today
            )
            for complaint_id, merged, timeline in report_rows.settled_closed_outside(
                session, start, end, cut_off
            ):
                if not merged:
                    tally.add_other(complaint_id, None, timeline)
            cohort_rows = report_rows.unsettled_received_between(session, start, end, cut_off)
            other_rows = report_rows.unsettled_outside_still_needed(session, start, end, cut_off)
        else:
            cohort_rows = report_rows.received_between(session, start, end, cut_off)
            other_rows = report_rows.outside_still_needed(session, start, end, cut_off)
        judge = _judge(settings, cohort_rows, other_rows, cut_off)
        moment = micros(cut_off)
        for row in cohort_rows:
            add_judged(tally, judge.judge(row, standing_at(row.journal, moment)))
        for row in other_rows:
            add_other_judged(tally, judge.judge(row, standing_at(row.journal, moment)))
        actors = report_rows.actors_between(session, cut_off - STAFF_ACTIVITY_WINDOW, cut_off)
        accounts = frozenset(report_rows.active_accounts(session))
        places = {
            part
            for code in tally.region_codes()
            for part in (region_part(code, 3), region_part(code, 4))
            if part
        }
        names = Names(
            office_code=settings.office_code,
            office_name=settings.office_name,
            categories=report_rows.categories(session),
            institutions=report_rows.institutions(session),
            regions=report_rows.region_names(session, places),
            officers=report_rows.account_names(session),
        )

        def reasons(ids: Collection[int]) -> dict[int, str]:
            return report_rows.archive_reasons(session, ids, cut_off)

        return tally.figures(settings.office_name, actors, accounts, names, reasons)


def _judge(
    settings: DeskSettings,
    cohort_rows: list[ComplaintRow],
    other_rows: list[ComplaintRow],
    cut_off: dt.datetime,
) -> Judge:
    today = cut_off.astimezone().date()
    earliest = min(
        (r.received_at.astimezone().date() for r in (*cohort_rows[:1], *other_rows[:1])),
        default=today,
    )
    earliest = min(earliest, today)
    rules = rules_between(settings, earliest, today)
    span = (earliest - dt.timedelta(days=1), today + dt.timedelta(days=1))
    return Judge(rules.calendar, rules.table, today, span)
