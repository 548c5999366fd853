"""Possible duplicates of a complaint being typed at intake, and why each one is offered.

People come back: the same complainant about the same matter, or neighbours about the same
broken road. The desk wants one complaint followed up, so while a new one is typed the form
offers complaints that look like it, and the officer may link the new one to one of them.

Two kinds of evidence:
- the same person: the same NIK or phone number as a complaint received recently
  (`RECENT_WINDOW`); after that, a person coming back is more likely about something new.
  Never an anonymous report: that would tell who made it;
- the same matter: a title, or a description, with most of its significant words in common,
  whatever its age (recent ones first).

Plain Python, no I/O: the store finds candidates, this module decides which are close enough.
The interface cheaply imports the values here, so nothing heavy (phonenumbers) is imported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.complaint import Status
from desktop.domain.worklist_query import prefix_term

RECENT_WINDOW = dt.timedelta(days=90)
MAX_HINTS = 5
# How many full-text candidates to score: enough that a near-identical title is among them
# even when common words make bm25 rank others first, few enough to score in a millisecond.
TEXT_CANDIDATES = 30
# A title needs this many significant words before its words say anything about a match.
MIN_TITLE_WORDS = 2
# A description is longer and says more in passing: it needs more words, and more in common.
MIN_DESCRIPTION_WORDS = 5
MIN_SHARED_DESCRIPTION_WORDS = 4
# The description's words that go into the full-text look-up (its first ones: the matter is
# usually told first), on top of the title's.
DESCRIPTION_SEARCH_WORDS = 10

# Shorter words carry little: "di", "ke", "rt", "rw", "no" and numbers like "2".
MIN_WORD_LENGTH = 3
# Words that occur in nearly every Indonesian complaint title and say nothing about its matter
# (where: "di depan"; what is wanted: "belum diperbaiki").
# Matter words such as "jalan" or "air" stay: two titles sharing only one of them are told apart
# by `is_similar_title` needing two shared words.
_STOP_WORDS_TEXT = """
    yang dan dari untuk dengan pada tidak ini itu sudah belum ada atau karena oleh dalam akan
    juga sangat masih saat bagi tentang kami saya kepada sejak agar namun tetapi bisa dapat
    mohon tolong harap segera para kita mereka lagi sering selalu hingga sampai terhadap
    atas bawah telah pak bapak ibu warga masyarakat keluhan aduan pengaduan laporan soal
    mengenai perihal sekitar depan belakang samping dekat sebelah diperbaiki ditangani
    ditindaklanjuti
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Two titles are offered as similar when they share at least `MIN_SHARED_WORDS` significant
# words and the shared words make up at least `SIMILAR_TITLE_THRESHOLD` of both titles' words
# (the Dice coefficient, 2|A∩B| / (|A|+|B|)). Chosen with tests/domain/test_duplicates.py:
# "Jalan berlubang di depan SDN 2" against "Jalan berlubang depan SDN 2 Cibinong" scores 0.86,
# against "Lampu jalan mati di Jalan Melati" (one common word) 0.29; two short titles sharing
# one word of two ("jalan rusak", "jalan macet") score 0.5 but share only one word.
SIMILAR_TITLE_THRESHOLD = 0.5
MIN_SHARED_WORDS = 2
# Indonesian adds suffixes ("-nya", "-kan") and prefixes are rarer at the start of a title's
# nouns: "puskesmas" and "puskesmasnya" count as one word when the shorter has this many letters.
MIN_PREFIX_MATCH = 5

_WORD = re.compile(r"\w+", re.UNICODE)


class DuplicateReason(StrEnum):
    SAME_NIK = "same_nik"
    SAME_PHONE = "same_phone"
    SIMILAR_TITLE = "similar_title"
    SIMILAR_DESCRIPTION = "similar_description"


@dataclass(frozen=True)
class DuplicateHint:
    """An existing complaint offered as a possible duplicate, as much as the role may see: for
    a confidential report shown to a role that may not read it, `title` is empty and `redacted`
    set. Never the NIK or phone: the reason says only that they are the same."""

    complaint_id: int
    local_number: str
    received_at: dt.datetime
    status: Status
    title: str
    redacted: bool
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True)
class Candidate:
    """What ranking needs of an existing complaint."""

    complaint_id: int
    title: str
    received_at: dt.datetime
    description: str = ""


def _fold(word: str) -> str:
    """Case and accents folded, as the full-text index's tokenizer does (remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def significant_words(text: str) -> tuple[str, ...]:
    """The significant words of a title, folded, each once, in the order typed."""
    seen: dict[str, None] = {}
    for raw in _WORD.findall(text):
        word = _fold(raw)
        if len(word) >= MIN_WORD_LENGTH and not word.isdigit() and word not in STOP_WORDS:
            seen.setdefault(word, None)
    return tuple(seen)


def any_word_expression(words: Iterable[str]) -> str | None:
    """The FTS5 expression matching texts with any of `words` (each also as a word's start).

    Every word is quoted (`prefix_term`), so nothing the officer typed is read as query
    syntax. None for no words."""
    quoted = [prefix_term(w) for w in words if w]
    return " OR ".join(quoted) if quoted else None


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= MIN_PREFIX_MATCH and longer.startswith(shorter)


def shared_words(typed: tuple[str, ...], other: tuple[str, ...]) -> int:
    """How many of the typed words occur in the other title (each matched once)."""
    left = list(other)
    shared = 0
    for word in typed:
        match = next((w for w in left if _same_word(word, w)), None)
        if match is not None:
            left.remove(match)
            shared += 1
    return shared


def title_similarity(typed: tuple[str, ...], other: tuple[str, ...]) -> float:
    """The Dice coefficient of the two titles' significant words, 0 to 1."""
    if not typed or not other:
        return 0.0
    return 2 * shared_words(typed, other) / (len(typed) + len(other))


def is_similar_title(typed: tuple[str, ...], other_title: str) -> bool:
    other = significant_words(other_title)
    return (
        shared_words(typed, other) >= MIN_SHARED_WORDS
        and title_similarity(typed, other) >= SIMILAR_TITLE_THRESHOLD
    )


def is_similar_description(typed: tuple[str, ...], other_description: str) -> bool:
    other = significant_words(other_description)
    return (
        len(typed) >= MIN_DESCRIPTION_WORDS
        and shared_words(typed, other) >= MIN_SHARED_DESCRIPTION_WORDS
        and title_similarity(typed, other) >= SIMILAR_TITLE_THRESHOLD
    )


def rank_duplicates(
    candidates: Mapping[int, Candidate],
    same_nik: Iterable[int],
    same_phone: Iterable[int],
    text_matches: Iterable[int],
    typed_title: tuple[str, ...],
    now: dt.datetime,
    typed_description: tuple[str, ...] = (),
) -> list[tuple[int, tuple[DuplicateReason, ...]]]:
    """The complaints to offer (at most `MAX_HINTS`), each with its reasons, best first.

    The same person outranks a similar title (it is the stronger evidence); more reasons
    outrank fewer; then closer titles; among equals, the more recent. A title's score loses up
    to 0.1 over a year of age, so a fresh complaint wins a near tie against an old one.
    """
    reasons: dict[int, list[DuplicateReason]] = {}
    by_person = ((same_nik, DuplicateReason.SAME_NIK), (same_phone, DuplicateReason.SAME_PHONE))
    for ids, reason in by_person:
        for complaint_id in ids:
            if complaint_id in candidates:
                reasons.setdefault(complaint_id, []).append(reason)
    similarity: dict[int, float] = {}
    for complaint_id in text_matches:
        candidate = candidates.get(complaint_id)
        if candidate is None:
            continue
        if is_similar_title(typed_title, candidate.title):
            similarity[complaint_id] = title_similarity(
                typed_title, significant_words(candidate.title)
            )
            reasons.setdefault(complaint_id, []).append(DuplicateReason.SIMILAR_TITLE)
        if is_similar_description(typed_description, candidate.description):
            reasons.setdefault(complaint_id, []).append(DuplicateReason.SIMILAR_DESCRIPTION)

    def order(complaint_id: int) -> tuple[bool, int, float, dt.datetime]:
        found = reasons[complaint_id]
        age_years = min(max((now - candidates[complaint_id].received_at).days, 0) / 365, 1.0)
        score = similarity.get(complaint_id, 0.0) - 0.1 * age_years
        same_person = any(
            r in (DuplicateReason.SAME_NIK, DuplicateReason.SAME_PHONE) for r in found
        )
        return (same_person, len(found), score, candidates[complaint_id].received_at)

    best = sorted(reasons, key=order, reverse=True)[:MAX_HINTS]
    return [(complaint_id, tuple(reasons[complaint_id])) for complaint_id in best]
