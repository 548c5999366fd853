"""The national side: what LAPOR! and the target institution do with a complaint over time.

Each complaint follows a fixed plan measured from its creation on the hub's clock:

- +2 h Terverifikasi (1);
- +4 h Dalam Proses (2), `disposition_name` set to the target institution, and a follow-up by
  "instansi" saying the report is being followed up;
- +3 days a follow-up by "instansi" with the substantive answer;
- +5 days Selesai (3).

About one complaint in ten (a hash of the hub's seed and the complaint id) is verified and then
declined at +1 day: Ditolak (4) with a follow-up giving the reason. Steps are written lazily,
when a complaint is read, all that are due in one transaction and each with the time it was due
(not the time it was written), so the outcome does not depend on when anyone looks.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from sync.hub import masters
from sync.hub.records import insert_followup, log_status

HOUR = 3600.0
DAY = 24 * HOUR


@dataclass(frozen=True)
class Step:
    """One scheduled move of the national side, `after` seconds from the complaint's creation."""

    after: float
    kind: str  # verify, process, answer, finish or decline


ANSWERED = (
    Step(2 * HOUR, "verify"),
    Step(4 * HOUR, "process"),
    Step(3 * DAY, "answer"),
    Step(5 * DAY, "finish"),
)
DECLINED = (Step(2 * HOUR, "verify"), Step(1 * DAY, "decline"))


def complaint_hash(seed: int, complaint_id: int) -> int:
    digest = hashlib.sha256(f"{seed}:{complaint_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def plan(seed: int, complaint_id: int) -> tuple[Step, ...]:
    return DECLINED if complaint_hash(seed, complaint_id) % 10 == 0 else ANSWERED


def materialise(
    db: sqlite3.Connection, seed: int, now: float, complaint_id: int | None = None
) -> int:
    """Writes the steps due by `now` (of one complaint, or of all); returns how many.

    Call inside a write transaction.
    """
    sql = "SELECT * FROM complaints WHERE national_done = 0"
    args: tuple[int, ...] = ()
    if complaint_id is not None:
        sql += " AND id = ?"
        args = (complaint_id,)
    written = 0
    for row in db.execute(sql, args).fetchall():
        steps = plan(seed, row["id"])
        done = row["national_step"]
        while done < len(steps) and row["created_at"] + steps[done].after <= now:
            _apply(db, seed, row, steps[done], row["created_at"] + steps[done].after)
            done += 1
            written += 1
        if done != row["national_step"]:
            db.execute(
                "UPDATE complaints SET national_step = ?, national_done = ? WHERE id = ?",
                (done, done == len(steps), row["id"]),
            )
    return written


def _apply(db: sqlite3.Connection, seed: int, row: sqlite3.Row, step: Step, when: float) -> None:
    complaint_id = row["id"]
    pick = complaint_hash(seed, complaint_id) // 10  # independent of the decline decision
    if step.kind == "verify":
        _set_status(db, complaint_id, 1, when)
    elif step.kind == "process":
        institution = _institution_name(db, row["disposition_id"])
        db.execute(
            "UPDATE complaints SET disposition_name = ? WHERE id = ?", (institution, complaint_id)
        )
        _set_status(db, complaint_id, 2, when)
        text = masters.IN_PROGRESS_TEXT.format(institution=institution)
        insert_followup(db, complaint_id, text, "instansi", when)
    elif step.kind == "answer":
        text = masters.ANSWER_TEXTS[pick % len(masters.ANSWER_TEXTS)]
        insert_followup(db, complaint_id, text, "instansi", when)
    elif step.kind == "finish":
        _set_status(db, complaint_id, 3, when)
    elif step.kind == "decline":
        reason = masters.REJECT_REASONS[pick % len(masters.REJECT_REASONS)]
        _set_status(db, complaint_id, 4, when, note=reason)
        db.execute("UPDATE complaints SET reject_reason = ? WHERE id = ?", (reason, complaint_id))
        insert_followup(db, complaint_id, reason, "instansi", when)
    else:  # pragma: no cover - the plans above name only these kinds
        raise ValueError(step.kind)


def _set_status(
    db: sqlite3.Connection, complaint_id: int, status: int, when: float, note: str | None = None
) -> None:
    db.execute("UPDATE complaints SET status_code = ? WHERE id = ?", (status, complaint_id))
    log_status(db, complaint_id, status, when, note)


def _institution_name(db: sqlite3.Connection, institution_id: int) -> str:
    row = db.execute("SELECT name FROM institutions WHERE id = ?", (institution_id,)).fetchone()
    return str(row["name"]) if row else "Instansi Tujuan"


def reject_by_desk(
    db: sqlite3.Connection, complaint_id: int, institution_id: int, reason: str, now: float
) -> None:
    """The desk declines the complaint (not its authority) and forwards it: status 4.

    The national side's plan stops there; a repeated rejection (a retry whose answer was lost)
    changes nothing.
    """
    row = db.execute("SELECT status_code FROM complaints WHERE id = ?", (complaint_id,)).fetchone()
    if row["status_code"] == 4:
        return
    db.execute(
        "UPDATE complaints SET status_code = 4, national_done = 1, reject_reason = ?, "
        "disposition_name = ? WHERE id = ?",
        (reason, _institution_name(db, institution_id), complaint_id),
    )
    log_status(db, complaint_id, 4, now, note=reason)
