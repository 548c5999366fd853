"""Personal data in an anonymous report's own words: what is flagged, and what is not."""

from __future__ import annotations

import pytest

from desktop.domain.personal_data import PersonalData, anonymous_report_problems, personal_data_in


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NIK saya 3201014508900002, mohon dibantu", [PersonalData.NIK]),
        ("NIK 3201 0145 0890 0002", [PersonalData.NIK]),
        ("hubungi 0812-3456-7890 sore hari", [PersonalData.PHONE]),
        ("telepon kantor (0251) 8765432", [PersonalData.PHONE]),
        ("balas ke siti@contoh.id", [PersonalData.EMAIL]),
        # 16 digits whose first two name no province: an account number, not a NIK.
        ("rekening 9901014508900002", []),
        ("tahun 2024 ada 16 lubang di RT 03 RW 05, panjang 120 m", []),
        ("", []),
    ],
)
def test_what_looks_like_personal_data(text: str, found: list[PersonalData]) -> None:
    assert personal_data_in(text) == found


def test_only_the_fields_that_hold_some_are_named() -> None:
    assert anonymous_report_problems("Jalan rusak", "WA saya 081234567890") == {
        "description": [PersonalData.PHONE]
    }
