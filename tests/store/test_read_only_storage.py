"""A desk on a read-only or full file system opens read-only: it can be read, verified and
backed up to another drive, every write is refused with the cause, and nothing on the desk's
drive changes. The file systems are real small tmpfs mounts (tests/helpers/broken_storage)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.desk import open_desk
from desktop.services.values import StorageFault, StorageFaultKind
from tests.helpers.broken_storage import small_disks, state
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Callable[[str, Path], Path]]:
    with small_disks(tmp_path) as put:
        yield put


@pytest.fixture
def desk_with_a_complaint(desk_dir: Path, desk_key: bytes) -> Path:
    desk = open_desk(desk_dir, regions_csv(), desk_key).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.intake.record(good_draft(desk))
    desk.close()
    return desk_dir


@pytest.mark.parametrize(
    ("kind", "cause"),
    [("read-only", StorageFaultKind.READ_ONLY), ("full", StorageFaultKind.FULL)],
)
def test_a_desk_on_storage_that_cannot_be_written_opens_read_only(
    disk: Callable[[str, Path], Path],
    desk_with_a_complaint: Path,
    desk_key: bytes,
    tmp_path: Path,
    kind: str,
    cause: StorageFaultKind,
) -> None:
    folder = disk(kind, desk_with_a_complaint)
    before = state(folder)
    desk = open_desk(folder, regions_csv(), desk_key).desk
    try:
        assert desk.read_only is cause
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)  # checked, not recorded
        assert desk.worklist.count() == 1
        assert desk.check_integrity().sound
        usb = tmp_path / "usb"
        usb.mkdir()
        rescued = desk.backups.create(usb)
        assert rescued.path.parent == usb and rescued.path.stat().st_size > 0
        with pytest.raises(StorageFault) as refused:
            desk.intake.record(good_draft(desk))
        assert refused.value.kind is cause
        assert "opened read-only" in str(refused.value)
    finally:
        desk.close()
    assert state(folder) == before
    assert not (folder / "meja-aduan.sqlite-wal").exists()
