"""The folder where attachment bytes are kept, named by their SHA-256.

A file is copied to a temporary name while it is hashed, then renamed into place, so a crash
leaves either no file or a whole one. Naming by content means the same scan attached twice is
stored once. A file copied for a save that then failed is removed again, unless it was already
there before (another complaint uses it).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import filetype

from desktop.store.errors import storage_faults

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    """A file in the folder; its name there is its SHA-256."""

    sha256: str
    size: int
    newly_created: bool


def sniff_media_type(path: Path) -> str | None:
    """The media type the file's content says (not its extension), or None if unknown."""
    kind = filetype.guess(str(path))
    return None if kind is None else str(kind.mime)


class AttachmentFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, stored_name: str) -> Path:
        return self.root / stored_name[:2] / stored_name

    def store(self, source: Path) -> StoredFile:
        """Copy `source` into the folder and return where it went."""
        with storage_faults():
            incoming = self.root / "incoming"
            incoming.mkdir(parents=True, exist_ok=True)
            temporary = incoming / f"{uuid.uuid4().hex}.partial"
            digest = hashlib.sha256()
            size = 0
            try:
                with source.open("rb") as reader, temporary.open("wb") as writer:
                    while chunk := reader.read(_CHUNK):
                        digest.update(chunk)
                        writer.write(chunk)
                        size += len(chunk)
                    writer.flush()
                    os.fsync(writer.fileno())
                sha256 = digest.hexdigest()
                final = self.path_of(sha256)
                if final.exists():
                    temporary.unlink()
                    return StoredFile(sha256, size, newly_created=False)
                final.parent.mkdir(parents=True, exist_ok=True)
                temporary.replace(final)
                return StoredFile(sha256, size, newly_created=True)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise

    def discard_new(self, files: list[StoredFile]) -> None:
        """Remove files this save created, after its transaction failed."""
        for stored in files:
            if stored.newly_created:
                self.path_of(stored.sha256).unlink(missing_ok=True)
