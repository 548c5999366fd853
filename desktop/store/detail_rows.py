"""The detail list's rows, read a page at a time so a list of any length stays small in memory.

Plain SELECTs by id (no SQLite functions): the office server runs the same on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.detail_list import DetailRow
from desktop.store.schema import Complaint

_STATUSES = {status.value: status for status in Status}
_TYPES = {kind.value: kind for kind in ComplaintType}
_CHANNELS = {channel.value: channel for channel in Channel}
# Ids per query: well under SQLite's older limit of 999 bound parameters.
PAGE = 900


def pages(ids: Iterable[int], size: int = PAGE) -> Iterator[list[int]]:
    """`ids` without repeats, in ascending order (the order of the register), cut in pages."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def detail_rows(session: Session, ids: Sequence[int]) -> list[DetailRow]:
    """The rows of the complaints `ids` that exist, in ascending id order."""
    if not ids:
        return []
    statement = (
        select(
            Complaint.id,
            Complaint.local_number,
            Complaint.national_tracking_id,
            Complaint.status,
            Complaint.type,
            Complaint.supervisory,
            Complaint.title,
            Complaint.description,
            Complaint.reporter_name,
            Complaint.reporter_nik,
            Complaint.channel,
            Complaint.category_id,
            Complaint.unit_id,
            Complaint.incident_date,
            Complaint.received_at,
            Complaint.is_anonymous,
            Complaint.is_secret,
        )
        .where(Complaint.id.in_(ids))
        .order_by(Complaint.id)
    )
    # Positional and by lookup tables: this runs 200,000 times for a year's list.
    return [
        DetailRow(
            id,
            number,
            tracking or "",
            _STATUSES[status],
            _TYPES[kind],
            bool(supervisory),
            title,
            description,
            name,
            nik,
            _CHANNELS[channel],
            category_id,
            unit_id,
            incident_date,
            received_at,
            bool(anonymous),
            bool(secret),
        )
        for (
            id,
            number,
            tracking,
            status,
            kind,
            supervisory,
            title,
            description,
            name,
            nik,
            channel,
            category_id,
            unit_id,
            incident_date,
            received_at,
            anonymous,
            secret,
        ) in session.execute(statement)
    ]
