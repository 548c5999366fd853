"""Office mode (docs/office-mode.md): a desk's outgoing office events and where the follow-up
events it shares stand in the office's order; the server's register of events, its desks and
its one-time join codes. A desk that never joins an office leaves these empty.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-15
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (batch "auto" needs no copy): the search triggers stay as they are.
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(
            sa.Column("recorded_at_desk", sa.String(length=4), nullable=False, server_default="")
        )
    with op.batch_alter_table("follow_up_event") as batch:
        batch.add_column(sa.Column("office_event_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("office_position", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("overtaken", sa.Boolean(), nullable=False, server_default="0"))
    op.create_index(
        "ix_follow_up_event_office_event_id", "follow_up_event", ["office_event_id"], unique=True
    )
    op.create_table(
        "office_outgoing",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_office_outgoing"),
        sa.UniqueConstraint("sequence", name="uq_office_outgoing_sequence"),
    )
    op.create_index("ix_office_outgoing_position", "office_outgoing", ["position"])
    op.create_table(
        "office_event",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("desk_sequence", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("position", name="pk_office_event"),
        sa.UniqueConstraint("id", name="uq_office_event_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_office_event_desk_id", "office_event", ["desk_id"])
    op.create_table(
        "office_desk",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("app_version", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_office_desk"),
        sa.UniqueConstraint("code", name="uq_office_desk_code"),
    )
    op.create_table(
        "office_join_code",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name="pk_office_join_code"),
    )


def downgrade() -> None:
    op.drop_table("office_join_code")
    op.drop_table("office_desk")
    op.drop_index("ix_office_event_desk_id", table_name="office_event")
    op.drop_table("office_event")
    op.drop_index("ix_office_outgoing_position", table_name="office_outgoing")
    op.drop_table("office_outgoing")
    op.drop_index("ix_follow_up_event_office_event_id", table_name="follow_up_event")
    with op.batch_alter_table("follow_up_event") as batch:
        batch.drop_column("overtaken")
        batch.drop_column("office_position")
        batch.drop_column("office_event_id")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("recorded_at_desk")
