"""What applying a provisioning file did, in the words shown to IT staff afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.services.provisioning_file import Provisioned


def applied_message(provisioned: Provisioned, running_language: str) -> str:
    """`provisioned.applied` must be set. Each part on its own paragraph: what changed, where
    the credentials went (and what to do with their file), and the file's language when it is
    not the one this run of the app speaks."""
    applied = provisioned.applied
    assert applied is not None
    checked = provisioned.checked
    entries = sum(len(values) for values in checked.profile.mapping.values())
    parts = [
        QCoreApplication.translate(
            "ProvisionOutcome",
            "The configuration was applied. Settings changed: %1; national id mappings set: %2.",
        )
        .replace("%1", str(len(applied.changed)))
        .replace("%2", str(entries))
    ]
    if applied.credentials_error:
        parts.append(
            QCoreApplication.translate(
                "ProvisionOutcome",
                "The LAPOR! API key and token could not be stored on this computer (%1). Enter "
                "them in Settings › SP4N-LAPOR! synchronisation.",
            ).replace("%1", applied.credentials_error)
        )
    elif applied.credentials_place is not None:
        parts.append(
            QCoreApplication.translate(
                "ProvisionOutcome",
                "The LAPOR! API key and token are kept in this computer's keyring.",
            )
            if applied.credentials_place == "keyring"
            else QCoreApplication.translate(
                "ProvisionOutcome",
                "The LAPOR! API key and token are kept in the desk's encrypted file.",
            )
        )
        if checked.credentials_file is not None:
            parts.append(
                QCoreApplication.translate(
                    "ProvisionOutcome",
                    "The credentials file %1 is no longer needed: delete it (the desk keeps its "
                    "own copy).",
                ).replace("%1", str(checked.credentials_file))
            )
    elif checked.sync is not None and checked.sync.enabled and not provisioned.has_credentials:
        parts.append(
            QCoreApplication.translate(
                "ProvisionOutcome",
                "No LAPOR! API key and token are stored yet: enter them in Settings › "
                "SP4N-LAPOR! synchronisation before the first synchronisation.",
            )
        )
    language = checked.profile.get("desk", "language")
    if language is not None and language != running_language:
        parts.append(
            QCoreApplication.translate(
                "ProvisionOutcome", "The file's language is used the next time Meja Aduan starts."
            )
        )
    return "\n\n".join(parts)
