"""What a complaint is, in the words of the desk and of SP4N-LAPOR!.

A complaint ("pengaduan" in the broad sense) is one report received from a member of the public,
whatever its type. It keeps a stable UUID for synchronisation and a readable local number for
people (see `local_number`).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from enum import StrEnum


class Channel(StrEnum):
    """How the report reached the desk."""

    WALK_IN = "walk_in"  # tatap muka at the counter
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    SMS = "sms"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class ComplaintType(StrEnum):
    """LAPOR!'s classification ("klasifikasi") of a report."""

    PENGADUAN = "pengaduan"  # complaint about a public service
    ASPIRASI = "aspirasi"  # aspiration, suggestion
    PERMINTAAN_INFORMASI = "permintaan_informasi"  # request for information


class Status(StrEnum):
    """Where a complaint stands, after LAPOR!'s stages (see `follow_up` for the way between)."""

    BELUM_TERVERIFIKASI = "belum_terverifikasi"  # received, not yet checked by a verifier
    TERVERIFIKASI = "terverifikasi"  # accepted, waiting to be passed to a unit
    DITUNDA = "ditunda"  # held, waiting for the complainant: the clock pauses
    BUKAN_WEWENANG = "bukan_wewenang"  # not ours: forwarded to another institution
    DIARSIPKAN = "diarsipkan"  # archived (unclear, not about public service, a duplicate)
    DIDISPOSISIKAN = "didisposisikan"  # passed to the unit responsible
    DALAM_PROSES = "dalam_proses"  # the unit is working on it
    DITANGGAPI = "ditanggapi"  # answered
    SELESAI = "selesai"  # closed


# Channels where the complainant is in contact with the officer while the report is taken,
# so the privacy notice can be read to them and their acknowledgement recorded.
CHANNELS_WITH_COMPLAINANT_PRESENT = frozenset({Channel.WALK_IN, Channel.PHONE})


@dataclass(frozen=True)
class Reporter:
    """The person who reports. Every field may be empty for an anonymous report."""

    name: str = ""
    nik: str = ""  # Nomor Induk Kependudukan, the 16-digit national identity number
    phone: str = ""
    email: str = ""
    address: str = ""

    def has_identity(self) -> bool:
        return any(v.strip() for v in (self.name, self.nik, self.phone, self.email, self.address))


@dataclass(frozen=True)
class ComplaintDraft:
    """A complaint as typed at the counter, before it has a number.

    `supervisory` is LAPOR!'s "berkadar pengawasan": a complaint implying wrongdoing by an
    official, which has the long completion limit. It only applies to the Pengaduan type.
    """

    channel: Channel = Channel.WALK_IN
    type: ComplaintType = ComplaintType.PENGADUAN
    supervisory: bool = False
    category_id: int | None = None
    institution_id: int | None = None
    title: str = ""
    description: str = ""
    incident_date: dt.date | None = None
    region_code: str = ""  # Kemendagri code, any level from provinsi to desa/kelurahan
    incident_address: str = ""
    reporter: Reporter = field(default_factory=Reporter)
    is_anonymous: bool = False  # identity hidden from the reported party and the public
    is_secret: bool = False  # "Rahasia": content not public
    privacy_acknowledged: bool = False


@dataclass(frozen=True)
class AttachmentInfo:
    """A file kept with a complaint, as stored in the data folder."""

    original_name: str
    media_type: str
    size: int
    sha256: str


def time_ordered_uuid(moment: dt.datetime, random_bits: int) -> str:
    """A version 7 UUID (RFC 9562): millisecond time first, then 74 random bits.

    Ids made later sort later, so new rows land at the end of the uuid index instead of at
    random places in it: bulk inserts run about twice as fast on a large database.
    """
    millis = int(moment.timestamp() * 1000) & ((1 << 48) - 1)
    rand_a = (random_bits >> 62) & 0xFFF
    rand_b = random_bits & ((1 << 62) - 1)
    value = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    digits = f"{value:032x}"  # formatted by hand: uuid.UUID() costs 10 µs, a tenth of a seed row
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def new_complaint_uuid(moment: dt.datetime) -> str:
    # os.urandom rather than secrets: the same randomness without importing hashlib at start-up.
    return time_ordered_uuid(moment, int.from_bytes(os.urandom(10)) >> 6)
