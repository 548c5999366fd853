"""`provision FILE` and `provision --export FILE` on the command line.

The file is checked in full before anything is written: on a fresh folder no desk is created
for a file with problems, and on an existing desk nothing changes. Every problem is one line on
stderr (`desk.toml:12: lapor.base_url: ...`), then one `error:` line, exit 1.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.provision_messages import describe

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.provisioning_file import CheckedFile
    from desktop.services.sync_credentials import ApiCredentials

EXIT_OK = 0
EXIT_FAILED = 1


def provision(
    data_dir: Path, file: Path, check_online: bool, recovery_key_file: Path | None
) -> int:
    from desktop.app.cli import _announce_new_desk
    from desktop.app.headless import create_demo_desk, open_existing_desk
    from desktop.services.desk_finder import DeskState, find_desk
    from desktop.services.provisioning_file import check_file
    from sync.reachability import why_unreachable

    probe = why_unreachable if check_online else None
    file = file.expanduser().resolve()
    text = _read(file)
    if text is None:
        return EXIT_FAILED
    if find_desk(data_dir).state is DeskState.NEW:
        # Checked before the desk exists: a file with problems leaves the folder empty.
        checked = check_file(text, file.parent, probe=probe)
        if checked.problems:
            return _report(file, checked)
        opened, created = create_demo_desk(data_dir)
        _announce_new_desk(data_dir, created)
        desk = opened.desk
    else:
        desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        checked = check_file(text, file.parent, desk=desk, probe=probe)
        if checked.problems:
            return _report(file, checked)
        return _apply(desk, data_dir, file, checked)
    finally:
        desk.close()


def _apply(desk: Desk, data_dir: Path, file: Path, checked: CheckedFile) -> int:
    from desktop.services.provisioning_file import apply
    from desktop.services.sync_credentials import credential_store

    typed = None
    if _should_ask(checked) and credential_store(desk).place() is None:
        typed = _ask_credentials()
    applied = apply(desk, checked, credentials=typed, headless=True)
    language = checked.profile.get("desk", "language")
    if language is not None:
        _remember_language(data_dir, language)
    if not desk.due_dates.is_current():
        # New limits or days off: stored due dates follow now, not at the next start.
        desk.due_dates.recompute()
    entries = sum(len(values) for values in checked.profile.mapping.values())
    print(
        f"provisioned {data_dir} from {file.name}: {len(applied.changed)} setting(s) changed, "
        f"{entries} mapping entr{'y' if entries == 1 else 'ies'} set"
    )
    join_code = checked.profile.get("office", "join_code")
    if join_code:
        joined = _join(desk, join_code)
        if joined != EXIT_OK:
            return joined
    if applied.credentials_error:
        kept = f"keep {checked.credentials_file} and " if checked.credentials_file else ""
        return _fail(
            "the settings were applied, but the LAPOR! credentials could not be stored "
            f"({applied.credentials_error}): {kept}run provision again"
        )
    if applied.credentials_place is not None:
        where = (
            "this computer's keyring"
            if applied.credentials_place == "keyring"
            else "the desk's encrypted credentials file"
        )
        print(f"LAPOR! credentials stored in {where}")
        if checked.credentials_file is not None:
            print(
                f"the credentials file {checked.credentials_file} is no longer needed: "
                "delete it (the desk keeps its own copy)"
            )
    elif checked.sync is not None and checked.sync.enabled and not credential_store(desk).place():
        print(
            "note: no LAPOR! key and token are stored yet; name a credentials_file in [lapor] "
            "or run provision from a terminal to type them"
        )
    return EXIT_OK


def _join(desk: Desk, code: str) -> int:
    """The file's [office] join_code: this desk joins its office's server, after the settings
    (which stay applied whatever the server answers). A desk that has joined already keeps
    its office: the file may be applied again, e.g. after its credentials could not be stored."""
    from desktop.domain.office import JoinCodeError
    from sync.office.client import OfficeUnreachableError
    from sync.office.desk import OfficeSync
    from sync.office.join import JoinRefusedError

    office = OfficeSync(desk)
    status = office.status()
    if status is not None:
        print(
            f"note: this desk is desk {status.desk_code} of {status.server_url} already; "
            "the file's join_code was not used"
        )
        return EXIT_OK
    later = "the settings were applied, but this desk did not join its office: "
    again = "; join later with `office join CODE` (ask for a new code if this one was used)"
    try:
        outcome = office.join_unchecked(code)
    except (JoinCodeError, JoinRefusedError) as error:
        return _fail(f"{later}{error}{again}")
    except OfficeUnreachableError as error:
        return _fail(f"{later}the office server cannot be reached ({error}){again}")
    print(
        f"joined office {outcome.office_code} as desk {outcome.desk_code}; "
        f"{outcome.shared_events} event(s) of this desk's history wait for the first exchange"
    )
    return EXIT_OK


def export(data_dir: Path, target: Path, recovery_key_file: Path | None) -> int:
    from desktop.app.headless import open_existing_desk
    from desktop.services.provisioning_file import export_file

    target = target.expanduser().resolve()
    if target.exists():
        return _fail(f"{target} exists already; give a new file name")
    if not target.parent.is_dir():
        return _fail(f"the folder {target.parent} does not exist")
    desk = open_existing_desk(data_dir, recovery_key_file).desk
    try:
        export_file(desk, _language(data_dir), target)
    finally:
        desk.close()
    print(f"desk configuration written to {target} (no secrets, no personal data)")
    return EXIT_OK


def offer_to_all_users(file: Path, check_online: bool) -> int:
    """Check `file` (no desk needed) and copy it into the installation folder, where the set-up
    page of each user's new desk offers it. Every desk is then set up by the person at it, who
    creates its administrator and keeps its recovery key."""
    import stat

    from desktop.app.paths import PROVISIONING_FILE_NAME, SHARED_CONFIG_ENV, shared_config_dir
    from desktop.services.provisioning_file import check_file
    from desktop.store.files import replaced_atomically
    from sync.reachability import why_unreachable

    file = file.expanduser().resolve()
    text = _read(file)
    if text is None:
        return EXIT_FAILED
    probe = why_unreachable if check_online else None
    checked = check_file(text, file.parent, probe=probe, for_all_users=True)
    if checked.problems:
        return _report(file, checked)
    folder = shared_config_dir()
    if folder is None:
        return _fail(
            f"run from source there is no installation folder: name one in {SHARED_CONFIG_ENV}"
        )
    target = folder / PROVISIONING_FILE_NAME
    try:
        # Moved over the old file whole; readable by every user whatever the umask.
        with replaced_atomically(target) as out:
            out.write(text)
            os.chmod(out.name, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    except OSError as error:
        return _fail(
            f"{target} cannot be written ({error.strerror or type(error).__name__}); "
            "run this as administrator"
        )
    print(f"{target} written: the set-up of every new desk on this PC offers it")
    return EXIT_OK


def _read(file: Path) -> str | None:
    """The provisioning file's text (at most 1 MB: /dev/zero is refused, not read forever), or
    None after saying in one line why it cannot be read."""
    from desktop.store.files import FileTooLargeError, read_bounded_text

    try:
        return read_bounded_text(file)
    except FileTooLargeError as error:
        _fail(str(error))
    except UnicodeDecodeError:
        _fail(f"{file} is not UTF-8 text")
    except OSError as error:
        _fail(f"{file} cannot be read ({error.strerror or type(error).__name__})")
    return None


def _report(file: Path, checked: CheckedFile) -> int:
    for problem in checked.problems:
        print(describe(file.name, problem), file=sys.stderr)
    count = len(checked.problems)
    return _fail(f"{count} problem{'s' if count > 1 else ''} in {file.name}; nothing was applied")


def _should_ask(checked: CheckedFile) -> bool:
    """Type the key and token in only with a person at a terminal, when [lapor] names no file.
    A scripted run (no terminal) never waits on a prompt."""
    return (
        checked.sync is not None
        and checked.credentials is None
        and not checked.profile.get("lapor", "credentials_file")
        and sys.stdin.isatty()
    )


def _ask_credentials() -> ApiCredentials | None:
    from desktop.services.sync_credentials import ApiCredentials

    print("LAPOR! API key and token for this desk (leave empty to skip):")
    key = getpass.getpass("API key: ").strip()
    token = getpass.getpass("token: ").strip() if key else ""
    return ApiCredentials(key, token) if key and token else None


def _remember_language(data_dir: Path, language: str) -> None:
    from desktop.app.i18n import interface_settings, remember_language

    settings = interface_settings(data_dir)
    remember_language(settings, language)
    settings.sync()


def _language(data_dir: Path) -> str:
    from desktop.app.i18n import interface_settings, preferred_language

    return preferred_language(interface_settings(data_dir))


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED
