"""`backup` and `restore` as IT staff script them, in their own processes."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.app.paths import regions_csv
from desktop.services.desk import open_desk
from tests.helpers.cli import copy_of_seeded_desk, run_cli, seed_new_desk
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.files import png_bytes


@pytest.mark.slow
def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    key = {RECOVERY_KEY_ENV: seed_new_desk(folder, 40)}
    usb = tmp_path / "usb"
    usb.mkdir()

    made = run_cli("--data-dir", str(folder), "backup", str(usb), env=key)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("backup written: ") and len(made.stdout.splitlines()) == 1
    (backup,) = usb.glob("meja-aduan-manual-*.zip")
    assert str(backup) in made.stdout

    into_folder = run_cli("--data-dir", str(folder), "backup", env=key)
    assert into_folder.returncode == 0, into_folder.stderr
    listed = run_cli("--data-dir", str(folder), "backup", "--list")
    assert listed.returncode == 0 and "manual" in listed.stdout

    more = run_cli("--data-dir", str(folder), "seed", "--count", "7", env=key)
    assert more.returncode == 0, more.stderr
    restored = run_cli("--data-dir", str(folder), "restore", str(backup), env=key)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {backup.name}")
    assert "before-restore" in restored.stdout and len(restored.stdout.splitlines()) == 1

    checked = run_cli("--data-dir", str(folder), "--self-test", env=key)
    assert checked.returncode == 0, checked.stderr
    assert "40 complaints" in checked.stdout  # the 7 added after the backup are gone


@pytest.mark.slow
def test_a_damaged_backup_is_one_error_line_and_changes_nothing(
    tmp_path: Path, cli_seeded_desk: tuple[Path, str]
) -> None:
    folder = tmp_path / "desk"
    key = {RECOVERY_KEY_ENV: copy_of_seeded_desk(cli_seeded_desk, folder)}
    target = tmp_path / "cadangan.zip"
    assert run_cli("--data-dir", str(folder), "backup", str(target), env=key).returncode == 0
    database = folder / "meja-aduan.sqlite"
    before = database.read_bytes()
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))

    refused = run_cli("--data-dir", str(folder), "restore", str(target), env=key)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: cadangan.zip is damaged")
    assert "nothing was changed" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert database.read_bytes() == before

    exists = run_cli("--data-dir", str(folder), "backup", str(target), env=key)
    assert exists.returncode == 1 and "exists already" in exists.stderr


def test_a_restore_of_a_backup_missing_an_attachment_is_refused_and_changes_nothing(
    tmp_path: Path, template_desk: TemplateDesk
) -> None:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk.folder, folder)
    photo = tmp_path / "foto-jalan.png"
    photo.write_bytes(png_bytes(5, 5))
    photo.with_name("x.png").write_bytes(png_bytes(2, 3))
    opened = open_desk(folder, regions_csv(), template_desk.key).desk
    try:
        opened.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        saved = opened.intake.record(good_draft(opened), [photo, photo.with_name("x.png")])
        made = opened.backups.create()
    finally:
        opened.close()
    # The files taken out of the zip, the manifest still listing both.
    stripped = tmp_path / "cadangan.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(stripped, "w") as target:
        for name in source.namelist():
            if not name.startswith("attachments/"):
                target.writestr(name, source.read(name))
    before = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    key = {RECOVERY_KEY_ENV: template_desk.recovery_key}
    refused = run_cli("--data-dir", str(folder), "restore", str(stripped), env=key)
    assert refused.returncode == 1
    assert len(refused.stderr.splitlines()) == 1
    assert refused.stderr.startswith(
        "error: cadangan.zip is incomplete: 2 attachment file(s) it should hold are missing "
        f"or damaged ({saved.local_number} foto-jalan.png, {saved.local_number} x.png)"
    )
    assert refused.stderr.rstrip().endswith("nothing was changed")
    after = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    after.pop("sync.lock", None)  # the empty lock the restore held
    assert after == before
