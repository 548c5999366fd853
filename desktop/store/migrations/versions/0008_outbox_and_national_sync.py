"""Synchronisation with SP4N-LAPOR!: the outbox, what the desk knows of sent complaints, the
mapping to national ids, and national events in the timeline.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Starting values, which IT staff check against their deployment's masters (the national ids
# of channels and classifications are deployment-specific and not in any master list we know).
DEFAULT_MAPPING = [
    ("channel", "walk_in", "8"),
    ("channel", "phone", "5"),
    ("channel", "letter", "6"),
    ("channel", "email", "7"),
    ("channel", "sms", "2"),
    ("channel", "social_media", "3"),
    ("channel", "other", "9"),
    ("classification", "pengaduan", "1"),
    ("classification", "aspirasi", "2"),
    ("classification", "permintaan_informasi", "3"),
    # National status code -> our status (see docs/lapor-api.md).
    ("status", "0", "belum_terverifikasi"),
    ("status", "1", "terverifikasi"),
    ("status", "2", "dalam_proses"),
    ("status", "3", "selesai"),
    ("status", "4", "bukan_wewenang"),
    ("status", "5", "diarsipkan"),
]


def upgrade() -> None:
    op.add_column("follow_up_event", sa.Column("national_status", sa.String(30), nullable=True))
    op.create_table(
        "outbox_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("sending_since", sa.DateTime(), nullable=True),
        sa.Column("remote_id", sa.String(length=40), nullable=True),
        sa.Column("problem", sa.String(length=40), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_outbox_item_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_outbox_item_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["follow_up_event.id"],
            name=op.f("fk_outbox_item_event_id_follow_up_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_item")),
    )
    op.create_index("ix_outbox_item_complaint_id_id", "outbox_item", ["complaint_id", "id"])
    op.create_index("ix_outbox_item_state", "outbox_item", ["state"])
    op.create_table(
        "national_poll",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("national_id", sa.String(length=32), nullable=False),
        sa.Column("status_code", sa.String(length=20), nullable=True),
        sa.Column("status_name", sa.String(length=80), nullable=False),
        sa.Column("disposition_name", sa.String(length=200), nullable=False),
        sa.Column("logs_seen", sa.Integer(), nullable=False),
        sa.Column("follow_ups_seen", sa.Integer(), nullable=False),
        sa.Column("next_poll_at", sa.DateTime(), nullable=False),
        sa.Column("last_polled_at", sa.DateTime(), nullable=True),
        sa.Column("last_change_at", sa.DateTime(), nullable=False),
        sa.Column("problem", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_national_poll_complaint_id_complaint")
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_national_poll")),
    )
    op.create_index("ix_national_poll_next_poll_at", "national_poll", ["next_poll_at"])
    mapping = op.create_table(
        "national_mapping",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("local_key", sa.String(length=64), nullable=False),
        sa.Column("national_value", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("kind", "local_key", name=op.f("pk_national_mapping")),
    )
    op.bulk_insert(
        mapping,
        [
            {"kind": k, "local_key": key, "national_value": value, "source": "default"}
            for k, key, value in DEFAULT_MAPPING
        ],
    )


def downgrade() -> None:
    op.drop_table("national_mapping")
    op.drop_index("ix_national_poll_next_poll_at", table_name="national_poll")
    op.drop_table("national_poll")
    op.drop_index("ix_outbox_item_state", table_name="outbox_item")
    op.drop_index("ix_outbox_item_complaint_id_id", table_name="outbox_item")
    op.drop_table("outbox_item")
    # Not a batch rebuild: that would drop the full-text index's triggers on the table.
    op.execute("ALTER TABLE follow_up_event DROP COLUMN national_status")
