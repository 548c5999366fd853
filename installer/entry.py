"""The bundle's one program, started under several names (see meja-aduan.spec):

    meja-aduan         python -m desktop      (the window, and the IT commands: --self-test, seed...)
    meja-aduan-sync    python -m sync         (headless synchronisation, for scheduled tasks)
    meja-aduan-office  python -m sync.office  (the office server: serve, join-code)

One program, so that all share one copy of the Python modules; the name it was started under
(argv[0], which a symbolic link keeps) chooses. Windows can't give a copy another name by a link
(a third copy of the program costs its 12 MB archive), so there, and anywhere, a first argument
`office-server` chooses the office server too: `meja-aduan-sync.exe office-server serve ...`.
"""

import importlib.util
import os
import sys

OFFICE_SERVER_ARGUMENT = "office-server"


def main() -> int:
    name = os.path.basename(sys.argv[0]).lower()
    if sys.argv[1:2] == [OFFICE_SERVER_ARGUMENT]:
        return office_server(sys.argv[2:])
    if name.startswith("meja-aduan-office"):
        return office_server(sys.argv[1:])
    if name.startswith("meja-aduan-sync"):
        from desktop.app.sync_cli import main as sync_main

        return sync_main()
    from desktop.__main__ import main as desktop_main

    return desktop_main()


def office_server(args: list[str]) -> int:
    # The packaged build leaves psycopg out (installer/README.md: its size, and libpq); say so
    # rather than fail on an import deep in the server's start.
    if _wants_postgresql(args) and importlib.util.find_spec("psycopg") is None:
        print(
            "error: this packaged build has no PostgreSQL driver: run the office server on "
            "PostgreSQL from a Python install with the office extra (pip install "
            "'meja-aduan[office]', then python -m sync.office serve ...), or leave out "
            "--database-url for the embedded register",
            file=sys.stderr,
        )
        return 2
    from desktop.app.office_server_cli import main as office_main

    sys.argv[0] = "meja-aduan-office"
    return office_main(args)


def _wants_postgresql(args: list[str]) -> bool:
    for index, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--database-url=") else None
        if arg == "--database-url" and index + 1 < len(args):
            value = args[index + 1]
        if value is not None and value.startswith("postgres"):
            return True
    return False


if __name__ == "__main__":
    sys.exit(main())
