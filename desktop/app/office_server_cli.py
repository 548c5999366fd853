"""`python -m sync.office`: the office server, headless (docs/office-mode.md).

    python -m sync.office serve --data-dir D --port P [--host H] [--address URL]
                                [--database-url URL] [--certificate F --key F]
                                [--office-code C]
    python -m sync.office join-code --data-dir D [--label L] [--valid-days N]
    python -m sync.office backup --data-dir D --out FILE|FOLDER
    python -m sync.office restore --data-dir D --from FILE
    python -m sync.office restored --data-dir D
    python -m sync.office desks --data-dir D [--database-url URL]
    python -m sync.office accounts list|disable USERNAME|enable USERNAME --data-dir D

`serve` keeps the office register in its data folder (the same encrypted SQLite store as a
desk's, its key the headless way: keyring, MEJA_ADUAN_RECOVERY_KEY or --recovery-key-file),
creating it on first start as `seed` creates a desk, or in the PostgreSQL database
`--database-url` names (remembered in the folder: `desktop.app.office_register`), and serves
until stopped. `join-code` prints one one-time join code on one line. `restored` tells the
desks a register was restored another way (`pg_restore`); `restore` does so itself. Failures
are one line on stderr, exit code 1. `desks` lists the desks and the erasures of personal data
some desk has not carried out yet; `accounts` lists the office's accounts, or disables (enables)
one on every desk at its next exchange (`sync.office.admin`). Both work with the server running.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from desktop.services.desk import Desk

ADDRESS = "office.server.address"
CERTIFICATE = "office.server.certificate"
KEY = "office.server.key"
LOG_FILE = "office-server.log"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sync.office", description="The office server")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, required=True, help="the server's data folder")
    common.add_argument("--recovery-key-file", type=Path, help="see python -m desktop --help")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    serve = commands.add_parser("serve", parents=[common], help="serve the office register")
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all)")
    serve.add_argument(
        "--address",
        help="the https://host:port desks reach this server at, put in join codes "
        "(default: --host when it names one address, else this computer's LAN address)",
    )
    serve.add_argument(
        "--database-url",
        help="the register on PostgreSQL: postgresql+psycopg://USER[:PASSWORD]@HOST:PORT/DB "
        "(remembered for later commands; default: the embedded encrypted SQLite in --data-dir)",
    )
    serve.add_argument("--certificate", type=Path, help="IT staff's certificate (PEM)")
    serve.add_argument("--key", type=Path, help="its private key (PEM)")
    serve.add_argument("--office-code", help="the office's code, for the numbers (e.g. 3201)")
    serve.add_argument(
        "--lapor-every",
        type=float,
        metavar="SECONDS",
        help="seconds between the server's rounds with SP4N-LAPOR! (default: the interval in "
        "its sync settings; rounds run once `python -m sync configure` set it up)",
    )
    code = commands.add_parser("join-code", parents=[common], help="print a one-time join code")
    code.add_argument("--label", default="", help="which desk it is for (e.g. Loket 1)")
    code.add_argument("--valid-days", type=int, default=7, help="days until it expires (7)")
    # The embedded register's backup with the server's certificate (office_backup_cli).
    backup = commands.add_parser("backup", parents=[common], help="back the register up")
    backup.add_argument("--out", type=Path, required=True, help="a new file, or a folder for it")
    restore = commands.add_parser("restore", parents=[common], help="restore a backup (stopped)")
    restore.add_argument("--from", dest="source", type=Path, required=True, help="the backup")
    commands.add_parser(
        "restored",
        parents=[common],
        help="after pg_restore (stopped): the desks push again what the register lacks",
    )
    # The administrator's commands on the register (sync.office.admin), server running or not.
    on_register = argparse.ArgumentParser(add_help=False, parents=[common])
    on_register.add_argument(
        "--database-url", help="the register on PostgreSQL (default: as `serve` remembered)"
    )
    commands.add_parser(
        "desks",
        parents=[on_register],
        help="the desks, and the erasures of personal data some desk has not carried out",
    )
    accounts = commands.add_parser("accounts", help="the office's accounts")
    actions = accounts.add_subparsers(dest="action", required=True, metavar="action")
    actions.add_parser("list", parents=[on_register], help="list the office's accounts")
    for action, says in (("disable", "disable"), ("enable", "enable again")):
        one = actions.add_parser(
            action, parents=[on_register], help=f"{says} an account on every desk"
        )
        one.add_argument("username")
    return parser


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.store.private_files import private_umask

    private_umask()
    args = build_parser().parse_args(argv)
    data_dir = Path(args.data_dir).expanduser().resolve()
    _log_to(data_dir)
    if args.command in ("backup", "restore"):
        from desktop.app import office_backup_cli

        given = args.out if args.command == "backup" else args.source
        return office_backup_cli.run(args.command, data_dir, given, args.recovery_key_file)
    database_url = None
    if getattr(args, "database_url", None) is not None:
        from desktop.app.office_register import RegisterUrlError, check_database_url

        try:
            database_url = check_database_url(args.database_url)
        except RegisterUrlError as error:
            return _fail(str(error), EXIT_USAGE)
    if args.command == "serve":
        if (args.certificate is None) != (args.key is None):
            return _fail("give both --certificate and --key, or neither", EXIT_USAGE)
        if args.lapor_every is not None and args.lapor_every <= 0:
            return _fail("--lapor-every takes a number of seconds above 0", EXIT_USAGE)
    from desktop.app import storage_messages
    from desktop.app.headless import KeyUnavailableError
    from desktop.app.office_register import RegisterUnreachableError
    from desktop.services.values import DeskUnusableError, StorageFault

    try:
        desk = _open_register(
            data_dir,
            args.recovery_key_file,
            create=args.command == "serve",
            database_url=database_url,
        )
    except (KeyUnavailableError, RegisterUnreachableError) as error:
        return _fail(str(error))
    except DeskUnusableError as error:
        return _fail(*storage_messages.unusable_line(error, data_dir))
    except StorageFault as fault:
        explained = storage_messages.fault_line(fault, data_dir)
        if explained is None:
            raise
        return _fail(*explained)
    try:
        if args.command == "join-code":
            return _join_code(desk, args.label, args.valid_days)
        if args.command == "restored":
            return _restored(desk)
        if args.command in ("desks", "accounts"):
            return _administer(desk, args)
        return _serve(desk, args)
    finally:
        desk.close()


def _log_to(data_dir: Path) -> None:
    from desktop.app.logging_setup import setup_logging

    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.WARNING)
    to_stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(to_stderr)
    if data_dir.is_dir():
        try:
            setup_logging(data_dir / "logs", file_name=LOG_FILE)
        except OSError as error:
            logging.getLogger("sync.office").warning("no log file: %s", error)


def _open_register(
    data_dir: Path, recovery_key_file: Path | None, *, create: bool, database_url: str | None
) -> Desk:
    """The server's desk on its register: the folder's own database, or the PostgreSQL one
    `database_url` names (remembered) or the folder remembers."""
    from desktop.app.cli import _announce_new_desk
    from desktop.app.headless import KeyUnavailableError, create_demo_desk, open_existing_desk
    from desktop.app.office_register import server_register
    from desktop.services.desk_finder import DeskState, find_desk

    if find_desk(data_dir).state is DeskState.NEW:
        if not create:
            raise KeyUnavailableError(
                f"there is no office register in {data_dir} yet: start `serve` once first"
            )
        opened, credentials = create_demo_desk(data_dir)
        _announce_new_desk(data_dir, credentials)
        sys.stdout.flush()
    else:
        opened = open_existing_desk(data_dir, recovery_key_file)
    local = opened.desk
    try:
        return server_register(local, database_url)
    except BaseException:
        local.close()
        raise


def _serve(desk: Desk, args: argparse.Namespace) -> int:
    from desktop.domain.desk_settings import OFFICE_CODE
    from desktop.domain.local_number import is_valid_office_code
    from desktop.store import reference
    from desktop.store.migrate import known_revisions
    from sync.office.certificate import ensure_certificate, fingerprint, lan_addresses
    from sync.office.register import OfficeRegister

    if args.certificate is not None:
        certificate, key = args.certificate.resolve(), args.key.resolve()
    else:
        certificate, key = ensure_certificate(desk.paths.data_dir)
    try:
        pinned = fingerprint(certificate.read_bytes())
    except (OSError, ValueError) as error:
        return _fail(f"the certificate {certificate} cannot be read: {error}")
    host = args.host
    if args.address:
        address = args.address.rstrip("/")
    else:
        shown = host if host not in ("0.0.0.0", "::", "") else lan_addresses()[-1]
        address = f"https://{shown}:{args.port}"
    values = {ADDRESS: address, CERTIFICATE: str(certificate), KEY: str(key)}
    if args.office_code:
        if not is_valid_office_code(args.office_code):
            return _fail("--office-code takes 2 to 12 capital letters or digits", EXIT_USAGE)
        values[OFFICE_CODE.storage_key] = args.office_code
    with desk.database.writing() as session:
        reference.save_settings(session, values)
    office_code = desk.settings.load().office_code
    # The register takes in what desks push, for the server's own rounds with LAPOR!.
    register = OfficeRegister(
        desk.database, office_code, desk.clock, desk.due_dates, desk.attachment_folder
    )
    print(
        f"office server for {office_code} at {address} (certificate SHA-256 {pinned}); "
        "serving until stopped",
        flush=True,
    )
    from sync.office.national_rounds import NationalRounds
    from sync.office.server import serve

    rounds = NationalRounds(desk, args.lapor_every)
    rounds.start()
    try:
        serve(
            register,
            known_revisions()[-1],
            host=host,
            port=args.port,
            certificate=certificate,
            key=key,
        )
    finally:
        rounds.stop()
    return EXIT_OK


def _administer(desk: Desk, args: argparse.Namespace) -> int:
    from sync.office import admin

    try:
        if args.command == "desks":
            lines = admin.desk_lines(desk)
        elif args.action == "list":
            lines = admin.account_lines(desk)
        else:
            lines = [admin.set_account_active(desk, args.username, args.action == "enable")]
    except admin.AdminError as error:
        return _fail(str(error))
    print("\n".join(lines))
    return EXIT_OK


def _restored(desk: Desk) -> int:
    from desktop.store import office_epoch

    with desk.database.writing() as session:
        restored_at = office_epoch.mark_restored(session).restored_at
    print(
        f"register restored up to position {restored_at}: "
        "the desks push again what it lacks at their next exchange"
    )
    return EXIT_OK


def _join_code(desk: Desk, label: str, valid_days: int) -> int:
    from desktop.store import reference
    from sync.office.certificate import fingerprint
    from sync.office.register import OfficeRegister

    if not 1 <= valid_days <= 365:
        return _fail("--valid-days takes 1 to 365", EXIT_USAGE)
    with desk.database.reading() as session:
        stored = reference.settings(session)
    if ADDRESS not in stored or CERTIFICATE not in stored:
        return _fail("start `python -m sync.office serve` once first: it sets the address")
    try:
        pinned = fingerprint(Path(stored[CERTIFICATE]).read_bytes())
    except (OSError, ValueError) as error:
        return _fail(f"the server's certificate cannot be read: {error}")
    register = OfficeRegister(desk.database, desk.settings.load().office_code, desk.clock)
    print(
        register.new_join_code(
            stored[ADDRESS], pinned, label.strip()[:100], dt.timedelta(days=valid_days)
        )
    )
    return EXIT_OK
