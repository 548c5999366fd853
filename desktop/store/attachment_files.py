"""The folder where attachment bytes are kept, encrypted, under names only the desk can compute.

Why encrypted: the database is SQLCipher, but scans of identity cards and photos sat next to it in
plain files. Each file is now AES-256-GCM under a key derived (HKDF) from the database key, so
whoever can open the database can open its attachments and nobody else can.

Why not named by SHA-256: a plain content hash lets anyone holding a known photo confirm that the
desk has it. The stored name is HMAC-SHA256(naming key, plaintext SHA-256): still the same for the
same content (a scan attached twice is stored once), but meaningless without the key.

A file is encrypted into a temporary name, flushed to disk and renamed into place, so a crash
leaves either no file or a whole one. A file written for a save that then failed is removed
again, unless it was already there before (another complaint uses it).

File layout: MAGIC (4 bytes) | nonce (12) | ciphertext with its 16-byte tag. The stored name is
the associated data, so a file copied over another's name is refused rather than shown as the
wrong complaint's attachment.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import filetype
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.errors import DamagedAttachmentError, storage_faults
from desktop.store.files import replaced_atomically

MAGIC = b"MAA1"  # Meja Aduan attachment, format 1
_NONCE_BYTES = 12
_TAG_BYTES = 16
_ENCRYPTION_INFO = b"meja-aduan attachment encryption v1"
_NAMING_INFO = b"meja-aduan attachment naming v1"


@dataclass(frozen=True)
class StoredFile:
    """A file in the folder: its stored name, and the plaintext's SHA-256 and size."""

    stored_name: str
    sha256: str
    size: int
    newly_created: bool


def sniff_media_type(path: Path) -> str | None:
    """The media type the file's content says (not its extension), or None if unknown."""
    kind = filetype.guess(str(path))
    return None if kind is None else str(kind.mime)


def _subkey(key: bytes, info: bytes) -> bytes:
    # Separate keys for separate jobs: the naming key never encrypts, the database key is never
    # used directly outside SQLCipher.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


class AttachmentFolder:
    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self._cipher = AESGCM(_subkey(key, _ENCRYPTION_INFO))
        self._naming_key = _subkey(key, _NAMING_INFO)

    def path_of(self, stored_name: str) -> Path:
        """Where the encrypted file of `stored_name` is (or would be)."""
        return self.root / stored_name[:2] / stored_name

    def name_for(self, sha256: str) -> str:
        """The stored name of content whose plaintext SHA-256 (hex) is `sha256`."""
        return hmac.new(self._naming_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def store(self, source: Path) -> StoredFile:
        """Encrypt `source` into the folder and return where it went."""
        with storage_faults():
            plaintext = source.read_bytes()  # at most the attachment limit (about 20 MB)
        return self.store_bytes(plaintext)

    def store_bytes(self, plaintext: bytes) -> StoredFile:
        """Encrypt `plaintext` into the folder (a file another office desk recorded)."""
        with storage_faults():
            sha256 = hashlib.sha256(plaintext).hexdigest()
            stored_name = self.name_for(sha256)
            final = self.path_of(stored_name)
            if final.exists():
                return StoredFile(stored_name, sha256, len(plaintext), newly_created=False)
            nonce = secrets.token_bytes(_NONCE_BYTES)
            sealed = self._cipher.encrypt(nonce, plaintext, stored_name.encode("ascii"))
            _write_atomically(final, self.root / "incoming", MAGIC + nonce + sealed)
            return StoredFile(stored_name, sha256, len(plaintext), newly_created=True)

    def has(self, sha256: str) -> bool:
        """Whether content with this plaintext SHA-256 is in the folder."""
        return self.path_of(self.name_for(sha256)).exists()

    def read(self, stored_name: str) -> bytes:
        """The plaintext of a stored file; DamagedAttachmentError if it fails its checks."""
        with storage_faults():
            data = self.path_of(stored_name).read_bytes()
        if len(data) < len(MAGIC) + _NONCE_BYTES + _TAG_BYTES or not data.startswith(MAGIC):
            raise DamagedAttachmentError(stored_name)
        nonce = data[len(MAGIC) : len(MAGIC) + _NONCE_BYTES]
        try:
            plaintext = self._cipher.decrypt(
                nonce, data[len(MAGIC) + _NONCE_BYTES :], stored_name.encode("ascii")
            )
        except InvalidTag as error:
            raise DamagedAttachmentError(stored_name) from error
        # The name is a keyed hash of the content: a second check that costs one hash.
        if not hmac.compare_digest(
            self.name_for(hashlib.sha256(plaintext).hexdigest()), stored_name
        ):
            raise DamagedAttachmentError(stored_name)
        return plaintext

    def export_to(self, stored_name: str, target: Path) -> None:
        """Write the decrypted file to `target` (a copy the user asked for, outside the desk)."""
        plaintext = self.read(stored_name)
        with storage_faults():
            _write_atomically(target, target.parent, plaintext)

    def files(self) -> Iterator[Path]:
        """Every stored (encrypted) file, and the scratch files of interrupted writes."""
        with storage_faults():
            if self.root.exists():
                yield from (p for p in self.root.glob("*/*") if p.is_file())

    def discard_new(self, files: list[StoredFile]) -> None:
        """Remove files this save created, after its transaction failed."""
        for stored in files:
            if stored.newly_created:
                self.path_of(stored.stored_name).unlink(missing_ok=True)


def _write_atomically(final: Path, scratch: Path, data: bytes) -> None:
    with replaced_atomically(final, scratch=scratch, binary=True) as writer:
        writer.write(data)
