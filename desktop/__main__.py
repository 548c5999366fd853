"""`python -m desktop`: see desktop.app.cli for the commands."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.app.cli import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
