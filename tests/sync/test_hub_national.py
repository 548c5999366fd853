"""The national side moves complaints through their statuses on the hub's clock."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from typing import Any

from tests.helpers.hub import InProcessHub

LAPOR_TIME = re.compile(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}")


def wib(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%d-%m-%Y %H:%M:%S")


def detail(hub: InProcessHub, complaint_id: int) -> dict[str, Any]:
    return dict(hub.call("GET", f"/complaints/{complaint_id}/complaint").json()["results"]["data"])


def followups(hub: InProcessHub, complaint_id: int) -> list[dict[str, Any]]:
    answer = hub.call("GET", f"/complaints/{complaint_id}/followups")
    return list(answer.json()["results"]["data"])


def test_an_answered_complaint_is_verified_processed_answered_and_finished(
    hub: InProcessHub,
) -> None:
    complaint_id = hub.create()  # with seed 1 the first complaint is answered, not declined
    created = wib(detail(hub, complaint_id)["created_at"])

    hub.advance(hours=2, minutes=1)
    assert detail(hub, complaint_id)["status_name"] == "Terverifikasi"
    assert followups(hub, complaint_id) == []

    hub.advance(hours=2)
    processing = detail(hub, complaint_id)
    assert processing["status_code"] == "2"
    assert processing["disposition_name"] == "Dinas Pekerjaan Umum dan Penataan Ruang"
    [taken_up] = followups(hub, complaint_id)
    assert taken_up["author"] == "instansi"
    assert "sedang ditindaklanjuti" in taken_up["content"]
    assert wib(taken_up["created_at"]) - created == dt.timedelta(hours=4)

    desk = {"complaint_id": complaint_id, "content": "Mohon informasi perkembangannya."}
    hub.call("POST", "/complaints/followup/add", json=desk).raise_for_status()

    hub.advance(days=3)
    answered = followups(hub, complaint_id)
    assert [f["author"] for f in answered] == ["instansi", "admin", "instansi"]
    assert len(answered[2]["content"]) > 80
    assert all(LAPOR_TIME.fullmatch(f["created_at"]) for f in answered)
    assert detail(hub, complaint_id)["status_code"] == "2"

    hub.advance(days=2)
    finished = detail(hub, complaint_id)
    assert finished["status_name"] == "Selesai"
    assert [log["status_code"] for log in finished["logs"]] == ["0", "1", "2", "3"]
    assert [wib(log["created_at"]) - created for log in finished["logs"]] == [
        dt.timedelta(0),
        dt.timedelta(hours=2),
        dt.timedelta(hours=4),
        dt.timedelta(days=5),
    ]


def test_about_one_in_ten_is_declined_with_a_reason(hub: InProcessHub) -> None:
    ids = [hub.create(title=f"Laporan {n}") for n in range(20)]
    hub.advance(days=6)
    listed = {c["id"]: c for c in hub.complaints()}
    assert sorted(listed) == ids

    declined = [c for c in listed.values() if c["status_code"] == "4"]
    finished = [c for c in listed.values() if c["status_code"] == "3"]
    assert len(declined) + len(finished) == 20
    assert 1 <= len(declined) <= 5
    for complaint in declined:
        [reason] = complaint["followups"]
        assert reason["author"] == "instansi" and reason["content"]
        logs = detail(hub, complaint["id"])["logs"]
        assert [log["status_code"] for log in logs] == ["0", "1", "4"]
    for complaint in finished:
        assert [f["author"] for f in complaint["followups"]] == ["instansi", "instansi"]


def test_the_outcome_is_the_same_whenever_it_is_looked_at(
    hub_factory: Callable[..., InProcessHub],
) -> None:
    """Two hubs with one seed: one looked at hour by hour, the other only at the end."""
    watched, unwatched = hub_factory(), hub_factory()
    for each in (watched, unwatched):
        for n in range(12):
            each.create(title=f"Laporan {n}")
    for _ in range(6 * 24 // 12):
        watched.advance(hours=12)
        watched.complaints()
    unwatched.advance(days=6)

    def outcome(each: InProcessHub) -> list[tuple[Any, ...]]:
        return [
            (c["status_code"], [(f["author"], f["content"]) for f in c["followups"]])
            for c in each.complaints()
        ]

    assert outcome(watched) == outcome(unwatched)


def test_the_hub_clock_runs_faster_with_speed(hub_factory: Callable[..., InProcessHub]) -> None:
    fast = hub_factory(speed=7200.0)  # one real second is two hours
    complaint_id = fast.create()
    started = time.monotonic()
    while detail(fast, complaint_id)["status_code"] == "0":
        assert time.monotonic() - started < 10, "not verified after 20 hub hours"
        time.sleep(0.05)
    assert time.monotonic() - started < 5
