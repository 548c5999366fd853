"""A `ReportFigures` built by hand, of a realistic size, for the "Laporan" tab's tests and
screenshots (the figures engine is tested on its own, against a desk written event by event).

The numbers are consistent with each other (K2 = K3 + K4, every complaint in one status group,
the channels add up to K1) so that what a test reads off the screen can be counted here.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from desktop.domain.complaint import Channel
from desktop.domain.report_figures import (
    BacklogBucket,
    Classification,
    Count,
    Dimension,
    Duration,
    DurationStep,
    ReportFigures,
    ReportPeriod,
    Satisfaction,
    Share,
    StaffActivity,
    StatusGroup,
    StatusOverTime,
)

JUNE_2026 = ReportPeriod.month(2026, 6)
CUT_OFF = dt.datetime(2026, 7, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))

# How many of the 215 complaints of the month stand in each group at the cut-off (Jambi 2020's
# figures: 35% completed, 6% in process).
GROUP_SIZES = {
    StatusGroup.BELUM_TERVERIFIKASI: 31,
    StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: 78,
    StatusGroup.TERDISPOSISI_SEDANG_DIPROSES: 13,
    StatusGroup.TERDISPOSISI_SELESAI: 75,
    StatusGroup.TERTUNDA: 6,
    StatusGroup.ARSIP: 12,
}
CHANNEL_SIZES = {
    Channel.WALK_IN: 96,
    Channel.PHONE: 41,
    Channel.LETTER: 22,
    Channel.EMAIL: 18,
    Channel.SMS: 9,
    Channel.SOCIAL_MEDIA: 25,
    Channel.OTHER: 4,
}


def _split(ids: Sequence[int], sizes: Sequence[int]) -> list[Count]:
    parts, start = [], 0
    for size in sizes:
        parts.append(Count(frozenset(ids[start : start + size])))
        start += size
    return parts


def _share(numerator: frozenset[int], denominator: frozenset[int]) -> Share:
    return Share(Count(numerator), Count(denominator))


def june_figures(first_id: int = 1) -> ReportFigures:
    """June 2026 at a district desk: 215 complaints received, ids first_id.. in a row."""
    rng = random.Random(17)
    ids = list(range(first_id, first_id + sum(GROUP_SIZES.values())))
    received = frozenset(ids)
    shuffled = ids[:]
    rng.shuffle(shuffled)
    groups = dict(zip(GROUP_SIZES, _split(shuffled, list(GROUP_SIZES.values())), strict=True))
    rng.shuffle(shuffled)
    channels = dict(zip(CHANNEL_SIZES, _split(shuffled, list(CHANNEL_SIZES.values())), strict=True))
    completed = groups[StatusGroup.TERDISPOSISI_SELESAI].complaint_ids
    in_process = groups[StatusGroup.TERDISPOSISI_SEDANG_DIPROSES].complaint_ids
    unverified = groups[StatusGroup.BELUM_TERVERIFIKASI].complaint_ids
    verified = received - unverified
    archived = groups[StatusGroup.ARSIP].complaint_ids
    forwarded = frozenset(sorted(archived)[:5])
    # Backlog at the cut-off: the open complaints of June and 40 older ones still open.
    older = list(range(first_id + 1000, first_id + 1040))
    open_now = (
        sorted(
            unverified
            | groups[StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI].complaint_ids
            | in_process
            | groups[StatusGroup.TERTUNDA].complaint_ids
        )
        + older
    )
    backlog = dict(zip(BacklogBucket, _split(open_now, [22, 19, 61, 54, 12]), strict=True))
    verified_in_time = frozenset(sorted(verified)[:160])
    disposed = sorted(verified - archived)
    followed_in_time = frozenset(disposed[:70])
    closed_in_time = frozenset(sorted(completed)[:58])
    classification_rows = {}
    order = sorted(received)
    kinds = list(Classification)
    for kind in kinds:
        mine = frozenset(i for i in order if i % len(kinds) == kinds.index(kind))
        classification_rows[kind] = {g: Count(c.complaint_ids & mine) for g, c in groups.items()}
    walk_in_and_letters = (
        channels[Channel.WALK_IN].complaint_ids | channels[Channel.LETTER].complaint_ids
    )
    days = []
    for day in range(30):
        so_far = min(215, round(215 * (day + 1) / 30))
        done = round(so_far * 0.35 * day / 29)
        days.append(
            StatusOverTime(
                JUNE_2026.first_day + dt.timedelta(days=day),
                {
                    StatusGroup.BELUM_TERVERIFIKASI: max(so_far // 6, 31 if day == 29 else 0),
                    StatusGroup.TERDISPOSISI_BELUM_DITINDAKLANJUTI: so_far - so_far // 6 - done,
                    StatusGroup.TERDISPOSISI_SELESAI: done,
                },
            )
        )
    rated = frozenset(sorted(completed)[:40])
    return ReportFigures(
        period=JUNE_2026,
        cut_off=CUT_OFF,
        office_name="Kecamatan Cibinong",
        received=Count(received),
        followed_up=_share(completed | in_process, received),
        completed=_share(completed, received),
        in_process=_share(in_process, received),
        backlog=backlog,
        verified_on_time=_share(verified_in_time, verified),
        first_follow_up_on_time=_share(followed_in_time, frozenset(disposed)),
        completed_on_time=_share(closed_in_time, completed),
        completed_on_time_by_classification={
            kind: _share(
                closed_in_time & rows[StatusGroup.TERDISPOSISI_SELESAI].complaint_ids,
                rows[StatusGroup.TERDISPOSISI_SELESAI].complaint_ids,
            )
            for kind, rows in classification_rows.items()
        },
        durations={
            DurationStep.VERIFY: Duration(DurationStep.VERIFY, Count(verified), 1.0, 4.0),
            DurationStep.FIRST_FOLLOW_UP: Duration(
                DurationStep.FIRST_FOLLOW_UP, Count(frozenset(disposed)), 3.5, 9.0
            ),
            DurationStep.COMPLETE: Duration(DurationStep.COMPLETE, Count(completed), 8.0, 21.5),
        },
        satisfaction=Satisfaction(
            rated=Count(rated),
            mean_rating=3.4,
            rated_4_or_more=_share(frozenset(sorted(rated)[:26]), rated),
            response_rate=_share(rated, completed),
        ),
        status_groups=groups,
        archived=_share(archived - forwarded, received),
        archived_by_reason={
            "Duplikat": Count(frozenset(sorted(archived - forwarded)[:4])),
            "Tidak lengkap": Count(frozenset(sorted(archived - forwarded)[4:])),
        },
        forwarded=_share(forwarded, received),
        reached_lapor=_share(frozenset(sorted(walk_in_and_letters)[:101]), walk_in_and_letters),
        median_hours_to_lapor=5.5,
        staff_activity=StaffActivity(
            frozenset({"sri", "rudi", "ayu", "bambang"}),
            frozenset({"sri", "rudi", "ayu", "bambang", "dedi"}),
        ),
        channel_mix=channels,
        matrix=classification_rows,
        breakdowns={dimension: () for dimension in Dimension},
        status_over_time=tuple(days),
        reopened=Count(frozenset(sorted(completed)[:3])),
    )
