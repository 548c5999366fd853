"""Each fault kind, as a client of the hub sees it (docs/lapor-api.md, "Fault kinds")."""

from __future__ import annotations

import sys
import time

import pytest
import requests

from tests.helpers.hub import TIMEOUT, InProcessHub, complaint_body

TEMPLATES = "/masters/templates"


def create(hub: InProcessHub, tag: str, **kwargs: object) -> requests.Response:
    body = complaint_body(tags_raw=f"meja-aduan:{tag}")
    return hub.call("POST", "/complaints/complaint", json=body, **kwargs)


def tags(hub: InProcessHub) -> list[str]:
    return [c["tags_raw"] for c in hub.complaints()]


def test_reset_closes_the_connection_before_the_request_is_handled(hub: InProcessHub) -> None:
    hub.next_faults("reset")
    with pytest.raises(requests.ConnectionError) as failure:
        create(hub, "reset")
    if sys.platform.startswith("linux"):
        assert "reset" in str(failure.value).lower()
    assert tags(hub) == []
    assert create(hub, "after").status_code == 200


def test_drop_after_commit_loses_the_answer_but_keeps_the_complaint(hub: InProcessHub) -> None:
    hub.next_faults("drop_after_commit")
    with pytest.raises(requests.ConnectionError):
        create(hub, "dropped")
    assert tags(hub) == ["meja-aduan:dropped"]
    found = hub.call("GET", "/complaints/search", params={"tag": "meja-aduan:dropped"})
    assert len(found.json()["results"]["data"]) == 1


def test_the_hub_counts_requests_that_took_effect_and_whose_answer_was_lost(
    hub: InProcessHub,
) -> None:
    """What no client can know by itself, counted on the hub's side: the bound the
    exactly-once proof holds the desk's decisions for a person to."""
    hub.next_faults("drop_after_commit", "drop_after_commit", "http_500", "reset")
    with pytest.raises(requests.ConnectionError):
        create(hub, "dropped")
    refused = complaint_body(category_id=1, tags_raw="meja-aduan:refused")  # a 422: no effect
    with pytest.raises(requests.ConnectionError):
        hub.call("POST", "/complaints/complaint", json=refused)
    assert create(hub, "not-handled").status_code == 500
    with pytest.raises(requests.ConnectionError):
        create(hub, "reset")
    assert create(hub, "answered").status_code == 200
    assert hub.stats()["took_effect_answer_lost"] == {"POST /complaints/complaint": 1}
    assert tags(hub) == ["meja-aduan:dropped", "meja-aduan:answered"]


@pytest.mark.parametrize("kind, status", [("http_500", 500), ("http_502", 502)])
def test_server_errors_change_nothing(hub: InProcessHub, kind: str, status: int) -> None:
    hub.next_faults(kind)
    answer = create(hub, kind)
    assert answer.status_code == status
    assert answer.json()["results"]["errors"] == {}
    assert "Retry-After" not in answer.headers
    assert tags(hub) == []


@pytest.mark.parametrize("kind, status", [("http_429", 429), ("http_503", 503)])
def test_busy_answers_say_when_to_retry(hub: InProcessHub, kind: str, status: int) -> None:
    hub.next_faults(kind)
    answer = create(hub, kind)
    assert answer.status_code == status
    assert answer.headers["Retry-After"] == "1"
    assert answer.json()["message"]
    assert tags(hub) == []


def test_a_captive_portal_answers_200_with_a_login_page(hub: InProcessHub) -> None:
    hub.next_faults("captive_portal")
    answer = create(hub, "portal")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "<form" in answer.text
    with pytest.raises(ValueError):
        answer.json()
    assert tags(hub) == []


def test_an_expired_token_is_a_401_saying_so(hub: InProcessHub) -> None:
    hub.next_faults("token_expired")
    answer = hub.call("GET", TEMPLATES)
    assert answer.status_code == 401
    assert answer.json()["message"] == "token expired"
    assert hub.call("GET", TEMPLATES).status_code == 200


def test_malformed_json_is_a_200_with_a_cut_off_body(hub: InProcessHub) -> None:
    hub.next_faults("malformed_json")
    answer = create(hub, "cut")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        answer.json()
    assert tags(hub) == []


def test_latency_delays_a_normal_answer(hub: InProcessHub) -> None:
    hub.next_faults("latency")
    started = time.monotonic()
    answer = hub.call("GET", TEMPLATES)
    assert answer.status_code == 200 and answer.json()["results"]["data"]
    assert time.monotonic() - started >= 0.5
    hub.next_faults("latency")
    with pytest.raises(requests.Timeout):
        hub.call("GET", TEMPLATES, timeout=0.2)


def test_a_slow_body_trickles_out_but_arrives_whole(hub: InProcessHub) -> None:
    hub.next_faults("slow_body")
    started = time.monotonic()
    answer = create(hub, "slow")
    assert time.monotonic() - started >= 1.0
    assert answer.json()["results"]["data"]["complaint_id"] >= 1916000
    assert tags(hub) == ["meja-aduan:slow"]
    hub.next_faults("slow_body")
    # A read timeout shorter than the pauses between the pieces fails mid-body.
    with pytest.raises(requests.ConnectionError):
        hub.call("GET", TEMPLATES, timeout=(TIMEOUT, 0.1))


def test_the_delays_can_be_scaled_down_and_still_delay(hub: InProcessHub) -> None:
    hub.set_faults(0.0, delay_scale=0.1)  # latency 0.05 to 0.15 s, a slow body in 0.2 s
    hub.next_faults("latency")
    started = time.monotonic()
    assert hub.call("GET", TEMPLATES).status_code == 200
    assert 0.05 <= time.monotonic() - started < 0.5  # below the unscaled least
    hub.next_faults("slow_body")
    started = time.monotonic()
    assert create(hub, "slow").json()["results"]["data"]["complaint_id"] >= 1916000
    assert 0.1 <= time.monotonic() - started < 1.0
    hub.next_faults("latency")  # still a delay a short client timeout trips on
    with pytest.raises(requests.Timeout):
        hub.call("GET", TEMPLATES, timeout=0.01)
    for bad in (0, -1, 11, "fast", True):
        answer = requests.post(hub.url + "/_hub/faults", json={"delay_scale": bad}, timeout=TIMEOUT)
        assert answer.status_code == 422, bad
        assert "delay_scale" in answer.json()["error"]


def test_queued_faults_come_in_order_and_spare_the_controls(hub: InProcessHub) -> None:
    hub.next_faults("http_503", "token_expired")
    assert hub.stats()["queued"] == ["http_503", "token_expired"]
    hub.complaints()
    statuses = [hub.call("GET", TEMPLATES).status_code for _ in range(3)]
    assert statuses == [503, 401, 200]
    stats = hub.stats()
    assert stats["by_path"] == {"GET /masters/templates": 3}
    assert stats["by_fault"] == {"http_503": 1, "token_expired": 1}


def test_random_faults_follow_the_rate_and_repeat_with_the_seed(hub: InProcessHub) -> None:
    def run() -> list[int]:
        hub.set_faults(0.5, ["http_500", "http_429"], seed=7)
        with hub.session() as session:
            return [
                session.get(hub.url + TEMPLATES, timeout=TIMEOUT).status_code for _ in range(40)
            ]

    first = run()
    assert first == run()
    assert set(first) == {200, 500, 429}
    assert 8 <= first.count(200) <= 32
    hub.clear_faults()
    assert hub.call("GET", TEMPLATES).status_code == 200


def test_unknown_fault_kinds_are_refused(hub: InProcessHub) -> None:
    answer = requests.post(
        hub.url + "/_hub/faults/next", json={"kinds": ["banjir"]}, timeout=TIMEOUT
    )
    assert answer.status_code == 422
    assert "banjir" in answer.json()["error"]
