"""The office server with its register on PostgreSQL, as a process of its own, for the tests
and benchmarks with real parts: `python -m tests.helpers.office_pg_server serve|join-code`,
with the options of `python -m sync.office` and `--database-url`.

`python -m sync.office serve --database-url` still refuses PostgreSQL in this version (its
register on PostgreSQL is another engineer's work in progress); the register, the HTTP side and
the desks' exchange are the product's own (`open_register`, `OfficeRegister`,
`sync.office.server.serve`): only this start-up is the test's. What `serve` sets up (address,
certificate, office code, URL) is kept in `office-server.json` in --data-dir for `join-code`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from desktop.store.database import open_register
from desktop.store.migrate import known_revisions
from sync.office.certificate import ensure_certificate, fingerprint
from sync.office.register import OfficeRegister

SETTINGS = "office-server.json"


def _clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.helpers.office_pg_server")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve")
    serve.add_argument("--data-dir", type=Path, required=True)
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--address")
    serve.add_argument("--office-code", default="3201")
    serve.add_argument("--database-url", required=True)
    code = commands.add_parser("join-code")
    code.add_argument("--data-dir", type=Path, required=True)
    code.add_argument("--label", default="")
    code.add_argument("--valid-days", type=int, default=7)
    args = parser.parse_args()
    data_dir: Path = args.data_dir.resolve()
    if args.command == "serve":
        data_dir.mkdir(parents=True, exist_ok=True)
        certificate, key = ensure_certificate(data_dir)
        address = (args.address or f"https://{args.host}:{args.port}").rstrip("/")
        settings = {
            "address": address,
            "certificate": str(certificate),
            "office_code": args.office_code,
            "database_url": args.database_url,
        }
        (data_dir / SETTINGS).write_text(json.dumps(settings), encoding="utf-8")
        database = open_register(args.database_url)
        register = OfficeRegister(database, args.office_code, _clock)
        print(f"office server for {args.office_code} at {address} (PostgreSQL)", flush=True)  # noqa: T201
        from sync.office.server import serve as serve_http

        try:
            serve_http(
                register,
                known_revisions()[-1],
                host=args.host,
                port=args.port,
                certificate=certificate,
                key=key,
            )
        finally:
            database.close()
        return 0
    settings = json.loads((data_dir / SETTINGS).read_text(encoding="utf-8"))
    database = open_register(settings["database_url"])
    try:
        register = OfficeRegister(database, settings["office_code"], _clock)
        print(  # noqa: T201 (the join code is the command's output)
            register.new_join_code(
                settings["address"],
                fingerprint(Path(settings["certificate"]).read_bytes()),
                args.label,
                dt.timedelta(days=args.valid_days),
            )
        )
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
