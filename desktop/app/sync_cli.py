"""`python -m sync`: synchronisation with SP4N-LAPOR! from the command line.

    python -m sync run --once [--data-dir D]     one round, headless (a scheduled task)
    python -m sync configure --url URL ...       set the address; key and token from the
                                                 environment (MEJA_ADUAN_LAPOR_KEY/_TOKEN)
    python -m sync status [--data-dir D]         what waits, and how the last round ended
    python -m sync status --items                and each waiting item, one line, with its
                                                 reason and who moves it on (desk or person)

The exit code of `run --once` tells the outcome (see `sync.report.RoundOutcome`): 0 all sent,
3 some items wait, 4 offline, 5 credentials refused, 6 another round is running, 7 not
configured, 1 any other failure; 10-13 a desk whose storage is broken, read-only or full (see
`desktop.app.storage_messages`). The desk's key comes the headless way (`desktop.app.headless`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.cli import EXIT_FAILED, EXIT_OK
from desktop.app.headless import KeyUnavailableError, open_existing_desk
from desktop.app.logging_setup import setup_logging
from desktop.domain.outbox import OutboxEntry, OutboxState

if TYPE_CHECKING:
    from desktop.services.desk import Desk

KEY_ENV = "MEJA_ADUAN_LAPOR_KEY"
TOKEN_ENV = "MEJA_ADUAN_LAPOR_TOKEN"
PROGRESS_EVERY_S = 2.0
HEADLESS_LOG = "sync-headless.log"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync", description="Synchronisation with SP4N-LAPOR!"
    )
    # The desk's options go before or after the command: the documented form is
    # `python -m sync run --once --data-dir D`, and scripts also write `--data-dir D run ...`.
    desk_options = argparse.ArgumentParser(add_help=False)
    desk_options.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="data folder (default: the user's app data)",
    )
    desk_options.add_argument(
        "--recovery-key-file",
        type=Path,
        default=argparse.SUPPRESS,
        help="see python -m desktop --help",
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (also after the command)")
    parser.add_argument("--recovery-key-file", type=Path, help="see python -m desktop --help")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    run = commands.add_parser("run", help="synchronise", parents=[desk_options])
    run.add_argument("--once", action="store_true", required=True, help="one round, then exit")
    run.add_argument("--quiet", action="store_true", help="no progress lines")
    configure = commands.add_parser(
        "configure",
        parents=[desk_options],
        help=f"set the national system's address; the key and token are read from {KEY_ENV} "
        f"and {TOKEN_ENV} when set (never from the command line, which others can see)",
    )
    configure.add_argument("--url", required=True, help="base URL, e.g. https://host/api/v3")
    configure.add_argument("--ca-bundle", type=Path, help="PEM file of the CA to trust")
    configure.add_argument("--proxy", help="HTTP(S) proxy URL")
    configure.add_argument("--training", action="store_true", help="a sandbox hub (mode latihan)")
    configure.add_argument("--disable", action="store_true", help="turn synchronisation off")
    status = commands.add_parser(
        "status", help="items waiting and the last round", parents=[desk_options]
    )
    status.add_argument(
        "--items",
        action="store_true",
        help="list each waiting item with its reason and whether the desk retries it by "
        "itself or it waits for a person",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.store.private_files import private_umask

    private_umask()  # before anything is written: the desk's files are its user's alone
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        data_dir = Path(args.data_dir).expanduser().resolve()
    else:
        from desktop.app.paths import default_data_dir

        data_dir = default_data_dir()
    _log_to(data_dir)
    from desktop.app import storage_messages
    from desktop.services.values import DeskUnusableError, StorageFault

    try:
        opened = open_existing_desk(data_dir, args.recovery_key_file)
    except KeyUnavailableError as error:
        return _fail(str(error))
    except DeskUnusableError as error:
        return _fail(*storage_messages.unusable_line(error, data_dir))
    except StorageFault as fault:
        explained = storage_messages.fault_line(fault, data_dir)
        if explained is None:
            raise
        return _fail(*explained)
    desk = opened.desk
    try:
        if args.command == "configure":
            return _configure(desk, args)
        from sync.office.exchange import is_joined

        joined = is_joined(desk)
        if args.command == "status":
            if joined:
                _office_status(desk)
            return _status(desk, items=args.items)
        if joined:  # in an office only the server talks to LAPOR!: the exchange is the round
            return _exchange_once(desk)
        return _run_once(desk, quiet=args.quiet)
    finally:
        desk.close()


def _log_to(data_dir: Path) -> None:
    """Warnings on stderr for whoever runs the command; the round's story in the data folder's
    `logs/sync-headless.log` for IT support (the app writes its own file)."""
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.WARNING)
    to_stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(to_stderr)
    if data_dir.is_dir():
        try:
            setup_logging(data_dir / "logs", file_name=HEADLESS_LOG)
        except OSError as error:  # a read-only or full data folder: stderr only
            logging.getLogger("sync").warning("no log file in the data folder: %s", error)


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _run_once(desk: Desk, *, quiet: bool) -> int:
    from sync.report import RoundOutcome, RoundProgress
    from sync.setup import NotConfiguredError, build_engine

    try:
        engine = build_engine(desk)
    except NotConfiguredError as error:
        return _fail(str(error), RoundOutcome.NOT_CONFIGURED.value)
    last = [0.0]

    def progress(step: RoundProgress) -> None:
        now = time.monotonic()
        if quiet or (now - last[0] < PROGRESS_EVERY_S and step.done != step.total):
            return
        last[0] = now
        print(f"{step.phase}: {step.done}/{step.total}", file=sys.stderr, flush=True)

    report = engine.run_round(progress)
    print(report.summary())
    return report.outcome.value


def _exchange_once(desk: Desk) -> int:
    from sync.office.exchange import ExchangeOutcome, exchange

    report = exchange(desk)
    print(report.summary())
    if report.outcome is not ExchangeOutcome.DONE and report.message:
        print(f"error: {report.message}", file=sys.stderr)
    return report.outcome.value


def _office_status(desk: Desk) -> None:
    from desktop.store import office

    with desk.database.reading() as session:
        joined = office.link(session)
        waiting = office.waiting_count(session)
        position = office.pulled_position(session)
        at, outcome = office.last_exchange(session)
    assert joined is not None
    print(
        f"office: desk {joined.desk_code} of {joined.server_url} waiting={waiting} "
        f"position={position} last_exchange={at} last_outcome={outcome}"
    )


def _configure(desk: Desk, args: argparse.Namespace) -> int:
    from desktop.services.sync_config import SyncConfig, check_config, sync_config, to_settings
    from desktop.services.sync_credentials import ApiCredentials, credential_store
    from desktop.store import reference

    current = sync_config(desk)
    config = SyncConfig(
        base_url=args.url,
        ca_bundle=args.ca_bundle.resolve() if args.ca_bundle else None,
        proxy=args.proxy or None,
        connect_timeout_s=current.connect_timeout_s,
        read_timeout_s=current.read_timeout_s,
        interval_minutes=current.interval_minutes,
        training=args.training,
        enabled=not args.disable,
    )
    problems = check_config(config)
    if problems:
        return _fail(", ".join(f"{p.field}: {p.code.value}" for p in problems))
    key, token = os.environ.get(KEY_ENV), os.environ.get(TOKEN_ENV)
    if bool(key) != bool(token):
        return _fail(f"give both {KEY_ENV} and {TOKEN_ENV}, or neither")
    with desk.database.writing() as session:
        reference.save_settings(session, to_settings(config))
    where = ""
    if key and token:
        place = credential_store(desk).save(ApiCredentials(key, token))
        where = f"; credentials kept in the {place.value.replace('_', ' ')}"
    print(f"sync configured: {config.base_url}{' (training)' if config.training else ''}{where}")
    return EXIT_OK


def _status(desk: Desk, *, items: bool = False) -> int:
    from desktop.store import national, outbox, reference
    from sync import status_keys

    with desk.database.reading() as session:
        counts = outbox.counts(session)
        settings = reference.settings(session)
        acknowledged_at = outbox.last_acknowledged_at(session)
        waiting_items = (
            outbox.entries(
                session,
                [OutboxState.PENDING, OutboxState.UNKNOWN, OutboxState.QUARANTINED],
                limit=100_000,
            )
            if items
            else []
        )
        found = national.complaints_to_find(
            session, sorted({i.complaint_id for i in waiting_items})
        )
    waiting = " ".join(f"{state.value}={n}" for state, n in counts.items())
    last = settings.get(status_keys.LAST_OUTCOME, "never")
    # The last item the national side confirmed (rounds that ended badly may have sent some).
    success = (
        acknowledged_at.astimezone(dt.UTC).isoformat(timespec="seconds")
        if acknowledged_at is not None
        else "never"
    )
    print(f"{waiting} last_round={last} last_success={success}")
    for item in waiting_items:
        about = found.get(item.complaint_id)
        print(item_line(item, about.title if about else "", about.is_secret if about else True))
    _print_capabilities(desk)
    return EXIT_OK


def item_line(item: OutboxEntry, title: str, confidential: bool) -> str:
    """One waiting item for IT staff's console: the complaint number, what, its state, who
    moves it on, the reason and the title (masked when the complaint is confidential). No other
    personal data: the server's words are about the request, never our data."""
    shown = mask(title) if confidential else title
    reason = item.problem.value if item.problem is not None else "-"
    detail = f" ({item.detail})" if item.detail else ""
    return (
        f"{item.local_number} {item.kind.value} {item.state.value} "
        f"waits_for={item.who_acts.value} reason={reason}{detail} title={shown!r}"
    )


def mask(title: str) -> str:
    """A confidential complaint's title: its first letter and its length, nothing more."""
    text = title.strip()
    return f"{text[:1]}{'*' * max(0, len(text) - 1)}" if text else ""


def _print_capabilities(desk: Desk) -> None:
    """What this LAPOR! deployment does not offer, and what that leaves to IT staff."""
    from sync.desk import NationalSync

    status = NationalSync(desk).status()
    for call in status.missing_calls:
        print(f"not offered by LAPOR!: {call}")
    if status.unmapped_categories:
        print("categories without a LAPOR! id: " + "; ".join(status.unmapped_categories))
    if status.unmapped_status_codes:
        codes = "; ".join(f"{c} ({n or '?'})" for c, n in status.unmapped_status_codes)
        print(f"LAPOR! status codes to map: {codes}")
