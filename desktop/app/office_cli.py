"""`python -m desktop --data-dir D office join CODE`: this desk joins an office.

A fresh folder first gets a desk, as `seed` makes one (admin `admin`, the password from
MEJA_ADUAN_ADMIN_PASSWORD or printed once, the recovery key printed once). The join itself is
`sync.office.join`; the first exchange then pushes the desk's history (`python -m sync run
--once`, or the app's background exchange).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.app.cli import EXIT_FAILED, EXIT_OK


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILED


def join(data_dir: Path, code_text: str, recovery_key_file: Path | None) -> int:
    from desktop.app.cli import _announce_new_desk
    from desktop.app.headless import create_demo_desk, open_checked_desk
    from desktop.domain.office import JoinCodeError, decode_join_code
    from desktop.services.desk_finder import DeskState, find_desk
    from sync.office.client import OfficeUnreachableError
    from sync.office.join import JoinRefusedError, join_office

    try:
        decode_join_code(code_text)  # a mistyped code is refused before any desk is made
    except JoinCodeError as error:
        return _fail(f"not a join code: {error}")
    if find_desk(data_dir).state is DeskState.NEW:
        opened, credentials = create_demo_desk(data_dir)
        _announce_new_desk(data_dir, credentials)
    else:
        opened = open_checked_desk(data_dir, recovery_key_file)
    desk = opened.desk
    try:
        outcome = join_office(desk, code_text)
    except (JoinCodeError, JoinRefusedError) as error:
        return _fail(f"not joined: {error}")
    except OfficeUnreachableError as error:
        return _fail(f"not joined: the office server cannot be reached ({error})")
    finally:
        desk.close()
    print(
        f"joined office {outcome.office_code} as desk {outcome.desk_code}; "
        f"{outcome.shared_events} event(s) of this desk's history wait for the first exchange"
    )
    return EXIT_OK
