"""The database is created and upgraded by Alembic at start-up; a newer one is refused."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.app.paths import regions_csv
from desktop.services.desk import create_desk, open_desk
from desktop.store import migrate
from desktop.store.database import Database, connect
from desktop.store.errors import SchemaTooNewError
from desktop.store.schema import SEARCH_TABLE, SORT_INDEX_PREFIX, Base
from tests.helpers.desks import first_admin


def test_an_empty_folder_gets_a_database_at_the_newest_revision(tmp_path: Path) -> None:
    opened = create_desk(tmp_path / "new", regions_csv(), first_admin()).opened
    key = opened.desk.keys.key
    try:
        assert opened.migration.from_revision is None
        assert opened.migration.to_revision == migrate.known_revisions()[-1]
        assert opened.migration.backup is None  # nothing to back up yet
        assert opened.regions_loaded
        assert (
            migrate.stored_revision(opened.desk.database.path, key) == opened.migration.to_revision
        )
    finally:
        opened.desk.close()


def test_the_migrated_schema_matches_the_models(desk_dir: Path, desk_key: bytes) -> None:
    database = Database(desk_dir / "meja-aduan.sqlite", desk_key)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "render_as_batch": True,
                    # The full-text index and the sort indexes have no model: they are raw SQL
                    # in their migration.
                    "include_name": lambda name, kind, _parent: (
                        not (
                            (kind == "table" and (name or "").startswith(SEARCH_TABLE))
                            or (kind == "index" and (name or "").startswith(SORT_INDEX_PREFIX))
                        )
                    ),
                },
            )
            with warnings.catch_warnings():
                # SQLAlchemy cannot reflect the expression sort indexes; they are left out above.
                warnings.filterwarnings(
                    "ignore",
                    "Skipped unsupported reflection of expression-based index ix_complaint_sort_",
                )
                differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []


def test_known_revisions_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions()[-1] == script.get_current_head()
    assert len(migrate.known_revisions()) == len(list(script.walk_revisions()))


def test_reopening_an_up_to_date_database_changes_nothing(desk_dir: Path, desk_key: bytes) -> None:
    opened = open_desk(desk_dir, regions_csv(), desk_key)
    try:
        assert not opened.migration.changed
        assert not opened.regions_loaded  # the region list is loaded once per version
    finally:
        opened.desk.close()


def test_a_database_from_a_newer_program_is_refused_untouched(
    desk_dir: Path, desk_key: bytes
) -> None:
    path = desk_dir / "meja-aduan.sqlite"
    connection = connect(path, desk_key)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as raised:
        open_desk(desk_dir, regions_csv(), desk_key)
    assert raised.value.revision == "9999_future"
    assert path.read_bytes() == before
