"""The register of issued reports (kept as sent) and the evidence documents (bukti dukung).

Both keep their files encrypted in the attachments folder, like a complaint's attachments.
Triggers refuse what no part of the desk does: changing or deleting an issued report, deleting
an evidence document, or changing one other than by withdrawing it once. `audit verify`
compares each issued report with the entry that issued it (`store.report_register`).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_EVIDENCE_FIXED = (
    "id",
    "year",
    "kind",
    "title",
    "original_name",
    "stored_name",
    "media_type",
    "size",
    "sha256",
    "added_by",
    "added_at",
)
_EVIDENCE_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _EVIDENCE_FIXED)
TRIGGERS = {
    "issued_report_no_update": """CREATE TRIGGER issued_report_no_update
        BEFORE UPDATE ON issued_report BEGIN
        SELECT RAISE(ABORT, 'an issued report is kept as it was issued'); END""",
    "issued_report_no_delete": """CREATE TRIGGER issued_report_no_delete
        BEFORE DELETE ON issued_report BEGIN
        SELECT RAISE(ABORT, 'an issued report is kept as it was issued'); END""",
    "evidence_document_no_delete": """CREATE TRIGGER evidence_document_no_delete
        BEFORE DELETE ON evidence_document BEGIN
        SELECT RAISE(ABORT, 'an evidence document is withdrawn, never deleted'); END""",
    "evidence_document_withdraw_only": f"""CREATE TRIGGER evidence_document_withdraw_only
        BEFORE UPDATE ON evidence_document
        WHEN OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL OR {_EVIDENCE_CHANGED}
        BEGIN
        SELECT RAISE(ABORT, 'an evidence document can only be withdrawn, once'); END""",
}


def upgrade() -> None:
    op.create_table(
        "issued_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("cut_off", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("stored_name", sa.String(length=80), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("issued_by", sa.String(length=40), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_report")),
    )
    op.create_index(op.f("ix_issued_report_issued_at"), "issued_report", ["issued_at"])
    op.create_table(
        "evidence_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_name", sa.String(length=80), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_by", sa.String(length=40), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_document")),
    )
    op.create_index(op.f("ix_evidence_document_year"), "evidence_document", ["year"])
    if op.get_context().dialect.name == "sqlite":
        for statement in TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_evidence_document_year"), table_name="evidence_document")
    op.drop_table("evidence_document")
    op.drop_index(op.f("ix_issued_report_issued_at"), table_name="issued_report")
    op.drop_table("issued_report")
