"""Searches on a pooled connection stay right after another process wrote the full-text index.

The desk keeps its SQLite connections in a pool; the headless sync round
(`python -m sync run --once`) is another process writing complaints, hence the index, to the same
file. FTS5 keeps the index's structure record (which segments exist) per connection, and reads
it again when a query opens the table and `PRAGMA data_version` shows another connection
committed. `PRAGMA integrity_check` does not: its FTS5 check (the xIntegrity method, SQLite
3.44 and later; the SQLite in sqlcipher3 is 3.53) reads the structure the connection cached
before, and when the other process has since merged segments away it reports
"fts5: corruption found reading blob ..." while a fresh connection reports "ok". That is what
tests/sync saw on the desk's pooled connections. This test shows that only that check is
affected: the searches made next, from the same out-of-date cache, find exactly what the other
process wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.domain.worklist_query import WorklistQuery
from desktop.services.desk import Desk
from desktop.store.database import connect
from tests.helpers.desks import TemplateDesk, good_draft

ROOT = Path(__file__).resolve().parents[2]
# None is the start of another: every search is a prefix search.
WORDS = ("banjir", "sampah", "listrik", "pungli", "macet")
PER_ROUND = 12  # one commit each: enough for FTS5 to merge away the segments read before
TITLE_WORD = "berlubang"  # in every complaint's title (`good_draft`)


def found(desk: Desk, words: str) -> list[int]:
    return sorted(desk.worklist.ids(WorklistQuery(text=words)))


def pooled_integrity(desk: Desk) -> str:
    with desk.database.reading() as session:
        return " / ".join(session.execute(text("PRAGMA integrity_check")).scalars())


def fresh_integrity(desk: Desk) -> str:
    raw = connect(desk.database.path, desk.database.key)
    try:
        return " / ".join(row[0] for row in raw.execute("PRAGMA integrity_check"))
    finally:
        raw.close()


def driver_connection(desk: Desk) -> object:
    with desk.database.reading() as session:
        return session.connection().connection.driver_connection


@pytest.mark.slow
def test_searches_on_a_pooled_connection_find_what_another_process_indexed(
    desk: Desk, template_desk: TemplateDesk
) -> None:
    own = desk.intake.record(good_draft(desk, description="Pengaduan pertama di meja.")).id
    words_of: dict[int, str] = {own: ""}
    assert found(desk, TITLE_WORD) == [own]  # the pooled connection has read the index
    # One connection in the pool: every read below is made on it, the one that read the index.
    assert desk.database.engine.pool.checkedin() == 1
    pooled = driver_connection(desk)

    env = {**os.environ, RECOVERY_KEY_ENV: template_desk.recovery_key}
    command = [sys.executable, "-m", "tests.store.other_process", str(desk.paths.data_dir)]
    stale_checks: list[str] = []
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdin is not None and other.stdout is not None
        try:
            edited = own
            for word in WORDS:
                other.stdin.write(f"{word} {PER_ROUND} {edited}\n")
                other.stdin.flush()
                recorded: list[int] = json.loads(other.stdout.readline())
                assert len(recorded) == PER_ROUND, "the other process failed"
                words_of.update(dict.fromkeys(recorded, word))
                words_of[edited] = word  # its description now names this round's word only

                # First the check that does not refresh the connection's view of the index...
                check = pooled_integrity(desk)
                if check != "ok":
                    assert check.startswith("fts5: corruption found reading blob"), check
                    stale_checks.append(check)
                # ...then searches, starting from that same view: right all the same.
                holding: defaultdict[str, list[int]] = defaultdict(list)
                for complaint, holds in words_of.items():
                    holding[holds].append(complaint)
                for earlier in WORDS[: WORDS.index(word) + 1]:
                    assert found(desk, earlier) == sorted(holding[earlier]), earlier
                assert found(desk, TITLE_WORD) == sorted(words_of)
                assert found(desk, f"{TITLE_WORD} {word}") == sorted(holding[word])
                assert fresh_integrity(desk) == "ok"
                edited = recorded[0]
        finally:
            other.stdin.close()
            assert other.wait(timeout=30) == 0

    assert driver_connection(desk) is pooled, "the pool kept its one connection throughout"
    # The searches above were made on a connection whose cached index structure was out of
    # date: its integrity check said so. If SQLite's check ever reads the structure afresh,
    # this fails; then the note on `integrity` in tests/helpers/exactly_once.py can go too.
    assert stale_checks, "the pooled connection's integrity check never saw an old structure"
    # Once the connection has read the index again, its own check agrees with a fresh one.
    assert pooled_integrity(desk) == "ok"
