"""Indexes for finding a person by NIK, phone or name.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_complaint_reporter_nik": "reporter_nik",
    "ix_complaint_reporter_phone": "reporter_phone",
    "ix_complaint_reporter_name": "reporter_name",
}


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "complaint", [column])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="complaint")
