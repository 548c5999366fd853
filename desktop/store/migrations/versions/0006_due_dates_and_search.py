"""Stored due dates per step and the current unit (lists filter on them), and full-text search.

`complaint_search` is an FTS5 table with one row per searchable text: the complaint's own
(number, title, description; rowid = complaint id) and each follow-up event's text (rowid =
EVENT_ROWID_BASE + event id). Both kinds are inserted in ascending rowid order: FTS5 flushes its
pending terms whenever a rowid is not above the last one in a transaction, and a flush per row
made bulk inserts forty times slower. Triggers keep the table in step with every write path, so
no service can forget it.
A batch migration that rebuilds `complaint` or `follow_up_event` drops their triggers: such a
migration must create them again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_DUE_COLUMNS = ("verify_due", "follow_up_due", "complete_due", "next_due")

EVENT_ROWID_BASE = 1 << 40  # far above any complaint id; schema.SEARCH_EVENT_ROWID_BASE
_COMPLAINT_TEXT = "new.local_number || ' ' || new.title || ' ' || new.description"
_EVENT_TEXT = "new.text || ' ' || new.reason"

_SEARCH_DDL = (
    # unicode61 folds case; remove_diacritics 2 folds accents ("Désa" finds "desa"). The prefix
    # indexes make "jal*" as quick as a whole word.
    "CREATE VIRTUAL TABLE complaint_search USING fts5(complaint_id UNINDEXED, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    # An erased text leaves no tokens behind in the index (UU 27/2022 erasure).
    "INSERT INTO complaint_search(complaint_search, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER complaint_search_insert AFTER INSERT ON complaint BEGIN
        INSERT INTO complaint_search(rowid, complaint_id, body)
        VALUES (new.id, new.id, {_COMPLAINT_TEXT});
    END""",
    f"""CREATE TRIGGER complaint_search_update
    AFTER UPDATE OF local_number, title, description ON complaint BEGIN
        DELETE FROM complaint_search WHERE rowid = old.id;
        INSERT INTO complaint_search(rowid, complaint_id, body)
        VALUES (new.id, new.id, {_COMPLAINT_TEXT});
    END""",
    """CREATE TRIGGER complaint_search_delete AFTER DELETE ON complaint BEGIN
        DELETE FROM complaint_search WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up_event
    WHEN new.text <> '' OR new.reason <> '' BEGIN
        INSERT INTO complaint_search(rowid, complaint_id, body)
        VALUES ({EVENT_ROWID_BASE} + new.id, new.complaint_id, {_EVENT_TEXT});
    END""",
    f"""CREATE TRIGGER follow_up_search_update AFTER UPDATE OF text, reason ON follow_up_event
    BEGIN
        DELETE FROM complaint_search WHERE rowid = {EVENT_ROWID_BASE} + old.id;
        INSERT INTO complaint_search(rowid, complaint_id, body)
        SELECT {EVENT_ROWID_BASE} + new.id, new.complaint_id, {_EVENT_TEXT}
        WHERE new.text <> '' OR new.reason <> '';
    END""",
    f"""CREATE TRIGGER follow_up_search_delete AFTER DELETE ON follow_up_event BEGIN
        DELETE FROM complaint_search WHERE rowid = {EVENT_ROWID_BASE} + old.id;
    END""",
    # What was recorded before this revision.
    """INSERT INTO complaint_search(rowid, complaint_id, body)
    SELECT id, id, local_number || ' ' || title || ' ' || description FROM complaint""",
    f"""INSERT INTO complaint_search(rowid, complaint_id, body)
    SELECT {EVENT_ROWID_BASE} + id, complaint_id, text || ' ' || reason FROM follow_up_event
    WHERE text <> '' OR reason <> ''""",
)


def upgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        # The unit the complaint is disposed to now (the last disposition's).
        batch.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_complaint_unit_id_institution"), "institution", ["unit_id"], ["id"]
        )
        # Each open step's deadline (NULL once done, while on hold, or before it starts) and
        # the earliest of them. Filled in by the desk's first opening after this revision.
        for name in _DUE_COLUMNS:
            batch.add_column(sa.Column(name, sa.Date(), nullable=True))
    op.create_index("ix_complaint_status", "complaint", ["status"])
    for name in _DUE_COLUMNS:
        op.create_index(f"ix_complaint_{name}", "complaint", [name])
    for statement in _SEARCH_DDL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in (
        "complaint_search_insert",
        "complaint_search_update",
        "complaint_search_delete",
        "follow_up_search_insert",
        "follow_up_search_update",
        "follow_up_search_delete",
    ):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE complaint_search")
    for name in _DUE_COLUMNS:
        op.drop_index(f"ix_complaint_{name}", table_name="complaint")
    op.drop_index("ix_complaint_status", table_name="complaint")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_constraint(op.f("fk_complaint_unit_id_institution"), type_="foreignkey")
        batch.drop_column("unit_id")
        for name in _DUE_COLUMNS:
            batch.drop_column(name)
