"""The hub's answer variants (sync/hub/variants.py): set on the command line or at run time,
they change how answers are written, never what the hub holds."""

from __future__ import annotations

from pathlib import Path

import requests

from tests.helpers.hub import HubProcess, InProcessHub, complaint_body


def test_the_command_line_makes_the_hub_answer_like_another_deployment(tmp_path: Path) -> None:
    hub = HubProcess.start(tmp_path / "hub.sqlite", "--shapes", "lapor", "--no-search")
    try:
        created = hub.call("POST", "/complaints/complaint", json=complaint_body())
        assert created.status_code == 200
        body = created.json()
        assert set(body) == {"complaint_id", "tracking_id", "message"}
        assert body["tracking_id"] == str(body["complaint_id"])
        assert hub.call("GET", "/complaints/search", params={"tag": "x"}).status_code == 404
        uploaded = hub.call(
            "POST", "/complaints/complaint/file", files=[("attachments[]", ("surat.pdf", b"%"))]
        )
        assert list(uploaded.json()["results"]) == ["docs"]
    finally:
        hub.stop()


def test_variants_set_at_run_time_place_the_history_and_number_the_statuses(
    hub: InProcessHub,
) -> None:
    complaint_id = hub.create()
    switches = hub.set_variants(
        history="data_logs", status_codes="lapor", followup_author=False, categories=False
    )
    assert switches["history"] == "data_logs" and switches["search"] is True

    detail = hub.call("GET", f"/complaints/{complaint_id}/complaint").json()
    assert "logs" not in detail["results"]["data"]
    assert detail["results"]["data_logs"][0]["status_code"] == "1"
    assert detail["results"]["data_logs"][0]["status_name"] == "Belum Terverifikasi"
    hub.advance(hours=5)
    listed = hub.call("GET", f"/complaints/{complaint_id}/followups").json()["results"]["data"]
    assert listed and all("author" not in f and f["from_desk"] is False for f in listed)
    assert hub.call("GET", "/masters/categories").status_code == 404
    assert [c["id"] for c in hub.complaints()] == [complaint_id]  # what it holds is unchanged


def test_a_variant_the_hub_does_not_know_is_refused_and_changes_nothing(
    hub: InProcessHub,
) -> None:
    answer = requests.post(hub.url + "/_hub/variants", json={"shapes": "xml"}, timeout=10)
    assert answer.status_code == 422 and "shapes" in answer.json()["error"]
    assert hub.control("GET", "/_hub/variants")["shapes"] == "envelope"
