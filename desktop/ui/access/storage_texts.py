"""What the interface says about a desk's storage: a database missing, empty, foreign or
damaged (with the backup to restore), and a desk opened read-only (read-only or full storage)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.services.values import DeskProblem, DeskUnusableError, StorageFaultKind


def unusable_message(error: DeskUnusableError) -> str:
    what = {
        DeskProblem.MISSING: QCoreApplication.translate(
            "StorageTexts",
            "The database of this desk is missing from its data folder (%1). This folder has "
            "held a desk, so Meja Aduan does not set up a new one here.",
        ),
        DeskProblem.EMPTY: QCoreApplication.translate(
            "StorageTexts",
            "The database of this desk is empty (0 bytes): the complaints are not in it (%1). "
            "Meja Aduan does not set up a new desk over it.",
        ),
        DeskProblem.FOREIGN: QCoreApplication.translate(
            "StorageTexts",
            "The file in place of this desk's database is not a Meja Aduan database (%1).",
        ),
        DeskProblem.DAMAGED: QCoreApplication.translate(
            "StorageTexts",
            "The key of this desk is right, but its database file is damaged (%1). Do not "
            "delete anything.",
        ),
    }[error.problem].replace("%1", str(error.database))
    return what + "\n\n" + restore_advice(error.newest_backup)


def restore_advice(newest: Path | None) -> str:
    if newest is None:
        return QCoreApplication.translate(
            "StorageTexts",
            "No backup that reads back whole is in the backups folder. IT staff: restore a "
            "backup kept elsewhere (a USB drive) with Restore a backup…, or from the command "
            "line: meja-aduan --data-dir <data folder> restore <file>.",
        )
    return QCoreApplication.translate(
        "StorageTexts",
        "The newest backup that reads back whole is:\n%1\nRestore it to go on working; the "
        "file it replaces is kept in the backups folder.",
    ).replace("%1", newest.name)


def read_only_message(kind: StorageFaultKind, data_dir: Path) -> str:
    if kind is StorageFaultKind.FULL:
        text = QCoreApplication.translate(
            "StorageTexts",
            "The disk is full: %1. Meja Aduan opened the desk read-only: complaints can be "
            "read, searched and exported, and the desk can be backed up to another drive "
            "(Desk › Backups), but nothing can be saved. Free some space on that drive, then "
            "start Meja Aduan again.",
        )
    else:
        text = QCoreApplication.translate(
            "StorageTexts",
            "The data folder is read-only: %1. Meja Aduan opened the desk read-only: "
            "complaints can be read, searched and exported, and the desk can be backed up to "
            "another drive (Desk › Backups), but nothing can be saved. Remove the write "
            "protection (or ask IT staff to fix the folder's permissions), then start Meja "
            "Aduan again.",
        )
    return text.replace("%1", str(data_dir))


def damage_found_message(problem: str, newest: Path | None) -> str:
    text = QCoreApplication.translate(
        "StorageTexts",
        "The full check of the database found damage (%1). Nothing more will be saved to "
        "this desk, so the damage does not spread. Do not delete anything.",
    ).replace("%1", problem)
    return (
        text
        + "\n\n"
        + restore_advice(newest)
        + "\n"
        + QCoreApplication.translate(
            "StorageTexts",
            "An administrator restores it from Desk › Backups › Restore from a backup.",
        )
    )
