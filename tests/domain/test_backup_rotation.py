"""Which backups rotation keeps, over a synthetic series of times."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.backup_rotation import BackupKind, Retention, Stamped, backups_to_delete

START = dt.datetime(2026, 1, 1, 2, 0, tzinfo=dt.UTC)


def series(kind: BackupKind, times: list[dt.datetime]) -> list[Stamped]:
    return [Stamped(f"{kind}-{t:%Y%m%dT%H%M%S}", kind, t) for t in times]


def kept(backups: list[Stamped], retention: Retention | None = None) -> list[str]:
    doomed = {b.name for b in backups_to_delete(backups, retention or Retention())}
    return sorted(b.name for b in backups if b.name not in doomed)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_6_months() -> None:
    days = [START + dt.timedelta(days=n) for n in range(365)]  # 1 Jan .. 31 Dec 2026
    backups = series(BackupKind.AUTOMATIC, days)
    names = kept(backups)
    dates = sorted({name[5:13] for name in names})
    # Seven days: 25-31 December. Four ISO weeks (Monday to Sunday): week 53's newest is
    # 31 December, week 52's 27 December (both daily ones), weeks 51 and 50 end on 20 and 13
    # December. Six months: the newest of December .. July is its last day.
    assert dates == sorted(
        {f"202612{d}" for d in range(25, 32)}
        | {"20261220", "20261213"}
        | {"20261130", "20261031", "20260930", "20260831", "20260731"}
    )
    assert len(names) == 14


def test_several_backups_a_day_keep_the_newest_of_the_day() -> None:
    times = [START + dt.timedelta(hours=h) for h in range(0, 72, 6)]
    names = kept(series(BackupKind.AUTOMATIC, times), Retention(daily=2, weekly=0, monthly=0))
    assert names == ["auto-20260102T200000", "auto-20260103T200000"]


def test_manual_backups_stay_and_pre_upgrade_and_pre_restore_keep_a_count() -> None:
    old = [START - dt.timedelta(days=400 + n) for n in range(10)]
    manual = series(BackupKind.MANUAL, old)
    upgrades = series(BackupKind.BEFORE_UPGRADE, old)
    restores = series(BackupKind.BEFORE_RESTORE, old)
    names = kept(manual + upgrades + restores, Retention(before_upgrade=3, before_restore=2))
    assert [n for n in names if n.startswith("manual")] == sorted(b.name for b in manual)
    assert [n for n in names if n.startswith("before-upgrade")] == sorted(
        b.name for b in upgrades[:3]
    )
    assert len([n for n in names if n.startswith("before-restore")]) == 2


def test_the_newest_automatic_backup_is_always_kept() -> None:
    backups = series(BackupKind.AUTOMATIC, [START, START + dt.timedelta(seconds=1)])
    assert kept(backups, Retention(daily=1, weekly=0, monthly=0)) == [backups[1].name]
    with pytest.raises(ValueError):
        Retention(daily=0)
