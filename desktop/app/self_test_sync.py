"""The self-test's synchronisation check: a photo taken at the desk goes out the way a real one
does, through the sync engine, re-encoded, to a sandbox hub on 127.0.0.1 in a temporary folder.

It proves in a packaged build what only runs there when a desk first synchronises: Pillow's
decoders and encoder, the encrypted attachment store, requests, the engine's threads, and the
CA bundle TLS verification needs. Nothing leaves the computer, the keyring is not touched (the
hub's own key and token are handed to the client directly), and the desk is a new one of its
own (or the self-test's new one), so no real complaint is ever sent anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.domain.complaint import ComplaintDraft
    from desktop.services.desk import Desk

_SIDE = (2400, 1800)  # a phone photo's size: more than the 1,600 px sent
_ORIENTATION_TAG = 0x0112


class SyncCheckError(Exception):
    pass


def photo_through_sync(desk: Desk, scratch: Path) -> str:
    """Record a complaint with a photo in `desk`, send it to a throwaway hub; a summary."""
    import requests.certs
    from PIL import Image

    from sync.desk import NationalSync
    from sync.engine import SyncEngine
    from sync.hub.server import start_hub
    from sync.images import LONGEST_SIDE, prepare_upload
    from sync.lapor import LaporClient
    from sync.report import RoundOutcome

    if not Path(requests.certs.where()).is_file():
        raise SyncCheckError("the CA certificates for TLS verification are missing")
    photo = _phone_photo(scratch / "foto-jalan.jpg")
    recorded = _record_with(desk, photo)  # the desk's complaints, this one included
    with start_hub(scratch / "hub.sqlite") as hub:
        # As IT staff do once per desk: the desk's own government, where complaints go.
        institution = hub.hub.store.institutions()[0]["id"]
        NationalSync(desk).set_mapping("institution", "default", str(institution))
        client = LaporClient(hub.api_url, hub.key, hub.token, timeout=(3.0, 10.0))
        engine = SyncEngine(
            desk.database,
            desk.attachment_folder,
            client,
            desk.due_dates,
            scratch / "sync.lock",
            clock=desk.clock,
            workers=2,
        )
        report = engine.run_round()
        with hub.hub.store.reading() as db:
            uploaded = db.execute("SELECT content_type, sha256 FROM uploaded_files").fetchall()
            complaints = db.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
    if report.outcome is not RoundOutcome.DONE or complaints != recorded or len(uploaded) != 1:
        raise SyncCheckError(f"the photo and its complaint were not both sent: {report.summary()}")
    sent = prepare_upload(photo.name, "image/jpeg", photo.read_bytes(), 10_000_000)
    content_type, sha256 = uploaded[0]
    if content_type != "image/jpeg" or sha256 != hashlib.sha256(sent.data).hexdigest():
        raise SyncCheckError("the hub did not receive the re-encoded photo")
    with Image.open(io.BytesIO(sent.data)) as image:
        if max(image.size) > LONGEST_SIDE or image.getexif():
            raise SyncCheckError("the photo sent was not reduced and stripped of its metadata")
        if image.size[0] >= image.size[1]:  # the landscape original is tagged "turn 90°"
            raise SyncCheckError("the photo sent was not turned upright")
        size = image.size
    return f"a photo sent to a sandbox hub ({size[0]}x{size[1]}, no metadata)"


def _phone_photo(path: Path) -> Path:
    """A JPEG as a phone writes it: large, turned by an orientation tag."""
    from PIL import Image

    image = Image.new("RGB", _SIDE, (90, 120, 60))
    exif = Image.Exif()
    exif[_ORIENTATION_TAG] = 6  # "rotate 90° to show upright"
    image.save(path, "JPEG", quality=85, exif=exif.tobytes())
    return path


def self_test_draft(desk: Desk, title: str, description: str) -> ComplaintDraft:
    """A complaint as little as the desk accepts: an aspiration, under its first category."""
    from desktop.domain.complaint import ComplaintDraft, ComplaintType, Reporter

    category = next(c.id for c in desk.reference.categories() if c.active)
    return ComplaintDraft(
        type=ComplaintType.ASPIRASI,
        category_id=category,
        title=title,
        description=description,
        incident_date=dt.date.today(),
        reporter=Reporter(name="Petugas Uji"),
        privacy_acknowledged=True,
    )


def _record_with(desk: Desk, photo: Path) -> int:
    draft = self_test_draft(
        desk, "Uji mandiri: foto jalan", "Pengaduan uji dengan foto, dibuat oleh --self-test."
    )
    desk.intake.record(draft, attachments=[photo])
    return desk.worklist.count()
