"""The desk's files are its user's alone: the data folder 0700, every file in it 0600 (POSIX),
for a new desk, an old desk at its next opening, and every file written afterwards."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.services.backups import restore_desk
from desktop.services.desk import open_desk
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.files import png_bytes

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows: ACLs (docs)")


def modes(folder: Path) -> dict[str, str]:
    """Each path under `folder` (and itself) with its mode, e.g. {"backups": "0o700"}."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def not_private(folder: Path) -> dict[str, str]:
    return {
        name: mode
        for name, mode in modes(folder).items()
        if mode != ("0o700" if (folder / name).is_dir() else "0o600")
    }


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A process that did not set the desk's umask (a script embedding the services)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_an_old_desk_is_made_private_when_it_opens_and_stays_so(
    tmp_path: Path, template_desk: TemplateDesk, open_umask: None
) -> None:
    folder = tmp_path / "desk"
    shutil.copytree(template_desk.folder, folder)
    for path in [folder, *folder.rglob("*")]:  # as desks of 0.x were: readable by anyone
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert not_private(folder)

    desk = open_desk(folder, regions_csv(), template_desk.key).desk
    try:
        assert not_private(folder) == {}
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        photo = tmp_path / "foto.png"
        photo.write_bytes(png_bytes(4, 4))
        desk.intake.record(good_draft(desk), [photo])
        made = desk.backups.create()
        usb = tmp_path / "usb"
        usb.mkdir()
        on_usb = desk.backups.create(usb)
        desk.keys.slots.save()  # the key slots rewritten (a password change does so)
        assert (folder / "meja-aduan.sqlite-wal").exists()
        assert not_private(folder) == {}
        assert oct(stat.S_IMODE(on_usb.path.stat().st_mode)) == "0o600"
    finally:
        desk.close()

    (folder / "desk-keys.json").unlink()  # a new PC: the restore writes the key slots
    restore_desk(folder, made.path, template_desk.key)
    assert not_private(folder) == {}


def test_a_desk_made_from_the_command_line_is_private(cli_seeded_desk: tuple[Path, str]) -> None:
    folder = cli_seeded_desk[0]
    assert (folder / "logs").is_dir() and (folder / "desk-keys.json").is_file()
    assert not_private(folder) == {}
