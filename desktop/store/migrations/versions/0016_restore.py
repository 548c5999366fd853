"""Office mode: the events a desk pulled and keeps as they came (`office_kept`): the office
server's own (SP4N-LAPOR!'s news, with the server's seal), given back to a register restored
from a backup that lacks them; and events of a kind the desk's release cannot read yet.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-16
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_kept",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("seal", sa.String(length=64), nullable=True),
        sa.Column("unread", sa.Boolean(), nullable=False),
        sa.Column("give_back", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_kept")),
    )
    op.create_index("ix_office_kept_unread_give_back", "office_kept", ["unread", "give_back"])


def downgrade() -> None:
    op.drop_index("ix_office_kept_unread_give_back", "office_kept")
    op.drop_table("office_kept")
