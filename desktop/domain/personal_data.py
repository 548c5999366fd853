"""Personal data that looks to be typed into a complaint's own words: a NIK, a phone number or an
e-mail address in the title or the description.

An anonymous report promises the complainant that the national side will not learn who they
are; a NIK in its description breaks that promise silently (LAPOR! refuses it, or worse, shows
it). This only finds what *looks like* such data: the intake form shows a note, and the national
sync holds the report for a person, who sends it anyway or edits it. Nothing is refused for it.
"""

from __future__ import annotations

import re
from enum import StrEnum

# Kemendagri province codes, the first two digits of every NIK. Provinces are rarely made
# (the last ones in 2022) and a NIK keeps its old code: the list only grows.
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
        "31", "32", "33", "34", "35", "36",
        "51", "52", "53",
        "61", "62", "63", "64", "65",
        "71", "72", "73", "74", "75", "76",
        "81", "82",
        "91", "92", "93", "94", "95", "96", "97",
    }
)  # fmt: skip

# 16 digits, maybe written in groups ("3201 0101 0101 0001", "3201.0101.0101.0001"), not part
# of a longer number.
_NIK = re.compile(r"(?<![\d])(\d(?:[ .-]?\d){15})(?![\d])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class PersonalData(StrEnum):
    NIK = "nik"
    PHONE = "phone"
    EMAIL = "email"


def personal_data_in(text: str) -> list[PersonalData]:
    """What kinds of personal data `text` seems to hold, in a fixed order (NIK, phone,
    e-mail); [] when none."""
    found: list[PersonalData] = []
    niks = [re.sub(r"\D", "", m.group(1)) for m in _NIK.finditer(text)]
    if any(nik[:2] in PROVINCE_CODES for nik in niks):
        found.append(PersonalData.NIK)
    if _has_phone(_NIK.sub(" ", text)):  # a NIK's digits are no phone number
        found.append(PersonalData.PHONE)
    if _EMAIL.search(text):
        found.append(PersonalData.EMAIL)
    return found


def _has_phone(text: str) -> bool:
    # Imported here: phonenumbers costs start-up time the window must not pay (a test keeps
    # it out of the first window); the first note or round pays it instead.
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(text, "ID", leniency=phonenumbers.Leniency.VALID)
    return matcher.has_next()


def anonymous_report_problems(title: str, description: str) -> dict[str, list[PersonalData]]:
    """For an anonymous report: field ("title", "description") -> the personal data it seems to
    hold; only the fields that hold some."""
    found = {"title": personal_data_in(title), "description": personal_data_in(description)}
    return {name: kinds for name, kinds in found.items() if kinds}
