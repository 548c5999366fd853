"""NIK, phone and e-mail checks: what a front-desk officer types, right and wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.identity import (
    check_email,
    check_nik,
    compact_nik,
    nik_region_codes,
    normalise_phone,
)
from desktop.domain.problems import Problem


@pytest.mark.parametrize(
    "typed",
    [
        "3201011708450001",  # man born 17-08-1945
        "3201015708450001",  # woman: day + 40
        "3201 0117 0845 0001",  # grouped as on the card
        "32.01.01.170845.0001",
        "３２０１０１１７０８４５０００１",  # full-width digits from a phone keyboard
    ],
)
def test_valid_niks_are_accepted_as_typed(typed: str) -> None:
    assert check_nik(typed) is None
    assert len(compact_nik(typed)) == 16


def test_a_nik_from_a_region_code_no_longer_in_any_list_is_accepted() -> None:
    # Province 99 does not exist (python-stdnum's own validate() rejects it), but a NIK keeps
    # the code of its first registration, so the desk must not refuse it for that alone.
    assert check_nik("9971011708450001") is None


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("32010117084500", Problem.NIK_LENGTH),
        ("32010117084500011", Problem.NIK_LENGTH),
        ("320101170845000A", Problem.NIK_NOT_DIGITS),
        ("3201013213450001", Problem.NIK_BIRTH_DATE),  # month 13
        ("3201010008450001", Problem.NIK_BIRTH_DATE),  # day 00
        ("3201013608450001", Problem.NIK_BIRTH_DATE),  # day 36 is neither a man's nor a woman's
    ],
)
def test_wrong_niks_say_what_is_wrong(typed: str, problem: Problem) -> None:
    assert check_nik(typed) is problem


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 789", "+628123456789"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("62 812 3456 7890", "+6281234567890"),
        ("021 1234567", "+62211234567"),
        ("+60 12-345 6789", "+60123456789"),  # a Malaysian mobile: foreign numbers are fine
    ],
)
def test_phone_numbers_are_stored_in_e164(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == e164


@pytest.mark.parametrize("typed", ["12345", "0812", "phone me", "+62 000 000", ""])
def test_impossible_phone_numbers_are_refused(typed: str) -> None:
    assert normalise_phone(typed) is None


@pytest.mark.parametrize("typed", ["siti@contoh.id", "a.b+c@dinas.bogorkab.go.id"])
def test_good_email_addresses(typed: str) -> None:
    assert check_email(typed) is None


@pytest.mark.parametrize("typed", ["siti", "siti@", "@contoh.id", "siti@contoh", "a b@c.id"])
def test_bad_email_addresses(typed: str) -> None:
    assert check_email(typed) is Problem.EMAIL_INVALID


@given(st.text(max_size=40))
def test_any_text_as_nik_gives_a_verdict_without_crashing(text: str) -> None:
    result = check_nik(text)
    assert result is None or isinstance(result, Problem)
    if result is None:
        assert len(compact_nik(text)) == 16


@given(st.text(max_size=60))
def test_any_text_as_phone_is_either_normalised_or_refused(text: str) -> None:
    result = normalise_phone(text)
    assert result is None or (result.startswith("+") and result[1:].isdigit())


@given(st.text(max_size=300))
def test_any_text_as_email_gives_a_verdict(text: str) -> None:
    assert check_email(text) in (None, Problem.EMAIL_INVALID)


def test_a_niks_region_codes_are_its_first_six_digits() -> None:
    assert nik_region_codes("3201 0145 0890 0002") == ["32", "32.01", "32.01.01"]
    assert nik_region_codes("3201 0145 0890") == []  # not a whole NIK yet: nothing to look up
    assert nik_region_codes("32010145089000AB") == []
