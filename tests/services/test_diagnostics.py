"""The diagnostics zip holds what IT support needs and nothing personal or secret."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain.access import Role
from desktop.domain.redaction import scrub
from desktop.services.access import AccessDeniedError
from desktop.services.account_values import NewAccount
from desktop.services.audit_trail import verify_audit_chain
from desktop.services.desk import Desk
from desktop.store import reference
from tests.helpers.desks import ADMIN_PASSWORD, good_draft

NIK = "3201014508900002"
PHONE_DIGITS = "081234567890"
PROXY_PASSWORD = "RahasiaProxy-77"


def seeded(desk: Desk) -> None:
    desk.intake.record(good_draft(desk))
    with desk.database.writing() as session:
        reference.save_settings(
            session,
            {
                "sync.proxy": f"http://budi.santoso:{PROXY_PASSWORD}@proxy.kantor.go.id:8080",
                "sync.base_url": "https://api.lapor.go.id",
                "worklist.saved_views": json.dumps([{"name": "Siti", "text": "Siti Rahmawati"}]),
            },
        )
    desk.backups.create()
    # A line that should never have been logged, and a crash report quoting a value.
    desk.paths.logs.mkdir(exist_ok=True)
    (desk.paths.logs / "meja-aduan.log").write_text(
        "2026-11-28 10:00:00,123 INFO desktop.ui [MainThread] window shown\n"
        f"2026-11-28 10:00:01,456 WARNING desktop.x [db] bad value {NIK} from 0812-3456-7890 "
        "siti@contoh.id\n",
        "utf-8",
    )
    crash = desk.paths.data_dir / "crash"
    crash.mkdir()
    (crash / "crash-20261128-100002.txt").write_text(
        f"Traceback ...\nValueError: NIK {NIK} rejected\n", "utf-8"
    )


def all_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_diagnostics_hold_the_parts_and_nothing_personal(desk: Desk, tmp_path: Path) -> None:
    seeded(desk)
    made = desk.diagnostics.export(
        tmp_path / "out",
        {
            "versions": {"qt_runtime": "6.9.0"},
            "sync": {"waiting": {"pending": 1}, "last_outcome": "offline"},
        },
    )
    members = all_text(made.path)
    for part in (
        "README.txt",
        "versions.json",
        "settings.json",
        "database.json",
        "sync.json",
        "backups.json",
        "logs/meja-aduan.log",
        "crash/crash-20261128-100002.txt",
    ):
        assert part in members, part
    versions = json.loads(members["versions.json"])
    assert versions["qt_runtime"] == "6.9.0" and versions["python"] and versions["os"]
    assert versions["sqlite_sqlcipher"]
    database = json.loads(members["database.json"])
    assert database["rows"]["complaint"] == 1
    assert database["revision"] and database["integrity"] == ["ok"]
    assert database["file_sizes"]["meja-aduan.sqlite"] > 0
    assert database["cipher_version"]
    settings = json.loads(members["settings.json"])
    assert settings["sync.proxy"] == "http://****:****@proxy.kantor.go.id:8080"
    assert settings["sync.base_url"] == "https://api.lapor.go.id"
    assert "worklist.saved_views" not in settings  # free text: not configuration
    assert json.loads(members["sync.json"])["waiting"] == {"pending": 1}
    backups = json.loads(members["backups.json"])
    assert [b["kind"] for b in backups["backups"]] == ["manual"]
    assert "window shown" in members["logs/meja-aduan.log"]
    # The audit trail's head, to keep elsewhere: it anchors the trail as it stood.
    head = json.loads(members["audit-head.json"])
    ok, line = verify_audit_chain(desk, (head["entries"], head["hash"]))
    assert ok and head["recorded"] == f"{head['entries']}:{head['hash'][:16]}"

    everything = "\n".join(members.values())
    for secret in (
        NIK,
        "3456-7890",
        PHONE_DIGITS,
        "siti@contoh.id",
        "Siti",
        "Rahmawati",
        "Jl. Melati",
        PROXY_PASSWORD,
        "budi.santoso",
        ADMIN_PASSWORD,
        desk.keys.key.hex(),
    ):
        assert secret not in everything, secret


def test_any_signed_in_officer_may_export_but_not_a_signed_out_one(
    desk: Desk, tmp_path: Path
) -> None:
    desk.accounts.create(
        NewAccount("petugas1", "Petugas Satu", Role.PETUGAS, "Loket-satu-2026", "Loket-satu-2026")
    )
    desk.accounts.sign_in("petugas1", "Loket-satu-2026")
    assert desk.diagnostics.export(tmp_path, {}).path.exists()
    desk.access.sign_out()
    with pytest.raises(AccessDeniedError):
        desk.diagnostics.export(tmp_path, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIK 3201014508900002 ditolak", "NIK [digits] ditolak"),
        ("telepon +62 812-3456-7890.", "telepon [phone]."),
        ("telepon 0812 3456 7890", "telepon [phone]"),
        ("2026-11-28 08:00:00,123 INFO", "2026-11-28 08:00:00,123 INFO"),
        ("complaint 3201-2026-000001", "complaint 3201-2026-000001"),
        ("proxy https://u:p@host:8080/x", "proxy https://****:****@host:8080/x"),
    ],
)
def test_scrub(text: str, expected: str) -> None:
    assert scrub(text) == expected
