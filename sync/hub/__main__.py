"""`python -m sync.hub`: the sandbox LAPOR! hub on 127.0.0.1 until Ctrl+C or SIGTERM.

The first line on stdout is `hub listening on http://127.0.0.1:<port>` (scripts and tests read
the port from it); on a new database without `--key/--token` the made-up credentials follow,
once, for the trainer to type into the desk's settings.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from types import FrameType

from sync.hub.faults import KINDS, UnknownFault, check_kinds
from sync.hub.server import start_hub
from sync.hub.variants import HISTORY, SHAPES, STATUS_CODES, Variants


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync.hub",
        description="Sandbox SP4N-LAPOR! v3 hub for training and tests (127.0.0.1 only).",
    )
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--db", type=Path, required=True, help="the hub's SQLite file")
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address")
    parser.add_argument("--key", help="the API key (Authorization: Bearer ...)")
    parser.add_argument("--token", help="the token (the `token` header)")
    parser.add_argument(
        "--speed", type=float, default=1.0, help="hub time runs this many times real time"
    )
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of API requests given a fault"
    )
    parser.add_argument(
        "--faults",
        default="",
        help=f"comma-separated fault kinds (default all): {', '.join(KINDS)}",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the faults and outcomes")
    variants = parser.add_argument_group(
        "answer variants", "answer like other deployments of the same API (docs/lapor-api.md)"
    )
    variants.add_argument(
        "--shapes", choices=SHAPES, default="envelope", help="how answers are wrapped"
    )
    variants.add_argument("--no-search", action="store_true", help="no look-up by reference (404)")
    variants.add_argument("--no-categories", action="store_true", help="no categories master (404)")
    variants.add_argument(
        "--followups-without-author",
        action="store_true",
        help="follow-ups carry from_desk instead of author",
    )
    variants.add_argument(
        "--status-codes", choices=STATUS_CODES, default="hub", help="status numbering"
    )
    variants.add_argument(
        "--history", choices=HISTORY, default="data.logs", help="where status history sits"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log each request")
    return parser


def variants_of(args: argparse.Namespace) -> Variants:
    return Variants(
        shapes=args.shapes,
        search=not args.no_search,
        categories=not args.no_categories,
        followup_author=not args.followups_without_author,
        status_codes=args.status_codes,
        history=args.history,
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        kinds = check_kinds([k.strip() for k in args.faults.split(",") if k.strip()])
        if (args.key is None) != (args.token is None):
            raise ValueError("give both --key and --token, or neither")
        if args.speed <= 0:
            raise ValueError("--speed must be positive")
        running = start_hub(
            args.db,
            host=args.host,
            port=args.port,
            key=args.key,
            token=args.token,
            speed=args.speed,
            seed=args.seed,
            fault_rate=args.fault_rate,
            faults=kinds,
            variants=variants_of(args),
        )
    except (UnknownFault, ValueError, OSError, sqlite3.Error) as failure:
        print(f"hub: {failure}", file=sys.stderr)
        return 2

    print(f"hub listening on {running.url}", flush=True)
    if running.hub.generated_credentials:
        print(f"key: {running.key}", flush=True)
        print(f"token: {running.token}", flush=True)

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    if hasattr(signal, "SIGBREAK"):  # Ctrl+Break in a Windows console
        signal.signal(signal.SIGBREAK, on_signal)
    # A timed wait: on Windows an untimed one would not let the signal handler run.
    while not stop.wait(0.5):
        pass
    running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
