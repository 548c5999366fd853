"""Child process of the bundle benchmark, from source: the application started as
`python -m desktop` is, with the same start-up probe the frozen build carries as a runtime hook
(installer/hooks/rthook_startup_probe.py; active because the parent sets
MEJA_ADUAN_STARTUP_PROBE=1). Run as a script, so nothing else is imported first."""

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    runpy.run_path(str(ROOT / "installer" / "hooks" / "rthook_startup_probe.py"))
    from desktop.__main__ import main

    sys.argv = ["meja-aduan", *sys.argv[1:]]
    sys.exit(main())
