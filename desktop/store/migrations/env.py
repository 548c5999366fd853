"""Alembic environment: always run on a connection handed in by `desktop.store.migrate`."""

from __future__ import annotations

from alembic import context

from desktop.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead. On PostgreSQL
    # the same `batch_alter_table` blocks emit plain ALTER TABLE statements ("auto" recreates
    # only on SQLite), so one history serves both.
    render_as_batch=True,
    # One transaction for the whole upgrade: the caller checks references before it commits.
    transaction_per_migration=False,
    # Progress for the interface, when the caller asked for it (see migrate.upgrade).
    on_version_apply=context.config.attributes.get("on_version_apply"),
)
with context.begin_transaction():
    context.run_migrations()
