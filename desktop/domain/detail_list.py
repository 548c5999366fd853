"""The detail list of a report (REPORTS.md, "Detail list"): one row per complaint, and what of it
a role may see once it leaves the desk as a file.

The rules are those of the screens (`desktop.services.disclosure`), applied row by row:
- a confidential ("Rahasia") report's title, description and reporter are withheld from roles
  that may not read confidential reports;
- the NIK is masked unless the export was asked with identities revealed (a permission of its
  own, audited);
- an anonymous ("Anonim") report never shows its reporter, whoever exports it.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.masking import mask_nik

# A spreadsheet cell is not the place for a whole story: the list is for finding complaints.
DESCRIPTION_LENGTH = 200
ELLIPSIS = "…"

# What a spreadsheet may take for the start of a formula (OWASP "CSV injection"): = + - @, and a
# tab or carriage return some programs skip before looking at the rest.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class DetailRow(NamedTuple):
    """One complaint as the detail list needs it; names of categories and units come apart.

    A named tuple rather than a dataclass: a list is 200,000 of them, and `_replace` costs a
    tenth of `dataclasses.replace`."""

    id: int
    local_number: str
    national_tracking_id: str
    status: Status
    type: ComplaintType
    supervisory: bool
    title: str
    description: str
    reporter_name: str
    reporter_nik: str
    channel: Channel
    category_id: int | None
    unit_id: int | None
    incident_date: dt.date | None
    received_at: dt.datetime
    is_anonymous: bool
    is_secret: bool
    withheld: bool = False  # confidential content withheld from this role


def shortened(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` on one line, cut at a word to at most `limit` characters (with an ellipsis)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - len(ELLIPSIS)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip() + ELLIPSIS


def disclosed(row: DetailRow, *, may_view_confidential: bool, reveal_identity: bool) -> DetailRow:
    """The row as the exporting role may see it; descriptions shortened."""
    if row.is_secret and not may_view_confidential:
        return row._replace(
            title="", description="", reporter_name="", reporter_nik="", withheld=True
        )
    if row.is_anonymous:
        return row._replace(
            description=shortened(row.description), reporter_name="", reporter_nik=""
        )
    nik = row.reporter_nik if reveal_identity else mask_nik(row.reporter_nik)
    return row._replace(description=shortened(row.description), reporter_nik=nik)


def neutralised(text: str) -> str:
    """`text` as a CSV field no spreadsheet runs as a formula: a leading apostrophe (which
    spreadsheets take for "this is text") before what could start one."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
