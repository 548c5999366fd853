"""The audit trail as an admin sees it, on a real encrypted database: listing, filtering,
exporting, who may look, and finding entries changed behind the application's back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.services.access import PermissionDeniedError
from desktop.services.account_values import LoginRefusedError, NewAccount
from desktop.services.audit_trail import verify_audit_chain
from desktop.services.audit_values import AuditFilter, AuditLine
from desktop.services.desk import Desk
from desktop.services.values import DeskSettings
from desktop.store import audit
from desktop.store.database import connect
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

STAFF_PASSWORD = "Loket-Cibinong-7"


def everything(desk: Desk, **wanted: object) -> list[AuditLine]:
    return list(desk.audit.entries(AuditFilter(**wanted)).lines)  # type: ignore[arg-type]


def busy_day(desk: Desk) -> None:
    """A settings change, a recorded complaint and a mistyped password."""
    desk.settings.save(DeskSettings(office_code="3201", office_name="Kecamatan Cibinong"))
    desk.intake.record(good_draft(desk))
    with pytest.raises(LoginRefusedError):
        desk.accounts.sign_in(ADMIN_USERNAME, "salah-ketik-123")


def tamper(desk: Desk, sql: str, *values: object) -> None:
    """Change the file the way someone with the key and an SQLite tool could."""
    raw = connect(desk.paths.database, desk.keys.key)
    try:
        raw.execute(sql, values)
    finally:
        raw.close()


def test_the_acts_of_the_day_are_listed_newest_first_with_who_did_them(desk: Desk) -> None:
    busy_day(desk)
    lines = everything(desk)
    assert [line.id for line in lines] == sorted((line.id for line in lines), reverse=True)
    newest = [(line.actor, line.action) for line in lines[:3]]
    assert newest == [
        (ADMIN_USERNAME, AuditAction.LOGIN_FAILED),
        (ADMIN_USERNAME, AuditAction.COMPLAINT_CREATED),
        (ADMIN_USERNAME, AuditAction.SETTINGS_CHANGED),
    ]
    complaint = lines[1]
    assert complaint.target.startswith("3201-")
    assert complaint.details == {"attachments": 0, "anonymous": False}
    assert lines[-1].action == AuditAction.DESK_CREATED
    assert desk.audit.actors() == [ADMIN_USERNAME]


def test_filters_return_exactly_the_matching_entries(desk: Desk) -> None:
    busy_day(desk)
    desk.accounts.create(NewAccount("siti", "Siti Aminah", Role.PETUGAS, *[STAFF_PASSWORD] * 2))
    desk.accounts.sign_in("siti", STAFF_PASSWORD)
    desk.intake.record(good_draft(desk))
    with pytest.raises(LoginRefusedError):
        desk.accounts.sign_in(ADMIN_USERNAME, "salah-ketik-456")
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)

    assert desk.audit.actors() == [ADMIN_USERNAME, "siti"]
    by_siti = everything(desk, actor="siti")
    assert [line.action for line in by_siti] == [AuditAction.COMPLAINT_CREATED, AuditAction.LOGIN]
    assert {line.action for line in everything(desk, actor=ADMIN_USERNAME)} >= {
        AuditAction.ACCOUNT_CREATED,
        AuditAction.LOGIN,
    }

    failed = everything(desk, actions=frozenset({AuditAction.LOGIN_FAILED}))
    assert [line.actor for line in failed] == [ADMIN_USERNAME, ADMIN_USERNAME]
    both = frozenset({AuditAction.COMPLAINT_CREATED, AuditAction.SETTINGS_CHANGED})
    assert [(line.actor, line.action) for line in everything(desk, actions=both)] == [
        ("siti", AuditAction.COMPLAINT_CREATED),
        (ADMIN_USERNAME, AuditAction.COMPLAINT_CREATED),
        (ADMIN_USERNAME, AuditAction.SETTINGS_CHANGED),
    ]
    mine = everything(desk, actor="siti", actions=frozenset({AuditAction.COMPLAINT_CREATED}))
    assert len(mine) == 1

    capped = desk.audit.entries(AuditFilter(limit=3))
    assert len(capped.lines) == 3 and capped.more
    assert not desk.audit.entries(AuditFilter(actor="siti")).more


@pytest.fixture
def in_jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk's clock is on WIB (UTC+7), where a local day starts at 17:00 UTC."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_date_range_is_in_local_days_and_includes_both_ends(
    desk: Desk, in_jakarta: None
) -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    moments = {
        "before": dt.datetime(2026, 3, 1, 23, 59, tzinfo=wib),
        "first": dt.datetime(2026, 3, 2, 0, 1, tzinfo=wib),  # 1 March in UTC
        "last": dt.datetime(2026, 3, 3, 23, 59, tzinfo=wib),
        "after": dt.datetime(2026, 3, 4, 0, 0, tzinfo=wib),
    }
    with desk.database.writing() as session:
        for name, moment in moments.items():
            audit.append(session, at=moment, actor="tester", action="test", target=name)

    found = everything(desk, since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 3))
    assert [line.target for line in found] == ["last", "first"]
    assert found[1].at == moments["first"]
    until_only = everything(desk, actor="tester", until=dt.date(2026, 3, 1))
    assert [line.target for line in until_only] == ["before"]
    since_only = everything(desk, actor="tester", since=dt.date(2026, 3, 4))
    assert [line.target for line in since_only] == ["after"]


def test_export_writes_a_csv_excel_reads_and_records_the_export(
    desk: Desk, tmp_path: Path, in_jakarta: None
) -> None:
    busy_day(desk)
    (tmp_path / "exports").mkdir()
    path = tmp_path / "exports" / "audit.csv"
    wanted = AuditFilter(actions=frozenset({AuditAction.COMPLAINT_CREATED, AuditAction.LOGIN}))
    shown = everything(desk, actions=wanted.actions)

    assert desk.audit.export_csv(wanted, path) == len(shown) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["action"] for row in rows] == [line.action for line in shown]
    assert rows[0]["user"] == ADMIN_USERNAME
    assert rows[0]["target"] == shown[0].target
    assert json.loads(rows[0]["details"]) == shown[0].details
    assert dt.datetime.fromisoformat(rows[0]["time"]).utcoffset() == dt.timedelta(hours=7)
    assert abs(dt.datetime.fromisoformat(rows[0]["time"]) - shown[0].at) < dt.timedelta(seconds=1)
    assert [p.name for p in path.parent.iterdir()] == ["audit.csv"]  # no temporary file left

    export = everything(desk)[0]
    assert (export.actor, export.action) == (ADMIN_USERNAME, AuditAction.EXPORT)
    assert export.details == {"what": "audit", "rows": 2}


def test_an_export_into_a_missing_folder_is_a_fault_and_not_recorded(
    desk: Desk, tmp_path: Path
) -> None:
    from desktop.services.values import StorageFault

    with pytest.raises(StorageFault):
        desk.audit.export_csv(AuditFilter(), tmp_path / "gone" / "audit.csv")
    assert everything(desk)[0].action != AuditAction.EXPORT


@pytest.mark.parametrize("role", [Role.PETUGAS, Role.VERIFIKATOR])
def test_only_admins_may_read_check_or_export_the_trail(
    desk: Desk, tmp_path: Path, role: Role
) -> None:
    desk.accounts.create(NewAccount("budi", "Budi Santoso", role, *[STAFF_PASSWORD] * 2))
    desk.accounts.sign_in("budi", STAFF_PASSWORD)
    attempts: list[Callable[[], object]] = [
        lambda: desk.audit.entries(AuditFilter()),
        desk.audit.actors,
        desk.audit.verify,
        lambda: desk.audit.export_csv(AuditFilter(), tmp_path / "audit.csv"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert not (tmp_path / "audit.csv").exists()


def test_an_untouched_trail_verifies_and_the_check_is_recorded(desk: Desk) -> None:
    busy_day(desk)
    before = len(everything(desk))
    result = desk.audit.verify()
    assert result.intact and result.entries == before
    lines = everything(desk)
    assert lines[0].action == AuditAction.AUDIT_VERIFIED and lines[0].actor == ADMIN_USERNAME
    assert lines[0].details == {"entries": before, "first_broken_id": None, "complaints": 1}
    again = desk.audit.verify()
    assert again.intact and again.entries == before + 1


def middle_entry(desk: Desk) -> AuditLine:
    lines = everything(desk)
    return lines[len(lines) // 2]


def test_changed_details_are_found(desk: Desk) -> None:
    busy_day(desk)
    victim = middle_entry(desk)
    tamper(desk, "UPDATE audit_entry SET details = ? WHERE id = ?", '{"rows": 0}', victim.id)
    assert desk.audit.verify().first_broken_id == victim.id


def test_a_deleted_entry_is_found_at_the_entry_after_it(desk: Desk) -> None:
    busy_day(desk)
    victim = middle_entry(desk)
    tamper(desk, "DELETE FROM audit_entry WHERE id = ?", victim.id)
    result = desk.audit.verify()
    assert result.first_broken_id == victim.id + 1


def test_a_changed_time_is_found(desk: Desk) -> None:
    busy_day(desk)
    victim = middle_entry(desk)
    tamper(desk, "UPDATE audit_entry SET at = '2020-01-01 08:00:00.000000' WHERE id = ?", victim.id)
    result = desk.audit.verify()
    assert result.first_broken_id == victim.id
    assert not result.intact


def test_the_command_line_check_says_intact_or_where_it_broke(desk: Desk) -> None:
    busy_day(desk)
    count = len(everything(desk))
    ok, message = verify_audit_chain(desk)
    assert ok and message.startswith(
        f"audit trail intact: {count} entries; 1 complaint(s) accounted for; record {count}:"
    )
    check = everything(desk)[0]
    assert (check.action, check.actor) == (AuditAction.AUDIT_VERIFIED, ADMIN_USERNAME)

    tamper(desk, "UPDATE audit_entry SET actor = 'someone' WHERE id = 2")
    ok, message = verify_audit_chain(desk)
    assert not ok
    assert message == "audit trail BROKEN at entry 2 (of 2 checked)"


def test_the_command_line_check_needs_no_sign_in_and_is_recorded_without_actor(
    desk: Desk,
) -> None:
    desk.accounts.sign_out()
    ok, message = verify_audit_chain(desk)
    assert ok and message.startswith("audit trail intact: ")
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    check = everything(desk, actions=frozenset({AuditAction.AUDIT_VERIFIED}))[0]
    assert check.actor == ""
