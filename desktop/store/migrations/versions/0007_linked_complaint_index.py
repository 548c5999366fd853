"""An index for the links other complaints made to a complaint (shown in its timeline).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_follow_up_event_linked_complaint_id", "follow_up_event", ["linked_complaint_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_event_linked_complaint_id", table_name="follow_up_event")
