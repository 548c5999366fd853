"""The sandbox hub answers the LAPOR! v3 contract (docs/lapor-api.md) as a client sees it."""

from __future__ import annotations

import re

import requests

from tests.helpers.hub import (
    PUBLIC_WORKS_ID,
    ROADS_CATEGORY_ID,
    TIMEOUT,
    InProcessHub,
    complaint_body,
)

LAPOR_TIME = re.compile(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}")


def test_calls_without_the_right_key_and_token_are_refused(hub: InProcessHub) -> None:
    path = "/masters/institutions/external"
    no_headers = requests.get(hub.url + path, timeout=TIMEOUT)
    wrong_key = hub.call("GET", path, headers={"Authorization": "Bearer salah"})
    wrong_token = hub.call("GET", path, headers={"token": "00000000-0000-0000-0000-000000000000"})
    not_bearer = hub.call("GET", path, headers={"Authorization": f"Basic {hub.key}"})
    for refused in (no_headers, wrong_key, wrong_token, not_bearer):
        assert refused.status_code == 401
        assert refused.json()["message"] == "unauthorized"
        assert refused.json()["results"]["errors"]
    assert wrong_key.json()["results"]["errors"].keys() == {"authorization"}
    assert wrong_token.json()["results"]["errors"].keys() == {"token"}
    unauthorised_create = requests.post(
        hub.url + "/complaints/complaint", json=complaint_body(), timeout=TIMEOUT
    )
    assert unauthorised_create.status_code == 401
    assert hub.complaints() == []
    assert hub.call("GET", path).status_code == 200


def test_masters_list_the_regional_institutions_categories_and_templates(
    hub: InProcessHub,
) -> None:
    institutions = hub.call("GET", "/masters/institutions/external").json()["results"]["data"]
    names = {i["name"]: i["id"] for i in institutions}
    assert names["Dinas Kependudukan dan Pencatatan Sipil"] == 1001
    assert names["Dinas Pekerjaan Umum dan Penataan Ruang"] == PUBLIC_WORKS_ID
    assert "Kementerian Kesehatan" in names
    assert len(institutions) == 19

    categories = hub.call("GET", "/masters/categories").json()["results"]["data"]
    by_id = {c["id"]: c for c in categories}
    roads = by_id[ROADS_CATEGORY_ID]
    assert roads["name"] == "Jalan dan Jembatan"
    assert by_id[roads["parent_id"]]["name"] == "Infrastruktur"
    assert by_id[2001] == {"id": 2001, "parent_id": None, "name": "Administrasi Kependudukan"}
    assert any(
        c["name"] == "Pelayanan Publik Lainnya" and c["parent_id"] is None for c in categories
    )

    templates = hub.call("GET", "/masters/templates").json()
    assert templates["message"]
    assert all(t["content"] for t in templates["results"]["data"])


def test_a_created_complaint_shows_its_upload_and_its_fields(hub: InProcessHub) -> None:
    files = hub.upload(("jalan.jpg", b"\xff\xd8foto" * 100), ("surat.pdf", b"%PDF-1.7 surat"))
    assert len(files) == 2 and files[0] < files[1]

    complaint_id = hub.create(attachments=files, tags_raw="jalan,meja-aduan:abc")
    assert complaint_id >= 1916000

    detail = hub.call("GET", f"/complaints/{complaint_id}/complaint").json()["results"]["data"]
    assert detail["id"] == complaint_id
    assert detail["title"] == "Jalan berlubang di depan SDN 2"
    assert detail["status_code"] == "0"
    assert detail["status_name"] == "Belum Terverifikasi"
    assert detail["disposition_name"] is None
    assert detail["tags_raw"] == "jalan,meja-aduan:abc"
    assert LAPOR_TIME.fullmatch(detail["created_at"])
    assert [log["status_code"] for log in detail["logs"]] == ["0"]
    assert [(a["filename"], a["size"]) for a in detail["attachments"]] == [
        ("jalan.jpg", 600),
        ("surat.pdf", 14),
    ]
    [listed] = hub.complaints()
    assert listed["attachment_count"] == 2


def test_the_api_also_answers_under_the_api_v3_prefix_on_one_kept_alive_connection(
    hub: InProcessHub,
) -> None:
    with hub.session() as session:
        answers = [
            session.get(hub.url + "/api/v3/masters/templates", timeout=TIMEOUT) for _ in range(5)
        ]
    assert {a.status_code for a in answers} == {200}
    assert answers[0].headers["Content-Type"] == "application/json"
    assert hub.stats()["by_path"]["GET /masters/templates"] == 5


def test_invalid_bodies_get_422_naming_each_bad_field(hub: InProcessHub) -> None:
    def errors(**changes: object) -> dict[str, list[str]]:
        answer = hub.call("POST", "/complaints/complaint", json=complaint_body(**changes))
        assert answer.status_code == 422
        return dict(answer.json()["results"]["errors"])

    assert errors(title="  ").keys() == {"title"}
    assert errors(content=None).keys() == {"content"}
    assert errors(channel=11, classification_id=4).keys() == {"channel", "classification_id"}
    assert errors(category_id=9999).keys() == {"category_id"}
    assert errors(disposition_id=1).keys() == {"disposition_id"}
    assert errors(date_of_incident="20-11-2026").keys() == {"date_of_incident"}
    assert errors(is_secret="ya").keys() == {"is_secret"}
    assert errors(attachments=[123]).keys() == {"attachments"}

    [used] = hub.upload(("a.jpg", b"foto"))
    hub.create(attachments=[used])
    assert "already attached" in errors(attachments=[used])["attachments"][0]

    not_json = hub.call("POST", "/complaints/complaint", data=b"{judul", timeout=TIMEOUT)
    assert not_json.status_code == 422 and "body" in not_json.json()["results"]["errors"]
    no_file = hub.call("POST", "/complaints/complaint/file", files={"lain": ("a", b"x")})
    assert no_file.json()["results"]["errors"].keys() == {"attachments"}
    assert len(hub.complaints()) == 1


def test_follow_ups_from_the_desk_appear_once_as_admin(hub: InProcessHub) -> None:
    complaint_id = hub.create()
    [photo] = hub.upload(("bukti.jpg", b"foto"))
    body = {
        "complaint_id": complaint_id,
        "content": "Petugas sudah meninjau lokasi.",
        "rating": None,
        "is_secret": False,
        "attachments": [photo],
    }
    added = hub.call("POST", "/complaints/followup/add", json=body)
    assert added.status_code == 200
    followup_id = added.json()["results"]["data"]["followup_id"]

    followups = hub.call("GET", f"/complaints/{complaint_id}/followups").json()["results"]["data"]
    assert [(f["id"], f["author"], f["content"]) for f in followups] == [
        (followup_id, "admin", "Petugas sudah meninjau lokasi.")
    ]
    assert followups[0]["is_secret"] is False and followups[0]["rating"] is None
    assert LAPOR_TIME.fullmatch(followups[0]["created_at"])

    empty = hub.call("POST", "/complaints/followup/add", json={**body, "content": ""})
    assert empty.status_code == 422
    assert empty.json()["results"]["errors"].keys() == {"content"}
    reused = hub.call("POST", "/complaints/followup/add", json=body)
    assert reused.json()["results"]["errors"].keys() == {"attachments"}
    unknown = hub.call("POST", "/complaints/followup/add", json={**body, "complaint_id": 42})
    assert "complaint_id" in unknown.json()["results"]["errors"]
    assert [f["author"] for f in hub.complaints()[0]["followups"]] == ["admin"]


def test_an_unknown_complaint_is_a_404_envelope(hub: InProcessHub) -> None:
    for path in ("/complaints/1999999/complaint", "/complaints/1999999/followups"):
        answer = hub.call("GET", path)
        assert answer.status_code == 404
        assert answer.json()["message"] == "complaint not found"
        assert "id" in answer.json()["results"]["errors"]
    reject = hub.call(
        "POST",
        "/complaints/process/1999999/reject",
        json={"institution_id": 1001, "reason": "Bukan wewenang"},
    )
    assert reject.status_code == 404


def test_search_finds_the_complaints_carrying_exactly_that_tag(hub: InProcessHub) -> None:
    wanted = hub.create(tags_raw="jalan, meja-aduan:1111")
    hub.create(tags_raw="meja-aduan:11112,lampu")
    hub.create(tags_raw="")

    found = hub.call("GET", "/complaints/search", params={"tag": "meja-aduan:1111"}).json()
    assert [f["complaint_id"] for f in found["results"]["data"]] == [wanted]
    assert LAPOR_TIME.fullmatch(found["results"]["data"][0]["created_at"])
    nothing = hub.call("GET", "/complaints/search", params={"tag": "meja-aduan:9"}).json()
    assert nothing["results"]["data"] == []
    assert hub.call("GET", "/complaints/search").status_code == 422


def test_a_rejection_by_the_desk_sets_status_4_and_stops_the_national_side(
    hub: InProcessHub,
) -> None:
    complaint_id = hub.create()
    path = f"/complaints/process/{complaint_id}/reject"
    missing_reason = hub.call("POST", path, json={"institution_id": 1001})
    assert missing_reason.json()["results"]["errors"].keys() == {"reason"}

    body = {"institution_id": 1001, "reason": "Bukan kewenangan Dinas PUPR."}
    rejected = hub.call("POST", path, json=body).json()["results"]["data"]
    assert rejected == {"complaint_id": complaint_id, "status_code": "4"}
    # A retry whose first answer was lost gets the same answer and changes nothing.
    assert hub.call("POST", path, json=body).json()["results"]["data"] == rejected

    hub.advance(days=6)
    detail = hub.call("GET", f"/complaints/{complaint_id}/complaint").json()["results"]["data"]
    assert detail["status_code"] == "4"
    assert detail["disposition_name"] == "Dinas Kependudukan dan Pencatatan Sipil"
    assert [log["status_code"] for log in detail["logs"]] == ["0", "4"]
    assert hub.complaints()[0]["followups"] == []
