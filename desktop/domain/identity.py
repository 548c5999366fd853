"""Checks and normal forms for a reporter's identity data: NIK, phone number, e-mail.

Each check returns a `Problem` (or None) rather than a message: the interface turns problems
into text in the user's language.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.id import nik as stdnum_nik

from desktop.domain.problems import Problem

NIK_LENGTH = 16

# Deliberately loose: one "@", no spaces, a dot in the domain. Stricter rules reject real
# addresses; the officer reads the address back to the complainant anyway.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
EMAIL_MAX_LENGTH = 254


def compact_nik(text: str) -> str:
    """The NIK without the spaces, dots and dashes people type between digit groups."""
    return str(stdnum_nik.compact(text))


def check_nik(text: str) -> Problem | None:
    """Check a NIK's shape and embedded birth date.

    The region part is not checked against any list: a NIK keeps the code of the place where it
    was first issued, which may no longer exist after regions were split or renamed.
    """
    number = compact_nik(text)
    if not number.isdigit() or not number.isascii():
        return Problem.NIK_NOT_DIGITS
    if len(number) != NIK_LENGTH:
        return Problem.NIK_LENGTH
    try:
        stdnum_nik.get_birth_date(number)
    except (StdnumValidationError, ValueError):
        return Problem.NIK_BIRTH_DATE
    return None


def nik_region_codes(text: str) -> list[str]:
    """The province, regency and district codes in a NIK's first six digits
    (`["32", "32.01", "32.01.01"]`), or [] when the text is not a NIK's 16 digits."""
    number = compact_nik(text)
    if len(number) != NIK_LENGTH or not number.isdigit() or not number.isascii():
        return []
    return [".".join(number[i : i + 2] for i in range(0, end, 2)) for end in (2, 4, 6)]


def looks_like_a_number(name: str) -> bool:
    """Whether a "name" is mostly digits: a NIK or a phone number typed into the name box.
    A name may hold a digit or two (a title, "Siti 2" for two namesakes), not more digits
    than letters."""
    digits = sum(c.isdigit() for c in name)
    letters = sum(c.isalpha() for c in name)
    return digits > letters


def normalise_phone(text: str) -> str | None:
    """The number in E.164 form (+62...), or None when it is not a valid phone number.

    Numbers without a country code are read as Indonesian: 0812..., 021..., 812....
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 40:
        return None
    try:
        parsed = phonenumbers.parse(stripped, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def check_email(text: str) -> Problem | None:
    address = text.strip()
    if len(address) > EMAIL_MAX_LENGTH or not _EMAIL.match(address):
        return Problem.EMAIL_INVALID
    return None
