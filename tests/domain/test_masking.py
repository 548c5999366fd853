"""Masked identity values: the middle never shows, the length and the ends do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.complaint import Reporter
from desktop.domain.masking import (
    mask_email,
    mask_nik,
    mask_phone,
    mask_reporter,
    mask_words,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=20)


def test_examples() -> None:
    assert mask_nik("3201234567890001") == "3201********0001"
    assert mask_phone("+6281234567890") == "+62812*****890"
    assert mask_email("siti@contoh.id") == "s***@contoh.id"
    assert mask_words("Siti Rahmawati") == "S*** R********"
    assert (mask_nik(""), mask_phone(""), mask_email("")) == ("", "", "")


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_a_nik_keeps_region_and_last_four_only(nik: str) -> None:
    masked = mask_nik(nik)
    assert len(masked) == len(nik)
    assert masked[:4] == nik[:4] and masked[-4:] == nik[-4:]
    assert masked[4:-4] == "*" * 8
    assert nik[4:12] not in masked  # the hidden birth date and serial never appear


@given(digits)
def test_any_digits_are_partly_hidden(value: str) -> None:
    for mask in (mask_nik, mask_phone):
        masked = mask(value)
        assert len(masked) == len(value)
        hidden = [i for i, ch in enumerate(masked) if ch == "*"]
        assert len(hidden) >= max(len(value) // 3, 1)
        # What shows is exactly the original at the same places: nothing moved or invented.
        assert all(masked[i] == value[i] for i in range(len(value)) if i not in hidden)


@given(st.text(alphabet="0123456789", min_size=9, max_size=13))
def test_a_phone_keeps_country_code_operator_and_last_three(subscriber: str) -> None:
    phone = "+628" + subscriber
    masked = mask_phone(phone)
    assert len(masked) == len(phone)
    assert masked.startswith(phone[:6]) and masked.endswith(phone[-3:])
    # Every digit between is hidden. (Not "the middle digits do not occur in the result": they
    # may occur by chance in what shows, as "2800" does in "+62800****000".)
    assert masked[6:-3] == "*" * (len(phone) - 9)


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._", min_size=2, max_size=30),
    st.sampled_from(["contoh.id", "gmail.com", "kemendagri.go.id"]),
)
def test_an_email_keeps_first_letter_and_domain(local: str, domain: str) -> None:
    email = f"{local}@{domain}"
    masked = mask_email(email)
    assert len(masked) == len(email)
    assert masked == local[0] + "*" * (len(local) - 1) + "@" + domain


def test_an_anonymous_reporter_is_masked_down_to_the_name() -> None:
    reporter = Reporter("Siti Rahmawati", "3201014508900002", "+6281234567890", "s@c.id", "Jl. A")
    named = mask_reporter(reporter, anonymous=False)
    assert named.name == "Siti Rahmawati" and named.address == "Jl. A"
    assert named.nik == "3201********0002" and named.phone == "+62812*****890"
    anonymous = mask_reporter(reporter, anonymous=True)
    assert anonymous.name == "S*** R********" and anonymous.address == "J** *"
