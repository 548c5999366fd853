"""Reading LAPOR!'s answers in every shape public integrations show (`sync.answers`).

Table-driven: each file under tests/sync/answers/<call>/<variant>.json holds one answer body
and either the reading expected of it or, under "unreadable", part of the reason it cannot be
read. A new shape met in the field is a new file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sync import answers
from sync.api import NationalFollowUp, NationalStatus

FOLDER = Path(__file__).parent / "answers"


def _status(found: NationalStatus) -> dict[str, Any]:
    return {
        "code": found.code,
        "name": found.name,
        "disposition": found.disposition_name,
        "log": [[e.code, e.name, e.at.astimezone(dt.UTC).isoformat()] for e in found.log],
    }


def _follow_ups(found: list[NationalFollowUp]) -> list[list[str]]:
    return [[f.id, f.content, f.at.astimezone(dt.UTC).isoformat(), f.author] for f in found]


READERS: dict[str, Callable[[Any], Any]] = {
    "upload": answers.uploaded_ids,
    "create": answers.complaint_id,
    "follow_up_add": answers.follow_up_id,
    "forward": answers.forward_accepted,
    "status": lambda body: _status(answers.status(body)),
    "follow_ups": lambda body: _follow_ups(answers.follow_ups(body)),
    "search": answers.search_ids,
    "named_ids": answers.named_ids,
}
CASES = sorted(FOLDER.glob("*/*.json"))


def test_every_call_has_answer_bodies_and_every_folder_a_reader() -> None:
    assert {path.parent.name for path in CASES} == set(READERS)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_an_answer_body_is_read_as_its_file_says(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    read = READERS[path.parent.name]
    if "unreadable" in case:
        with pytest.raises(answers.Unreadable, match=case["unreadable"]):
            read(case["body"])
    else:
        assert read(case["body"]) == case["expected"]


def test_a_time_without_a_zone_is_wib_and_one_with_a_zone_keeps_it() -> None:
    wib = answers.parse_time("2026-11-29T10:00:00")
    assert wib == answers.parse_time("29-11-2026 10:00:00")
    assert wib.utcoffset() == dt.timedelta(hours=7)
    assert answers.parse_time("2026-11-29T03:00:00Z") == wib


def test_unreadable_answers_are_counted_in_a_row_up_to_the_limit() -> None:
    count, detail = answers.unreadable_detail("", "upload answer without document ids")
    assert count == 1
    for _ in range(answers.UNREADABLE_LIMIT - 1):
        count, detail = answers.unreadable_detail(detail, "upload answer without document ids")
    assert count == answers.UNREADABLE_LIMIT
    assert detail == "unreadable answer 3/3: upload answer without document ids"
