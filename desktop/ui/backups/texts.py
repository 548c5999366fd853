"""The words for backups: why a restore was refused and what to do, faults while writing one,
and what a backup holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.backup_rotation import BackupKind
from desktop.services.values import (
    BackupRefusedError,
    DeskInUseError,
    StorageFault,
    StorageFaultKind,
)
from desktop.ui.texts import fault_message, format_datetime

if TYPE_CHECKING:
    from desktop.services.backups import BackupInfo


def refusal_message(error: BaseException) -> str:
    """Why a backup cannot be restored, and what to do; the desk's data is unchanged."""
    unchanged = QCoreApplication.translate(
        "BackupTexts", "Nothing was changed: the desk's data is as it was."
    )
    if isinstance(error, BackupRefusedError):
        reason = {
            "damaged": QCoreApplication.translate(
                "BackupTexts",
                "This backup file is damaged (it does not read back whole or fails its check). "
                "Choose another backup, for example the one before it.",
            ),
            "not_a_backup": QCoreApplication.translate(
                "BackupTexts", "This file is not a Meja Aduan backup. Choose a backup (.zip)."
            ),
            "wrong_key": QCoreApplication.translate(
                "BackupTexts",
                "This backup belongs to another desk: this desk's key does not open it. Restore "
                "it on the desk that made it, or choose one of this desk's backups.",
            ),
            "key_mismatch": QCoreApplication.translate(
                "BackupTexts",
                "The current database cannot be opened with this desk's key. IT staff: restore "
                "from the command line (meja-aduan restore).",
            ),
            "newer_schema": QCoreApplication.translate(
                "BackupTexts",
                "This backup was made by a newer version of Meja Aduan. Install that version "
                "first, then restore it.",
            ),
            "newer_format": QCoreApplication.translate(
                "BackupTexts",
                "This backup was made by a newer version of Meja Aduan. Install that version "
                "first, then restore it.",
            ),
        }.get(
            error.reason,
            QCoreApplication.translate(
                "BackupTexts", "This backup cannot be restored. Choose another backup."
            ),
        )
    elif isinstance(error, DeskInUseError):
        reason = QCoreApplication.translate(
            "BackupTexts",
            "The desk is in use: a synchronisation round or another copy of Meja Aduan has it "
            "open. Wait a minute (or close the other program) and try again.",
        )
    elif isinstance(error, StorageFault):
        reason = backup_fault_message(error.kind)
    else:
        raise error
    return f"{reason} {unchanged}"


def backup_fault_message(kind: StorageFaultKind) -> str:
    """A backup could not be written (or read): what happened and what to do."""
    if kind is StorageFaultKind.FULL:
        return QCoreApplication.translate(
            "BackupTexts",
            "The disk is full. Free some space (or choose a drive with more room) and try "
            "again; old backups in the backups folder can be moved to a USB drive.",
        )
    if kind is StorageFaultKind.READ_ONLY:
        return QCoreApplication.translate(
            "BackupTexts",
            "The folder cannot be written to. Choose another folder, or ask IT staff to check "
            "its permissions.",
        )
    return fault_message(kind)


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.AUTOMATIC: QCoreApplication.translate("BackupTexts", "automatic"),
        BackupKind.MANUAL: QCoreApplication.translate("BackupTexts", "manual"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate("BackupTexts", "before an upgrade"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("BackupTexts", "before a restore"),
    }.get(kind, str(kind))


def backup_summary(info: BackupInfo) -> str:
    """ "Made 28 November 2026 10:00 (automatic); schema 0008; 1,204 complaints, 37 files"."""
    locale = QLocale()
    parts = [
        QCoreApplication.translate("BackupTexts", "Made %1 (%2)")
        .replace("%1", format_datetime(info.created_at))
        .replace("%2", kind_label(info.kind)),
        QCoreApplication.translate("BackupTexts", "database schema %1").replace(
            "%1", info.revision
        ),
    ]
    if info.complaints is not None:
        parts.append(
            QCoreApplication.translate("BackupTexts", "%1 complaint(s)").replace(
                "%1", locale.toString(info.complaints)
            )
        )
    if info.attachments_included:
        parts.append(
            QCoreApplication.translate("BackupTexts", "%1 attached file(s)").replace(
                "%1", locale.toString(info.attachments)
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "BackupTexts", "without attached files (they are kept as they are)"
            )
        )
    return "; ".join(parts)
