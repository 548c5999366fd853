"""Indonesian administrative regions as Kemendagri codes.

Codes nest by dotted parts: `32` provinsi, `32.01` kabupaten/kota, `32.01.01` kecamatan,
`32.01.01.2001` desa/kelurahan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


class RegionLevel(IntEnum):
    PROVINSI = 1
    KABUPATEN_KOTA = 2
    KECAMATAN = 3
    DESA_KELURAHAN = 4


_SHAPES = {
    RegionLevel.PROVINSI: re.compile(r"^\d{2}$"),
    RegionLevel.KABUPATEN_KOTA: re.compile(r"^\d{2}\.\d{2}$"),
    RegionLevel.KECAMATAN: re.compile(r"^\d{2}\.\d{2}\.\d{2}$"),
    RegionLevel.DESA_KELURAHAN: re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$"),
}


@dataclass(frozen=True)
class Region:
    code: str
    name: str


def region_level(code: str) -> RegionLevel | None:
    """The level a code's shape says, or None for a malformed code."""
    for level, shape in _SHAPES.items():
        if shape.match(code):
            return level
    return None


def parent_code(code: str) -> str | None:
    head, dot, _ = code.rpartition(".")
    return head if dot else None


def ancestry(code: str) -> list[str]:
    """The codes from the province down to `code` itself."""
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def region_from_office_code(office_code: str) -> str | None:
    """The region an office code names when it is a Kemendagri code without dots (`3201`)."""
    digits = office_code.strip()
    if not digits.isdigit() or len(digits) not in (2, 4, 6):
        return None
    return ".".join(digits[i : i + 2] for i in range(0, len(digits), 2))
