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

from desktop import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="Meja Aduan: complaint desk for Indonesian public-service offices.",
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user's app data)")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"Meja Aduan {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    commands = parser.add_subparsers(dest="command", metavar="command")
    seed = commands.add_parser("seed", help="add realistic synthetic complaints")
    seed.add_argument("--count", type=int, required=True, help="how many complaints")
    seed.add_argument("--random-seed", type=int, help="repeatable output")
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    from desktop.app.paths import default_data_dir

    return default_data_dir()


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED


def _seed(data_dir: Path, count: int, random_seed: int | None) -> int:
    import datetime as dt

    from desktop.app.paths import regions_csv
    from desktop.services.desk import open_desk
    from desktop.services.seed import seed_complaints

    if count < 1:
        print("error: --count must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    desk = open_desk(data_dir, regions_csv()).desk
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
        )
    finally:
        desk.close()
    seconds = time.perf_counter() - started
    print(
        f"seeded {count:,} complaints in {seconds:.2f} s ({count / seconds:,.0f}/s) into {data_dir}"
    )
    return EXIT_OK


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop.services.values import SchemaTooNewError, StorageFault

    try:
        data_dir = _data_dir(args)
        if args.command == "seed":
            return _seed(data_dir, args.count, args.random_seed)
        if args.self_test:
            from desktop.app.self_test import SelfTestError, run_self_test

            try:
                print(run_self_test(data_dir, args.lang or "id"))
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
    except SchemaTooNewError as error:
        return _fail(
            f"the database in {data_dir} was written by a newer Meja Aduan "
            f"(schema {error.revision}); install the newer version. Nothing was changed."
        )
    except StorageFault as fault:
        return _fail(f"the data folder cannot be used ({fault.kind}): {fault.detail}")
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}")
