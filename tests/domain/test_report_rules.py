"""Properties of the report rules over invented histories (hypothesis): a journal read at a
cut-off says what the history up to the cut-off says, and the figures keep their identities
(K2 = K3 + K4, one status group each, channel mix and matrix add up to K1, the backlog's
buckets split the open complaints)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import (
    EventKind,
    FollowUpEvent,
    current_unit,
    replay,
)
from desktop.domain.report_breakdowns import Names
from desktop.domain.report_figures import (
    COMPLETED_GROUPS,
    IN_PROCESS_GROUPS,
    STATUS_GROUPS,
    Count,
    ReportPeriod,
)
from desktop.domain.report_rules import journal_of, micros, standing_at
from desktop.domain.report_tally import OPEN_STATUSES, ComplaintRow, Judge
from desktop.domain.report_totals import Sources, totals
from desktop.domain.sla import DeadlineTable, WorkingCalendar
from tests.helpers.report_histories import histories

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
PERIOD = ReportPeriod.month(2026, 3)
cut_offs = st.integers(0, 60 * 24).map(lambda hours: START + dt.timedelta(hours=hours))


@settings(max_examples=150, deadline=None)
@given(data=st.data(), cut_off=cut_offs)
def test_a_journal_at_a_cut_off_says_what_the_history_up_to_it_says(
    data: st.DataObject, cut_off: dt.datetime
) -> None:
    history = data.draw(histories(START))
    before = [e for e in history if e.at <= cut_off]
    at_cut_off = standing_at(journal_of(history), micros(cut_off))
    assert at_cut_off == standing_at(
        journal_of(before), micros(dt.datetime.max.replace(tzinfo=dt.UTC))
    )
    state = replay(before)
    assert at_cut_off.status is state.status
    assert at_cut_off.merged_into == state.merged_into
    assert at_cut_off.unit_id == current_unit(before)
    assert at_cut_off.reopenings == sum(e.kind is EventKind.REOPENED for e in before)


def _rows(data: st.DataObject, count: int) -> list[tuple[ComplaintRow, list[FollowUpEvent]]]:
    rows = []
    for index in range(count):
        received = START + dt.timedelta(hours=data.draw(st.integers(0, 24 * 35)))
        kind = data.draw(st.sampled_from(list(ComplaintType)))
        history = data.draw(histories(received))
        row = ComplaintRow(
            id=index + 1,
            local_number=f"3201-2026-{index + 1:06d}",
            received_at=received,
            channel=data.draw(st.sampled_from(list(Channel))).value,
            type=kind.value,
            supervisory=data.draw(st.booleans()),
            category_id=None,
            institution_id=None,
            region_code=None,
            recorded_by="admin",
            journal=journal_of(history),
        )
        rows.append((row, history))
    return rows


def _ids(counts: Callable[[], list[Count]]) -> list[frozenset[int]]:
    return [c.complaint_ids for c in counts()]


@settings(max_examples=60, deadline=None)
@given(data=st.data(), count=st.integers(0, 25), cut_off=cut_offs)
def test_the_figures_keep_their_identities(
    data: st.DataObject, count: int, cut_off: dt.datetime
) -> None:
    with_histories = _rows(data, count)
    rows = [row for row, _ in with_histories]
    calendar = WorkingCalendar([dt.date(2026, 3, 19)])  # a weekday off: Nyepi
    today = cut_off.astimezone().date()
    judge = Judge(calendar, DeadlineTable(), today, (dt.date(2026, 2, 1), dt.date(2026, 6, 1)))
    moment = micros(cut_off)
    start = dt.datetime(2026, 3, 1).astimezone()
    end = dt.datetime(2026, 4, 1).astimezone()
    in_period = [r for r in rows if start <= r.received_at < end and r.received_at <= cut_off]
    others = [r for r in rows if r not in in_period and r.received_at <= cut_off]
    cohort = [judge.judge(r, standing_at(r.journal, moment)) for r in in_period]
    outside = [judge.judge(r, standing_at(r.journal, moment)) for r in others]
    sources = Sources(PERIOD, cut_off, "Unit", {}, frozenset(), frozenset(), Names(), lambda _: {})
    f = totals(cohort, outside, sources)
    received = f.received.complaint_ids
    assert received == {j.row.id for j in cohort if j.standing.merged_into is None}
    # K2 = K3 + K4, apart.
    completed, in_process = (
        f.completed.numerator.complaint_ids,
        f.in_process.numerator.complaint_ids,
    )
    assert f.followed_up.numerator.complaint_ids == completed | in_process
    assert not completed & in_process
    assert f.followed_up.denominator == f.completed.denominator == f.received
    # Every counted complaint in exactly one status group.
    groups = _ids(lambda: list(f.status_groups.values()))
    assert sum(len(g) for g in groups) == len(received) and frozenset().union(*groups) == received
    assert completed == frozenset().union(
        *(f.status_groups[g].complaint_ids for g in COMPLETED_GROUPS)
    )
    assert in_process == frozenset().union(
        *(f.status_groups[g].complaint_ids for g in IN_PROCESS_GROUPS)
    )
    # The channel mix and the matrix add up to K1.
    channels = _ids(lambda: list(f.channel_mix.values()))
    assert (
        sum(len(c) for c in channels) == len(received) and frozenset().union(*channels) == received
    )
    cells = [c.complaint_ids for row in f.matrix.values() for c in row.values()]
    assert sum(len(c) for c in cells) == len(received) and frozenset().union(*cells) == received
    # The backlog's buckets split the complaints open at the cut-off (replayed here).
    open_ids = {
        row.id
        for row, history in with_histories
        if row.received_at <= cut_off
        and replay(e for e in history if e.at <= cut_off).status in OPEN_STATUSES
    }
    buckets = _ids(lambda: list(f.backlog.values()))
    assert sum(len(b) for b in buckets) == len(open_ids) and frozenset().union(*buckets) == open_ids
    # Each status group at the cut-off is the replayed status's.
    for j in cohort:
        if j.standing.merged_into is None:
            assert j.row.id in f.status_groups[STATUS_GROUPS[j.standing.status]].complaint_ids
    # On-time numerators sit inside their denominators.
    for share in (f.verified_on_time, f.first_follow_up_on_time, f.completed_on_time):
        assert share.numerator.complaint_ids <= share.denominator.complaint_ids <= received
