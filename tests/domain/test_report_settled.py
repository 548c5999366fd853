"""A settled complaint counts in every figure as its journal does (hypothesis): figures made
from settled rows, for the complaints whose last event is at or before the cut-off, and from
journals for the others, equal the figures made from journals alone, for any cut-off, any mix
of histories, with or without a span of running totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.report_breakdowns import Names
from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_rules import journal_of, micros, standing_at
from desktop.domain.report_settled import Settled, Settler
from desktop.domain.report_tally import ComplaintRow, Judge
from desktop.domain.report_totals import (
    Sources,
    add_judged,
    add_other_judged,
    add_settled,
    totals,
)
from desktop.domain.sla import DeadlineTable, WorkingCalendar
from tests.helpers.report_histories import histories

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
PERIOD = ReportPeriod.month(2026, 3)
CALENDAR = WorkingCalendar([dt.date(2026, 3, 19)])  # a weekday off: Nyepi
TABLE = DeadlineTable(complete_aspiration=3)
SPAN = (dt.date(2026, 2, 1), dt.date(2026, 6, 1))
NAMES = Names(
    office_code="3201",
    office_name="Unit",
    categories={1: ("Jalan", None), 2: ("Jalan rusak", 1)},
    institutions={7: "Dinas PU", 8: "Dinas Kesehatan", 9: "Kecamatan"},
    regions={"32.01.01": "Cibinong", "32.01.01.2001": "Pakansari"},
    officers={"admin": "Admin"},
)
cut_offs = st.integers(0, 60 * 24).map(lambda hours: START + dt.timedelta(hours=hours))


def _rows(data: st.DataObject, count: int) -> list[tuple[ComplaintRow, list[FollowUpEvent]]]:
    rows = []
    for index in range(count):
        received = START + dt.timedelta(hours=data.draw(st.integers(-24 * 20, 24 * 35)))
        kind = data.draw(st.sampled_from(list(ComplaintType)))
        history = data.draw(histories(received))
        row = ComplaintRow(
            id=index + 1,
            local_number=f"{data.draw(st.sampled_from(['3201', '3202']))}-2026-{index + 1:06d}",
            received_at=received,
            channel=data.draw(st.sampled_from(list(Channel))).value,
            type=kind.value,
            supervisory=data.draw(st.booleans()),
            category_id=data.draw(st.sampled_from([None, 1, 2])),
            institution_id=data.draw(st.sampled_from([None, 7, 9])),
            region_code=data.draw(st.sampled_from([None, "32.01.01.2001", "32.01.02.2002"])),
            recorded_by=data.draw(st.sampled_from(["", "admin", "loket"])),
            journal=journal_of(history),
        )
        rows.append((row, history))
    return rows


def _settled_row(row: ComplaintRow, settled: Settled) -> tuple[Any, ...]:
    """As `report_rows.settled_received_between` reads it (`report_totals.SETTLED_ROW`)."""
    steps = (settled.verify, settled.follow_up, settled.complete)
    return (
        row.id,
        row.local_number,
        row.channel,
        row.type,
        row.supervisory,
        row.category_id,
        row.institution_id,
        row.region_code,
        row.recorded_by,
        settled.status.value,
        settled.merged,
        settled.unit_id,
        settled.reopened,
        *(value for step in steps for value in (step.days, step.on_time, step.due)),
        settled.timeline,
    )


@settings(max_examples=80, deadline=None)
@given(data=st.data(), count=st.integers(0, 25), cut_off=cut_offs, spanned=st.booleans())
def test_settled_complaints_count_as_their_journals_say(
    data: st.DataObject, count: int, cut_off: dt.datetime, spanned: bool
) -> None:
    with_histories = _rows(data, count)
    today = cut_off.astimezone().date()
    judge = Judge(CALENDAR, TABLE, today, SPAN)
    settler = Settler(CALENDAR, TABLE, SPAN if spanned else None)
    moment = micros(cut_off)
    start = dt.datetime(2026, 3, 1).astimezone()
    end = dt.datetime(2026, 4, 1).astimezone()
    acknowledged = {
        row.id: row.received_at + dt.timedelta(hours=row.id) for row, _ in with_histories[::3]
    }
    sources = Sources(
        PERIOD, cut_off, "Unit", acknowledged, frozenset(), frozenset(), NAMES, lambda _: {}
    )

    def judged(row: ComplaintRow) -> Any:
        return judge.judge(row, standing_at(row.journal, moment))

    cohort = [r for r, _ in with_histories if start <= r.received_at < end <= end]
    cohort = [r for r in cohort if r.received_at <= cut_off]
    others = [r for r, _ in with_histories if r not in cohort and r.received_at <= cut_off]
    expected = totals([judged(r) for r in cohort], [judged(r) for r in others], sources)

    last_event = {row.id: max((e.at for e in h), default=None) for row, h in with_histories}

    def settled(row: ComplaintRow) -> Settled | None:
        at = last_event[row.id]
        if at is None or at > cut_off:
            return None
        kind = ComplaintType(row.type)
        return settler.settle(row.received_at, kind, row.supervisory, row.journal)

    tally = sources.tally()
    add_settled(
        tally,
        [_settled_row(r, s) for r in cohort if (s := settled(r)) is not None],
        today,
    )
    for row in others:
        found = settled(row)
        if found is None:
            add_other_judged(tally, judged(row))
        elif not found.merged:
            tally.add_other(row.id, None, found.timeline)
    for row in cohort:
        if settled(row) is None:
            add_judged(tally, judged(row))
    assert sources.figures(tally) == expected
