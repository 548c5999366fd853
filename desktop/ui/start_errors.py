"""Why the desk could not be opened, in words IT staff can act on (the window's `desk_failed`).

Known environment problems get a sentence saying what happened and what to do; anything else is
a bug and goes to the crash handler (the caller re-raises when this returns None).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.values import (
    DeskInUseError,
    DeskUnusableError,
    MigrationFailedError,
    SchemaTooNewError,
    StorageFault,
    WrongDatabaseKeyError,
)
from desktop.ui.texts import fault_message


def start_error_message(error: BaseException) -> str | None:
    """The message for a desk that did not open, or None for an unexpected error."""
    if isinstance(error, DeskUnusableError):
        from desktop.ui.access.storage_texts import unusable_message

        return unusable_message(error)
    if isinstance(error, WrongDatabaseKeyError):
        return QCoreApplication.translate(
            "StartErrors",
            "The key held for this desk does not open its database. IT staff: open it with "
            "the recovery key. Nothing was changed.",
        )
    if isinstance(error, SchemaTooNewError):
        return QCoreApplication.translate(
            "StartErrors",
            "This database was last used by a newer version of Meja Aduan (database schema "
            "%1), and this older version cannot read it safely. Install the newer version "
            "again (or a newer one); nothing was changed.",
        ).replace("%1", error.revision)
    if isinstance(error, MigrationFailedError):
        return _migration_failed(error)
    if isinstance(error, DeskInUseError):
        return QCoreApplication.translate(
            "StartErrors",
            "The desk's database is in use by another program (a synchronisation round or a "
            "restore started from the command line). Wait a minute, then start Meja Aduan "
            "again.",
        )
    if isinstance(error, StorageFault):
        return fault_message(error.kind)
    return None


def _migration_failed(error: MigrationFailedError) -> str:
    backup = (
        str(error.backup)
        if error.backup
        else QCoreApplication.translate("StartErrors", "(none was made)")
    )
    if error.restored:
        text = QCoreApplication.translate(
            "StartErrors",
            "Updating the database for this version of Meja Aduan failed (schema %1 to %2). "
            "The database was put back exactly as it was before the update: no data was lost. "
            "IT staff: reinstall the previous version of Meja Aduan so the desk can keep "
            "working, and send the log folder (logs in the data folder) to support. The copy "
            "made before the update is:\n%3",
        )
    else:
        text = QCoreApplication.translate(
            "StartErrors",
            "Updating the database for this version of Meja Aduan failed (schema %1 to %2), "
            "and the database could not be put back by itself. Do not delete anything in the "
            "data folder. IT staff: the copy made before the update is:\n%3\n"
            "Install the previous version of Meja Aduan, then restore that copy from the "
            'command line: meja-aduan --data-dir "<data folder>" restore "<that file>" (see '
            'the IT guide, docs/it-guide.md, "Upgrades"). Then send the log folder to support.',
        )
    return (
        text.replace("%1", error.from_revision)
        .replace("%2", error.to_revision)
        .replace("%3", backup)
    )
