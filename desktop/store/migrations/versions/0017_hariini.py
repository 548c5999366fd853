"""Office mode: the desk a follow-up event was made at (its code, "L2"), so a complaint's
timeline on any desk of the office says who did what at which desk. Empty on a desk that never
joined an office, and for events that came before this column (their desk is not known).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-17
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up_event") as batch:
        batch.add_column(
            sa.Column("desk_code", sa.String(length=4), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_event") as batch:
        batch.drop_column("desk_code")
