"""`python -m sync.office backup|restore`: the embedded office register's backup, whole.

The register is a desk's store, so the desk's backup (`desktop.app.backup_cli`: the encrypted
database and its attachments, checked) does most of it. What a desk's backup lacks is the
server's TLS certificate and key: every joined desk pinned that certificate, so a register
restored with a new one would be refused by all of them until each joined again. `backup` first
copies both into the register's settings, which are inside the encrypted database (the key is
never written to the backup in clear), then writes the desk's backup; `restore` puts the
backup in place and writes the certificate and key back beside it (the key readable by this
user only), and gives the restored register a new epoch (`office_epoch.mark_restored`): at
their next exchange the desks push again what the backup lacks. A register on PostgreSQL is
backed up with `pg_dump` instead (docs/office-mode.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.app import backup_cli

# Settings keys (see office_server_cli's ADDRESS, CERTIFICATE, KEY: those hold file paths).
CERTIFICATE_PEM = "office.server.certificate_pem"
KEY_PEM = "office.server.key_pem"


def run(command: str, data_dir: Path, file: Path, recovery_key_file: Path | None) -> int:
    """`backup` or `restore`: one line out, or one `error:` line and exit 1 with nothing
    changed (as `python -m desktop backup|restore`)."""
    from desktop.app import storage_messages
    from desktop.app.headless import KeyUnavailableError
    from desktop.services.values import (
        BackupRefusedError,
        DeskInUseError,
        DeskUnusableError,
        StorageFault,
    )

    try:
        if command == "restore":
            return restore(data_dir, file, recovery_key_file)
        return backup(data_dir, file, recovery_key_file)
    except KeyUnavailableError as error:
        return _fail(str(error))
    except BackupRefusedError as error:
        return _fail(f"{error}; nothing was changed")
    except DeskInUseError as error:
        return _fail(f"{error}: stop the office server first; nothing was changed")
    except DeskUnusableError as error:
        return _fail(*storage_messages.unusable_line(error, data_dir))
    except StorageFault as fault:
        explained = storage_messages.fault_line(fault, data_dir)
        if explained is None:
            raise
        return _fail(*explained)


def backup(data_dir: Path, target: Path, recovery_key_file: Path | None) -> int:
    from desktop.app.headless import open_existing_desk
    from desktop.app.office_server_cli import CERTIFICATE, KEY
    from desktop.store import reference

    desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        with desk.database.reading() as session:
            stored = reference.settings(session)
        if CERTIFICATE in stored and KEY in stored:
            try:
                pems = {
                    CERTIFICATE_PEM: Path(stored[CERTIFICATE]).read_text(encoding="ascii"),
                    KEY_PEM: Path(stored[KEY]).read_text(encoding="ascii"),
                }
            except (OSError, UnicodeDecodeError) as error:
                return _fail(f"the server's certificate or key cannot be read: {error}")
            with desk.database.writing() as session:
                reference.save_settings(session, pems)
    finally:
        desk.close()
    return backup_cli.backup(data_dir, target, recovery_key_file)


def restore(data_dir: Path, source: Path, recovery_key_file: Path | None) -> int:
    from desktop.app.headless import open_existing_desk
    from desktop.app.office_server_cli import CERTIFICATE, KEY
    from desktop.store import office_epoch, reference
    from desktop.store.private_files import make_file_private
    from sync.office.certificate import CERTIFICATE_FILE, KEY_FILE, fingerprint

    restored = backup_cli.restore(data_dir, source, recovery_key_file)
    if restored != backup_cli.EXIT_OK:
        return restored
    desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        with desk.database.writing() as session:
            restored_at = office_epoch.mark_restored(session).restored_at
            stored = reference.settings(session)
        print(
            f"register restored up to position {restored_at}: "
            "the desks push again what it lacks at their next exchange"
        )
        if CERTIFICATE_PEM not in stored or KEY_PEM not in stored:
            print("no server certificate in this backup: the server makes a new one at its start")
            return backup_cli.EXIT_OK
        certificate, key = data_dir / CERTIFICATE_FILE, data_dir / KEY_FILE
        # Created private, never chmod-ed after (as sync.office.certificate makes it).
        descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as written:
            written.write(stored[KEY_PEM])
        make_file_private(key)
        certificate.write_text(stored[CERTIFICATE_PEM], encoding="ascii")
        with desk.database.writing() as session:
            reference.save_settings(session, {CERTIFICATE: str(certificate), KEY: str(key)})
    finally:
        desk.close()
    pinned = fingerprint(stored[CERTIFICATE_PEM].encode("ascii"))
    print(f"server certificate restored: {certificate} (SHA-256 {pinned}, as the desks pinned it)")
    return backup_cli.EXIT_OK


def _fail(message: str, code: int = backup_cli.EXIT_FAILED) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
