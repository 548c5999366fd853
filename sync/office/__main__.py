"""`python -m sync.office`: see `desktop.app.office_server_cli` (the server opens its register
the headless way, as the desk's commands do, so the command lives with the other entry points)."""

import sys

from desktop.app.office_server_cli import main

sys.exit(main())
