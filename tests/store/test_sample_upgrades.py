"""Every released schema upgrades to the newest with its data intact, and a failed upgrade puts
the database back as it was. The frozen samples are built by `samples/make_samples.py`."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.app.paths import regions_csv
from desktop.services.desk import Desk, open_desk
from desktop.services.due_dates import FINGERPRINT_KEY
from desktop.store import audit, backups, migrate, reference
from desktop.store.database import connect
from desktop.store.errors import MigrationFailedError
from tests.store.samples.make_samples import COMPLAINTS, SAMPLE_KEY, SAMPLES

REVISIONS = migrate.known_revisions()


def desk_from_sample(revision: str, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copyfile(SAMPLES / f"r{revision}.sqlite", folder / "meja-aduan.sqlite")
    return folder


def test_there_is_a_sample_for_every_revision() -> None:
    assert sorted(p.stem for p in SAMPLES.glob("r*.sqlite")) == [f"r{r}" for r in REVISIONS]
    for revision in REVISIONS:
        path = SAMPLES / f"r{revision}.sqlite"
        assert migrate.stored_revision(path, SAMPLE_KEY) == revision
        # Small enough to keep in the repository: a few KB per table and index a revision adds
        # (0013 adds the office tables: about 60 KB).
        assert path.stat().st_size < 400 * 1024


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_sample_upgrades_to_the_newest_with_its_data(revision: str, tmp_path: Path) -> None:
    folder = desk_from_sample(revision, tmp_path / "desk")
    opened = open_desk(folder, regions_csv(), SAMPLE_KEY)
    desk = opened.desk
    try:
        assert opened.migration.to_revision == REVISIONS[-1]
        if revision != REVISIONS[-1]:
            assert opened.migration.backup is not None
            assert backups.read_info(opened.migration.backup).revision == revision
        with desk.database.reading() as session:
            complaints = session.execute(
                text(
                    "SELECT local_number, title, description, reporter_nik, is_anonymous, "
                    "is_secret, status FROM complaint ORDER BY id"
                )
            ).all()
            assert [tuple(row) for row in complaints] == [
                (
                    c["local_number"], c["title"], c["description"], c["reporter_nik"],
                    c["is_anonymous"], c["is_secret"], c["status"],
                )
                for c in COMPLAINTS
            ]  # fmt: skip
            names = session.execute(text("SELECT original_name FROM attachment")).scalars().all()
            assert names == ["foto-jalan.jpg"]
            events = session.execute(
                text(
                    "SELECT c.local_number, e.kind, e.text FROM follow_up_event e "
                    "JOIN complaint c ON c.id = e.complaint_id ORDER BY e.id"
                )
            ).all()
            accounts = session.execute(text("SELECT username FROM account")).scalars().all()
            chain = audit.verify_chain(session)
            register = audit.check_register(session)
        has = {rev: revision >= rev for rev in ("0002", "0005")}
        assert [tuple(e) for e in events] == (
            [
                ("3201-2026-000001", "verified", ""),
                ("3201-2026-000001", "disposed", "Mohon dicek."),
                ("3201-2026-000002", "note", "Pelapor menelepon lagi."),
            ]
            if has["0005"]
            else []
        )
        assert accounts == (["admin"] if has["0002"] else [])
        assert chain.intact
        # Its entries, and the one that sealed the complaints it had when it first opened.
        assert chain.entries == (3 if has["0002"] else 0) + 1
        assert register.baseline and register.whole and register.complaints == len(COMPLAINTS)
    finally:
        desk.close()


def test_a_failed_upgrade_puts_the_database_back_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A real failure: a follow-up event that points at no complaint (written with foreign keys
    off, as a damaged file or a foreign tool might leave it). The upgrade's reference check
    refuses to commit, and the pre-upgrade copy is put back."""
    folder = desk_from_sample("0005", tmp_path / "desk")
    database = folder / "meja-aduan.sqlite"
    connection = connect(database, SAMPLE_KEY)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute(
        "INSERT INTO follow_up_event (complaint_id, at, actor, kind, text, reason) "
        "VALUES (999, '2026-11-03 00:00:00', 'admin', 'note', 'yatim', '')"
    )
    connection.close()

    with (
        caplog.at_level(logging.INFO, logger="desktop.db"),
        pytest.raises(MigrationFailedError) as raised,
    ):
        open_desk(folder, regions_csv(), SAMPLE_KEY)
    failure = raised.value
    assert failure.restored and failure.from_revision == "0005"
    assert failure.backup is not None and failure.backup.exists()
    assert "put back" in str(failure)
    assert migrate.stored_revision(database, SAMPLE_KEY) == "0005"
    check = connect(database, SAMPLE_KEY)
    try:
        assert check.execute("SELECT count(*) FROM follow_up_event").fetchone() == (4,)
        assert check.execute("SELECT count(*) FROM complaint").fetchone() == (3,)
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        check.close()
    messages = [r.getMessage() for r in caplog.records]
    assert any("failed (RuntimeError); putting the backup back" in m for m in messages)
    assert any("put back; the database is at 0005 again" in m for m in messages)
    assert not any("yatim" in m for m in messages)  # no row content in the log


def test_the_upgrade_to_0009_gives_the_shipped_institutions_their_acronyms(
    tmp_path: Path,
) -> None:
    """Only entries still named as shipped: a desk's own renamed entry gets no one's acronym."""
    folder = desk_from_sample("0008", tmp_path / "desk")
    connection = connect(folder / "meja-aduan.sqlite", SAMPLE_KEY)
    connection.execute(
        "UPDATE institution SET name = 'Dinas Kesehatan dan KB' WHERE name = 'Dinas Kesehatan'"
    )
    connection.commit()
    connection.close()
    desk = open_desk(folder, regions_csv(), SAMPLE_KEY).desk
    try:
        institutions = {i.name: i.aliases for i in desk.reference.institutions()}
        categories = {c.name: c.aliases for c in desk.reference.categories()}
    finally:
        desk.close()
    assert institutions["Dinas Pekerjaan Umum dan Penataan Ruang"] == ("PUPR", "DPUPR", "Dinas PU")
    assert institutions["Perusahaan Umum Daerah Air Minum"][0] == "PDAM"
    assert institutions["Rumah Sakit Umum Daerah"] == ("RSUD",)
    assert institutions["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"][0] == "DPMPTSP"
    assert "Dukcapil" in institutions["Dinas Kependudukan dan Pencatatan Sipil"]
    assert institutions["Dinas Kesehatan dan KB"] == ()
    assert categories["Penerangan Jalan Umum"] == ("PJU",)


def test_the_upgrade_to_0010_gives_every_complaint_its_report_facts(tmp_path: Path) -> None:
    """The reports read each complaint's journal: a desk from before it gets one from its
    history (verified and disposed a day after receipt), and the officer who recorded it from
    the audit trail."""
    folder = desk_from_sample("0009", tmp_path / "desk")
    desk = open_desk(folder, regions_csv(), SAMPLE_KEY).desk
    try:
        with desk.database.reading() as session:
            rows = session.execute(
                text(
                    "SELECT c.local_number, f.recorded_by, f.journal, f.last_event_at "
                    "FROM complaint c JOIN complaint_report_facts f ON f.complaint_id = c.id "
                    "ORDER BY c.id"
                )
            ).all()
    finally:
        desk.close()
    assert [r.local_number for r in rows] == [c["local_number"] for c in COMPLAINTS]
    assert [r.recorded_by for r in rows] == ["admin", "", ""]
    first, with_a_note, untouched = rows
    assert [entry.split(",")[1] for entry in first.journal.split(";")] == ["V", "v", "D", "U", "d"]
    assert with_a_note.journal == "" and with_a_note.last_event_at is not None
    assert untouched.journal == "" and untouched.last_event_at is None


def test_the_upgrade_to_0014_has_the_desk_derive_its_dates_and_settled_rows_again(
    tmp_path: Path,
) -> None:
    """Settled rows are derived by the desk's calendar, which a migration does not build: the
    upgrade leaves the stored dates marked stale, so the desk derives them again (settled rows
    included) and reports read journals until it has."""
    folder = desk_from_sample("0013", tmp_path / "desk")
    desk = open_desk(desk_from_sample("0014", tmp_path / "current"), regions_csv(), SAMPLE_KEY).desk
    try:
        desk.due_dates.recompute()  # the fingerprint of today's rules, as a desk keeps it
        fingerprint = reference_settings(desk)[FINGERPRINT_KEY]
    finally:
        desk.close()
    sample = connect(folder / "meja-aduan.sqlite", SAMPLE_KEY)
    try:  # the 0013 desk's dates followed those rules
        sample.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (FINGERPRINT_KEY, fingerprint),
        )
        sample.commit()
    finally:
        sample.close()
    desk = open_desk(folder, regions_csv(), SAMPLE_KEY).desk
    try:
        assert not desk.due_dates.is_current()
        desk.due_dates.recompute()
        assert desk.due_dates.is_current()
    finally:
        desk.close()


def reference_settings(desk: Desk) -> dict[str, str]:
    with desk.database.reading() as session:
        return reference.settings(session)
