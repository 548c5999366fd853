"""Queries about complaints, their files, follow-ups and status log, as the API shows them.

Every function takes the open connection: the caller holds the transaction (`HubStore`), so a
create, its file marks and its first log entry commit together.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Any

from sync.hub import masters
from sync.hub.clock import format_wib
from sync.hub.store import FIRST_COMPLAINT_ID, FIRST_FILE_ID, FIRST_FOLLOWUP_ID, next_id
from sync.hub.validation import NewComplaint, NewFollowUp


@dataclass(frozen=True)
class Upload:
    """One received file: the hub keeps its size and digest, not its bytes."""

    filename: str
    content_type: str | None
    data: bytes


def add_files(db: sqlite3.Connection, uploads: list[Upload], now: float) -> list[dict[str, Any]]:
    issued = []
    file_id = next_id(db, "uploaded_files", FIRST_FILE_ID)
    for upload in uploads:
        db.execute(
            "INSERT INTO uploaded_files (id, filename, content_type, size, sha256, uploaded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                file_id,
                upload.filename,
                upload.content_type,
                len(upload.data),
                hashlib.sha256(upload.data).hexdigest(),
                now,
            ),
        )
        issued.append({"id": file_id, "filename": upload.filename, "size": len(upload.data)})
        file_id += 1
    return issued


def unusable_files(db: sqlite3.Connection, ids: list[int]) -> list[str]:
    """Why each of `ids` cannot be attached: never issued, or already attached elsewhere."""
    reasons = []
    for file_id in ids:
        row = db.execute(
            "SELECT complaint_id, followup_id FROM uploaded_files WHERE id = ?", (file_id,)
        ).fetchone()
        if row is None:
            reasons.append(f"file {file_id} was not uploaded")
        elif row["complaint_id"] is not None or row["followup_id"] is not None:
            reasons.append(f"file {file_id} is already attached")
    return reasons


def exists(db: sqlite3.Connection, table: str, row_id: int) -> bool:
    sql = f"SELECT 1 FROM {table} WHERE id = ?"  # fixed table names only
    return db.execute(sql, (row_id,)).fetchone() is not None


def insert_complaint(db: sqlite3.Connection, new: NewComplaint, now: float) -> int:
    complaint_id = next_id(db, "complaints", FIRST_COMPLAINT_ID)
    db.execute(
        "INSERT INTO complaints (id, title, content, channel, classification_id, disposition_id, "
        "category_id, location_id, date_of_incident, tags_raw, is_anonymous, is_secret, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            complaint_id,
            new.title,
            new.content,
            new.channel,
            new.classification_id,
            new.disposition_id,
            new.category_id,
            new.location_id,
            new.date_of_incident,
            new.tags_raw,
            new.is_anonymous,
            new.is_secret,
            now,
        ),
    )
    db.executemany(
        "UPDATE uploaded_files SET complaint_id = ? WHERE id = ?",
        [(complaint_id, file_id) for file_id in new.attachments],
    )
    log_status(db, complaint_id, 0, now)
    return complaint_id


def log_status(
    db: sqlite3.Connection, complaint_id: int, status: int, when: float, note: str | None = None
) -> None:
    db.execute(
        "INSERT INTO status_log (complaint_id, status_code, note, created_at) VALUES (?, ?, ?, ?)",
        (complaint_id, status, note, when),
    )


def insert_followup(
    db: sqlite3.Connection,
    complaint_id: int,
    content: str,
    author: str,
    when: float,
    *,
    is_secret: bool = False,
    rating: int | None = None,
    attachments: list[int] | None = None,
) -> int:
    followup_id = next_id(db, "followups", FIRST_FOLLOWUP_ID)
    db.execute(
        "INSERT INTO followups (id, complaint_id, content, author, created_at, is_secret, rating) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (followup_id, complaint_id, content, author, when, is_secret, rating),
    )
    db.executemany(
        "UPDATE uploaded_files SET complaint_id = ?, followup_id = ? WHERE id = ?",
        [(complaint_id, followup_id, file_id) for file_id in attachments or []],
    )
    return followup_id


def insert_desk_followup(db: sqlite3.Connection, new: NewFollowUp, now: float) -> int:
    # The desk speaks as the office's administrator account on LAPOR!.
    return insert_followup(
        db,
        new.complaint_id,
        new.content,
        "admin",
        now,
        is_secret=new.is_secret,
        rating=new.rating,
        attachments=new.attachments,
    )


def complaint_row(db: sqlite3.Connection, complaint_id: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM complaints WHERE id = ?", (complaint_id,)
    ).fetchone()
    return row


def complaint_detail(db: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    logs = db.execute(
        "SELECT status_code, created_at FROM status_log WHERE complaint_id = ? "
        "ORDER BY created_at, id",
        (row["id"],),
    ).fetchall()
    files = db.execute(
        "SELECT id, filename, size FROM uploaded_files "
        "WHERE complaint_id = ? AND followup_id IS NULL ORDER BY id",
        (row["id"],),
    ).fetchall()
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "status_code": str(row["status_code"]),
        "status_name": masters.STATUS_NAMES[row["status_code"]],
        "disposition_name": row["disposition_name"],
        "tags_raw": row["tags_raw"],
        "created_at": format_wib(row["created_at"]),
        "logs": [
            {
                "status_code": str(entry["status_code"]),
                "status_name": masters.STATUS_NAMES[entry["status_code"]],
                "created_at": format_wib(entry["created_at"]),
            }
            for entry in logs
        ],
        # Not in the contract's list; a tolerant reader ignores it, the tests use it.
        "attachments": [
            {"id": f["id"], "filename": f["filename"], "size": f["size"]} for f in files
        ],
    }


def followups(db: sqlite3.Connection, complaint_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT f.*, (SELECT COUNT(*) FROM uploaded_files u WHERE u.followup_id = f.id) AS files "
        "FROM followups f WHERE complaint_id = ? ORDER BY created_at, id",
        (complaint_id,),
    ).fetchall()
    return [
        {
            "id": r["id"],
            "content": r["content"],
            "created_at": format_wib(r["created_at"]),
            "is_secret": bool(r["is_secret"]),
            "rating": r["rating"],
            "author": r["author"],
            "attachment_count": r["files"],
        }
        for r in rows
    ]


def search_tag(db: sqlite3.Connection, tag: str) -> list[dict[str, Any]]:
    # instr() narrows the scan; the exact comparison of each comma-separated tag is done here
    # (LIKE would read % and _ in a tag as wildcards).
    rows = db.execute(
        "SELECT id, tags_raw, created_at FROM complaints WHERE instr(tags_raw, ?) > 0 ORDER BY id",
        (tag,),
    ).fetchall()
    return [
        {"complaint_id": r["id"], "created_at": format_wib(r["created_at"])}
        for r in rows
        if tag in (part.strip() for part in r["tags_raw"].split(","))
    ]


def every_complaint(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """What acceptance checks read: each complaint, its files count and its follow-ups."""
    rows = db.execute(
        "SELECT c.*, (SELECT COUNT(*) FROM uploaded_files u "
        "WHERE u.complaint_id = c.id AND u.followup_id IS NULL) AS files "
        "FROM complaints c ORDER BY id"
    ).fetchall()
    listing = []
    for row in rows:
        listing.append(
            {
                "id": row["id"],
                "title": row["title"],
                "tags_raw": row["tags_raw"],
                "status_code": str(row["status_code"]),
                "status_name": masters.STATUS_NAMES[row["status_code"]],
                "disposition_id": row["disposition_id"],
                "disposition_name": row["disposition_name"],
                "category_id": row["category_id"],
                "created_at": format_wib(row["created_at"]),
                "attachment_count": row["files"],
                "followups": followups(db, row["id"]),
            }
        )
    return listing
