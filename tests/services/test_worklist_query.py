"""Worklist filters, sorting, search and deadline views, checked against the seeded rows read
independently (plain ORM reads and Python), on a real encrypted desk."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.sla import SlaState, Step
from desktop.domain.worklist_query import (
    STANDARD_VIEWS,
    DueFilter,
    SortKey,
    WorklistQuery,
)
from desktop.services.desk import Desk, open_desk
from desktop.services.saved_views import SETTING_KEY, InvalidViewNameError
from desktop.services.seed import seed_complaints
from desktop.store import reference
from desktop.store.schema import SEARCH_BULK_LOAD_KEY, Category, Complaint, FollowUpEventRow
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft, sign_in_as


@dataclass
class Row:
    id: int
    number: str
    received: dt.datetime
    type: str
    channel: str
    status: str
    category_id: int | None
    category: str
    institution_id: int | None
    unit_id: int | None
    title: str
    reporter: str
    secret: bool
    next_due: dt.date | None
    words: set[str]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _fold(text)))


def seeded_rows(desk: Desk) -> list[Row]:
    seed_complaints(desk.database, desk.settings, 800, now=dt.datetime.now(dt.UTC), rng_seed=11)
    with desk.database.reading() as session:
        names = {c.id: c.name for c in session.scalars(select(Category))}
        texts: dict[int, set[str]] = {}
        for event in session.scalars(select(FollowUpEventRow)):
            texts.setdefault(event.complaint_id, set()).update(
                _words(f"{event.text} {event.reason}")
            )
        return [
            Row(
                c.id,
                c.local_number,
                c.received_at,
                c.type,
                c.channel,
                c.status,
                c.category_id,
                names.get(c.category_id or 0, ""),
                c.institution_id,
                c.unit_id,
                c.title,
                "" if c.is_anonymous else c.reporter_name,
                c.is_secret,
                c.next_due,
                _words(f"{c.local_number} {c.title} {c.description}") | texts.get(c.id, set()),
            )
            for c in session.scalars(select(Complaint))
        ]


def matching(rows: list[Row], keep: object) -> set[int]:
    return {r.id for r in rows if keep(r)}  # type: ignore[operator]


def test_each_filter_selects_exactly_the_matching_complaints(desk: Desk) -> None:
    rows = seeded_rows(desk)
    ids = lambda query: set(desk.worklist.ids(query))  # noqa: E731
    some = rows[len(rows) // 2]
    assert ids(WorklistQuery()) == {r.id for r in rows}
    for status in (Status.SELESAI, Status.BELUM_TERVERIFIKASI, Status.DALAM_PROSES):
        expected = matching(rows, lambda r, s=status: r.status == s.value)
        assert ids(WorklistQuery(statuses=frozenset({status}))) == expected
    expected = matching(rows, lambda r: r.type == ComplaintType.ASPIRASI.value)
    assert ids(WorklistQuery(types=frozenset({ComplaintType.ASPIRASI}))) == expected
    expected = matching(rows, lambda r: r.channel == Channel.PHONE.value)
    assert ids(WorklistQuery(channels=frozenset({Channel.PHONE}))) == expected
    institution = next(r.institution_id for r in rows if r.institution_id)
    expected = matching(rows, lambda r: r.institution_id == institution)
    assert ids(WorklistQuery(institution_id=institution)) == expected
    unit = next(r.unit_id for r in rows if r.unit_id)
    assert ids(WorklistQuery(unit_id=unit)) == matching(rows, lambda r: r.unit_id == unit)
    day = some.received.astimezone().date()
    month_ago = day - dt.timedelta(days=30)
    expected = matching(rows, lambda r: month_ago <= r.received.astimezone().date() <= day)
    assert ids(WorklistQuery(received_from=month_ago, received_to=day)) == expected
    both = WorklistQuery(
        statuses=frozenset({Status.SELESAI}), types=frozenset({ComplaintType.PENGADUAN})
    )
    assert ids(both) == matching(rows, lambda r: r.status == "selesai" and r.type == "pengaduan")


def test_a_category_filter_takes_its_sub_categories_along(desk: Desk) -> None:
    rows = seeded_rows(desk)
    categories = desk.reference.categories()
    parent = next(c for c in categories if any(d.parent_id == c.id for d in categories))
    family = {parent.id} | {c.id for c in categories if c.parent_id == parent.id}
    expected = matching(rows, lambda r: r.category_id in family)
    assert expected, "the seed should use the category or its children"
    assert set(desk.worklist.ids(WorklistQuery(category_id=parent.id))) == expected


def test_every_column_sorts_both_ways_over_all_rows(desk: Desk) -> None:
    rows = seeded_rows(desk)
    keys = {
        SortKey.NUMBER: lambda r: r.number,
        SortKey.TYPE: lambda r: r.type,
        # By name, case aside; complaints without a category last.
        SortKey.CATEGORY: lambda r: (r.category == "", r.category.casefold()),
        # Confidential titles and reporters sort as empty, for every role.
        SortKey.TITLE: lambda r: "" if r.secret else r.title.casefold(),
        SortKey.STATUS: lambda r: r.status,
        SortKey.REPORTER: lambda r: "" if r.secret else r.reporter.casefold(),
    }
    for sort, key in keys.items():
        for descending in (False, True):
            got = desk.worklist.ids(WorklistQuery(sort=sort, descending=descending))
            by_id = {r.id: r for r in rows}
            values = [key(by_id[i]) for i in got]
            assert values == sorted(values, reverse=descending), (sort, descending)
            assert len(got) == len(rows)
    received = desk.worklist.ids(WorklistQuery(sort=SortKey.RECEIVED, descending=False))
    assert received == [r.id for r in sorted(rows, key=lambda r: (r.received, r.id))]
    due = desk.worklist.ids(WorklistQuery(sort=SortKey.DUE, descending=False))
    dues = [next(r.next_due for r in rows if r.id == i) for i in due]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[len(dated) :] == [None] * (len(dues) - len(dated))


def test_due_filters_and_the_row_marks_follow_the_stored_deadlines(desk: Desk) -> None:
    rows = seeded_rows(desk)
    today = dt.datetime.now().astimezone().date()
    calendar = desk.due_dates.rules_for(dt.datetime.now(dt.UTC)).calendar
    soon_until = calendar.add_working_days(today, 1)
    assert soon_until is not None
    overdue = matching(rows, lambda r: r.next_due is not None and r.next_due < today)
    soon = matching(rows, lambda r: r.next_due is not None and today <= r.next_due <= soon_until)
    assert overdue, "a seeded desk has late complaints"
    assert set(desk.worklist.ids(WorklistQuery(due=DueFilter.OVERDUE))) == overdue
    assert set(desk.worklist.ids(WorklistQuery(due=DueFilter.DUE_SOON))) == soon
    summaries = desk.worklist.summaries(sorted(overdue)[:50])
    assert {s.due_state for s in summaries.values()} == {SlaState.OVERDUE}
    counts = desk.worklist.view_counts()
    for view, query in STANDARD_VIEWS.items():
        assert counts[view] == len(desk.worklist.ids(query)), view


def test_stored_due_dates_agree_with_the_deadlines_the_history_gives(desk: Desk) -> None:
    rows = seeded_rows(desk)
    for row in rows[::37]:
        deadlines = desk.follow_up.overview(row.id).deadlines
        open_steps = [d.deadline for d in deadlines if d.done_on is None and d.deadline]
        assert row.next_due == min(open_steps, default=None), row.number


def test_a_step_taken_moves_the_stored_due_dates_and_the_today_overview(desk: Desk) -> None:
    recorded = desk.intake.record(good_draft(desk))
    [summary] = desk.worklist.summaries([recorded.id]).values()
    first_due = summary.next_due
    assert first_due is not None  # verification is due
    desk.follow_up.add(recorded.id, FollowUpEvent(EventKind.VERIFIED, dt.datetime.now(dt.UTC)))
    [after] = desk.worklist.summaries([recorded.id]).values()
    assert after.next_due is not None and after.next_due > first_due  # now: completion
    desk.follow_up.add(
        recorded.id,
        FollowUpEvent(EventKind.HELD, dt.datetime.now(dt.UTC), text="Mohon kirim foto."),
    )
    [held] = desk.worklist.summaries([recorded.id]).values()
    assert held.next_due is None and held.due_state is None  # the clock is stopped
    overview = desk.worklist.today()
    assert set(overview.due_today) == {Step.VERIFY, Step.FIRST_FOLLOW_UP, Step.COMPLETE}


@pytest.mark.slow
def test_search_finds_every_word_start_in_any_text_ignoring_case_and_accents(desk: Desk) -> None:
    rows = seeded_rows(desk)

    def expected(*prefixes: str) -> set[int]:
        return matching(
            rows, lambda r: all(any(w.startswith(p) for w in r.words) for p in prefixes)
        )

    cases = {
        "puskes": ("puskes",),
        "JALAN rusak": ("jalan", "rusak"),
        "désa": ("desa",),
        "koordinasi": ("koordinasi",),  # only in follow-up notes
        "dishub": ("dishub",),  # only in answers
    }
    for typed, prefixes in cases.items():
        found = set(desk.worklist.ids(WorklistQuery(text=typed)))
        assert found == expected(*prefixes), typed
        assert found, typed
    # Whatever the order asked for, the same complaints (read off each order's index).
    newest = desk.worklist.ids(WorklistQuery(text="jalan"))
    assert newest == [
        r.id
        for r in sorted(rows, key=lambda r: (r.received, r.id), reverse=True)
        if r.id in expected("jalan")
    ]
    for sort in SortKey:
        assert sorted(desk.worklist.ids(WorklistQuery(text="jalan", sort=sort))) == sorted(newest)
    number = rows[7].number
    assert set(desk.worklist.ids(WorklistQuery(text=number))) == {rows[7].id}
    assert desk.worklist.ids(WorklistQuery(text="zzqx")) == []
    # Officers type anything: FTS5 syntax is never read from it.
    assert desk.worklist.ids(WorklistQuery(text='jalan" OR NOT (*')) is not None


def test_a_petugas_does_not_find_confidential_reports_by_their_words(desk: Desk) -> None:
    secret = desk.intake.record(good_draft(desk, is_secret=True, title="Pungutan liar di loket"))
    open_one = desk.intake.record(good_draft(desk, title="Pungutan liar di pasar"))
    query = WorklistQuery(text="pungutan")
    assert set(desk.worklist.ids(query)) == {secret.id, open_one.id}
    sign_in_as(desk, "rudi", Role.PETUGAS)
    assert desk.worklist.ids(query) == [open_one.id]


def test_erased_text_is_no_longer_found(desk: Desk) -> None:
    recorded = desk.intake.record(good_draft(desk, description="Rumah Pak Sukardjo kebanjiran."))
    desk.follow_up.add(
        recorded.id, FollowUpEvent(EventKind.NOTE, dt.datetime.now(dt.UTC), text="Sukardjo telp.")
    )
    assert desk.worklist.ids(WorklistQuery(text="sukardjo")) == [recorded.id]
    desk.people.anonymise([recorded.id], "request")
    assert desk.worklist.ids(WorklistQuery(text="sukardjo")) == []


def test_saved_views_keep_filters_under_a_name_shared_by_the_desk(desk: Desk) -> None:
    late_closed = WorklistQuery(
        statuses=frozenset({Status.SELESAI}), text="jalan", sort=SortKey.TITLE, descending=False
    )
    desk.saved_views.save("  Jalan   selesai ", late_closed)
    desk.saved_views.save("Telepon", WorklistQuery(channels=frozenset({Channel.PHONE})))
    views = desk.saved_views.all()
    assert [v.name for v in views] == ["Jalan selesai", "Telepon"]
    assert views[0].query == late_closed
    desk.saved_views.save("jalan SELESAI", WorklistQuery())  # same name: replaced
    assert [v.name for v in desk.saved_views.all()] == ["jalan SELESAI", "Telepon"]
    desk.saved_views.delete("Telepon")
    assert [v.name for v in desk.saved_views.all()] == ["jalan SELESAI"]
    with pytest.raises(InvalidViewNameError):
        desk.saved_views.save("   ", WorklistQuery())
    with pytest.raises(InvalidViewNameError):
        desk.saved_views.save("x" * 61, WorklistQuery())


def test_a_saved_view_damaged_by_hand_is_skipped(desk: Desk) -> None:
    desk.saved_views.save("Baik", WorklistQuery(due=DueFilter.OVERDUE))
    with desk.database.writing() as session:
        stored = reference.settings(session)[SETTING_KEY]
        broken = stored[:-1] + ', {"name": "Rusak", "query": {"statuses": ["nope"]}}]'
        assert stored.endswith("]")
        reference.save_settings(session, {SETTING_KEY: broken})
    assert [v.name for v in desk.saved_views.all()] == ["Baik"]


def test_a_bulk_loads_flag_left_behind_is_mended_when_the_desk_opens(
    desk: Desk, desk_dir: Path, desk_key: bytes
) -> None:
    # A load that failed but whose caller committed anyway: the flag stays, and texts written
    # since are not indexed.
    with desk.database.writing() as session:
        reference.save_settings(session, {SEARCH_BULK_LOAD_KEY: "1"})
    missed = desk.intake.record(good_draft(desk, title="Genangan di Jalan Cendana"))
    assert desk.worklist.ids(WorklistQuery(text="cendana")) == []
    desk.close()
    reopened = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        reopened.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert reopened.worklist.ids(WorklistQuery(text="cendana")) == [missed.id]
        reopened.intake.record(good_draft(reopened, title="Genangan di Jalan Kenari"))
        assert len(reopened.worklist.ids(WorklistQuery(text="genangan"))) == 2  # triggers on
    finally:
        reopened.close()


def test_a_reports_figure_lists_exactly_its_complaints_whatever_their_number(desk: Desk) -> None:
    rows = seeded_rows(desk)
    counted = frozenset(r.id for r in rows[::3])
    ids = lambda query: set(desk.worklist.ids(query))  # noqa: E731
    assert ids(WorklistQuery(complaint_ids=counted)) == counted
    assert desk.worklist.count(WorklistQuery(complaint_ids=counted)) == len(counted)
    # The other filters narrow it further, as for any list.
    done = WorklistQuery(complaint_ids=counted, statuses=frozenset({Status.SELESAI}))
    assert ids(done) == matching(rows, lambda r: r.id in counted and r.status == "selesai")
    assert ids(WorklistQuery(complaint_ids=frozenset())) == set()
    # A year's figure over a large desk: more ids than SQLite takes as parameters (32,766).
    many = counted | frozenset(range(10**6, 10**6 + 40_000))
    assert ids(WorklistQuery(complaint_ids=many)) == counted
    # A figure is of its moment: saving the view keeps the other filters, not the ids.
    desk.saved_views.save("Dari laporan", done)
    assert desk.saved_views.all()[0].query.complaint_ids is None
