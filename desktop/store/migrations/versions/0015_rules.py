"""Office mode: the complaints whose personal data the office erased (`office_erasure`), so an
event naming one that arrives later is stored and taken in without that data. Holds uuids and
times only. Empty on a desk that never joins an office.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-20
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_erasure",
        sa.Column("complaint_uuid", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("complaint_uuid", name="pk_office_erasure"),
    )


def downgrade() -> None:
    op.drop_table("office_erasure")
