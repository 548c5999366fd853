"""The audit trail covers the register: a change made around the services is found, and bulk
writes (seeding, retention) commit their entry in the same transaction as their rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from desktop.domain.audit_actions import AuditAction
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.audit_trail import verify_audit_chain
from desktop.services.desk import Desk
from desktop.services.seed import seed_complaints
from desktop.services.values import StorageFault, StorageFaultKind
from desktop.store.database import connect
from tests.helpers.desks import good_draft
from tests.helpers.files import png_bytes

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


def tamper(desk: Desk, sql: str, *values: object) -> None:
    """Change the file the way someone with the key and an SQLite tool could."""
    raw = connect(desk.paths.database, desk.keys.key)
    try:
        raw.execute(sql, values)
        raw.commit()
    finally:
        raw.close()


def a_day_of_work(desk: Desk, tmp_path: Path) -> list[Any]:
    """Every kind of write the desk makes to complaints, through its services."""
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes(6, 4))
    seed_complaints(desk.database, desk.settings, 25, now=NOW, rng_seed=3)
    saved = [desk.intake.record(good_draft(desk, title=f"Aduan {n}"), [photo]) for n in range(3)]
    desk.follow_up.add(saved[0].id, FollowUpEvent(EventKind.VERIFIED, NOW))
    desk.follow_up.add(saved[1].id, FollowUpEvent(EventKind.NOTE, NOW, text="Ditelepon"))
    desk.people.anonymise([saved[2].id, 1], "request")  # a seeded one too
    return saved


def test_work_through_the_services_is_accounted_for_and_a_change_around_them_is_found(
    desk: Desk, tmp_path: Path
) -> None:
    saved = a_day_of_work(desk, tmp_path)
    result = desk.audit.verify()
    assert result.intact and result.complaints == 28
    ok, line = verify_audit_chain(desk)
    assert ok and "28 complaint(s) accounted for; record " in line

    # A title changed directly in the database: the chain itself is untouched.
    tamper(desk, "UPDATE complaint SET title = 'Diubah diam-diam' WHERE id = ?", saved[1].id)
    result = desk.audit.verify()
    assert result.chain_intact and not result.intact
    assert result.changed == (saved[1].local_number,) and result.unaccounted == ()
    ok, line = verify_audit_chain(desk)
    assert not ok
    assert line == (
        "register CHANGED OUTSIDE the desk: 1 complaint(s) not as last recorded "
        f"({saved[1].local_number})"
    )

    # An event slipped into a seeded complaint's history, and a complaint added by hand.
    tamper(
        desk,
        "INSERT INTO follow_up_event (complaint_id, at, actor, kind, text, reason) "
        "VALUES (5, '2026-11-28 09:00:00.000000', 'admin', 'note', 'palsu', '')",
    )
    tamper(
        desk,
        "INSERT INTO complaint SELECT 999, 'f0000000-0000-7000-8000-000000000999', "
        "'3201-2026-999999', received_at, channel, type, supervisory, category_id, "
        "institution_id, title, description, incident_date, region_code, incident_address, "
        "reporter_name, reporter_nik, reporter_phone, reporter_email, reporter_address, "
        "is_anonymous, is_secret, privacy_acknowledged, status, national_tracking_id, "
        "created_at, anonymised_at, unit_id, verify_due, follow_up_due, complete_due, next_due, "
        "recorded_at_desk FROM complaint WHERE id = 2",
    )
    result = desk.audit.verify()
    with desk.database.reading() as session:
        fifth = session.execute(text("SELECT local_number FROM complaint WHERE id = 5")).scalar()
    assert set(result.changed) == {saved[1].local_number, fifth}
    assert result.unaccounted == ("3201-2026-999999",)
    # What verify recorded says what it found, in counts.
    with desk.database.reading() as session:
        recorded = session.execute(
            text("SELECT details FROM audit_entry ORDER BY id DESC LIMIT 1")
        ).scalar()
    assert json.loads(recorded)["not_as_recorded"] == 2
    assert json.loads(recorded)["unaccounted"] == 1


@contextmanager
def failing_at_the_audit_entry(desk: Desk, fault: StorageFaultKind) -> Iterator[None]:
    """SQLite refuses the write exactly when an audit entry is written, for a real cause set on
    the connection just before that INSERT: FULL, SQLite's own page limit at the file's size
    (the entry must need a page of its own); READ_ONLY, the connection made query-only."""

    def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_ENTRY"):
            raw = conn.connection.driver_connection
            if fault is StorageFaultKind.FULL:
                pages = raw.execute("PRAGMA page_count").fetchone()[0]
                raw.execute(f"PRAGMA max_page_count = {pages}")
            else:
                raw.execute("PRAGMA query_only = 1")

    event.listen(desk.database.engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(desk.database.engine, "before_cursor_execute", before)
        desk.database.engine.dispose()  # no connection keeps the limit


def counts(desk: Desk) -> tuple[int, int, int]:
    """Complaints, those erased, and the audit entries of seeding and retention."""
    with desk.database.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.execute(text(sql), {"a": list(AuditAction)}).scalar() or 0)
            for sql in (
                "SELECT count(*) FROM complaint",
                "SELECT count(*) FROM complaint WHERE anonymised_at IS NOT NULL",
                "SELECT count(*) FROM audit_entry "
                "WHERE action IN ('demo.seeded', 'retention.applied')",
            )
        )


def test_a_seeding_whose_audit_entry_does_not_fit_leaves_neither(desk: Desk) -> None:
    before = counts(desk)
    # 600 complaints: the entry's seals (16 characters each) need pages of their own.
    with (
        failing_at_the_audit_entry(desk, StorageFaultKind.FULL),
        pytest.raises(StorageFault) as fault,
    ):
        seed_complaints(desk.database, desk.settings, 600, now=NOW, rng_seed=5)
    assert fault.value.kind is StorageFaultKind.FULL
    assert counts(desk) == before
    assert desk.audit.verify().intact


def test_a_retention_batch_whose_audit_entry_does_not_fit_erases_nothing(desk: Desk) -> None:
    seed_complaints(desk.database, desk.settings, 600, now=NOW, rng_seed=5)
    desk.people.set_retention_years(1)  # about half of them are older than a year
    before = counts(desk)
    # (Erasing frees pages the entry could use: the write is refused another real way.)
    with (
        failing_at_the_audit_entry(desk, StorageFaultKind.READ_ONLY),
        pytest.raises(StorageFault) as fault,
    ):
        desk.people.apply_due_retention(NOW)
    assert fault.value.kind is StorageFaultKind.READ_ONLY
    assert counts(desk) == before
    assert desk.people.apply_due_retention(NOW) > 250  # with room, it goes through
    assert counts(desk)[2] == before[2] + 1
    assert desk.audit.verify().intact
