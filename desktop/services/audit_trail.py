"""The audit trail's admin side: reading it, checking its hash chain, exporting it.

Reading the trail is itself a sensitive act (it shows who did what and when), so every method
needs `Permission.VIEW_AUDIT`, and checks and exports leave entries of their own.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.services.access import AccessControl
from desktop.services.audit_values import AuditFilter, AuditLine, AuditLines, ChainResult
from desktop.store import audit, complaints, report_register
from desktop.store.database import Database
from desktop.store.errors import storage_faults
from desktop.store.files import replaced_atomically

if TYPE_CHECKING:
    from desktop.services.desk import Desk

CSV_COLUMNS = ("time", "user", "action", "target", "details")


class AuditTrail:
    """What an admin can do with the audit trail."""

    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def entries(self, wanted: AuditFilter) -> AuditLines:
        """Matching entries, newest first, at most `wanted.limit` of them."""
        self._access.require(Permission.VIEW_AUDIT)
        with self._database.reading() as session:
            # One more than asked tells whether the cap hid anything.
            lines = _lines(session, wanted, wanted.limit + 1)
        return AuditLines(tuple(lines[: wanted.limit]), len(lines) > wanted.limit)

    def actors(self) -> list[str]:
        """Usernames found in the trail, for the user filter."""
        self._access.require(Permission.VIEW_AUDIT)
        with self._database.reading() as session:
            return audit.actors(session)

    def verify(self) -> ChainResult:
        """Check the whole hash chain, then record that it was checked and what was found."""
        self._access.require(Permission.VIEW_AUDIT)
        return _verify_and_record(self._database, self._access)

    def export_csv(self, wanted: AuditFilter, path: Path) -> int:
        """Write every matching entry (no cap) to `path` as CSV; returns the number of rows.

        The file and its EXPORT entry go together: the entry is committed only after the file
        is in place, and the file is removed when that commit fails, so no export goes
        unrecorded. Excel on Windows needs the BOM to read the file as UTF-8.
        """
        self._access.require(Permission.VIEW_AUDIT)
        written = False
        try:
            with self._database.writing() as session:
                lines = _lines(session, wanted, None)
                _write_csv(lines, path)
                written = True
                self._access.record(
                    session, AuditAction.EXPORT, details={"what": "audit", "rows": len(lines)}
                )
        except BaseException:
            if written:
                path.unlink(missing_ok=True)
            raise
        return len(lines)


def verify_audit_chain(desk: Desk, recorded: tuple[int, str] | None = None) -> tuple[bool, str]:
    """For the `audit verify` command: check the chain and say so in one English line.

    The line ends with the count and head hash to keep (on paper, in the IT log): given back
    as `recorded` next time, they show whether entries were cut from the end since.
    Needs no sign-in: whoever holds the database key can already read every entry, as for
    backups. The check is recorded without an actor.
    """
    result = _verify_and_record(desk.database, desk.access, recorded)
    record = f"{result.entries}:{result.head_hash[:16]}"
    if result.first_broken_id is not None:
        return False, (
            f"audit trail BROKEN at entry {result.first_broken_id} (of {result.entries:,} checked)"
        )
    if result.behind_record:
        assert recorded is not None
        return False, (
            f"audit trail CUT SHORT: entry {recorded[0]:,} is missing or changed "
            f"({result.entries:,} entries now)"
        )
    if not result.register_whole:
        return False, f"register CHANGED OUTSIDE the desk: {_register_findings(result)}"
    if not result.reports_whole:
        shown = ", ".join(str(i) for i in result.reports_not_as_issued[:5])
        return False, (
            f"issued reports CHANGED OUTSIDE the desk: {len(result.reports_not_as_issued):,} "
            f"not as issued (report {shown})"
        )
    reports = f"{result.reports:,} issued report(s) as issued; " if result.reports else ""
    return True, (
        f"audit trail intact: {result.entries:,} entries; "
        f"{result.complaints:,} complaint(s) accounted for; {reports}record {record}"
    )


def _register_findings(result: ChainResult) -> str:
    """What the register check found, in a few words (the first numbers of each kind)."""

    def some(numbers: tuple[str, ...]) -> str:
        shown = ", ".join(numbers[:3])
        return shown + (f" and {len(numbers) - 3:,} more" if len(numbers) > 3 else "")

    found = []
    if result.changed:
        found.append(
            f"{len(result.changed):,} complaint(s) not as last recorded ({some(result.changed)})"
        )
    if result.unaccounted:
        found.append(
            f"{len(result.unaccounted):,} complaint(s) no entry accounts for "
            f"({some(result.unaccounted)})"
        )
    if result.removed:
        found.append(f"{result.removed:,} recorded complaint(s) gone")
    return "; ".join(found)


def _verify_and_record(
    database: Database, access: AccessControl, recorded: tuple[int, str] | None = None
) -> ChainResult:
    # Checked in a read transaction so a long trail does not hold the write lock.
    with database.reading() as session:
        check = audit.verify_chain(session, recorded)
        register = audit.check_register(session)
        reports = report_register.check(session)
        changed = _numbers(session, register.changed)
        unaccounted = _numbers(session, register.unaccounted)
    details: dict[str, object] = {
        "entries": check.entries,
        "first_broken_id": check.first_broken_id,
        "complaints": register.complaints,
    }
    if not register.whole:  # ids only: a local number is no personal data, but keep it short
        details["not_as_recorded"] = len(register.changed)
        details["unaccounted"] = len(register.unaccounted)
        details["removed"] = len(register.removed)
    not_as_issued = reports.changed + reports.unaccounted + reports.removed
    if not_as_issued:
        details["reports_not_as_issued"] = len(not_as_issued)
    if database.read_only is None:  # read-only or full storage: verified, but not recorded
        with database.writing() as session:
            access.record(session, AuditAction.AUDIT_VERIFIED, details=details)
    return ChainResult(
        check.entries,
        check.first_broken_id,
        check.head_hash,
        check.behind_record,
        complaints=register.complaints,
        changed=tuple(changed[i] for i in register.changed),
        unaccounted=tuple(unaccounted[i] for i in register.unaccounted),
        removed=len(register.removed),
        reports=reports.reports,
        reports_not_as_issued=tuple(sorted(not_as_issued)),
    )


def _numbers(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 900):  # under SQLite's parameter limit
        found.update(complaints.numbers(session, ids[start : start + 900]))
    return found


def _lines(session: Session, wanted: AuditFilter, limit: int | None) -> list[AuditLine]:
    records = audit.entries(
        session,
        actor=wanted.actor or None,
        actions=tuple(sorted(wanted.actions)),
        since=_local_midnight(wanted.since) if wanted.since else None,
        # The store's `until` is exclusive: the day after the last one asked for.
        until=_local_midnight(wanted.until + dt.timedelta(days=1)) if wanted.until else None,
        limit=limit,
    )
    return [_line(record) for record in records]


def _local_midnight(day: dt.date) -> dt.datetime:
    """The start of `day` at the desk (its time zone), as an aware datetime."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def _line(record: audit.AuditRecord) -> AuditLine:
    return AuditLine(
        record.id, record.at, record.actor, record.action, record.target, record.details
    )


def _write_csv(lines: Iterable[AuditLine], path: Path) -> None:
    """Write to a temporary file beside `path`, then rename: no half-written export remains."""
    with (
        storage_faults(),
        replaced_atomically(path, encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(CSV_COLUMNS)
        for line in lines:
            writer.writerow(
                (
                    line.at.astimezone().isoformat(timespec="seconds"),
                    line.actor,
                    line.action,
                    line.target,
                    json.dumps(line.details, ensure_ascii=False, sort_keys=True),
                )
            )
