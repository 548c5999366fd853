"""Build the frozen sample databases: `r<revision>.sqlite`, one per schema revision.

Each is the schema exactly as Alembic left it at that revision (`upgrade <rev>`), with a little
representative data written in SQL against that schema: settings, a region, three complaints
(one anonymous, one confidential), an attachment row, and, where the revision has them, an
account, hash-chained audit entries, follow-up events and an outbox item. A test upgrades each
to the newest revision and checks the data came through.

The files are encrypted with SAMPLE_KEY, a constant that only ever opens these test files; it is
no desk's key and no secret. Regenerate (then commit) only when a new revision is added: a
released revision's sample must stay frozen, that is the point of it.

    .venv/bin/python -m tests.store.samples.make_samples
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from desktop.store import audit, migrate
from desktop.store.database import Database, connect

SAMPLES = Path(__file__).resolve().parent
SAMPLE_KEY = bytes.fromhex("5a" * 32)  # test-only: opens the sample files and nothing else
AT = dt.datetime(2026, 11, 2, 3, 4, 5)
REGION = "32.01.01.1001"

COMPLAINTS = [
    {
        "uuid": "0192f000-0000-7000-8000-000000000001",
        "local_number": "3201-2026-000001",
        "channel": "walk_in",
        "type": "pengaduan",
        "title": "Jalan berlubang di depan SDN 2",
        "description": "Sejak bulan lalu jalan berlubang besar.",
        "reporter_name": "Siti Rahmawati",
        "reporter_nik": "3201014508900002",
        "reporter_phone": "+6281234567890",
        "reporter_email": "siti@contoh.id",
        "is_anonymous": 0,
        "is_secret": 0,
        "status": "didisposisikan",
    },
    {
        "uuid": "0192f000-0000-7000-8000-000000000002",
        "local_number": "3201-2026-000002",
        "channel": "phone",
        "type": "aspirasi",
        "title": "Usul taman baca di balai desa",
        "description": "Warga ingin taman baca.",
        "reporter_name": "",
        "reporter_nik": "",
        "reporter_phone": "",
        "reporter_email": "",
        "is_anonymous": 1,
        "is_secret": 0,
        "status": "belum_terverifikasi",
    },
    {
        "uuid": "0192f000-0000-7000-8000-000000000003",
        "local_number": "3201-2026-000003",
        "channel": "letter",
        "type": "pengaduan",
        "title": "Pungutan liar di loket",
        "description": "Petugas meminta uang tambahan.",
        "reporter_name": "Budi Santoso",
        "reporter_nik": "3201011203850001",
        "reporter_phone": "",
        "reporter_email": "budi@contoh.id",
        "is_anonymous": 0,
        "is_secret": 1,
        "status": "belum_terverifikasi",
    },
]
EVENTS = [  # (complaint index, kind, text)
    (0, "verified", ""),
    (0, "disposed", "Mohon dicek."),
    (1, "note", "Pelapor menelepon lagi."),
]


def insert(connection: sqlite3.Connection, table: str, values: dict[str, Any]) -> int | None:
    """Insert the values this revision's table has columns for; None if it has no such table.
    A required column left out fails here, so the sample never relies on a later default."""
    columns = {row[1]: row for row in connection.execute(f"PRAGMA table_info({table})")}
    if not columns:
        return None
    present = {name: value for name, value in values.items() if name in columns}
    missing = [
        name
        for name, (_cid, _n, _type, notnull, default, pk) in columns.items()
        if notnull and default is None and not pk and name not in present
    ]
    if missing:
        raise ValueError(f"{table} needs {missing}")
    names = ", ".join(present)
    marks = ", ".join("?" for _ in present)
    cursor = connection.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(present.values())
    )
    return cursor.lastrowid


def fill(connection: sqlite3.Connection) -> None:
    insert(connection, "setting", {"key": "office.code", "value": "3201"})
    insert(connection, "region", {"code": REGION, "parent_code": None, "name": "Cibinong"})
    category = connection.execute("SELECT min(id) FROM category").fetchone()[0]
    unit = connection.execute("SELECT min(id) FROM institution").fetchone()[0]
    ids = []
    for number, values in enumerate(COMPLAINTS):
        received = AT + dt.timedelta(hours=number)
        row = {
            **values,
            "received_at": received,
            "created_at": received,
            "supervisory": 0,
            "category_id": category,
            "institution_id": None,
            "incident_date": dt.date(2026, 10, 25),
            "region_code": REGION,
            "incident_address": "Jl. Mayor Oking No. 5",
            "reporter_address": "",
            "privacy_acknowledged": 1,
        }
        ids.append(insert(connection, "complaint", row))
    insert(
        connection,
        "attachment",
        {
            "complaint_id": ids[0],
            "original_name": "foto-jalan.jpg",
            "stored_name": "ab" + "0" * 62,
            "media_type": "image/jpeg",
            "size": 1234,
            "sha256": "1" * 64,
            "added_at": AT,
        },
    )
    insert(
        connection,
        "local_number_sequence",
        {"office_code": "3201", "year": 2026, "last_value": len(COMPLAINTS)},
    )
    insert(
        connection,
        "account",
        {
            "username": "admin",
            "full_name": "Admin Meja",
            "role": "admin",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FtcGxl$c2FtcGxl",
            "active": 1,
            "failed_logins": 0,
            "created_at": AT,
            "password_changed_at": AT,
        },
    )
    for complaint, kind, text in EVENTS:
        insert(
            connection,
            "follow_up_event",
            {
                "complaint_id": ids[complaint],
                "at": AT + dt.timedelta(days=1),
                "actor": "admin",
                "kind": kind,
                "text": text,
                "unit_id": unit if kind == "disposed" else None,
                "reason": "",
            },
        )
    _report_facts(connection, ids, unit)
    insert(
        connection,
        "outbox_item",
        {
            "complaint_id": ids[0],
            "kind": "complaint",
            "state": "pending",
            "attempts": 0,
            "detail": "",
            "created_at": AT,
            "updated_at": AT,
        },
    )


def _report_facts(connection: sqlite3.Connection, ids: list[int | None], unit: int) -> None:
    """Each complaint's report facts (revision 0010 on), as the desk writes them."""
    from desktop.domain.follow_up import EventKind, FollowUpEvent
    from desktop.store.report_facts import values_for

    if not has_table(connection, "complaint_report_facts"):
        return
    for index, complaint_id in enumerate(ids):
        history = [
            FollowUpEvent(
                EventKind(kind),
                (AT + dt.timedelta(days=1)).replace(tzinfo=dt.UTC),
                text=text,
                unit_id=unit if kind == "disposed" else None,
            )
            for complaint, kind, text in EVENTS
            if complaint == index
        ]
        values = values_for(history)
        stored = {
            k: v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v
            for k, v in values.items()
        }
        recorded_by = "admin" if index == 0 else ""
        insert(
            connection,
            "complaint_report_facts",
            {"complaint_id": complaint_id, "recorded_by": recorded_by, **stored},
        )


def has_table(connection: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
    return connection.execute(query, (name,)).fetchone() is not None


def build(revision: str) -> Path:
    path = SAMPLES / f"r{revision}.sqlite"
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    database = Database(path, SAMPLE_KEY)
    try:
        migrate._run_alembic_upgrade(database, revision)  # exactly that revision's schema
        connection = connect(path, SAMPLE_KEY)
        try:
            connection.execute("BEGIN")
            fill(connection)
            connection.execute("COMMIT")
            with_audit = has_table(connection, "audit_entry")
        finally:
            connection.close()
        if with_audit:
            # Written by the chain code itself, so the upgraded chain must still verify.
            with database.writing() as session:
                audit.append(session, at=AT, actor="", action="desk.created")
                audit.append(session, at=AT, actor="admin", action="login")
                audit.append(
                    session,
                    at=AT,
                    actor="admin",
                    action="complaint.created",
                    target=COMPLAINTS[0]["local_number"],
                )
    finally:
        database.close()
    connection = connect(path, SAMPLE_KEY)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        connection.execute("VACUUM")
    finally:
        connection.close()
    return path


def main() -> None:
    for revision in migrate.known_revisions():
        path = build(revision)
        print(f"{path.name}: {path.stat().st_size // 1024} KB")  # noqa: T201


if __name__ == "__main__":
    main()
