"""Exporting a report's detail list (XLSX or CSV): the complaints a figure counts, one a row.

What leaves the desk follows the screens' rules (`desktop.domain.detail_list.disclosed`):
confidential content withheld from roles that may not read it, NIK masked unless identities
are revealed (asked for, permitted to fewer roles), no identity ever for an anonymous report.
Each export leaves one audit entry (who, how many rows, in which format, whether identities
were revealed, how many confidential reports were withheld), committed with the file's rename
into place, so no list leaves without its entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.domain.detail_list import disclosed
from desktop.services.access import AccessControl
from desktop.services.report_texts import ReportTexts
from desktop.services.report_values import ReportHeading, replace_with, temporary_beside
from desktop.store import reference
from desktop.store.database import Database
from desktop.store.detail_rows import detail_rows, pages

if TYPE_CHECKING:
    # XlsxWriter loads with the first export, not with the desk (start-up time).
    from desktop.services.detail_writers import DetailWriter


class DetailFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class DetailExport:
    """What an export wrote."""

    rows: int
    identities_revealed: bool
    withheld: int  # confidential reports whose content this role may not read


class DetailLists:
    """The detail lists of reports, written to files and recorded in the audit trail."""

    def __init__(
        self, database: Database, access: AccessControl, clock: Callable[[], dt.datetime]
    ) -> None:
        self._database = database
        self._access = access
        self._clock = clock

    def export(
        self,
        complaint_ids: Iterable[int],
        target: Path,
        texts: ReportTexts,
        *,
        file_format: DetailFormat = DetailFormat.XLSX,
        reveal_identity: bool = False,
        heading: ReportHeading | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> DetailExport:
        """Write the complaints `complaint_ids` (in register order; ids that do not exist are
        left out) to `target`, replacing it whole. `reveal_identity` writes full NIKs and
        needs REVEAL_IDENTITY; `progress` is called with the rows written so far, a page at a
        time. PermissionDeniedError when the role may not; OSError when the file cannot be
        written (the previous `target`, if any, is then left as it was)."""
        actor = self._access.require(Permission.VIEW_COMPLAINTS)
        if reveal_identity:
            self._access.require(Permission.REVEAL_IDENTITY)
        may_view_confidential = actor.may(Permission.VIEW_CONFIDENTIAL)
        with self._database.reading() as session:
            categories = {c.id: c.path for c in reference.categories(session)}
            units = {i.id: i.name for i in reference.institutions(session)}
        from desktop.services.detail_writers import cells_of

        rows = withheld = 0
        with temporary_beside(target) as part:
            writer = self._writer(part, texts, file_format, reveal_identity, heading)
            try:
                with self._database.reading() as session:  # one snapshot for the whole list
                    for page in pages(complaint_ids):
                        for found in detail_rows(session, page):
                            row = disclosed(
                                found,
                                may_view_confidential=may_view_confidential,
                                reveal_identity=reveal_identity,
                            )
                            writer.add(cells_of(row, texts, categories, units))
                            rows += 1
                            withheld += row.withheld
                        if progress is not None:
                            progress(rows)
            finally:
                writer.close()
            details = {
                "what": "detail_list",
                "format": file_format.value,
                "rows": rows,
                "revealed": reveal_identity,
                "withheld": withheld,
                "file": target.name,
            }
            placed = False
            try:
                with self._database.writing() as session:
                    self._access.record(session, AuditAction.EXPORT, details=details)
                    replace_with(part, target)
                    placed = True
            except BaseException:
                if placed:  # the entry was not committed: no list without it
                    target.unlink(missing_ok=True)
                raise
        return DetailExport(rows, reveal_identity, withheld)

    def _writer(
        self,
        part: Path,
        texts: ReportTexts,
        file_format: DetailFormat,
        reveal_identity: bool,
        heading: ReportHeading | None,
    ) -> DetailWriter:
        from desktop.services.detail_writers import (
            CsvDetailWriter,
            DetailLines,
            XlsxDetailWriter,
        )

        if file_format is DetailFormat.CSV:
            return CsvDetailWriter(part, texts)
        actor = self._access.signed_in()
        note = texts.identities_revealed_note if reveal_identity else texts.identities_masked_note
        exported = texts.exported_line.format(
            moment=texts.format_moment(self._clock()), name=actor.full_name or actor.username
        )
        return XlsxDetailWriter(part, texts, DetailLines(heading, note, exported))
