"""Lengths the intake rules allow; kept apart so the form can size its fields cheaply
(the validation module pulls in phonenumbers and python-stdnum)."""

from __future__ import annotations

from desktop.domain.complaint import ComplaintType

TITLE_MIN, TITLE_MAX = 5, 150
DESCRIPTION_MAX = 10_000
# A Pengaduan needs a chronology a verifier can act on; other types may be one sentence.
DESCRIPTION_MIN = {
    ComplaintType.PENGADUAN: 20,
    ComplaintType.ASPIRASI: 10,
    ComplaintType.PERMINTAAN_INFORMASI: 10,
}
NAME_MIN, NAME_MAX = 2, 100
ADDRESS_MAX = 500
