"""Which titles count as the same matter, and how possible duplicates are ranked."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.duplicates import (
    MAX_HINTS,
    SIMILAR_TITLE_THRESHOLD,
    Candidate,
    DuplicateReason,
    any_word_expression,
    is_similar_title,
    rank_duplicates,
    significant_words,
    title_similarity,
)

TYPED = "Jalan berlubang di depan SDN 2"
NOW = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)


def test_significant_words_drop_short_common_and_numeric_words() -> None:
    assert significant_words(TYPED) == ("jalan", "berlubang", "sdn")
    assert significant_words("Pelayanan KTP yang sangat lambat di Dukcapil") == (
        "pelayanan",
        "ktp",
        "lambat",
        "dukcapil",
    )
    # Folded as the search index folds them: case and accents.
    assert significant_words("Désa JALAN jalan") == ("desa", "jalan")


@pytest.mark.parametrize(
    "other",
    [
        "Jalan berlubang depan SDN 2 Cibinong",  # near-identical
        "jalan berlubang di depan sdn 2",  # the same, other case
        "Jalanan berlubang di depan SDN",  # one word with a suffix
        "Berlubang, jalan depan SDN 2",  # the same words, in another order
    ],
)
def test_a_near_identical_title_is_similar(other: str) -> None:
    assert is_similar_title(significant_words(TYPED), other)


@pytest.mark.parametrize(
    "other",
    [
        "Lampu jalan mati di Jalan Melati",  # one common word: 0.29
        "Jalan rusak di depan sekolah belum diperbaiki",  # seen in a screenshot: generic words
        "Pungutan liar di SDN 2",  # one word: the school
        "Sampah menumpuk di pasar",  # nothing in common
        "",
    ],
)
def test_a_title_sharing_one_common_word_is_not_similar(other: str) -> None:
    assert not is_similar_title(significant_words(TYPED), other)


def test_two_words_titles_need_both_words() -> None:
    # Dice would give 0.5 here; one shared word is not enough evidence of the same matter.
    assert title_similarity(("jalan", "rusak"), ("jalan", "macet")) == SIMILAR_TITLE_THRESHOLD
    assert not is_similar_title(("jalan", "rusak"), "Jalan macet")
    assert is_similar_title(("jalan", "rusak"), "Jalan rusak parah")


def test_the_search_expression_quotes_every_word() -> None:
    assert any_word_expression(("jalan", "berlubang")) == '"jalan"* OR "berlubang"*'
    assert any_word_expression(('a"b',)) == '"a""b"*'
    assert any_word_expression(()) is None


def candidate(complaint_id: int, title: str, days_ago: int) -> Candidate:
    return Candidate(complaint_id, title, NOW - dt.timedelta(days=days_ago))


def test_the_same_person_ranks_first_then_closer_and_newer_titles() -> None:
    candidates = {
        1: candidate(1, "Lampu penerangan padam", 30),  # same NIK only
        2: candidate(2, "Jalan berlubang depan SDN 2", 700),  # identical words, old
        3: candidate(3, "Jalan berlubang depan SDN 2", 10),  # identical words, recent
        4: candidate(4, "Jalan berlubang depan SDN 2 Cibinong Bogor Barat", 5),  # less close
        5: candidate(5, "Jalan berlubang depan SDN 2", 3),  # same phone and similar
        6: candidate(6, "Sampah menumpuk di pasar", 1),  # found by text, not similar
    }
    ranked = rank_duplicates(candidates, [1], [5], [2, 3, 4, 5, 6], significant_words(TYPED), NOW)
    assert ranked == [
        (5, (DuplicateReason.SAME_PHONE, DuplicateReason.SIMILAR_TITLE)),
        (1, (DuplicateReason.SAME_NIK,)),
        (3, (DuplicateReason.SIMILAR_TITLE,)),
        (2, (DuplicateReason.SIMILAR_TITLE,)),  # age costs it 0.1 of its 1.0
        (4, (DuplicateReason.SIMILAR_TITLE,)),  # 0.67
    ]


def test_no_more_than_a_handful_are_offered() -> None:
    candidates = {i: candidate(i, "Jalan berlubang depan SDN", i) for i in range(1, 20)}
    ranked = rank_duplicates(candidates, [], [], list(candidates), significant_words(TYPED), NOW)
    assert len(ranked) == MAX_HINTS
    assert [i for i, _ in ranked] == [1, 2, 3, 4, 5]  # the most recent
