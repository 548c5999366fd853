"""The command line: `python -m desktop [--data-dir D] [--lang id|en] [command]`.

IT staff script these commands: each prints one clear line, and on failure one line on stderr
(no traceback) and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    from desktop.app.headless import NewDeskCredentials
    from desktop.services.account_values import InvalidAccountError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# The most complaints one `seed` adds: its plan is held in memory, and a desk of a million
# complaints is already years of a busy office. A larger count is a typo, refused at once.
MAX_SEED_COUNT = 1_000_000


def build_parser() -> argparse.ArgumentParser:
    from desktop.app.report_args import OneLineErrorParser, add_report_command

    parser = OneLineErrorParser(
        prog="python -m desktop",
        description="Meja Aduan: complaint desk for Indonesian public-service offices.",
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user's app data)")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"Meja Aduan {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument(
        "--recovery-key-file",
        type=Path,
        help="file holding the desk's recovery key, for headless commands on a PC whose "
        "keyring does not hold the database key (or set MEJA_ADUAN_RECOVERY_KEY)",
    )
    # The class of every subcommand's parser too: `report` asks it for one-line errors.
    commands = parser.add_subparsers(
        dest="command", metavar="command", parser_class=OneLineErrorParser
    )
    seed = commands.add_parser(
        "seed",
        help="add realistic synthetic complaints",
        description="Add realistic synthetic complaints. On a fresh folder it first creates the "
        "desk with the admin user 'admin', whose password comes from MEJA_ADUAN_ADMIN_PASSWORD "
        f"({password_rules()}) or is generated and printed once.",
    )
    seed.add_argument(
        "--count", type=int, required=True, help=f"how many complaints (1 to {MAX_SEED_COUNT:,})"
    )
    seed.add_argument("--random-seed", type=int, help="repeatable output")
    seed.add_argument(
        "--without-history",
        action="store_true",
        help="complaints only, all awaiting verification (no invented follow-up)",
    )
    audit = commands.add_parser("audit", help="the audit trail")
    audit.add_argument("action", choices=("verify",), help="verify: check the hash chain")
    audit.add_argument(
        "--recorded",
        metavar="COUNT:HEAD",
        help="the 'record' an earlier verify printed: also shows entries cut from the end",
    )
    backup = commands.add_parser(
        "backup", help="back the desk up (database and attachments) into backups/ or FILE"
    )
    backup.add_argument("file", nargs="?", type=Path, help="a new file, or a folder for it")
    backup.add_argument("--list", action="store_true", help="list the backups in backups/")
    restore = commands.add_parser(
        "restore", help="replace the desk's data with a backup (checked first; app closed)"
    )
    restore.add_argument("file", type=Path, help="the backup file")
    provision = commands.add_parser(
        "provision",
        help="set the desk up from a TOML file (installer/desk.example.toml), creating it "
        "in a fresh folder; or --export its configuration",
    )
    provision.add_argument("file", nargs="?", type=Path, help="the provisioning file")
    provision.add_argument(
        "--export", type=Path, metavar="FILE", help="write this desk's configuration to FILE"
    )
    provision.add_argument(
        "--check-online", action="store_true", help="also check that [lapor] base_url answers"
    )
    provision.add_argument(
        "--for-all-users",
        action="store_true",
        help="check FILE and copy it into the installation folder, where every user of this "
        "PC is offered it when setting up a new desk (as administrator; the Windows "
        "installer's /PROVISION=FILE does this)",
    )
    office = commands.add_parser("office", help="office mode: join an office server")
    office.add_argument("action", choices=("join",), help="join: this desk joins with CODE")
    office.add_argument("code", help="the one-time join code the server's administrator gave")
    add_report_command(commands)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    from desktop.app.paths import default_data_dir

    return default_data_dir()


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _seed(
    data_dir: Path,
    count: int,
    random_seed: int | None,
    recovery_key_file: Path | None,
    with_history: bool = True,
) -> int:
    import datetime as dt

    from desktop.app.headless import create_demo_desk, open_checked_desk
    from desktop.services.desk_finder import DeskState, find_desk
    from desktop.services.seed import seed_complaints

    if count < 1:
        print("error: --count must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if count > MAX_SEED_COUNT:  # checked before any desk is created or opened
        print(f"error: --count must be at most {MAX_SEED_COUNT:,}", file=sys.stderr)
        return EXIT_USAGE
    if find_desk(data_dir).state is DeskState.NEW:
        opened, credentials = create_demo_desk(data_dir)
        _announce_new_desk(data_dir, credentials)
    else:
        opened = open_checked_desk(data_dir, recovery_key_file)
    desk = opened.desk
    started = time.perf_counter()

    def progress(done: int) -> None:
        if count >= 50_000:
            print(f"  {done:,}/{count:,}", file=sys.stderr, flush=True)

    try:
        seed_complaints(
            desk.database,
            desk.settings,
            count,
            now=dt.datetime.now(dt.UTC),
            rng_seed=random_seed,
            progress=progress,
            with_history=with_history,
        )
    finally:
        desk.close()
    seconds = time.perf_counter() - started
    print(
        f"seeded {count:,} complaints in {seconds:.2f} s ({count / seconds:,.0f}/s) into {data_dir}"
    )
    return EXIT_OK


def _verify_audit(data_dir: Path, recovery_key_file: Path | None, recorded: str | None) -> int:
    from desktop.app.headless import open_checked_desk
    from desktop.services.audit_trail import verify_audit_chain

    expected = None
    if recorded is not None:
        count, _, head = recorded.partition(":")
        if not count.isdigit() or len(head) < 8:
            print("error: --recorded takes COUNT:HEAD as printed by verify", file=sys.stderr)
            return EXIT_USAGE
        expected = (int(count), head)
    desk = open_checked_desk(data_dir, recovery_key_file).desk
    try:
        intact, line = verify_audit_chain(desk, expected)
    finally:
        desk.close()
    if not intact:
        return _fail(line)
    print(line)
    return EXIT_OK


def _backup_or_restore(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.app import backup_cli
    from desktop.services.values import BackupRefusedError, DeskInUseError

    try:
        if args.command == "restore":
            return backup_cli.restore(data_dir, args.file, args.recovery_key_file)
        if args.list:
            if args.file is not None:
                print("error: backup --list takes no FILE", file=sys.stderr)
                return EXIT_USAGE
            return backup_cli.list_backups(data_dir)
        return backup_cli.backup(data_dir, args.file, args.recovery_key_file)
    except BackupRefusedError as error:
        return _fail(f"{error}; nothing was changed")
    except DeskInUseError as error:
        return _fail(
            f"{error}: close Meja Aduan and wait for (or pause) synchronisation, then try "
            "again; nothing was changed"
        )


def _provision(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.app import provision_cli

    if (args.file is None) == (args.export is None):
        print("error: provision takes a FILE, or --export FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.for_all_users:
        if args.export is not None or args.recovery_key_file is not None:
            print("error: --for-all-users takes only FILE (no desk is opened)", file=sys.stderr)
            return EXIT_USAGE
        return provision_cli.offer_to_all_users(args.file, args.check_online)
    if args.export is not None:
        return provision_cli.export(data_dir, args.export, args.recovery_key_file)
    return provision_cli.provision(data_dir, args.file, args.check_online, args.recovery_key_file)


def _announce_new_desk(data_dir: Path, credentials: NewDeskCredentials) -> None:
    """Shown once, never stored: what IT staff need to open this new desk again."""
    print(f"created a new desk in {data_dir}; admin user: admin")
    if credentials.admin_password is not None:
        print(f"admin password (shown once): {credentials.admin_password}")
    print(f"recovery key (shown once, keep it safe): {credentials.recovery_key}")
    if not credentials.key_in_keyring:
        print(
            "this computer has no keyring: later headless commands need the recovery key "
            "(MEJA_ADUAN_RECOVERY_KEY or --recovery-key-file)"
        )


def password_rules() -> str:
    from desktop.domain.access import MIN_DIFFERENT_CHARACTERS, MIN_PASSWORD_LENGTH

    return (
        f"a password needs at least {MIN_PASSWORD_LENGTH} characters, at least "
        f"{MIN_DIFFERENT_CHARACTERS} of them different, and must not contain the user name"
    )


def _admin_refused(error: InvalidAccountError) -> str:
    """Why the new desk's admin was refused, in one line: the set-up checks the account before
    anything is written, so nothing was created."""
    from desktop.app.headless import ADMIN_PASSWORD_ENV, DEMO_ADMIN
    from desktop.domain.access import PasswordProblem

    why: dict[object, str] = {
        PasswordProblem.TOO_SHORT: "it is too short",
        PasswordProblem.SAME_AS_USERNAME: f"it contains the user name ({DEMO_ADMIN})",
        PasswordProblem.TOO_SIMPLE: "it has too few different characters",
    }
    if error.problem not in why:
        return f"the new desk's admin account was refused ({error.problem}); nothing was created"
    return (
        f"the admin password in {ADMIN_PASSWORD_ENV} was refused: {why[error.problem]} "
        f"({password_rules()}); nothing was created"
    )


def run(argv: Sequence[str] | None = None) -> int:
    from desktop.store.private_files import private_umask

    private_umask()  # before anything is written: the desk's files are its user's alone
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # what parse_args does, in one line for `report` (a scheduled task's log)
        message = f"unrecognized arguments: {' '.join(unknown)}"
        if args.command == "report":
            print(f"error: {message} (see `python -m desktop report --help`)", file=sys.stderr)
            return EXIT_USAGE
        parser.error(message)
    from desktop.app import storage_messages
    from desktop.app.headless import KeyUnavailableError
    from desktop.services.account_values import InvalidAccountError
    from desktop.services.values import (
        DeskUnusableError,
        MigrationFailedError,
        SchemaTooNewError,
        StorageFault,
    )

    data_dir = Path()
    try:
        data_dir = _data_dir(args)
        if args.command == "seed":
            return _seed(
                data_dir,
                args.count,
                args.random_seed,
                args.recovery_key_file,
                not args.without_history,
            )
        if args.command == "audit":
            return _verify_audit(data_dir, args.recovery_key_file, args.recorded)
        if args.command in ("backup", "restore"):
            return _backup_or_restore(args, data_dir)
        if args.command == "provision":
            return _provision(args, data_dir)
        if args.command == "office":
            from desktop.app import office_cli

            return office_cli.join(data_dir, args.code, args.recovery_key_file)
        if args.command == "report":
            from desktop.app.report_cli import report

            return report(args, data_dir)
        if args.self_test:
            from desktop.app.self_test import SelfTestError, run_self_test

            try:
                print(run_self_test(data_dir, args.lang or "id", args.recovery_key_file))
            except SelfTestError as error:
                return _fail(f"self-test failed: {error}")
            return EXIT_OK
        from desktop.app.gui import display_missing, run_gui

        if display_missing():
            return _fail(
                "no display found (DISPLAY is not set). Start Meja Aduan from a desktop session, "
                "or set QT_QPA_PLATFORM=offscreen to run without a screen."
            )
        return run_gui(data_dir, args.lang)
    except MigrationFailedError as error:
        return _fail(str(error))
    except SchemaTooNewError as error:
        return _fail(
            f"the database in {data_dir} was written by a newer Meja Aduan "
            f"(schema {error.revision}); install the newer version. Nothing was changed."
        )
    except KeyUnavailableError as error:
        return _fail(str(error))
    except InvalidAccountError as error:  # seed or provision creating a new desk's admin
        return _fail(_admin_refused(error))
    except DeskUnusableError as error:
        line, code = storage_messages.unusable_line(error, data_dir)
        return _fail(line, code)
    except StorageFault as fault:
        explained = storage_messages.fault_line(fault, data_dir)
        if explained is not None:
            return _fail(*explained)
        return _fail(f"the data folder cannot be used ({fault.kind}): {fault.detail}")
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}")
