"""The readable number a desk gives each complaint: office code, year, sequence.

`3201-2026-000123` is the 123rd complaint of 2026 recorded at office 3201. The sequence restarts
every year and is unique per office; the store allocates it inside the saving transaction.
"""

from __future__ import annotations

import re

OFFICE_CODE_MAX_LENGTH = 12
_OFFICE_CODE = re.compile(rf"^[A-Z0-9]{{2,{OFFICE_CODE_MAX_LENGTH}}}$")
SEQUENCE_DIGITS = 6


def is_valid_office_code(code: str) -> bool:
    """Office codes are 2-12 capital letters or digits (a Kemendagri code without dots fits)."""
    return bool(_OFFICE_CODE.match(code))


def format_local_number(office_code: str, year: int, sequence: int) -> str:
    if not is_valid_office_code(office_code):
        raise ValueError(f"invalid office code {office_code!r}")
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{office_code}-{year:04d}-{sequence:0{SEQUENCE_DIGITS}d}"


def format_desk_number(office_code: str, desk_code: str, year: int, sequence: int) -> str:
    """A number allocated by a desk of an office (office mode): its desk code keeps it unique
    without asking the server, so a receipt is printed at once, offline. `3201-L1-2026-000123`."""
    if not is_valid_office_code(office_code) or not is_valid_office_code(desk_code):
        raise ValueError(f"invalid office or desk code {office_code!r} {desk_code!r}")
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{office_code}-{desk_code}-{year:04d}-{sequence:0{SEQUENCE_DIGITS}d}"
