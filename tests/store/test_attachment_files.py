"""The attachment folder on a real disk: encrypted, unguessable names, stored once, checked."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.store.attachment_files import AttachmentFolder
from desktop.store.errors import DamagedAttachmentError

KEY = bytes(range(32))
# Recognisable content: a "known photo" someone might look for on a stolen disk.
CONTENT = b"%PDF-1.4\n" + b"KTP Siti Rahmawati 3201014508900002\n" * 200 + b"%%EOF\n"


@pytest.fixture
def folder(tmp_path: Path) -> AttachmentFolder:
    return AttachmentFolder(tmp_path / "attachments", KEY)


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "ktp.pdf"
    path.write_bytes(CONTENT)
    return path


def files_in(folder: AttachmentFolder) -> list[Path]:
    return [p for p in folder.root.rglob("*") if p.is_file()]


def test_the_disk_holds_neither_the_content_nor_its_hash(
    folder: AttachmentFolder, scan: Path
) -> None:
    stored = folder.store(scan)
    sha256 = hashlib.sha256(CONTENT)
    assert (stored.sha256, stored.size) == (sha256.hexdigest(), len(CONTENT))
    assert stored.stored_name != stored.sha256
    [on_disk] = files_in(folder)
    assert on_disk == folder.path_of(stored.stored_name)
    data = on_disk.read_bytes()
    assert b"KTP Siti" not in data and b"3201014508900002" not in data
    assert sha256.hexdigest().encode() not in data and sha256.digest() not in data
    assert sha256.hexdigest() not in str(on_disk)


def test_reading_back_and_exporting_give_the_original(
    folder: AttachmentFolder, scan: Path, tmp_path: Path
) -> None:
    stored = folder.store(scan)
    assert folder.read(stored.stored_name) == CONTENT
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    folder.export_to(stored.stored_name, target)
    assert target.read_bytes() == CONTENT
    assert [p.name for p in target.parent.iterdir()] == ["copy.pdf"]  # no temporary left


def test_the_same_content_twice_is_stored_once(
    folder: AttachmentFolder, scan: Path, tmp_path: Path
) -> None:
    again = tmp_path / "same scan, other name.pdf"
    again.write_bytes(CONTENT)
    first = folder.store(scan)
    second = folder.store(again)
    assert first.stored_name == second.stored_name
    assert first.newly_created and not second.newly_created
    assert len(files_in(folder)) == 1
    folder.discard_new([second])  # a failed save of the second keeps the first's file
    assert folder.read(first.stored_name) == CONTENT


def test_a_changed_file_is_refused(folder: AttachmentFolder, scan: Path) -> None:
    stored = folder.store(scan)
    path = folder.path_of(stored.stored_name)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedAttachmentError):
        folder.read(stored.stored_name)


def test_a_cut_or_swapped_file_is_refused(
    folder: AttachmentFolder, scan: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\nanother letter\n%%EOF\n")
    first, second = folder.store(scan), folder.store(other)
    # A whole, valid file copied over another's name is still not that attachment.
    folder.path_of(first.stored_name).write_bytes(folder.path_of(second.stored_name).read_bytes())
    with pytest.raises(DamagedAttachmentError):
        folder.read(first.stored_name)
    folder.path_of(second.stored_name).write_bytes(b"MAA1")
    with pytest.raises(DamagedAttachmentError):
        folder.read(second.stored_name)


def test_another_desks_key_opens_nothing(folder: AttachmentFolder, scan: Path) -> None:
    stored = folder.store(scan)
    stranger = AttachmentFolder(folder.root, os.urandom(32))
    assert stranger.name_for(stored.sha256) != stored.stored_name
    with pytest.raises(DamagedAttachmentError):
        stranger.read(stored.stored_name)
