"""Nothing a complainant told the desk can be read from the data folder's bytes.

A stolen desk PC or a copied backup gives the thief the whole data folder: database, WAL,
attachments, backups, logs, key file. This seeds identities and complaint texts, works the desk
the way a day at the counter does (save, sign in, search, back up, log), then scans every file.
"""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.logging_setup import setup_logging
from desktop.domain.complaint import Reporter
from desktop.services.account_values import LoginRefusedError
from desktop.services.desk import Desk
from desktop.services.person_values import PersonKey
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

PEOPLE = [
    ("Kartika Sulistyowati", "3201014508900002", "081234567890", "kartika.s@contoh.id"),
    ("Bambang Wirasaputra", "3201021203850003", "081298765432", "bambang.w@contoh.id"),
    ("Yohana Manurung", "3171035011920004", "085711223344", "yohana.m@contoh.id"),
]
SECRET_TEXT = "pungutan liar oleh oknum kelurahan Sukamaju"
PHOTO_MARKER = b"FOTO-KTP-PELAPOR-RAHASIA-7731"


def photo_with_marker() -> bytes:
    """A real PNG whose text chunk holds a recognisable marker (as EXIF text would)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x10\x20\x30" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + PHOTO_MARKER)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def needles() -> Iterator[bytes]:
    for name, nik, phone, email in PEOPLE:
        yield name.encode()
        yield nik.encode()
        yield phone.encode()
        yield ("+62" + phone[1:]).encode()  # as stored, E.164
        yield email.encode()
    yield SECRET_TEXT.encode()
    yield PHOTO_MARKER


@pytest.fixture
def logs_in_data_folder(desk: Desk) -> Iterator[Path]:
    path = setup_logging(desk.paths.logs, logging.DEBUG)
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def test_no_personal_data_in_plain_bytes_anywhere_in_the_data_folder(
    desk: Desk, tmp_path: Path, logs_in_data_folder: Path
) -> None:
    photo = tmp_path / "ktp.png"
    photo.write_bytes(photo_with_marker())
    for index, (name, nik, phone, email) in enumerate(PEOPLE):
        draft = good_draft(
            desk,
            description=f"Laporan {index}: {SECRET_TEXT}.",
            reporter=Reporter(name=name, nik=nik, phone=phone, email=email),
            is_secret=index == 0,
        )
        desk.intake.record(draft, [photo] if index == 0 else [])
    with pytest.raises(LoginRefusedError):  # a failed sign-in is logged and audited too
        desk.accounts.sign_in(PEOPLE[1][0], "bukan-kata-sandi")
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    matches = desk.people.find(PersonKey.NIK, PEOPLE[0][1])
    assert len(matches) == 1
    desk.worklist.reveal_identity(matches[0].complaint_id)
    desk.backups.create()  # the zip holds the database copy and the photo
    desk.backups.backup_if_due()

    # Scanned while the desk is open (the WAL holds the newest pages), then after closing.
    for moment in ("open", "closed"):
        if moment == "closed":
            desk.close()
        files = [p for p in desk.paths.data_dir.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files) or moment == "closed"
        assert any(p.parent.name == "backups" for p in files)
        assert any(p.suffix == ".log" for p in files)
        for path in files:
            content = path.read_bytes()
            for needle in needles():
                assert needle not in content, f"{needle!r} readable in {path.name} ({moment})"
