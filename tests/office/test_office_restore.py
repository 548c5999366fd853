"""The office server's disk is lost: IT staff restore the register's last backup (`python -m
sync.office restore`, which puts back the certificate the desks pinned) and start the server
again; the restored register states a new epoch, the desks push again what the backup lacks and
pull again from the restored position, and every desk converges to the same register again.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.desks import TemplateDesk
from tests.helpers.office import run_module
from tests.helpers.office_desks import (
    Office,
    assert_nothing_lost_or_doubled,
    do_office_work,
    office_events_of,
)

pytestmark = pytest.mark.slow

SEED = 20261207


@pytest.fixture
def office(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Office]:
    opened = Office(template_desk, tmp_path)
    yield opened
    opened.close()


def test_the_register_is_rebuilt_after_the_servers_disk_is_lost(
    office: Office, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    key = office.template.recovery_key
    server_dir = office.server.data_dir
    numbers: set[str] = set()
    for desk in office.desks:
        numbers.update(do_office_work(desk, rng, complaints=3, changes=3))
    office.settle()

    # The night's backup (the register with the server's certificate), while it serves.
    kept = tmp_path / "kept"
    kept.mkdir()
    backed_up = run_module("sync.office", "backup", "--data-dir", str(server_dir),
                           "--out", str(kept), recovery_key=key)  # fmt: skip
    assert backed_up.returncode == 0, backed_up.stderr
    (backup,) = kept.glob("*.zip")

    # The next day's work reaches the server, then its disk is lost.
    for desk in office.desks:
        numbers.update(do_office_work(desk, rng, complaints=2, changes=3))
    office.settle()
    office.server.kill()
    shutil.rmtree(server_dir)

    # A new disk: the backup restored (the same certificate), the server started again.
    server_dir.mkdir()
    restored = run_module("sync.office", "restore", "--data-dir", str(server_dir),
                          "--from", str(backup), recovery_key=key)  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "the desks push again what it lacks" in restored.stdout
    office.server.start()

    # The desks go on working and exchanging: the register is whole again, on every desk.
    for desk in office.desks:
        numbers.update(do_office_work(desk, rng, complaints=1, changes=2))
    office.settle()
    office.server.stop()
    events = office_events_of(office.server, office.template.key)
    assert_nothing_lost_or_doubled(events, office.desks, numbers)
