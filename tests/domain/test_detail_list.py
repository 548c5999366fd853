"""The detail list's rules for one row: what a role sees, and texts no spreadsheet runs."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.detail_list import DetailRow, disclosed, neutralised, shortened

ROW = DetailRow(
    id=1, local_number="ADU-2026-000001", national_tracking_id="", status=Status.SELESAI,
    type=ComplaintType.PENGADUAN, supervisory=False, title="Jalan berlubang",
    description="Sejak bulan lalu " * 30, reporter_name="Siti Rahmawati",
    reporter_nik="3201014508900002", channel=Channel.WALK_IN, category_id=None, unit_id=None,
    incident_date=None, received_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC), is_anonymous=False,
    is_secret=False,
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["=1+1", "+62812", "-5", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("x")']
)
def test_what_could_start_a_formula_gets_an_apostrophe(text: str) -> None:
    assert neutralised(text) == "'" + text


@pytest.mark.parametrize("text", ["Jalan rusak", "3201014508900002", "", "a=b", "'kutip"])
def test_other_texts_stay_as_typed(text: str) -> None:
    assert neutralised(text) == text


def test_a_long_description_is_cut_at_a_word_on_one_line() -> None:
    cut = shortened("Baris satu\nbaris dua " + "kata " * 100)
    assert len(cut) <= 200 and cut.endswith("…")
    assert cut.startswith("Baris satu baris dua kata") and "\n" not in cut
    assert cut[:-1].split(" ")[-1] == "kata"  # no word cut in half
    assert shortened("Pendek.") == "Pendek."


def test_the_roles_rules_row_by_row() -> None:
    masked = disclosed(ROW, may_view_confidential=True, reveal_identity=False)
    assert (masked.reporter_name, masked.reporter_nik) == ("Siti Rahmawati", "3201********0002")
    assert len(masked.description) <= 200
    revealed = disclosed(ROW, may_view_confidential=True, reveal_identity=True)
    assert revealed.reporter_nik == "3201014508900002"
    anonymous = disclosed(
        ROW._replace(is_anonymous=True),
        may_view_confidential=True,
        reveal_identity=True,
    )
    assert (anonymous.reporter_name, anonymous.reporter_nik) == ("", "")
    secret = ROW._replace(is_secret=True)
    withheld = disclosed(secret, may_view_confidential=False, reveal_identity=False)
    assert withheld.withheld
    assert (withheld.title, withheld.description, withheld.reporter_name) == ("", "", "")
    assert withheld.reporter_nik == ""
    assert disclosed(secret, may_view_confidential=True, reveal_identity=False).title == ROW.title
