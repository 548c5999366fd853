"""One line, and an exit code of its own, for each way the desk's storage can fail a command.

IT staff's scripts tell these apart by the exit code (see docs/troubleshooting-storage.md):

    10  the data folder has held a desk, but its database is missing, empty or not a desk's
    11  the key is right, the database file is damaged
    12  the data folder is read-only (what only reads still works)
    13  the disk is full (what only reads still works)

Nothing was changed in any of these cases: the desk is opened read-only, or not at all.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.values import DeskProblem, DeskUnusableError, StorageFault, StorageFaultKind

EXIT_DESK_MISSING = 10
EXIT_DESK_DAMAGED = 11
EXIT_READ_ONLY = 12
EXIT_DISK_FULL = 13


def unusable_line(error: DeskUnusableError, data_dir: Path) -> tuple[str, int]:
    code = EXIT_DESK_DAMAGED if error.problem is DeskProblem.DAMAGED else EXIT_DESK_MISSING
    return f"{error}; nothing was changed. {restore_advice(data_dir, error.newest_backup)}", code


def damaged_line(detail: str, data_dir: Path) -> tuple[str, int]:
    """A damage met while working (a check before a backup, a page read by a command)."""
    from desktop.services.desk_finder import DeskPaths
    from desktop.services.desk_health import newest_verified_backup

    newest = newest_verified_backup(DeskPaths(data_dir))
    error = DeskUnusableError(DeskProblem.DAMAGED, DeskPaths(data_dir).database, newest, detail)
    return unusable_line(error, data_dir)


def restore_advice(data_dir: Path, newest: Path | None) -> str:
    if newest is not None:
        return (
            f'Restore the newest verified backup: python -m desktop --data-dir "{data_dir}" '
            f'restore "{newest}"'
        )
    return (
        f"No verified backup is in {data_dir / 'backups'}: restore one kept elsewhere "
        f'(python -m desktop --data-dir "{data_dir}" restore FILE)'
    )


def fault_line(fault: StorageFault, data_dir: Path) -> tuple[str, int] | None:
    """The line for a read-only, full or damaged storage; None for the other faults."""
    detail = fault.detail or str(fault.kind)
    if fault.kind is StorageFaultKind.CORRUPT:
        return damaged_line(detail, data_dir)
    if fault.kind is StorageFaultKind.READ_ONLY:
        return (
            f"the data folder is read-only: {data_dir} ({detail}). Remove the write protection "
            "or give this account write permission, then try again; meanwhile the desk can "
            f'be read, verified and backed up to another drive (python -m desktop --data-dir "'
            f'{data_dir}" backup FOLDER). Nothing was changed',
            EXIT_READ_ONLY,
        )
    if fault.kind is StorageFaultKind.FULL:
        return (
            f"the disk is full: {data_dir} ({detail}). Free some space on that drive, then try "
            "again; meanwhile the desk can be read, verified and backed up to another drive "
            f'(python -m desktop --data-dir "{data_dir}" backup FOLDER). Nothing was changed',
            EXIT_DISK_FULL,
        )
    return None
