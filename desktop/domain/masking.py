"""Masked forms of personal data, for screens where the full value is not needed.

A masked value keeps its length and enough of its ends for a person at the counter to match it
against a card or a phone held up to them ("does it end in 0001?"); the middle is replaced by
`MASK`. Full values are shown only through an audited reveal.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.complaint import Reporter

MASK = "*"


def _keep_ends(text: str, head: int, tail: int) -> str:
    """`text` with all but `head` leading and `tail` trailing characters masked.

    At least a third (and at least one character) is always masked, so a short value never
    shows most of itself; the head gives way before the tail, which is what people check.
    """
    if not text:
        return ""
    visible = len(text) - max(len(text) // 3, 1)
    tail = min(tail, visible)
    head = min(head, visible - tail)
    hidden = len(text) - head - tail
    return text[:head] + MASK * hidden + text[len(text) - tail :]


def mask_nik(nik: str) -> str:
    """ "3201234567890001" -> "3201********0001": the region code and the last four stay."""
    return _keep_ends(nik, 4, 4)


def mask_phone(phone: str) -> str:
    """ "+6281234567890" -> "+62812*****890": country code and operator prefix, last three."""
    head = 6 if phone.startswith("+") else 4
    return _keep_ends(phone, head, 3)


def mask_email(email: str) -> str:
    """ "siti@contoh.id" -> "s***@contoh.id": the first letter and the domain stay."""
    local, at, domain = email.partition("@")
    if not at:
        return _keep_ends(email, 1, 0)
    return _keep_ends(local, 1, 0) + at + domain


def mask_words(text: str) -> str:
    """ "Siti Rahmawati" -> "S*** R********": the first character of each word stays."""
    return " ".join(_keep_ends(word, 1, 0) for word in text.split(" "))


def mask_reporter(reporter: Reporter, *, anonymous: bool) -> Reporter:
    """The reporter as lists and the detail view show them before a reveal.

    The name stays readable for a named report (staff call people by name); an anonymous
    reporter's name and address are masked too.
    """
    masked = replace(
        reporter,
        nik=mask_nik(reporter.nik),
        phone=mask_phone(reporter.phone),
        email=mask_email(reporter.email),
    )
    if anonymous:
        masked = replace(
            masked, name=mask_words(reporter.name), address=mask_words(reporter.address)
        )
    return masked
