"""Restoring a backup from inside the app: close the open desk, restore, open it again.

The desk must be closed for a restore (its own connections count as "in use"), and must be
open again afterwards whatever happened, so the whole sequence is one job for the database
worker. A refusal (a damaged backup, another desk's, a full disk, a sync round holding the
desk) leaves the data as it was; the desk is reopened and the refusal returned, not raised, so
the interface can say why while the desk is usable again. Nobody is signed in afterwards: the
accounts may differ in the restored database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Permission
from desktop.domain.audit_actions import AuditAction
from desktop.services.access import Actor, PermissionDeniedError
from desktop.services.backups import RestoreOutcome, restore_desk
from desktop.services.desk import Desk, OpenedDesk, open_desk
from desktop.store import audit
from desktop.store.errors import BackupRefusedError, DeskInUseError, StorageFault

# What a restore may refuse with, the data untouched; anything else is a bug.
REFUSALS = (BackupRefusedError, DeskInUseError, StorageFault)


@dataclass(frozen=True)
class RestoredDesk:
    opened: OpenedDesk
    outcome: RestoreOutcome | None  # None: refused, nothing changed
    refused: Exception | None


def restore_and_reopen(desk: Desk, backup: Path, regions_csv: Path, actor: Actor) -> RestoredDesk:
    """Replace `desk`'s data with `backup` (checked first) and open the desk again.

    `actor` (who confirmed it; the interface signs everyone out first) must hold
    Permission.MANAGE_BACKUPS; the restore is recorded in the restored audit trail as theirs.
    """
    if not actor.may(Permission.MANAGE_BACKUPS):
        raise PermissionDeniedError(Permission.MANAGE_BACKUPS, actor.role)
    data_dir, key, clock = desk.paths.data_dir, desk.keys.key, desk.clock
    desk.close()
    try:
        outcome = restore_desk(data_dir, backup, key, clock())
    except REFUSALS as refused:
        return RestoredDesk(open_desk(data_dir, regions_csv, key, clock=clock), None, refused)
    opened = open_desk(data_dir, regions_csv, key, clock=clock)
    with opened.desk.database.writing() as session:
        audit.append(
            session,
            at=clock(),
            actor=actor.username,
            action=AuditAction.BACKUP_RESTORED,
            target=backup.name,
            details={
                "backup_made": outcome.restored.created_at.isoformat(),
                "revision": outcome.restored.revision,
                "replaced_kept_as": outcome.replaced.name if outcome.replaced else "",
            },
        )
    return RestoredDesk(opened, outcome, None)
