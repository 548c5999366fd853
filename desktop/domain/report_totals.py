"""The figures K1-K16 from complaints judged at the cut-off (`report_tally`), as one
`ReportFigures`. Pure: the service gathers the rows and names, this counts (through a
`report_accumulator.Tally`, which the service also feeds with settled complaints directly).

Definitions where REPORTS.md leaves a choice (the report says which it used):
- the cohort is the complaints received on the period's local days up to the cut-off, less those
  merged into another complaint at the cut-off (they count once, under that complaint);
- K7's denominator is the disposed complaints whose first follow-up came, or whose 5 HK have run
  without one (a follow-up given early is judged as K8 judges an early closure);
- K9's 90th percentile is the nearest-rank one (the smallest value at or above 90% of them);
- K10 is over every complaint closed in the period (whatever its intake month), with the rating
  of its last closure in the period;
- K15 counts any entry in the audit trail (signing in included) in the 30 days up to the
  cut-off, by accounts active now (the desk keeps no history of deactivations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.report_accumulator import Tally
from desktop.domain.report_breakdowns import Names
from desktop.domain.report_figures import (
    ReportFigures,
    ReportPeriod,
)
from desktop.domain.report_rules import micros
from desktop.domain.report_settled import timeline_of
from desktop.domain.report_tally import Judged


@dataclass(frozen=True)
class Sources:
    """What besides the judged complaints the figures read."""

    period: ReportPeriod
    cut_off: dt.datetime
    office_name: str
    acknowledged: Mapping[int, dt.datetime]  # complaint id: the national side acknowledged it
    active_actors: frozenset[str]  # audit actors in the 30 days up to the cut-off
    accounts: frozenset[str]  # active accounts
    names: Names  # what the breakdowns' rows are called
    # The reason of each archived complaint's last archiving at the cut-off, by id.
    archive_reasons: Callable[[Collection[int]], Mapping[int, str]]

    def tally(self) -> Tally:
        return Tally(self.period, self.cut_off, self.acknowledged)

    def figures(self, tally: Tally) -> ReportFigures:
        return tally.figures(
            self.office_name, self.active_actors, self.accounts, self.names, self.archive_reasons
        )


def totals(cohort: Sequence[Judged], others: Sequence[Judged], sources: Sources) -> ReportFigures:
    """`cohort`: the complaints received in the period up to the cut-off (merged ones among
    them are left out here); `others`: complaints received earlier that may be open at the
    cut-off or closed in the period."""
    tally = sources.tally()
    for j in cohort:
        add_judged(tally, j)
    for j in others:
        add_other_judged(tally, j)
    return sources.figures(tally)


def add_judged(tally: Tally, j: Judged) -> None:
    """One complaint of the cohort, judged from its journal (left out when merged)."""
    if j.merged:
        return
    row = j.row
    tally.add(
        row.id,
        j.standing.status,
        j.classification,
        row.channel,
        (j.verified_on_time, j.followed_up_on_time, j.completed_on_time),
        (j.verify_days, j.follow_up_days, j.complete_days),
        j.open_age,
        j.standing.reopenings > 0,
        (
            row.category_id,
            row.institution_id,
            j.standing.unit_id,
            row.region_code,
            row.local_number,
            row.recorded_by,
        ),
        timeline_of(micros(row.received_at), j.standing),
    )


def add_other_judged(tally: Tally, j: Judged) -> None:
    """One complaint outside the cohort, judged from its journal (left out when merged)."""
    if not j.merged:
        tally.add_other(j.row.id, j.open_age, timeline_of(micros(j.row.received_at), j.standing))


# The columns of a settled complaint's row, as `add_settled` reads them: the complaint's own,
# its recorder, then its settled row (`ComplaintReportSettled`) but for its last event.
SETTLED_ROW = (
    "id",
    "local_number",
    "channel",
    "type",
    "supervisory",
    "category_id",
    "institution_id",
    "region_code",
    "recorded_by",
    "status",
    "merged",
    "unit_id",
    "reopened",
    "verify_days",
    "verify_on_time",
    "verify_due",
    "follow_up_days",
    "follow_up_on_time",
    "follow_up_due",
    "complete_days",
    "complete_on_time",
    "complete_due",
    "timeline",
)


def add_settled(tally: Tally, rows: Iterable[Sequence[Any]], cut_off_day: dt.date) -> None:
    """Complaints of the cohort as they settled (`report_settled`), their last event at or
    before the cut-off: what `Judge.judge` and `add_judged` make of their journals, without
    reading them (merged ones left out). Rows in `SETTLED_ROW` order; `Tally.add_settled`
    counts them."""
    tally.add_settled(rows, cut_off_day)
