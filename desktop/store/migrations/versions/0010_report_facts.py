"""Each complaint's report facts: its journal of what its history says for the reports, who
recorded it, and the moments that find it by index (`ComplaintReportFacts`).

Backfilled here from every complaint's history and the audit trail's "complaint.created"
entries (seeded complaints have none: their recorder stays unknown). The journal is built by
`desktop.domain.report_rules.journal_of`, the function the desk keeps it up with: should its
recipe ever change, a later revision rebuilds the column the same way.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_CHUNK = 5_000

_complaint = sa.table("complaint", sa.column("id", sa.Integer), sa.column("local_number"))
_audit = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer),
    sa.column("actor"),
    sa.column("action"),
    sa.column("target"),
)
_event = sa.table(
    "follow_up_event",
    sa.column("id", sa.Integer),
    sa.column("complaint_id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("kind"),
    sa.column("text"),
    sa.column("unit_id", sa.Integer),
    sa.column("institution_id", sa.Integer),
    sa.column("reason"),
    sa.column("rating", sa.Integer),
    sa.column("contact_method"),
    sa.column("linked_complaint_id", sa.Integer),
    sa.column("corrects_event_id", sa.Integer),
    sa.column("national_status"),
)


def upgrade() -> None:
    facts = op.create_table(
        "complaint_report_facts",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("journal", sa.Text(), nullable=False),
        sa.Column("last_event_at", sa.DateTime(), nullable=True),
        sa.Column("first_closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_report_facts_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_complaint_report_facts")),
    )
    op.create_index(
        op.f("ix_complaint_report_facts_last_event_at"),
        "complaint_report_facts",
        ["last_event_at"],
    )
    op.create_index(
        op.f("ix_complaint_report_facts_last_closed_at"),
        "complaint_report_facts",
        ["last_closed_at"],
    )
    assert facts is not None
    _backfill(op.get_bind(), facts)


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_report_facts_last_closed_at"), "complaint_report_facts")
    op.drop_index(op.f("ix_complaint_report_facts_last_event_at"), "complaint_report_facts")
    op.drop_table("complaint_report_facts")


def _backfill(connection: sa.Connection, facts: sa.Table) -> None:
    """Complaint by complaint, events streamed in order: a desk of a million events is filled
    without holding them all at once."""
    recorders: dict[str, str] = {}
    created = (
        sa.select(_audit.c.target, _audit.c.actor)
        .where(_audit.c.action == "complaint.created")
        .order_by(_audit.c.id)
    )
    for target, actor in connection.execute(created):
        recorders.setdefault(target, actor)
    numbers = connection.execute(
        sa.select(_complaint.c.id, _complaint.c.local_number).order_by(_complaint.c.id)
    ).all()
    events = _events(connection)
    pending = next(events, None)
    rows: list[dict[str, Any]] = []
    for complaint_id, local_number in numbers:
        history = []
        while pending is not None and pending[0] <= complaint_id:
            if pending[0] == complaint_id:
                history.append(pending[1])
            pending = next(events, None)
        rows.append(_row(complaint_id, recorders.get(local_number, ""), history))
        if len(rows) >= _CHUNK:
            connection.execute(sa.insert(facts), rows)
            rows = []
    if rows:
        connection.execute(sa.insert(facts), rows)


def _row(complaint_id: int, recorded_by: str, history: list[Any]) -> dict[str, Any]:
    from desktop.domain.follow_up import EventRefusedError, FollowUpState, apply
    from desktop.domain.report_rules import closure_moments, journal_of, last_event_moment

    try:
        journal = journal_of(history)
    except EventRefusedError:
        # A history changed by hand that no longer replays: the events that still fit.
        fitting, state = [], FollowUpState()
        for event in history:
            try:
                state = apply(state, event)
            except EventRefusedError:
                continue
            fitting.append(event)
        journal = journal_of(fitting)
    closed = closure_moments(journal)
    return {
        "complaint_id": complaint_id,
        "recorded_by": recorded_by,
        "journal": journal,
        "last_event_at": _naive(last_event_moment(history)),
        "first_closed_at": _naive(closed[0]) if closed else None,
        "last_closed_at": _naive(closed[1]) if closed else None,
    }


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """Stored as the desk stores every moment: naive UTC (`schema.UtcDateTime`)."""
    return None if moment is None else moment.astimezone(dt.UTC).replace(tzinfo=None)


def _events(connection: sa.Connection) -> Iterator[tuple[int, Any]]:
    from desktop.domain.complaint import Status
    from desktop.domain.follow_up import ContactMethod, EventKind, FollowUpEvent

    query = sa.select(_event).order_by(_event.c.complaint_id, _event.c.id)
    for row in connection.execute(query):
        yield (
            row.complaint_id,
            FollowUpEvent(
                kind=EventKind(row.kind),
                at=row.at.replace(tzinfo=dt.UTC),
                text=row.text or "",
                unit_id=row.unit_id,
                institution_id=row.institution_id,
                reason=row.reason or "",
                rating=row.rating,
                contact_method=ContactMethod(row.contact_method) if row.contact_method else None,
                linked_complaint_id=row.linked_complaint_id,
                corrects_event_id=row.corrects_event_id,
                national_status=Status(row.national_status) if row.national_status else None,
            ),
        )
