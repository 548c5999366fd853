"""An index for the links other complaints made to a complaint (shown in its timeline).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_follow_up_event_linked_complaint_id", "follow_up_event", ["linked_complaint_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_event_linked_complaint_id", table_name="follow_up_event")
