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

On PostgreSQL (an office register) the same revision makes the PostgreSQL forms: sort indexes on
`lower(...)` where SQLite's are `COLLATE NOCASE`, and `complaint_search` as a table keyed by
complaint id with a stored `tsvector` under a GIN index, kept by PL/pgSQL triggers with the same
rules (see `desktop.store.search_index` for why the 'simple' configuration).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import unicodedata

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

# The same orders on PostgreSQL, as `desktop.store.sql_dialect.case_folded` writes them.
_POSTGRESQL_SORT_INDEXES = {
    **_SORT_INDEXES,
    "ix_complaint_sort_title": "lower(CASE WHEN is_secret THEN '' ELSE title END)",
    "ix_complaint_sort_reporter": (
        "lower(CASE WHEN is_anonymous OR is_secret THEN '' ELSE reporter_name END)"
    ),
    "ix_complaint_sort_due": "(next_due IS NULL), next_due",
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


def _accent_table() -> tuple[str, str]:
    """As `desktop.store.search_index._accent_table` (frozen here): accented Latin letters and
    their plain lower-case letters."""
    accented, plain = "", ""
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base.isalpha() and base != letter:
            accented += letter
            plain += base.lower()
    return accented, plain


def _folded(column: str) -> str:
    """A text as the PostgreSQL index takes its words: ASCII punctuation as spaces, lower case,
    accents removed (what FTS5's unicode61 tokenizer does at the desk)."""
    accented, plain = _accent_table()
    spaced = f"regexp_replace({column}, '[[:punct:]]+', ' ', 'g')"
    return f"translate(lower({spaced}), '{accented}', '{plain}')"


_POSTGRESQL_NOTES = (
    "(SELECT coalesce(string_agg(e.text || ' ' || e.reason, ' ' ORDER BY e.id), '')"
    " FROM follow_up_event AS e WHERE e.complaint_id = {complaint}"
    " AND (e.text <> '' OR e.reason <> ''))"
)
_POSTGRESQL_BULK = "EXISTS (SELECT 1 FROM setting WHERE key = 'search.bulk_load')"


def _postgresql_search_ddl() -> tuple[str, ...]:
    own = "NEW.local_number || ' ' || NEW.title || ' ' || NEW.description"
    return (
        f"""CREATE TABLE complaint_search (
            complaint_id integer NOT NULL,
            body text NOT NULL DEFAULT '',
            notes text NOT NULL DEFAULT '',
            terms tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', {_folded("body")}), 'A')
                || setweight(to_tsvector('simple', {_folded("notes")}), 'B')
            ) STORED,
            CONSTRAINT pk_complaint_search PRIMARY KEY (complaint_id),
            CONSTRAINT fk_complaint_search_complaint_id_complaint FOREIGN KEY (complaint_id)
                REFERENCES complaint (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_complaint_search_terms ON complaint_search USING gin (terms)",
        f"""CREATE FUNCTION complaint_search_own_text() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF {_POSTGRESQL_BULK} THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                INSERT INTO complaint_search (complaint_id, body, notes)
                VALUES (NEW.id, {own}, '');
            ELSE
                UPDATE complaint_search SET body = {own} WHERE complaint_id = NEW.id;
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER complaint_search_insert AFTER INSERT ON complaint
        FOR EACH ROW EXECUTE FUNCTION complaint_search_own_text()""",
        """CREATE TRIGGER complaint_search_update
        AFTER UPDATE OF local_number, title, description ON complaint
        FOR EACH ROW EXECUTE FUNCTION complaint_search_own_text()""",
        f"""CREATE FUNCTION complaint_search_notes() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF {_POSTGRESQL_BULK} THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                UPDATE complaint_search
                SET notes = notes || ' ' || NEW.text || ' ' || NEW.reason
                WHERE complaint_id = NEW.complaint_id;
            ELSE
                UPDATE complaint_search
                SET notes = {_POSTGRESQL_NOTES.format(complaint="OLD.complaint_id")}
                WHERE complaint_id = OLD.complaint_id;
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up_event
        FOR EACH ROW WHEN (NEW.text <> '' OR NEW.reason <> '')
        EXECUTE FUNCTION complaint_search_notes()""",
        """CREATE TRIGGER follow_up_search_update AFTER UPDATE OF text, reason ON follow_up_event
        FOR EACH ROW EXECUTE FUNCTION complaint_search_notes()""",
        """CREATE TRIGGER follow_up_search_delete AFTER DELETE ON follow_up_event
        FOR EACH ROW EXECUTE FUNCTION complaint_search_notes()""",
        # What was recorded before this revision.
        f"""INSERT INTO complaint_search (complaint_id, body, notes)
        SELECT id, local_number || ' ' || title || ' ' || description,
            {_POSTGRESQL_NOTES.format(complaint="complaint.id")}
        FROM complaint""",
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
    postgresql = op.get_bind().dialect.name == "postgresql"
    sort_indexes = _POSTGRESQL_SORT_INDEXES if postgresql else _SORT_INDEXES
    for name, terms in sort_indexes.items():
        op.execute(f"CREATE INDEX {name} ON complaint ({terms}, received_at, id)")
    if postgresql:
        # Passed to the driver as it is: through `text()` the `:punct:` class would be read
        # as a bound parameter.
        for statement in _postgresql_search_ddl():
            op.get_bind().exec_driver_sql(statement)
    else:
        for statement in _SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE complaint_search")
        for trigger, table in (
            ("complaint_search_insert", "complaint"),
            ("complaint_search_update", "complaint"),
            ("follow_up_search_insert", "follow_up_event"),
            ("follow_up_search_update", "follow_up_event"),
            ("follow_up_search_delete", "follow_up_event"),
        ):
            op.execute(f"DROP TRIGGER {trigger} ON {table}")
        op.execute("DROP FUNCTION complaint_search_own_text()")
        op.execute("DROP FUNCTION complaint_search_notes()")
        _downgrade_columns()
        return
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
    _downgrade_columns()


def _downgrade_columns() -> None:
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
