"""Working days across Indonesian holidays, cuti bersama, year ends and holds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.complaint import ComplaintType
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.sla import (
    DeadlineTable,
    Pause,
    SlaState,
    Step,
    WorkingCalendar,
    sla_state,
    step_deadlines,
)

YEARS = range(2024, 2029)
WITH_CUTI = WorkingCalendar.indonesia(YEARS, cuti_bersama_stops_clock=True)
WITHOUT_CUTI = WorkingCalendar.indonesia(YEARS, cuti_bersama_stops_clock=False)
d = dt.date


@pytest.mark.parametrize(
    ("received", "calendar", "due"),
    [
        # Lebaran 2026: Nyepi (19 Mar), Idulfitri (21-22 Mar) and cuti bersama 18, 20, 23, 24 Mar.
        (d(2026, 3, 17), WITH_CUTI, d(2026, 3, 27)),
        (d(2026, 3, 17), WITHOUT_CUTI, d(2026, 3, 23)),
        # Year end: cuti bersama 24 Dec, Christmas 25 Dec, then the weekend.
        (d(2026, 12, 23), WITH_CUTI, d(2026, 12, 30)),
        (d(2026, 12, 23), WITHOUT_CUTI, d(2026, 12, 29)),
        # Across the year end: New Year's Day (1 Jan) and Isra Mi'raj (5 Jan 2027) do not count.
        (d(2026, 12, 31), WITH_CUTI, d(2027, 1, 7)),
        # Received on a Saturday: Monday is the first day counted.
        (d(2026, 11, 28), WITH_CUTI, d(2026, 12, 2)),
    ],
)
def test_three_working_days_to_verify(
    received: dt.date, calendar: WorkingCalendar, due: dt.date
) -> None:
    assert calendar.add_working_days(received, 3) == due


def test_the_desks_own_days_off_count_as_holidays() -> None:
    regional = WorkingCalendar.indonesia(
        YEARS, cuti_bersama_stops_clock=True, extra_days_off=[d(2026, 12, 1)]
    )
    assert WITH_CUTI.add_working_days(d(2026, 11, 27), 3) == d(2026, 12, 2)
    assert regional.add_working_days(d(2026, 11, 27), 3) == d(2026, 12, 3)


def test_a_holiday_the_desk_works_counts_and_moves_the_deadline_earlier() -> None:
    # Pancasila Day, Monday 1 June 2026, in the package; say a decree moved it for this office.
    assert not WITH_CUTI.is_working_day(d(2026, 6, 1))
    moved = WorkingCalendar.indonesia(
        YEARS, cuti_bersama_stops_clock=True, extra_working_days=[d(2026, 6, 1)]
    )
    assert moved.is_working_day(d(2026, 6, 1))
    assert WITH_CUTI.add_working_days(d(2026, 5, 29), 3) == d(2026, 6, 4)
    assert moved.add_working_days(d(2026, 5, 29), 3) == d(2026, 6, 3)


def test_an_extra_working_day_on_cuti_bersama_or_a_weekend() -> None:
    # Cuti bersama of Idulfitri, Monday 23 March 2026; Saturday 21 March is Idulfitri itself.
    worked = WorkingCalendar.indonesia(
        YEARS, cuti_bersama_stops_clock=True, extra_working_days=[d(2026, 3, 23), d(2026, 3, 21)]
    )
    assert worked.is_working_day(d(2026, 3, 23))
    assert not worked.is_working_day(d(2026, 3, 21))  # the clock never counts a weekend
    assert not worked.is_working_day(d(2026, 3, 24))  # the rest of the joint leave stays off


def test_days_on_hold_do_not_count_and_an_open_hold_stops_the_clock() -> None:
    held = Pause(d(2026, 11, 30), d(2026, 12, 4))  # Tuesday 1 to Friday 4 December
    assert WITH_CUTI.add_working_days(d(2026, 11, 27), 3, [held]) == d(2026, 12, 8)
    assert WITH_CUTI.add_working_days(d(2026, 11, 27), 3, [Pause(d(2026, 11, 30), None)]) is None


def test_completion_limits_follow_the_type() -> None:
    table = DeadlineTable()
    assert table.limit(Step.VERIFY, ComplaintType.PENGADUAN, False) == 3
    assert table.limit(Step.FIRST_FOLLOW_UP, ComplaintType.ASPIRASI, False) == 5
    assert table.limit(Step.COMPLETE, ComplaintType.PENGADUAN, True) == 60
    assert table.limit(Step.COMPLETE, ComplaintType.PENGADUAN, False) == 14
    assert table.limit(Step.COMPLETE, ComplaintType.PERMINTAAN_INFORMASI, False) == 5
    assert table.limit(Step.COMPLETE, ComplaintType.ASPIRASI, False) == 5


def test_on_time_due_soon_overdue_met_missed() -> None:
    due = d(2026, 12, 4)  # a Friday
    assert sla_state(WITH_CUTI, due, d(2026, 12, 1)) is SlaState.ON_TIME
    assert sla_state(WITH_CUTI, due, d(2026, 12, 3)) is SlaState.DUE_SOON
    assert sla_state(WITH_CUTI, due, d(2026, 12, 4)) is SlaState.DUE_SOON
    assert sla_state(WITH_CUTI, due, d(2026, 12, 7)) is SlaState.OVERDUE
    assert sla_state(WITH_CUTI, None, d(2026, 12, 7)) is SlaState.PAUSED
    assert sla_state(WITH_CUTI, due, d(2026, 12, 9), done_on=d(2026, 12, 4)) is SlaState.MET
    assert sla_state(WITH_CUTI, due, d(2026, 12, 9), done_on=d(2026, 12, 7)) is SlaState.MISSED


dates = st.dates(min_value=d(2024, 1, 1), max_value=d(2027, 12, 31))
pauses = st.lists(
    st.tuples(dates, st.integers(min_value=0, max_value=30)).map(
        lambda pair: Pause(pair[0], pair[0] + dt.timedelta(days=pair[1]))
    ),
    max_size=3,
)


@given(start=dates, days=st.integers(min_value=1, max_value=70), held=pauses)
def test_a_deadline_is_always_a_working_day_outside_any_hold(
    start: dt.date, days: int, held: list[Pause]
) -> None:
    due = WITH_CUTI.add_working_days(start, days, held)
    assert due is not None and due > start
    assert WITH_CUTI.is_working_day(due)
    assert not any(p.start < due <= p.end for p in held if p.end is not None)
    assert WITH_CUTI.working_days_between(start, due, held) == days


@given(start=dates, days=st.integers(min_value=0, max_value=70), held=pauses)
def test_holding_never_brings_a_deadline_closer(
    start: dt.date, days: int, held: list[Pause]
) -> None:
    without = WITH_CUTI.add_working_days(start, days)
    with_holds = WITH_CUTI.add_working_days(start, days, held)
    assert without is not None and with_holds is not None
    assert with_holds >= without


@given(start=dates, days=st.integers(min_value=0, max_value=70))
def test_cuti_bersama_only_ever_pushes_a_deadline_later(start: dt.date, days: int) -> None:
    later = WITH_CUTI.add_working_days(start, days)
    earlier = WITHOUT_CUTI.add_working_days(start, days)
    assert later is not None and earlier is not None and later >= earlier


def at(day: dt.date) -> dt.datetime:
    """Mid-morning at the desk (UTC+7), as an aware time."""
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_deadlines_of_a_complaint_follow_its_history(jakarta_time: None) -> None:
    received = at(d(2026, 11, 23))  # a Monday
    history = [
        FollowUpEvent(EventKind.HELD, at(d(2026, 11, 24)), text="KTP?"),
        FollowUpEvent(EventKind.RESUMED, at(d(2026, 11, 27))),  # 25-27 Nov on hold
        FollowUpEvent(EventKind.VERIFIED, at(d(2026, 11, 30))),
        FollowUpEvent(EventKind.DISPOSED, at(d(2026, 12, 1)), unit_id=1),
    ]
    steps = step_deadlines(
        received, ComplaintType.PENGADUAN, False, history, WITH_CUTI, DeadlineTable(),
        today=d(2026, 12, 7),
    )  # fmt: skip
    verify, first, complete = steps
    # 24 Nov counts, 25-27 are on hold, then 30 Nov and 1 Dec: due 1 Dec, done 30 Nov.
    assert (verify.step, verify.deadline, verify.state) == (
        Step.VERIFY,
        d(2026, 12, 1),
        SlaState.MET,
    )
    assert first.step is Step.FIRST_FOLLOW_UP and first.deadline == d(2026, 12, 8)
    assert first.state is SlaState.DUE_SOON and first.working_days_left == 1
    assert complete.step is Step.COMPLETE and complete.state is SlaState.ON_TIME
    assert complete.deadline == WITH_CUTI.add_working_days(
        d(2026, 11, 23), 14, [Pause(d(2026, 11, 24), d(2026, 11, 27))]
    )


def test_an_open_hold_stops_every_clock_and_archiving_ends_the_steps(jakarta_time: None) -> None:
    received = at(d(2026, 11, 23))
    held = [FollowUpEvent(EventKind.HELD, at(d(2026, 11, 24)), text="KTP?")]
    steps = step_deadlines(
        received, ComplaintType.ASPIRASI, False, held, WITH_CUTI, DeadlineTable(), d(2026, 12, 7)
    )
    assert [s.state for s in steps] == [SlaState.PAUSED, SlaState.PAUSED]
    archived = [FollowUpEvent(EventKind.ARCHIVED, at(d(2026, 11, 24)), reason="Tidak jelas")]
    steps = step_deadlines(
        received, ComplaintType.ASPIRASI, False, archived, WITH_CUTI, DeadlineTable(),
        d(2026, 12, 7),
    )  # fmt: skip
    assert [(s.step, s.state) for s in steps] == [(Step.VERIFY, SlaState.MET)]


def test_a_hold_after_the_deadline_does_not_hide_that_it_was_missed(jakarta_time: None) -> None:
    received = at(d(2026, 11, 23))
    late_hold = [FollowUpEvent(EventKind.HELD, at(d(2026, 12, 7)), text="KTP?")]
    [verify, _complete] = step_deadlines(
        received, ComplaintType.ASPIRASI, False, late_hold, WITH_CUTI, DeadlineTable(),
        d(2026, 12, 9),
    )  # fmt: skip
    assert verify.deadline == d(2026, 11, 26) and verify.state is SlaState.OVERDUE


def test_merging_ends_the_steps_and_reopening_opens_completion_again(jakarta_time: None) -> None:
    received = at(d(2026, 11, 23))
    merged = [
        FollowUpEvent(EventKind.VERIFIED, at(d(2026, 11, 24))),
        FollowUpEvent(EventKind.MERGED, at(d(2026, 11, 25)), linked_complaint_id=3),
    ]
    steps = step_deadlines(
        received, ComplaintType.PENGADUAN, False, merged, WITH_CUTI, DeadlineTable(),
        d(2026, 12, 30),
    )  # fmt: skip
    assert [s.step for s in steps] == [Step.VERIFY]
    reopened = [
        FollowUpEvent(EventKind.VERIFIED, at(d(2026, 11, 24))),
        FollowUpEvent(EventKind.DISPOSED, at(d(2026, 11, 24)), unit_id=1),
        FollowUpEvent(EventKind.ANSWERED, at(d(2026, 11, 25)), text="Sudah."),
        FollowUpEvent(EventKind.CLOSED, at(d(2026, 11, 26))),
        FollowUpEvent(EventKind.REOPENED, at(d(2026, 11, 30))),
    ]
    complete = step_deadlines(
        received, ComplaintType.PENGADUAN, False, reopened, WITH_CUTI, DeadlineTable(),
        d(2026, 12, 1),
    )[-1]  # fmt: skip
    assert complete.step is Step.COMPLETE and complete.done_on is None
    assert complete.state is SlaState.ON_TIME
