"""Stored due dates per step and the current unit (lists filter on them), and full-text search.

`complaint_search` is an FTS5 table with one row per complaint, rowid = complaint id: `body`
holds its own text (number, title, description), `notes` every follow-up text. A search then
yields complaint ids straight from the index, and every word may be found in any of the
complaint's texts. Triggers keep it in step with every write path, so no service can forget it;
a bulk load (seeding, imports) sets the setting row `search.bulk_load` inside its transaction,
writes its rows, and fills the index for them in one ordered statement (row by row, FTS5 writes
its pending terms out whenever a rowid is not above the last one, which made seeding forty times
slower).
A batch migration that rebuilds `complaint` or `follow_up_event` drops their triggers and the
expression sort indexes (searches name those with INDEXED BY): such a migration must create
them again.

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

# Must match the ORDER BY terms of `desktop.store.worklist_sql` exactly, or SQLite sorts.
_SORT_INDEXES = {
    "ix_complaint_sort_status": "status",
    "ix_complaint_sort_type": "type",
    "ix_complaint_sort_category": "category_id",
    # A confidential report's title and reporter, and an anonymous reporter, sort as empty:
    # where they fall among the others would tell what a role may not read.
    "ix_complaint_sort_title": "(CASE WHEN is_secret THEN '' ELSE title END) COLLATE NOCASE",
    "ix_complaint_sort_reporter": (
        "(CASE WHEN is_anonymous OR is_secret THEN '' ELSE reporter_name END) COLLATE NOCASE"
    ),
    "ix_complaint_sort_due": "next_due IS NULL, next_due",
}

_NOT_BULK = "(SELECT 1 FROM setting WHERE key = 'search.bulk_load') IS NULL"
_OWN_TEXT = "new.local_number || ' ' || new.title || ' ' || new.description"


def _notes_of(complaint: str) -> str:
    return (
        "(SELECT coalesce(group_concat(text || ' ' || reason, ' '), '') FROM follow_up_event"
        f" WHERE complaint_id = {complaint} AND (text <> '' OR reason <> ''))"
    )


_SEARCH_DDL = (
    # unicode61 folds case; remove_diacritics 2 folds accents ("Désa" finds "desa"). The prefix
    # indexes make "jal*" as quick as a whole word.
    "CREATE VIRTUAL TABLE complaint_search USING fts5(body, notes, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    # An erased text leaves no tokens behind in the index (UU 27/2022 erasure).
    "INSERT INTO complaint_search(complaint_search, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER complaint_search_insert AFTER INSERT ON complaint WHEN {_NOT_BULK} BEGIN
        INSERT INTO complaint_search(rowid, body, notes) VALUES (new.id, {_OWN_TEXT}, '');
    END""",
    f"""CREATE TRIGGER complaint_search_update
    AFTER UPDATE OF local_number, title, description ON complaint WHEN {_NOT_BULK} BEGIN
        UPDATE complaint_search SET body = {_OWN_TEXT} WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER complaint_search_delete AFTER DELETE ON complaint BEGIN
        DELETE FROM complaint_search WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up_event
    WHEN (new.text <> '' OR new.reason <> '') AND {_NOT_BULK} BEGIN
        UPDATE complaint_search SET notes = notes || ' ' || new.text || ' ' || new.reason
        WHERE rowid = new.complaint_id;
    END""",
    f"""CREATE TRIGGER follow_up_search_update AFTER UPDATE OF text, reason ON follow_up_event
    WHEN {_NOT_BULK} BEGIN
        UPDATE complaint_search SET notes = {_notes_of("new.complaint_id")}
        WHERE rowid = new.complaint_id;
    END""",
    f"""CREATE TRIGGER follow_up_search_delete AFTER DELETE ON follow_up_event BEGIN
        UPDATE complaint_search SET notes = {_notes_of("old.complaint_id")}
        WHERE rowid = old.complaint_id;
    END""",
    # What was recorded before this revision.
    f"""INSERT INTO complaint_search(rowid, body, notes)
    SELECT id, local_number || ' ' || title || ' ' || description, {_notes_of("complaint.id")}
    FROM complaint ORDER BY id""",
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
    for name in _DUE_COLUMNS:
        op.create_index(f"ix_complaint_{name}", "complaint", [name])
    # The worklist sorts by any column: each order has an index that ends with the tie-break
    # (received time, id), so the first screen is read off it instead of sorting every row.
    # The status and category ones also serve their filters.
    for name, terms in _SORT_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON complaint ({terms}, received_at, id)")
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
    # The due dates go with their columns: an upgrade again must compute them again.
    op.execute("DELETE FROM setting WHERE key = 'sla.due_dates_fingerprint'")
    for name in _DUE_COLUMNS:
        op.drop_index(f"ix_complaint_{name}", table_name="complaint")
    for name in _SORT_INDEXES:
        op.execute(f"DROP INDEX {name}")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_constraint(op.f("fk_complaint_unit_id_institution"), type_="foreignkey")
        batch.drop_column("unit_id")
        for name in _DUE_COLUMNS:
            batch.drop_column(name)
