"""The report engine on a small desk whose every event is written here, through the services,
each at a stated moment; every figure is counted by hand in the comments.

The desk (Jakarta time, UTC+7; no holiday from October to early December 2026; the desk's own
deadline table gives aspirations 3 working days instead of 5). Period: November 2026. Cut-off:
Friday 4 December 2026, 17:00. Working days (HK) are counted after the start day.

    A  walk-in  Pengaduan           Mon 2 Nov   by loket  verified 3, disposed 3 (unit 1),
                                                          started 5, answered 10, closed 12 (5*)
    B  letter   Pengaduan berkadar  Tue 3 Nov   by admin  Anonim; verified 9 (late: due 6),
                pengawasan                                disposed 9 (unit 2), nothing since
    C  phone    Aspirasi            Wed 4 Nov   by loket  Rahasia; verified 4, disposed 5,
                                                          answered 6, closed 10 (late: due 9)
    D  walk-in  Permintaan info     Thu 5 Nov   by admin  held 6 to 16, verified 17, disposed
                                                          17, started 18, answered 19, closed
                                                          20 (3*), reopened 23, answered 24
    E  e-mail   Pengaduan           Mon 9 Nov   by loket  forwarded 10 (bukan wewenang)
    F  SMS      Pengaduan           Tue 10 Nov  by admin  archived 11, "Identitas lokasi ..."
    G  walk-in  Pengaduan           Wed 11 Nov  by loket  merged into A on 12: not counted
    H  social   Pengaduan           Thu 12 Nov  by admin  nothing (verification and completion
                                                          both overdue at the cut-off)
    I  walk-in  Pengaduan           Mon 30 Nov  by loket  verified 1 Dec
    J  walk-in  Pengaduan           Tue 1 Dec   by admin  after the period: backlog only
    K  walk-in  Pengaduan           Tue 20 Oct  by admin  before the period, closed 16 Nov (4*)
    L  walk-in  Pengaduan           Mon 26 Oct  by admin  before the period, verified 27 Oct
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.complaint import Channel, ComplaintType
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.outbox import OutboxKind, OutboxState
from desktop.domain.report_figures import (
    BacklogBucket,
    Classification,
    Dimension,
    DurationStep,
    ReportFigures,
    ReportPeriod,
    StatusGroup,
)
from desktop.services.access import PermissionDeniedError
from desktop.services.desk import Desk, open_desk
from desktop.store import outbox
from desktop.store.schema import OutboxItem
from tests.helpers.clocks import Clock
from tests.helpers.desks import (
    ACCOUNT_PASSWORD,
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    category_id,
    good_draft,
    sign_in_as,
)

NOVEMBER = ReportPeriod.month(2026, 11)
WIB = dt.timezone(dt.timedelta(hours=7))
CUT_OFF = dt.datetime(2026, 12, 4, 17, 0, tzinfo=WIB)
OFFICE = "Unit Pengaduan Kabupaten Bogor"
REASON = "Identitas lokasi tidak jelas"


def wib(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=WIB)


@dataclass
class SmallDesk:
    desk: Desk
    clock: Clock
    ids: dict[str, int]
    units: tuple[int, int]

    def act(self, letter: str, moment: dt.datetime, kind: EventKind, **fields: object) -> None:
        self.clock.now = moment
        self.desk.follow_up.add(self.ids[letter], FollowUpEvent(kind, moment, **fields))  # type: ignore[arg-type]

    def acknowledge(self, letter: str, moment: dt.datetime) -> None:
        """The national side acknowledges the complaint's creation (as the sync settles it)."""
        with self.desk.database.writing() as session:
            item = (
                session.query(OutboxItem)
                .filter_by(complaint_id=self.ids[letter], kind=OutboxKind.CREATE.value)
                .one()
            )
            assert outbox.claim(session, item.id, moment)
            assert outbox.settle(
                session, item.id, OutboxState.ACKNOWLEDGED, moment, remote_id="1916449"
            )

    def as_admin(self) -> None:
        self.desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)

    def as_loket(self) -> None:
        self.desk.accounts.sign_in("loket", ACCOUNT_PASSWORD)

    def record(self, letter: str, moment: dt.datetime, **changes: object) -> None:
        self.clock.now = moment
        changes.setdefault("incident_date", moment.date() - dt.timedelta(days=3))
        self.ids[letter] = self.desk.intake.record(good_draft(self.desk, **changes)).id


@pytest.fixture
def small(desk_dir: Path, desk_key: bytes, jakarta_time: None) -> Iterator[SmallDesk]:
    clock = Clock(wib(10, 1))
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=clock).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        settings = desk.settings.load()
        desk.settings.save(
            replace(
                settings,
                office_code="3201",
                office_name=OFFICE,
                deadlines=replace(settings.deadlines, complete_aspiration=3),
            )
        )
        sign_in_as(desk, "loket", Role.PETUGAS)
        clock.now = wib(10, 2)
        sign_in_as(desk, "pasif", Role.VERIFIKATOR)  # signs in once, in October
        units = tuple(i.id for i in desk.reference.institutions()[:2])
        built = SmallDesk(desk, clock, {}, (units[0], units[1]))
        _write_history(built)
        yield built
    finally:
        desk.close()


def _write_history(s: SmallDesk) -> None:
    unit_1, unit_2 = s.units
    health = category_id(s.desk, "Kesehatan › Pelayanan Puskesmas")
    s.as_admin()
    s.record("K", wib(10, 20))
    s.act("K", wib(10, 21), EventKind.VERIFIED)
    s.act("K", wib(10, 21, 11), EventKind.DISPOSED, unit_id=unit_1)
    s.record("L", wib(10, 26))
    s.act("L", wib(10, 27), EventKind.VERIFIED)

    s.as_loket()
    s.record("A", wib(11, 2))
    s.acknowledge("A", wib(11, 2, 16))  # 6 hours after receipt
    s.as_admin()
    s.act("A", wib(11, 3), EventKind.VERIFIED)
    s.act("A", wib(11, 3, 11), EventKind.DISPOSED, unit_id=unit_1)
    s.record("B", wib(11, 3), channel=Channel.LETTER, supervisory=True, is_anonymous=True)
    s.as_loket()
    s.record(
        "C",
        wib(11, 4),
        channel=Channel.PHONE,
        type=ComplaintType.ASPIRASI,
        is_secret=True,
        category_id=health,
        incident_date=None,
    )
    s.as_admin()
    s.act("C", wib(11, 4, 14), EventKind.VERIFIED)
    s.act("A", wib(11, 5), EventKind.PROCESS_STARTED)
    s.act("C", wib(11, 5, 11), EventKind.DISPOSED, unit_id=unit_1)
    s.record("D", wib(11, 5), type=ComplaintType.PERMINTAAN_INFORMASI, incident_date=None)
    s.acknowledge("D", wib(11, 5, 12))  # 2 hours after receipt
    s.act("D", wib(11, 6), EventKind.HELD, text="Mohon sebutkan dokumen yang diminta.")
    s.act("C", wib(11, 6, 11), EventKind.ANSWERED, text="Usulan dicatat.")
    s.as_loket()
    s.record("E", wib(11, 9), channel=Channel.EMAIL)
    s.as_admin()
    s.act("B", wib(11, 9, 11), EventKind.VERIFIED)
    s.act("B", wib(11, 9, 12), EventKind.DISPOSED, unit_id=unit_2)
    s.act("A", wib(11, 10), EventKind.ANSWERED, text="Jalan sudah diperbaiki.")
    s.act("C", wib(11, 10, 11), EventKind.CLOSED)  # no rating
    s.act("E", wib(11, 10, 12), EventKind.FORWARDED, institution_id=unit_2)
    s.record("F", wib(11, 10), channel=Channel.SMS)
    s.act("F", wib(11, 11, 11), EventKind.ARCHIVED, reason=REASON)
    s.as_loket()
    s.record("G", wib(11, 11))
    s.as_admin()
    s.act("G", wib(11, 12, 9), EventKind.MERGED, linked_complaint_id=s.ids["A"])
    s.act("A", wib(11, 12, 11), EventKind.CLOSED, rating=5)
    s.record("H", wib(11, 12), channel=Channel.SOCIAL_MEDIA)
    s.act("K", wib(11, 13), EventKind.ANSWERED, text="Sudah ditangani.")
    s.act("D", wib(11, 16), EventKind.RESUMED)
    s.act("K", wib(11, 16, 11), EventKind.CLOSED, rating=4)
    s.act("D", wib(11, 17), EventKind.VERIFIED)
    s.act("D", wib(11, 17, 11), EventKind.DISPOSED, unit_id=unit_1)
    s.act("D", wib(11, 18), EventKind.PROCESS_STARTED)
    s.act("D", wib(11, 19), EventKind.ANSWERED, text="Dokumen dikirim.")
    s.act("D", wib(11, 20), EventKind.CLOSED, rating=3)
    s.act("D", wib(11, 23), EventKind.REOPENED)
    s.act("D", wib(11, 24), EventKind.ANSWERED, text="Dokumen lengkap dikirim.")
    s.as_loket()
    s.record("I", wib(11, 30))
    s.as_admin()
    s.act("I", wib(12, 1), EventKind.VERIFIED)
    s.record("J", wib(12, 1))
    s.clock.now = wib(12, 4, 16)


def ids(s: SmallDesk, letters: str) -> frozenset[int]:
    return frozenset(s.ids[letter] for letter in letters)


def test_every_figure_of_the_small_desk_as_counted_by_hand(small: SmallDesk) -> None:
    f = small.desk.reports.compute(NOVEMBER, CUT_OFF)
    s = small
    assert f.office_name == OFFICE and f.cut_off == CUT_OFF
    # K1: received in November, G merged into A counts once (as A): A B C D E F H I = 8.
    assert f.received.complaint_ids == ids(s, "ABCDEFHI")
    # K11 at the cut-off: H unverified; B disposed, I verified (neither acted on); D answered
    # again after its reopening; A and C closed; E forwarded and F archived.
    assert {g: c.complaint_ids for g, c in f.status_groups.items()} == {
        StatusGroup.BELUM_TERVERIFIKASI: ids(s, "H"),
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: ids(s, "BI"),
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: ids(s, "D"),
        StatusGroup.TERDISPOSISI_SELESAI: ids(s, "AC"),
        StatusGroup.TERTUNDA: frozenset(),
        StatusGroup.ARSIP: ids(s, "EF"),
    }
    # K3 = 2/8 (A, C); K4 = 1/8 (D); K2 = 3/8.
    assert f.completed.numerator.complaint_ids == ids(s, "AC")
    assert f.in_process.numerator.complaint_ids == ids(s, "D")
    assert f.followed_up.numerator.complaint_ids == ids(s, "ACD")
    assert f.followed_up.denominator == f.received
    assert f.followed_up.percent == pytest.approx(37.5)
    # K5, every complaint open at the cut-off, in HK from receipt to Fri 4 Dec:
    # J (1 Dec) 3; I (30 Nov) 4; B (3 Nov) 23; D (5 Nov) 15: 6 Nov, then held 9-16 Nov,
    # then 17 Nov to 4 Dec 14; H (12 Nov) 16; L (26 Oct) 4 + 21 in November + 4 = 29.
    assert {b: c.complaint_ids for b, c in f.backlog.items()} == {
        BacklogBucket.UP_TO_3: ids(s, "J"),
        BacklogBucket.FROM_4_TO_5: ids(s, "I"),
        BacklogBucket.FROM_6_TO_14: frozenset(),
        BacklogBucket.FROM_15_TO_60: ids(s, "BDHL"),
        BacklogBucket.OVER_60: frozenset(),
    }
    # K6: due 3 HK after receipt. B verified 9 Nov, due 6 Nov: late. H never, due 17 Nov:
    # late. D held from 6 to 16 Nov, so due 18 Nov (6, 17, 18), verified 17: on time. E and F
    # decided (forwarded, archived) the next day: on time. 6/8.
    assert f.verified_on_time.numerator.complaint_ids == ids(s, "ACDEFI")
    assert f.verified_on_time.denominator.complaint_ids == ids(s, "ABCDEFHI")
    # K7: 5 HK after the first disposition. A (3 -> 5 Nov), C (5 -> 6), D (17 -> 18) on time;
    # B disposed 9 Nov, due 16 Nov, nothing by the cut-off: late. 3/4.
    assert f.first_follow_up_on_time.numerator.complaint_ids == ids(s, "ACD")
    assert f.first_follow_up_on_time.denominator.complaint_ids == ids(s, "ABCD")
    # K8, first closures: A closed 12 Nov, due 20 Nov (14 HK): on time. C (aspiration, the
    # desk's 3 HK) due 9 Nov, closed 10: late. D (information, 5 HK) held 6-16 Nov, due 20 Nov,
    # first closed 20 Nov: on time (its reopening does not undo it). H due 2 Dec, open: late.
    # B (60 HK) and I (due 18 Dec) are not due yet; E and F have no completion step. 2/4.
    assert f.completed_on_time.numerator.complaint_ids == ids(s, "AD")
    assert f.completed_on_time.denominator.complaint_ids == ids(s, "ACDH")
    by_type = f.completed_on_time_by_classification
    tidak = Classification.PENGADUAN_TIDAK_BERKADAR_PENGAWASAN
    assert (by_type[tidak].numerator.value, by_type[tidak].denominator.value) == (1, 2)  # A / AH
    berkadar = by_type[Classification.PENGADUAN_BERKADAR_PENGAWASAN]
    assert (berkadar.numerator.value, berkadar.denominator.value) == (0, 0)
    aspirasi = by_type[Classification.ASPIRASI]
    assert (aspirasi.numerator.value, aspirasi.denominator.value) == (0, 1)  # C late
    info = by_type[Classification.PERMINTAAN_INFORMASI]
    assert (info.numerator.value, info.denominator.value) == (1, 1)  # D
    # K9 in HK. Verify: A 1, B 4, C 0, D 2 (6 and 17 Nov), E 1, F 1, I 1 -> median 1, p90 4.
    # First follow-up: A 2, C 1, D 1 -> 1, 2. Completion (first closure): A 8, C 4, D 5 -> 5, 8.
    verify = f.durations[DurationStep.VERIFY]
    assert verify.measured.complaint_ids == ids(s, "ABCDEFI")
    assert (verify.median_working_days, verify.p90_working_days) == (1.0, 4.0)
    follow = f.durations[DurationStep.FIRST_FOLLOW_UP]
    assert (follow.median_working_days, follow.p90_working_days) == (1.0, 2.0)
    complete = f.durations[DurationStep.COMPLETE]
    assert complete.measured.complaint_ids == ids(s, "ACD")
    assert (complete.median_working_days, complete.p90_working_days) == (5.0, 8.0)
    # K10, closed in November whatever the intake: A (5), C (none), D (3), K (4, October's).
    sat = f.satisfaction
    assert sat.response_rate.denominator.complaint_ids == ids(s, "ACDK")
    assert sat.rated.complaint_ids == ids(s, "ADK")
    assert sat.mean_rating == pytest.approx(4.0)
    assert sat.rated_4_or_more.numerator.complaint_ids == ids(s, "AK")
    # K12, K13.
    assert f.archived.numerator.complaint_ids == ids(s, "F")
    assert {r: c.complaint_ids for r, c in f.archived_by_reason.items()} == {REASON: ids(s, "F")}
    assert f.forwarded.numerator.complaint_ids == ids(s, "E")
    # K14: walk-in and letter complaints A, B, D, I; A acknowledged after 6 h, D after 2 h.
    assert f.reached_lapor.denominator.complaint_ids == ids(s, "ABDI")
    assert f.reached_lapor.numerator.complaint_ids == ids(s, "AD")
    assert f.median_hours_to_lapor == pytest.approx(4.0)
    # K15: admin and loket acted in the 30 days before the cut-off; pasif only in October.
    assert f.staff_activity.active_usernames == {"admin", "loket"}
    assert f.staff_activity.account_usernames == {"admin", "loket", "pasif"}
    # K16.
    assert {c: m.complaint_ids for c, m in f.channel_mix.items() if m.value} == {
        Channel.WALK_IN: ids(s, "ADI"),
        Channel.LETTER: ids(s, "B"),
        Channel.PHONE: ids(s, "C"),
        Channel.EMAIL: ids(s, "E"),
        Channel.SMS: ids(s, "F"),
        Channel.SOCIAL_MEDIA: ids(s, "H"),
    }
    # Reopened apart: D.
    assert f.reopened.complaint_ids == ids(s, "D")
    matrix = f.matrix
    assert matrix[tidak][StatusGroup.ARSIP].complaint_ids == ids(s, "EF")
    assert matrix[Classification.PENGADUAN_BERKADAR_PENGAWASAN][
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI
    ].complaint_ids == ids(s, "B")
    assert sum(c.value for row in matrix.values() for c in row.values()) == 8


def test_breakdowns_and_status_over_time_of_the_small_desk(small: SmallDesk) -> None:
    f = small.desk.reports.compute(NOVEMBER, CUT_OFF)
    s = small

    def rows(dimension: Dimension) -> dict[str, frozenset[int]]:
        return {r.key: r.received.complaint_ids for r in f.breakdowns[dimension]}

    # Officer: who recorded each (G, merged, not counted).
    assert rows(Dimension.OFFICER) == {"admin": ids(s, "BDFH"), "loket": ids(s, "ACEI")}
    officers = {r.key: r.label for r in f.breakdowns[Dimension.OFFICER]}
    assert officers == {"admin": "Admin Meja", "loket": "Loket"}
    # Unit at the cut-off: A, C, D with the first unit, B with the second; others none.
    unit_1, unit_2 = (str(u) for u in s.units)
    assert rows(Dimension.UNIT) == {unit_1: ids(s, "ACD"), unit_2: ids(s, "B"), "": ids(s, "EFHI")}
    # Category: C under Kesehatan › Pelayanan Puskesmas, the rest Infrastruktur › Jalan ...
    by_label = {r.label: r for r in f.breakdowns[Dimension.CATEGORY]}
    assert by_label["Infrastruktur"].received.complaint_ids == ids(s, "ABDEFHI")
    assert by_label["Infrastruktur"].parent_key is None
    road = by_label["Jalan dan Jembatan"]
    assert road.received.complaint_ids == ids(s, "ABDEFHI")
    assert road.parent_key == by_label["Infrastruktur"].key
    assert by_label["Pelayanan Puskesmas"].received.complaint_ids == ids(s, "C")
    assert by_label["Pelayanan Puskesmas"].completed_on_time.denominator.complaint_ids == ids(
        s, "C"
    )
    top = [r for r in f.breakdowns[Dimension.CATEGORY] if r.parent_key is None]
    assert sum(r.received.value for r in top) == f.received.value
    # One office and one village for all of them.
    assert [(r.key, r.label) for r in f.breakdowns[Dimension.DESK]] == [("3201", OFFICE)]
    assert [r.key for r in f.breakdowns[Dimension.KECAMATAN]] == ["32.01.01"]
    assert [r.key for r in f.breakdowns[Dimension.DESA]] == ["32.01.01.1001"]
    infrastructure = by_label["Infrastruktur"]
    assert infrastructure.completed.numerator.complaint_ids == ids(s, "A")
    assert infrastructure.followed_up.numerator.complaint_ids == ids(s, "AD")
    # Status over time, the end of each November day (30 days: daily).
    days = {point.day: point.groups for point in f.status_over_time}
    assert len(days) == 30 and max(days) == dt.date(2026, 11, 30)
    # 2 Nov: A received. 12 Nov: H new; B disposed; A and C closed; D held; E, F out.
    assert days[dt.date(2026, 11, 2)][StatusGroup.BELUM_TERVERIFIKASI] == 1
    assert days[dt.date(2026, 11, 12)] == {
        StatusGroup.BELUM_TERVERIFIKASI: 1,
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: 1,
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: 0,
        StatusGroup.TERDISPOSISI_SELESAI: 2,
        StatusGroup.TERTUNDA: 1,
        StatusGroup.ARSIP: 2,
    }
    # 30 Nov: I new; D in process again after its reopening.
    assert days[dt.date(2026, 11, 30)] == {
        StatusGroup.BELUM_TERVERIFIKASI: 2,
        StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: 1,
        StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: 1,
        StatusGroup.TERDISPOSISI_SELESAI: 2,
        StatusGroup.TERTUNDA: 0,
        StatusGroup.ARSIP: 2,
    }


def test_what_happens_after_the_cut_off_leaves_the_figures_as_they_were(
    small: SmallDesk,
) -> None:
    s = small
    before = s.desk.reports.compute(NOVEMBER, CUT_OFF)
    s.act("B", wib(12, 7), EventKind.PROCESS_STARTED)
    s.act("B", wib(12, 7, 11), EventKind.ANSWERED, text="Sudah ditindak.")
    s.act("B", wib(12, 8), EventKind.CLOSED, rating=2)
    s.act("H", wib(12, 7), EventKind.VERIFIED)
    s.act("A", wib(12, 7), EventKind.REOPENED)
    s.act("G", wib(12, 7, 12), EventKind.REOPENED)  # no longer merged away
    s.act("J", wib(12, 8), EventKind.ARCHIVED, reason="Ganda")
    s.acknowledge("B", wib(12, 8))
    s.record("late", wib(12, 7))
    s.desk.accounts.sign_in("pasif", ACCOUNT_PASSWORD)
    after = s.desk.reports.compute(NOVEMBER, CUT_OFF)
    assert after == before
    # ... while a later cut-off sees them: B closed, G back in the cohort.
    s.as_admin()
    later = s.desk.reports.compute(NOVEMBER, wib(12, 9))
    assert s.ids["B"] in later.completed.numerator.complaint_ids
    assert s.ids["G"] in later.received.complaint_ids


def test_only_verifiers_and_administrators_compute_reports(small: SmallDesk) -> None:
    small.as_loket()
    with pytest.raises(PermissionDeniedError):
        small.desk.reports.compute(NOVEMBER, CUT_OFF)
    small.desk.accounts.sign_in("pasif", ACCOUNT_PASSWORD)
    figures: ReportFigures = small.desk.reports.compute(NOVEMBER, CUT_OFF)
    assert figures.received.value == 8
