"""The reports read each settled complaint (closed, archived, forwarded) from its settled row,
derived when its events are added, instead of judging its journal again: the figures are the
same either way, and a change of the desk's rules never lets a report read rows derived by the
old ones (it reads journals until the desk has derived them again)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop.app.paths import regions_csv
from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.report_figures import ReportFigures, ReportPeriod
from desktop.services.desk import Desk, open_desk
from desktop.services.due_dates import FINGERPRINT_KEY
from desktop.store.schema import ComplaintReportSettled, Setting
from tests.helpers.clocks import Clock
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

WIB = dt.timezone(dt.timedelta(hours=7))
NOVEMBER = ReportPeriod.month(2026, 11)
CUT_OFF = dt.datetime(2026, 12, 4, 17, 0, tzinfo=WIB)
EARLY_CUT_OFF = dt.datetime(2026, 11, 13, 12, 0, tzinfo=WIB)  # some events still to come


def wib(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=WIB)


@pytest.fixture
def desk(desk_dir: Path, desk_key: bytes, jakarta_time: None) -> Iterator[Desk]:
    clock = Clock(wib(10, 1))
    opened = open_desk(desk_dir, regions_csv(), desk_key, clock=clock).desk
    try:
        opened.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        _write_histories(opened, clock)
        yield opened
    finally:
        opened.close()


def _write_histories(desk: Desk, clock: Clock) -> None:
    unit = desk.reference.institutions()[0].id
    ids: dict[str, int] = {}

    def record(name: str, moment: dt.datetime, **changes: object) -> None:
        clock.now = moment
        changes.setdefault("incident_date", moment.date() - dt.timedelta(days=3))
        ids[name] = desk.intake.record(good_draft(desk, **changes)).id

    def act(name: str, moment: dt.datetime, kind: EventKind, **fields: object) -> None:
        clock.now = moment
        desk.follow_up.add(ids[name], FollowUpEvent(kind, moment, **fields))  # type: ignore[arg-type]

    record("before", wib(10, 20))
    act("before", wib(10, 21), EventKind.VERIFIED)
    act("before", wib(10, 21, 11), EventKind.DISPOSED, unit_id=unit)
    act("before", wib(11, 10), EventKind.ANSWERED, text="Sudah.")
    act("before", wib(11, 16), EventKind.CLOSED, rating=4)
    record("closed", wib(11, 2), channel=Channel.LETTER)
    act("closed", wib(11, 3), EventKind.VERIFIED)
    act("closed", wib(11, 3, 11), EventKind.DISPOSED, unit_id=unit)
    act("closed", wib(11, 5), EventKind.PROCESS_STARTED)
    act("closed", wib(11, 10), EventKind.ANSWERED, text="Jalan sudah diperbaiki.")
    act("closed", wib(11, 23), EventKind.CLOSED, rating=5)  # late: 15 HK of 14
    record("held", wib(11, 4), type=ComplaintType.PERMINTAAN_INFORMASI, incident_date=None)
    act("held", wib(11, 5), EventKind.HELD, text="Mohon lengkapi.")
    act("held", wib(11, 12), EventKind.RESUMED)
    act("held", wib(11, 12, 11), EventKind.VERIFIED)
    act("held", wib(11, 12, 12), EventKind.DISPOSED, unit_id=unit)
    act("held", wib(11, 13, 9), EventKind.ANSWERED, text="Dokumen dikirim.")
    act("held", wib(11, 16), EventKind.CLOSED)
    act("held", wib(11, 17), EventKind.REOPENED)
    act("held", wib(11, 18), EventKind.ANSWERED, text="Dokumen lengkap.")
    act("held", wib(11, 19), EventKind.CLOSED, rating=3)
    record("forwarded", wib(11, 9), channel=Channel.EMAIL)
    act("forwarded", wib(11, 10), EventKind.FORWARDED, institution_id=unit)
    record("archived", wib(11, 10), channel=Channel.SMS)
    act("archived", wib(11, 11), EventKind.ARCHIVED, reason="Identitas tidak jelas")
    record("merged", wib(11, 11))
    act("merged", wib(11, 12), EventKind.MERGED, linked_complaint_id=ids["closed"])
    record("open", wib(11, 12), type=ComplaintType.ASPIRASI)
    act("open", wib(11, 13), EventKind.VERIFIED)
    record("untouched", wib(11, 30))


def _settled_rows(desk: Desk) -> int:
    with desk.database.reading() as session:
        return session.scalar(select(func.count()).select_from(ComplaintReportSettled)) or 0


def _forget_the_rules(desk: Desk) -> None:
    """As migration 0014 leaves a desk: no fingerprint of the rules its rows follow."""
    with desk.database.writing() as session:
        session.execute(delete(Setting).where(Setting.key == FINGERPRINT_KEY))


def _both_roads(desk: Desk, cut_off: dt.datetime) -> tuple[ReportFigures, ReportFigures]:
    desk.due_dates.recompute()  # the rules' fingerprint stored: settled rows are read
    assert desk.due_dates.is_current()
    from_rows = desk.reports.compute(NOVEMBER, cut_off)
    _forget_the_rules(desk)
    return from_rows, desk.reports.compute(NOVEMBER, cut_off)


def test_settled_complaints_count_the_same_from_their_rows(desk: Desk) -> None:
    # Closed (twice: before and in the period, and the reopened one), forwarded, archived and
    # merged complaints have their rows; the open and untouched ones do not.
    assert _settled_rows(desk) == 6
    from_rows, from_journals = _both_roads(desk, CUT_OFF)
    assert from_rows == from_journals
    assert from_rows.received.value == 6  # the merged one counts under the other
    assert from_rows.completed.numerator.value == 2
    # Judged: "closed" (late), "held" (on time), "open" (its 5 HK long past).
    assert from_rows.completed_on_time.denominator.value == 3
    assert from_rows.completed_on_time.numerator.value == 1
    assert from_rows.satisfaction.rated.value == 3
    assert from_rows.reopened.value == 1


def test_a_cut_off_before_the_last_events_reads_those_complaints_journals(desk: Desk) -> None:
    from_rows, from_journals = _both_roads(desk, EARLY_CUT_OFF)
    assert from_rows == from_journals
    assert from_rows.completed.numerator.value == 0  # none closed yet on 13 November


def test_a_changed_deadline_table_counts_at_once_and_after_the_rows_follow_it(
    desk: Desk,
) -> None:
    desk.due_dates.recompute()
    before = desk.reports.compute(NOVEMBER, CUT_OFF)
    assert before.completed_on_time.numerator.value == 1
    settings = desk.settings.load()
    # 20 working days to complete a complaint: "closed" (15 HK) is on time now.
    deadlines = replace(settings.deadlines, complete_complaint=20)
    desk.settings.save(replace(settings, office_name="Unit Pengaduan", deadlines=deadlines))
    assert not desk.due_dates.is_current()
    at_once = desk.reports.compute(NOVEMBER, CUT_OFF)
    assert at_once.completed_on_time.numerator.value == 2
    desk.due_dates.recompute()
    assert desk.reports.compute(NOVEMBER, CUT_OFF) == at_once
