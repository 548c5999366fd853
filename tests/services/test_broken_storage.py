"""A desk is recognised or refused, never recreated; damage is told from a wrong key and found
early; nothing is written to a broken desk. Real files, really broken (tests/helpers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.account_values import WrongRecoveryKeyError
from desktop.services.backups import restore_desk
from desktop.services.desk import open_desk, open_desk_with_recovery_key
from desktop.services.desk_finder import DeskState, find_desk
from desktop.services.values import (
    DeskProblem,
    DeskUnusableError,
    StorageFault,
    StorageFaultKind,
    WrongDatabaseKeyError,
)
from tests.helpers.broken_storage import DATABASE, break_database, flip_byte, state
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft


def made_backup(desk_dir: Path, key: bytes) -> Path:
    desk = open_desk(desk_dir, regions_csv(), key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        desk.intake.record(good_draft(desk))
        return desk.backups.create().path
    finally:
        desk.close()


@pytest.mark.parametrize(
    ("how", "problem", "found"),
    [
        ("zero-byte", DeskProblem.EMPTY, DeskState.EMPTY),
        ("missing", DeskProblem.MISSING, DeskState.MISSING),
        ("foreign", DeskProblem.FOREIGN, DeskState.FOREIGN),
        ("cut-to-1000", DeskProblem.DAMAGED, None),
        ("flipped-first", DeskProblem.DAMAGED, None),
        ("cut-100", DeskProblem.DAMAGED, None),
    ],
)
def test_a_broken_database_is_reported_with_the_backup_to_restore_and_left_as_it_is(
    desk_dir: Path, desk_key: bytes, how: str, problem: DeskProblem, found: DeskState | None
) -> None:
    backup = made_backup(desk_dir, desk_key)
    break_database(desk_dir, how)
    before = state(desk_dir)
    if found is not None:
        assert find_desk(desk_dir).state is found  # never NEW: no set-up page
    with pytest.raises(DeskUnusableError) as raised:
        open_desk(desk_dir, regions_csv(), desk_key)
    assert raised.value.problem is problem
    assert raised.value.newest_backup == backup
    assert state(desk_dir) == before


def test_a_wrong_key_is_still_a_wrong_key(desk_dir: Path, template_desk: TemplateDesk) -> None:
    with pytest.raises(WrongDatabaseKeyError):
        open_desk(desk_dir, regions_csv(), bytes(32))
    with pytest.raises(WrongRecoveryKeyError):
        open_desk_with_recovery_key(
            desk_dir, regions_csv(), "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"
        )


def test_the_right_recovery_key_on_a_damaged_file_says_damaged_not_wrong_key(
    desk_dir: Path, template_desk: TemplateDesk
) -> None:
    flip_byte(desk_dir / DATABASE, "first")
    before = state(desk_dir)
    with pytest.raises(DeskUnusableError) as raised:
        open_desk_with_recovery_key(desk_dir, regions_csv(), template_desk.recovery_key)
    assert raised.value.problem is DeskProblem.DAMAGED
    assert "the key is right" in str(raised.value)
    assert raised.value.newest_backup is None
    assert state(desk_dir) == before


def test_a_folder_that_held_a_desk_is_never_new_even_without_the_marker(desk_dir: Path) -> None:
    (desk_dir / "meja-aduan-desk.json").unlink()  # a desk made before the marker
    (desk_dir / DATABASE).unlink()
    assert find_desk(desk_dir).state is DeskState.MISSING
    (desk_dir / "desk-keys.json").unlink()
    assert find_desk(desk_dir).state is DeskState.NEW  # nothing left that says "desk"


def test_an_older_desk_gets_its_marker_and_key_check_when_its_key_opens_it(
    desk_dir: Path, desk_key: bytes
) -> None:
    keys = desk_dir / "desk-keys.json"
    data = json.loads(keys.read_text("utf-8"))
    del data["key_check"]
    keys.write_text(json.dumps(data), "utf-8")
    (desk_dir / "meja-aduan-desk.json").unlink()
    open_desk(desk_dir, regions_csv(), desk_key).desk.close()
    assert "key_check" in json.loads(keys.read_text("utf-8"))
    assert (desk_dir / "meja-aduan-desk.json").exists()
    assert desk_key.hex() not in keys.read_text("utf-8")


def test_damage_deeper_in_the_file_is_found_by_the_full_check_and_stops_every_write(
    desk_dir: Path, desk_key: bytes
) -> None:
    desk = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        desk.database.checkpoint()  # every page in the file, none waiting in the WAL
        flip_byte(desk_dir / DATABASE, "middle")
        before = state(desk_dir)
        result = desk.check_integrity()
        assert not result.sound and result.problem
        with pytest.raises(StorageFault) as refused:
            desk.intake.record(good_draft(desk))
        assert refused.value.kind is StorageFaultKind.CORRUPT
        with pytest.raises(StorageFault) as no_backup:
            desk.backups.create()
        assert no_backup.value.kind is StorageFaultKind.CORRUPT
        assert state(desk_dir) == before
    finally:
        desk.close()


def test_a_backup_checks_the_desk_first_and_writes_nothing_from_a_damaged_file(
    desk_dir: Path, desk_key: bytes
) -> None:
    desk = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        desk.database.checkpoint()
        flip_byte(desk_dir / DATABASE, "last")
        with pytest.raises(StorageFault) as refused:
            desk.backups.create()
        assert refused.value.kind is StorageFaultKind.CORRUPT
        assert list((desk_dir / "backups").iterdir()) == []
        assert desk.database.damage is not None
    finally:
        desk.close()


def test_a_damaged_first_page_is_replaced_by_a_restore_and_kept_aside(
    desk_dir: Path, desk_key: bytes
) -> None:
    backup = made_backup(desk_dir, desk_key)
    flip_byte(desk_dir / DATABASE, "first")
    damaged = (desk_dir / DATABASE).read_bytes()
    outcome = restore_desk(desk_dir, backup, desk_key)
    assert outcome.replaced is not None and outcome.replaced.read_bytes() == damaged
    desk = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert desk.worklist.count() == 1
    finally:
        desk.close()
