"""Opening a desk without a person at the keyboard: scheduled tasks, IT scripts, CI.

The database key comes, in order, from the OS keyring, the recovery key in the environment
variable `MEJA_ADUAN_RECOVERY_KEY`, or a file named by `--recovery-key-file` holding it. Nothing
ever prompts: a command with no terminal must fail in one line instead of waiting.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.paths import regions_csv
from desktop.domain.access import Role

if TYPE_CHECKING:
    from desktop.services.desk import OpenedDesk

RECOVERY_KEY_ENV = "MEJA_ADUAN_RECOVERY_KEY"
ADMIN_PASSWORD_ENV = "MEJA_ADUAN_ADMIN_PASSWORD"
DEMO_ADMIN = "admin"
UNENCRYPTED_MESSAGE = (
    "%1 is an unencrypted database from a 0.1 test build; this version only opens encrypted "
    "desks. Move the data folder away (it holds personal data: delete it safely) and start again"
)


class KeyUnavailableError(Exception):
    """No source gave the database key; the message says which to provide."""


@dataclass(frozen=True)
class NewDeskCredentials:
    admin_password: str | None  # only when generated here: printed once, stored nowhere
    recovery_key: str
    key_in_keyring: bool


def recovery_key_from(recovery_key_file: Path | None, data_dir: Path) -> str | None:
    if recovery_key_file is not None:
        if recovery_key_file.resolve().is_relative_to(data_dir.resolve()):
            # Beside the data it opens, the key would travel with every copy of the folder.
            raise KeyUnavailableError(
                "the recovery key file must not be inside the data folder; keep it elsewhere"
            )
        try:
            return recovery_key_file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise KeyUnavailableError(
                f"the recovery key file {recovery_key_file} cannot be read ({error.strerror})"
            ) from error
    return os.environ.get(RECOVERY_KEY_ENV) or None


def open_existing_desk(data_dir: Path, recovery_key_file: Path | None) -> OpenedDesk:
    """Open the desk in `data_dir` with a key from a non-interactive source."""
    from desktop.services.account_values import WrongRecoveryKeyError
    from desktop.services.desk import open_desk, open_desk_with_recovery_key
    from desktop.services.desk_finder import UNUSABLE_STATES, DeskState, find_desk

    found = find_desk(data_dir)
    if found.state is DeskState.NEW:
        raise KeyUnavailableError(f"there is no desk in {data_dir} yet")
    if found.state in UNUSABLE_STATES:
        # Before asking for a key: a missing or empty database is reported as it is.
        from desktop.services.desk_health import unusable_for_state

        raise unusable_for_state(found.paths, found.state)
    if found.state is DeskState.UNENCRYPTED:
        raise KeyUnavailableError(UNENCRYPTED_MESSAGE.replace("%1", str(found.paths.database)))
    if found.key is not None:
        return open_desk(data_dir, regions_csv(), found.key)
    recovery_key = recovery_key_from(recovery_key_file, data_dir)
    if recovery_key is None:
        raise KeyUnavailableError(
            "the database key is not in this computer's keyring; give the recovery key in "
            f"{RECOVERY_KEY_ENV} or with --recovery-key-file FILE"
        )
    try:
        return open_desk_with_recovery_key(data_dir, regions_csv(), recovery_key)
    except WrongRecoveryKeyError as error:
        raise KeyUnavailableError("the recovery key given does not open this desk") from error


def open_checked_desk(data_dir: Path, recovery_key_file: Path | None) -> OpenedDesk:
    """`open_existing_desk`, then the full check of the database file: for the commands that
    verify or write in bulk, which must not go on over a damaged file (DeskUnusableError)."""
    from desktop.services.desk_health import require_sound

    opened = open_existing_desk(data_dir, recovery_key_file)
    try:
        require_sound(opened.desk.paths, opened.desk.database)
    except BaseException:
        opened.desk.close()
        raise
    return opened


def create_demo_desk(data_dir: Path) -> tuple[OpenedDesk, NewDeskCredentials]:
    """A new desk whose admin is `admin`, with the password from the environment or a new one."""
    from desktop.services.account_values import NewAccount
    from desktop.services.desk import create_desk

    given = os.environ.get(ADMIN_PASSWORD_ENV)
    password = given or secrets.token_urlsafe(12)
    admin = NewAccount(DEMO_ADMIN, "Administrator", Role.ADMIN, password, password)
    created = create_desk(data_dir, regions_csv(), admin)
    credentials = NewDeskCredentials(
        None if given else password, created.recovery_key, created.key_in_keyring
    )
    return created.opened, credentials


def desk_key(data_dir: Path, recovery_key_file: Path | None) -> bytes:
    """The desk's key without opening its database (a restore may replace a damaged one): the
    keyring's, else the one the recovery key stands for. Whether it fits is checked by its use.
    """
    from desktop.services.keys import key_from_keyring, key_from_recovery_key, read_slots
    from desktop.store.keyslots import KeyFileError

    try:
        slots = read_slots(data_dir)
    except KeyFileError:
        slots = None
    key = key_from_keyring(slots) if slots is not None else None
    if key is not None:
        return key
    recovery_key = recovery_key_from(recovery_key_file, data_dir)
    if recovery_key is None:
        raise KeyUnavailableError(
            "the database key is not in this computer's keyring; give the recovery key in "
            f"{RECOVERY_KEY_ENV} or with --recovery-key-file FILE"
        )
    return key_from_recovery_key(recovery_key)
