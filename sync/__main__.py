"""`python -m sync`: see `desktop.app.sync_cli` (the command opens the desk, so it lives with
the application's other entry points)."""

import sys

from desktop.app.sync_cli import main

sys.exit(main())
