"""Which backups to keep: the rotation rules, on names and times only (no files here).

Automatic backups are thinned "grandfather-father-son" style: the newest backup of each of the
last N days, of the last N ISO weeks and of the last N months is kept, so a mistake noticed a
month late can still be undone while the folder does not grow without end. Copies taken before
an upgrade or before a restore are kept by count. Backups someone asked for are never deleted:
the desk cannot know why they were made.

Days, weeks and months are counted in UTC, the time the backup names carry: a desk in WIB sees
its day boundary at 07:00, which only shifts which backup of a day is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum


class BackupKind(StrEnum):
    AUTOMATIC = "auto"  # the daily backup the desk takes by itself
    MANUAL = "manual"  # asked for (menu, command line): never deleted automatically
    BEFORE_UPGRADE = "before-upgrade"  # taken before a schema migration
    BEFORE_RESTORE = "before-restore"  # the database a restore replaced


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    before_upgrade: int = 5
    before_restore: int = 5

    def __post_init__(self) -> None:
        # At least one daily backup: the newest automatic backup is never rotated away.
        if self.daily < 1 or min(self.weekly, self.monthly) < 0:
            raise ValueError("keep at least one daily backup")
        if min(self.before_upgrade, self.before_restore) < 1:
            raise ValueError("keep at least one backup taken before an upgrade or a restore")


@dataclass(frozen=True)
class Stamped:
    """A backup as rotation sees it: an identity (its name), its kind and when it was made."""

    name: str
    kind: BackupKind
    created_at: dt.datetime  # aware, UTC


def backups_to_delete(backups: Iterable[Stamped], retention: Retention) -> list[Stamped]:
    """The backups the rules no longer keep, oldest first."""
    by_kind: dict[BackupKind, list[Stamped]] = {kind: [] for kind in BackupKind}
    for backup in backups:
        by_kind[backup.kind].append(backup)
    for group in by_kind.values():
        group.sort(key=lambda b: (b.created_at, b.name), reverse=True)  # newest first

    keep: set[str] = set()
    automatic = by_kind[BackupKind.AUTOMATIC]
    keep |= _newest_per_period(automatic, retention.daily, lambda t: t.date())
    keep |= _newest_per_period(automatic, retention.weekly, lambda t: t.isocalendar()[:2])
    keep |= _newest_per_period(automatic, retention.monthly, lambda t: (t.year, t.month))
    keep |= {b.name for b in by_kind[BackupKind.BEFORE_UPGRADE][: retention.before_upgrade]}
    keep |= {b.name for b in by_kind[BackupKind.BEFORE_RESTORE][: retention.before_restore]}
    keep |= {b.name for b in by_kind[BackupKind.MANUAL]}

    doomed = [b for group in by_kind.values() for b in group if b.name not in keep]
    return sorted(doomed, key=lambda b: (b.created_at, b.name))


def _newest_per_period(
    newest_first: list[Stamped], periods: int, period_of: Callable[[dt.datetime], Hashable]
) -> set[str]:
    kept: dict[Hashable, str] = {}
    for backup in newest_first:
        period = period_of(backup.created_at.astimezone(dt.UTC))
        if period not in kept:
            if len(kept) == periods:
                break
            kept[period] = backup.name
    return set(kept.values())
