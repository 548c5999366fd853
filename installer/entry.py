"""The bundle's one program, started under two names (see meja-aduan.spec):

    meja-aduan       python -m desktop   (the window, and the IT commands: --self-test, seed...)
    meja-aduan-sync  python -m sync      (headless synchronisation, for scheduled tasks)

One program, so that both share one copy of the Python modules; the name it was started under
(argv[0], which a symbolic link keeps) chooses.
"""

import os
import sys


def main() -> int:
    name = os.path.basename(sys.argv[0]).lower()
    if name.startswith("meja-aduan-sync"):
        from desktop.app.sync_cli import main as sync_main

        return sync_main()
    from desktop.__main__ import main as desktop_main

    return desktop_main()


if __name__ == "__main__":
    sys.exit(main())
