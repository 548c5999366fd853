"""SQLite set-up and behaviour under environment faults, on real database files."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text

from desktop.domain.regions import Region
from desktop.services.desk import Desk
from desktop.services.intake import InvalidComplaintError
from desktop.store.database import connect
from desktop.store.errors import StorageFault, StorageFaultKind
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft


def test_pragmas_protect_the_data(desk: Desk) -> None:
    with desk.database.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_regions_cascade_from_province_to_village(desk: Desk) -> None:
    provinces = desk.reference.region_children(None)
    assert len(provinces) == 38
    assert Region("32", "Jawa Barat") in provinces
    regencies = desk.reference.region_children("32")
    assert Region("32.01", "Kabupaten Bogor") in regencies
    villages = desk.reference.region_children("32.01.01")
    assert Region("32.01.01.1001", "Pondok Rajeg") in villages
    assert all(v.code.startswith("32.01.01.") for v in villages)


def test_a_locked_database_fails_the_save_cleanly(desk: Desk, tmp_path: Path) -> None:
    desk.database.close()
    from desktop.app.paths import regions_csv
    from desktop.services.desk import open_desk

    impatient = open_desk(
        desk.paths.data_dir, regions_csv(), desk.keys.key, busy_timeout_ms=200
    ).desk
    impatient.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    blocker = connect(desk.paths.database, desk.keys.key)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageFault) as raised:
            impatient.intake.record(good_draft(impatient))
        assert raised.value.kind is StorageFaultKind.BUSY
        blocker.execute("ROLLBACK")
        assert impatient.worklist.count() == 0
        # Once the lock is gone the same complaint saves, with the first number.
        saved = impatient.intake.record(good_draft(impatient))
        assert saved.local_number.endswith("-000001")
    finally:
        blocker.close()
        impatient.close()


def test_a_full_disk_fails_the_save_and_leaves_nothing_behind(desk: Desk, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"x" * 200_000)

    # SQLite's page limit is how a full disk looks to it: SQLITE_FULL on the next write.
    @event.listens_for(desk.database.engine, "begin")
    def fill_up(connection: object) -> None:
        raw = connection.connection.driver_connection  # type: ignore[attr-defined]
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")

    long_story = "Kronologi kejadian yang panjang. " * 300  # needs new pages to store
    with pytest.raises(StorageFault) as raised:
        desk.intake.record(good_draft(desk, description=long_story[:9000]), [scan])
    assert raised.value.kind is StorageFaultKind.FULL
    event.remove(desk.database.engine, "begin", fill_up)
    desk.database.engine.dispose()  # forget the limited connections
    assert desk.worklist.count() == 0
    stored = [p for p in desk.paths.attachments.rglob("*") if p.is_file()]
    assert stored == [], "the copied attachment must be removed when the save fails"


def test_two_writers_queue_instead_of_failing(desk: Desk) -> None:
    errors: list[BaseException] = []
    numbers: list[str] = []

    def save_many() -> None:
        try:
            for _ in range(10):
                numbers.append(desk.intake.record(good_draft(desk)).local_number)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=save_many) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(numbers)) == 30
    assert desk.worklist.count() == 30


def test_invalid_complaints_are_never_written(desk: Desk) -> None:
    with pytest.raises(InvalidComplaintError):
        desk.intake.record(good_draft(desk, title=""))
    assert desk.worklist.count() == 0


def test_database_errors_do_not_carry_personal_data(desk: Desk) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from desktop.store.schema import Complaint

    saved = desk.intake.record(good_draft(desk))
    with desk.database.reading() as session:
        row = {
            c.name: getattr(session.get(Complaint, saved.id), c.name)
            for c in Complaint.__table__.columns
            if c.name != "id"
        }
    with pytest.raises(IntegrityError) as raised, desk.database.writing() as session:
        session.execute(insert(Complaint), [row])  # same uuid and number: refused
    message = str(raised.value)
    assert "UNIQUE constraint failed" in message
    for personal in ("Siti Rahmawati", "3201014508900002", "+6281234567890", "berlubang"):
        assert personal not in message


def test_an_encrypted_desk_keeps_one_pool_of_connections_shared_by_threads(desk: Desk) -> None:
    """Closing the desk must not pull a connection from under a thread still using it, as
    SQLAlchemy's per-thread pool (the SQLCipher dialect's default) would."""
    from sqlalchemy.pool import QueuePool

    assert isinstance(desk.database.engine.pool, QueuePool)


def test_the_packaged_builds_compressed_region_list_reads_as_the_same_list(
    desk: Desk, tmp_path: Path
) -> None:
    """The bundle ships wilayah.csv gzipped (installer/meja-aduan.spec): a desk that moves from
    the text to the compressed list loads nothing again, and a changed list is still taken."""
    from desktop.app.paths import regions_csv
    from desktop.store.regions import load_regions_if_changed

    text = regions_csv().read_bytes()
    same = tmp_path / "same" / "wilayah.csv.gz"
    same.parent.mkdir()
    same.write_bytes(gzip.compress(text))
    with desk.database.writing() as session:
        assert not load_regions_if_changed(session, same)

    renamed = tmp_path / "renamed" / "wilayah.csv.gz"
    renamed.parent.mkdir()
    renamed.write_bytes(gzip.compress(text.replace(b"Pondok Rajeg", b"Pondok Rajeg Baru")))
    with desk.database.writing() as session:
        assert load_regions_if_changed(session, renamed)
    villages = desk.reference.region_children("32.01.01")
    assert Region("32.01.01.1001", "Pondok Rajeg Baru") in villages
