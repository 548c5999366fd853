"""The follow-up history of each complaint (events; the status is derived from them).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_up_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("contact_method", sa.String(length=20), nullable=True),
        sa.Column("linked_complaint_id", sa.Integer(), nullable=True),
        sa.Column("corrects_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_follow_up_event_complaint_id_complaint"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["institution.id"], name=op.f("fk_follow_up_event_unit_id_institution")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_follow_up_event_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["linked_complaint_id"],
            ["complaint.id"],
            name=op.f("fk_follow_up_event_linked_complaint_id_complaint"),
        ),
        sa.ForeignKeyConstraint(
            ["corrects_event_id"],
            ["follow_up_event.id"],
            name=op.f("fk_follow_up_event_corrects_event_id_follow_up_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_event")),
    )
    op.create_index("ix_follow_up_event_complaint_id_id", "follow_up_event", ["complaint_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_follow_up_event_complaint_id_id", table_name="follow_up_event")
    op.drop_table("follow_up_event")
