"""Backups and restores of a real desk: what comes back, what is refused, what is kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import filelock
import pytest

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.access import PermissionDeniedError
from desktop.services.account_values import NewAccount
from desktop.services.backups import SYNC_LOCK_FILE_NAME, BackupKind, BackupSchedule, restore_desk
from desktop.services.desk import Desk, create_desk, open_desk
from desktop.store import audit, backups, migrate
from desktop.store.database import connect
from desktop.store.errors import BackupRefusedError, DeskInUseError
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, first_admin, good_draft
from tests.helpers.files import png_bytes

AT = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)
TABLES = ("complaint", "follow_up_event", "attachment", "account", "outbox_item")


def rows(database: Path, key: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables that hold the desk's work, exactly as stored."""
    connection = connect(database, key)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def file_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        # The empty lock file a sync round (or a restore) leaves is no data.
        if p.is_file() and p.name != SYNC_LOCK_FILE_NAME
    }


def record_work(desk: Desk, photo: Path, count: int) -> list[int]:
    ids = []
    for number in range(count):
        saved = desk.intake.record(
            good_draft(desk, title=f"Laporan nomor {number}"), [photo] if number == 0 else []
        )
        desk.follow_up.add(saved.id, FollowUpEvent(EventKind.VERIFIED, AT))
        desk.follow_up.add(saved.id, FollowUpEvent(EventKind.NOTE, AT, text=f"Catatan {number}"))
        ids.append(saved.id)
    return ids


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto jalan.png"
    path.write_bytes(png_bytes(7, 5))
    return path


def test_a_restore_brings_back_every_complaint_and_event_exactly(
    desk: Desk, desk_dir: Path, desk_key: bytes, photo: Path
) -> None:
    first = record_work(desk, photo, 3)
    made = desk.backups.create()
    assert made.kind is BackupKind.MANUAL and made.attachments == 1
    desk.database.checkpoint()
    before = rows(desk.paths.database, desk_key)
    stored_name = desk.worklist.record(first[0]).attachments[0].stored_name  # type: ignore[union-attr]

    # Afterwards: more work, one more event, and the complaint with the photo erased (its file
    # deleted): all of it must be gone again after the restore, and the photo back.
    record_work(desk, photo.with_name("lain.png"), 0)
    record_work(desk, photo, 0)
    desk.intake.record(good_draft(desk, title="Sesudah cadangan"))
    desk.follow_up.add(first[1], FollowUpEvent(EventKind.NOTE, AT, text="Sesudah cadangan"))
    assert desk.people.anonymise([first[0]], "request") == 1
    assert not desk.attachment_folder.path_of(stored_name).exists()
    desk.close()

    outcome = restore_desk(desk_dir, made.path, desk_key, AT)
    assert outcome.attachments_added == 1
    assert rows(desk_dir / "meja-aduan.sqlite", desk_key) == before
    reopened = open_desk(desk_dir, regions_csv(), desk_key).desk
    try:
        reopened.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert reopened.attachment_folder.read(stored_name) == photo.read_bytes()
        timeline = reopened.follow_up.timeline(first[1])
        assert [r.event.kind for r in timeline] == [EventKind.VERIFIED, EventKind.NOTE]
    finally:
        reopened.close()
    # What the restore replaced is itself a backup that would restore.
    assert outcome.replaced is not None
    replaced = backups.read_info(outcome.replaced)
    assert replaced.kind is BackupKind.BEFORE_RESTORE
    assert outcome.replaced.name.startswith("meja-aduan-before-restore-20261130T030000Z-r")


def test_a_restore_is_refused_while_the_desk_or_a_sync_round_holds_it(
    desk: Desk, desk_dir: Path, desk_key: bytes
) -> None:
    made = desk.backups.create()
    desk.intake.record(good_draft(desk))
    with pytest.raises(DeskInUseError):
        restore_desk(desk_dir, made.path, desk_key)  # the open desk's pool holds a connection
    assert desk.worklist.summaries([1])  # still there, still working
    desk.close()

    lock = filelock.FileLock(str(desk_dir / SYNC_LOCK_FILE_NAME), timeout=0)
    with lock, pytest.raises(DeskInUseError):
        restore_desk(desk_dir, made.path, desk_key)
    assert not any(
        p.name.startswith("meja-aduan-before-restore") for p in made.path.parent.iterdir()
    )


def test_the_restore_lock_is_the_one_sync_rounds_take() -> None:
    from sync.setup import LOCK_FILE_NAME

    assert SYNC_LOCK_FILE_NAME == LOCK_FILE_NAME


def rewrite(source: Path, target: Path, change_database: Any) -> None:
    """A copy of the backup whose database member was changed and whose CRC and manifest were
    made to match again: only the checks inside the database can tell."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    database = change_database(members[backups.DATABASE_MEMBER])
    members[backups.DATABASE_MEMBER] = database
    manifest = json.loads(members[backups.MANIFEST])
    manifest["database_sha256"] = hashlib.sha256(database).hexdigest()
    members[backups.MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def flip_byte(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x40]) + data[offset + 1 :]


def test_a_damaged_backup_is_refused_and_the_current_data_stays(
    desk: Desk, desk_dir: Path, desk_key: bytes, tmp_path: Path
) -> None:
    made = desk.backups.create()
    desk.intake.record(good_draft(desk))
    desk.close()
    before = file_state(desk_dir)

    flipped = tmp_path / "flipped.zip"  # bytes flipped on the USB stick: the CRC catches it
    data = made.path.read_bytes()
    flipped.write_bytes(flip_byte(data, len(data) // 2))
    resealed = tmp_path / "resealed.zip"  # a page changed, CRC and checksum forged to match
    rewrite(made.path, resealed, lambda db: flip_byte(db, 3 * 4096 + 100))
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(data[: len(data) // 3])
    for bad in (flipped, resealed, truncated):
        with pytest.raises(BackupRefusedError) as refused:
            restore_desk(desk_dir, bad, desk_key)
        assert refused.value.reason == "damaged", bad.name
    assert file_state(desk_dir) == before


def test_a_backup_of_another_desk_or_a_newer_version_is_refused(
    desk: Desk, desk_dir: Path, desk_key: bytes, tmp_path: Path
) -> None:
    other = create_desk(tmp_path / "other", regions_csv(), first_admin()).opened.desk
    try:
        foreign = other.backups.create()
    finally:
        other.close()
    made = desk.backups.create()
    with desk.database.writing():
        pass
    desk.close()
    before = file_state(desk_dir)

    def newer(database: bytes) -> bytes:
        scratch = tmp_path / "newer.sqlite"
        scratch.write_bytes(database)
        connection = connect(scratch, desk_key)
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.close()
        return scratch.read_bytes()

    future = tmp_path / "future.zip"
    rewrite(made.path, future, newer)
    manifest_fix = tmp_path / "future2.zip"
    with zipfile.ZipFile(future) as archive, zipfile.ZipFile(manifest_fix, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == backups.MANIFEST:
                head = migrate.known_revisions()[-1].encode()
                data = data.replace(b'"revision": "' + head + b'"', b'"revision": "9999_future"')
            out.writestr(name, data)
    not_a_backup = tmp_path / "notes.zip"
    with zipfile.ZipFile(not_a_backup, "w") as archive:
        archive.writestr("catatan.txt", "bukan cadangan")

    cases = [
        (foreign.path, "wrong_key"),
        (manifest_fix, "newer_schema"),
        (not_a_backup, "not_a_backup"),
    ]
    for path, reason in cases:
        with pytest.raises(BackupRefusedError) as refused:
            restore_desk(desk_dir, path, desk_key)
        assert refused.value.reason == reason
    assert file_state(desk_dir) == before


def test_backups_need_the_permission_and_manual_ones_are_audited(desk: Desk) -> None:
    desk.accounts.create(
        NewAccount("rudi", "Rudi", Role.PETUGAS, "Petugas-2026-aman", "Petugas-2026-aman")
    )
    made = desk.backups.create()
    assert [b.path for b in desk.backups.list()] == [made.path]
    assert desk.backups.check(made.path).revision == made.revision
    desk.accounts.sign_in("rudi", "Petugas-2026-aman")
    with pytest.raises(PermissionDeniedError):
        desk.backups.create()
    with pytest.raises(PermissionDeniedError):
        desk.backups.check(made.path)


@pytest.mark.slow
def test_the_daily_backup_is_taken_when_due_and_the_folder_rotated(desk: Desk) -> None:
    assert desk.backups.backup_if_due(AT) is not None
    assert desk.backups.backup_if_due(AT + dt.timedelta(hours=1)) is None
    assert desk.backups.backup_if_due(AT + dt.timedelta(hours=23, minutes=59)) is None
    assert desk.backups.backup_if_due(AT + dt.timedelta(hours=24)) is not None
    for day in range(2, 12):
        desk.backups.backup_if_due(AT + dt.timedelta(days=day))
    names = [b.name for b in backups.backups_in(desk.paths.backups)]
    # The last 7 days, and 30 November: the newest of its month (ISO week 49's newest is
    # 6 December, a daily one already).
    assert [n[16:24] for n in names] == ["20261130", *(f"202612{d:02}" for d in range(5, 12))]
    assert names[-1].startswith("meja-aduan-auto-20261211T030000Z")

    desk.backups.save_schedule(BackupSchedule(automatic=False))
    assert desk.backups.backup_if_due(AT + dt.timedelta(days=30)) is None
    assert desk.backups.schedule() == BackupSchedule(automatic=False)


def test_a_scheduled_hour_takes_the_backup_at_the_first_check_after_it(
    desk: Desk, jakarta_time: None
) -> None:
    desk.backups.save_schedule(BackupSchedule(hour=17))
    wib = dt.timezone(dt.timedelta(hours=7))
    assert desk.backups.backup_if_due(dt.datetime(2026, 12, 1, 9, 0, tzinfo=wib)) is not None
    assert desk.backups.backup_if_due(dt.datetime(2026, 12, 1, 16, 59, tzinfo=wib)) is None
    assert desk.backups.backup_if_due(dt.datetime(2026, 12, 1, 17, 5, tzinfo=wib)) is not None
    assert desk.backups.backup_if_due(dt.datetime(2026, 12, 2, 8, 0, tzinfo=wib)) is None
    # The PC was off at 17:00: the next start takes it.
    assert desk.backups.backup_if_due(dt.datetime(2026, 12, 3, 8, 0, tzinfo=wib)) is not None


def test_a_backup_restores_onto_a_new_pc_with_the_passwords(
    desk: Desk, desk_key: bytes, tmp_path: Path
) -> None:
    desk.intake.record(good_draft(desk))
    made = desk.backups.create()
    copied = tmp_path / "usb" / made.path.name
    copied.parent.mkdir()
    shutil.copyfile(made.path, copied)
    outcome = restore_desk(tmp_path / "new-pc", copied, desk_key)
    assert outcome.replaced is None
    from desktop.services.keys import read_slots, unlock_with_password

    slots = read_slots(tmp_path / "new-pc")
    assert slots is not None
    assert unlock_with_password(slots, ADMIN_USERNAME, ADMIN_PASSWORD) == desk_key


def rezip(source: Path, target: Path, change: Any) -> None:
    """A copy of the backup with its members changed by `change(members)` (CRCs made to match:
    only the manifest's listing can tell)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def attachment_names(members: dict[str, bytes]) -> list[str]:
    return sorted(n for n in members if n.startswith(backups.ATTACHMENTS_PREFIX))


def test_a_backup_without_its_attachments_is_refused_naming_them(
    desk: Desk, desk_dir: Path, desk_key: bytes, tmp_path: Path, photo: Path
) -> None:
    other = photo.with_name("ktp.png")
    other.write_bytes(png_bytes(3, 9))
    saved = desk.intake.record(good_draft(desk), [photo, other])
    made = desk.backups.create()
    manifest = json.loads(zipfile.ZipFile(made.path).read(backups.MANIFEST))
    assert manifest["attachments"] == 2 and len(manifest["attachment_files"]) == 2
    assert all(
        len(f["sha256"]) == 64 and f["size"] > 0 for f in manifest["attachment_files"].values()
    )
    desk.intake.record(good_draft(desk, title="Sesudah cadangan"))
    desk.close()
    before = file_state(desk_dir)

    def without_both(members: dict[str, bytes]) -> None:
        for name in attachment_names(members):
            del members[name]

    def one_changed(members: dict[str, bytes]) -> None:
        name = attachment_names(members)[0]
        members[name] = flip_byte(members[name], 40)  # same size, resealed CRC

    def old_format_without_one(members: dict[str, bytes]) -> None:
        older = json.loads(members[backups.MANIFEST])
        del older["attachment_files"], older["audit_head"]
        members[backups.MANIFEST] = json.dumps(older).encode()
        del members[attachment_names(members)[1]]

    cases = {"missing": without_both, "changed": one_changed, "older": old_format_without_one}
    for label, change in cases.items():
        bad = tmp_path / f"{label}.zip"
        rezip(made.path, bad, change)
        with pytest.raises(BackupRefusedError) as refused:
            restore_desk(desk_dir, bad, desk_key)
        assert refused.value.reason == "incomplete", label
        assert str(refused.value).startswith(f"{label}.zip is incomplete: "), label
        assert all(item.startswith(saved.local_number) for item in refused.value.items)
    assert len(refused.value.items) == 1
    assert {i.split(" ", 1)[1] for i in refused.value.items} <= {"foto jalan.png", "ktp.png"}
    assert file_state(desk_dir) == before  # nothing of the current desk was touched

    # An older backup that is whole restores, and says its files were checked by size only.
    older = tmp_path / "older.zip"

    def old_format(members: dict[str, bytes]) -> None:
        manifest = json.loads(members[backups.MANIFEST])
        del manifest["attachment_files"], manifest["audit_head"]
        members[backups.MANIFEST] = json.dumps(manifest).encode()

    rezip(made.path, older, old_format)
    outcome = restore_desk(desk_dir, older, desk_key)
    assert not outcome.restored.attachments_by_digest and outcome.restored.complaints == 1


def test_each_backup_anchors_the_audit_trail_head(desk: Desk) -> None:
    desk.intake.record(good_draft(desk))
    made = desk.backups.create()
    head = json.loads(zipfile.ZipFile(made.path).read(backups.MANIFEST))["audit_head"]
    with desk.database.reading() as session:
        check = audit.verify_chain(session)
    # The backup's own EXPORT entry comes after the copy.
    assert head == {"entries": check.entries - 1, "hash": head["hash"]} and len(head["hash"]) == 64
    with desk.database.reading() as session:
        anchored = audit.verify_chain(session, (head["entries"], head["hash"]))
    assert anchored.intact and not anchored.behind_record
