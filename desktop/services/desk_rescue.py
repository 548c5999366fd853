"""Putting a backup in place of a desk's database that cannot be used (missing, empty, foreign
or damaged), from the app's start-up: no one can sign in to such a desk, so the restore is
authorised by the desk's key itself (the keyring's, or the recovery key IT staff type).

The unusable file is kept aside byte for byte by the restore (`before-restore ... .damaged`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.audit_actions import AuditAction
from desktop.services.backups import restore_desk
from desktop.services.desk import OpenedDesk, open_desk
from desktop.services.keys import key_from_recovery_key
from desktop.store import audit


def restore_unusable_desk(
    data_dir: Path,
    backup: Path,
    regions_csv: Path,
    *,
    key: bytes | None = None,
    recovery_key: str | None = None,
) -> OpenedDesk:
    """Restore `backup` (checked first: BackupRefusedError, nothing changed) and open the desk.
    The key is `key` (the keyring's) or the one `recovery_key` stands for; a wrong one does not
    open the backup, which refuses it as another desk's."""
    if key is None:
        if recovery_key is None:
            raise ValueError("a key or the recovery key is needed")
        key = key_from_recovery_key(recovery_key)
    outcome = restore_desk(data_dir, backup, key)
    opened = open_desk(data_dir, regions_csv, key)
    now = dt.datetime.now(dt.UTC)
    with opened.desk.database.writing() as session:
        audit.append(
            session,
            at=now,
            actor="",
            action=AuditAction.BACKUP_RESTORED,
            target=backup.name,
            details={
                "backup_made": outcome.restored.created_at.isoformat(),
                "revision": outcome.restored.revision,
                "replaced_kept_as": outcome.replaced.name if outcome.replaced else "",
                "why": "the desk's database could not be used",
            },
        )
    return opened
