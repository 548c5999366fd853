"""What tests share, apart from fixtures: imported as `tests.helpers.<module>`.

Fixtures stay in the conftest.py files (tests/conftest.py for every test, tests/ui/conftest.py
for the interface); they build on these helpers. A test module never imports another test
module: whatever two of them need lives here.

- `desks`: the test admin, a good complaint draft, `sign_in_as` a role, audit entries.
- `keyrings`: a memory stand-in for the OS credential store, and keeping tests off the real one.
- `files`: tiny real image files.
- `cli`: running `python -m desktop` and seeding a desk through it.
- `hub`: handles on a running sandbox hub (in-process or a child process).
- `sync`: a desk pointed at a hub, and the engine's movable clock.
- `exactly_once`: the workload and checks of the sync fault and kill proofs.
- `tls`: a self-signed certificate for 127.0.0.1.
- `provisioning`: a complete provisioning file and its credentials.
- `clocks`: a desk's own clock on known working days.
- `broken_storage`: breaking a copy of a desk as real storage breaks, and telling it changed.
- `translations`: running lupdate as the Makefile does, reading .ts catalogues.
- `ui`: typing into and filling the interface, opening a complaint, the start-up gate.
"""

from pathlib import Path

# The repository: the working directory of every `python -m ...` a test starts.
ROOT = Path(__file__).resolve().parents[2]
