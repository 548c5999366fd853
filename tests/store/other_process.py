"""Another process writing to a desk, as the headless sync round does (for
tests/store/test_search_across_processes.py).

    python -m tests.store.other_process DATA_DIR

Opens the desk in DATA_DIR with the recovery key in the environment (`MEJA_ADUAN_RECOVERY_KEY`),
then for each line `WORD COUNT EDITED_ID` read from stdin: records COUNT complaints whose
description carries WORD, rewrites the description of complaint EDITED_ID to carry WORD too (an
index update: the complaint's old entries are deleted), and prints the new complaints' ids as a
JSON list on one line. Ends at the end of its input. One process for every round: opening a desk
and signing in take seconds.

Each complaint is its own transaction, so the full-text index gets a small segment per commit
and merges them as they pile up: the segments another connection read last are gone.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from sqlalchemy import update

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.app.paths import regions_csv
from desktop.services.desk import Desk, open_desk
from desktop.services.keys import key_from_recovery_key
from desktop.store.schema import Complaint
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft


def write_round(desk: Desk, word: str, count: int, edited: int) -> list[int]:
    recorded = [
        desk.intake.record(
            good_draft(desk, description=f"Laporan {word} nomor {n}: jalan rusak di desa.")
        ).id
        for n in range(count)
    ]
    with desk.database.writing() as session:
        session.execute(
            update(Complaint)
            .where(Complaint.id == edited)
            .values(description=f"Diubah oleh proses lain: {word} sekali lagi.")
        )
    return recorded


def main(data_dir: Path) -> None:
    key = key_from_recovery_key(os.environ[RECOVERY_KEY_ENV])
    desk = open_desk(data_dir, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        for line in sys.stdin:
            word, count, edited = line.split()
            sys.stdout.write(json.dumps(write_round(desk, word, int(count), int(edited))) + "\n")
            sys.stdout.flush()  # the test waits for this line before it looks
    finally:
        desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
