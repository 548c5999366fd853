"""The reports' settled rows (`ComplaintReportSettled`): each complaint out of the unit's hands
as its whole history leaves it, which a report reads instead of its journal; and an index over
the complaint columns a report reads, so a year's complaints are read from it alone.

Left empty here: a settled row is derived by the desk's calendar and deadline table, which a
migration does not build. The stored due dates' fingerprint is removed instead, so the desk
derives every complaint's dates again in the background when it opens (`services.due_dates`),
settled rows included; until then a report reads journals, as before (same figures, slower).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# `services.due_dates.FINGERPRINT_KEY`, as it was when this revision was written.
_FINGERPRINT_KEY = "sla.due_dates_fingerprint"
_setting = sa.table("setting", sa.column("key", sa.String))


def upgrade() -> None:
    op.create_table(
        "complaint_report_settled",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("last_event_at", sa.DateTime(), nullable=False),
        sa.Column("first_closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_closed_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("merged", sa.Boolean(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("reopened", sa.Boolean(), nullable=False),
        sa.Column("verify_days", sa.Integer(), nullable=True),
        sa.Column("verify_on_time", sa.Boolean(), nullable=True),
        sa.Column("verify_due", sa.Date(), nullable=True),
        sa.Column("follow_up_days", sa.Integer(), nullable=True),
        sa.Column("follow_up_on_time", sa.Boolean(), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("complete_days", sa.Integer(), nullable=True),
        sa.Column("complete_on_time", sa.Boolean(), nullable=True),
        sa.Column("complete_due", sa.Date(), nullable=True),
        sa.Column("timeline", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_report_settled_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_complaint_report_settled")),
    )
    op.create_index(
        "ix_complaint_report_settled_closed",
        "complaint_report_settled",
        ["last_closed_at", "received_at", "first_closed_at"],
    )
    op.create_index(
        "ix_complaint_report_columns",
        "complaint",
        [
            "received_at",
            "id",
            "channel",
            "type",
            "supervisory",
            "category_id",
            "institution_id",
            "region_code",
            "local_number",
        ],
    )
    op.execute(sa.delete(_setting).where(_setting.c.key == _FINGERPRINT_KEY))


def downgrade() -> None:
    op.drop_index("ix_complaint_report_columns", "complaint")
    op.drop_index("ix_complaint_report_settled_closed", "complaint_report_settled")
    op.drop_table("complaint_report_settled")
