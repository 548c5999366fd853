"""The layering of CONVENTIONS.md holds, and the first window loads no database code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_window_starts_without_sqlalchemy_or_alembic() -> None:
    """SQLAlchemy (0.7 s) and Alembic (0.9 s) load on the worker thread after the window shows."""
    probe = (
        "import sys, desktop.app.gui, desktop.app.cli, desktop.ui.main_window\n"
        # What the start-up reads to choose the sign-in or the set-up page.
        "import desktop.services.desk_finder\n"
        "slow = ('sqlalchemy', 'alembic', 'phonenumbers', 'holidays')\n"
        "heavy = sorted(m for m in slow if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
