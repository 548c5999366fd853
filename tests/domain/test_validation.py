"""The rules a typed complaint must meet, per type, with and without identity."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.complaint import Channel, ComplaintDraft, ComplaintType, Reporter
from desktop.domain.dates import parse_typed_date
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.domain.validation import validate_draft

TODAY = dt.date(2026, 11, 28)

COMPLETE = ComplaintDraft(
    category_id=1,
    title="Jalan berlubang di depan SDN 2",
    description="Sejak bulan lalu jalan di depan sekolah berlubang besar.",
    incident_date=dt.date(2026, 11, 20),
    region_code="32.01.01",
    reporter=Reporter(name="Siti Rahmawati", phone="0812 3456 7890"),
    privacy_acknowledged=True,
)


def problems(draft: ComplaintDraft) -> set[tuple[Field, Problem]]:
    return {(p.field, p.problem) for p in validate_draft(draft, TODAY).problems}


def test_a_complete_complaint_passes_and_is_normalised() -> None:
    check = validate_draft(replace(COMPLETE, title="  Jalan   berlubang  "), TODAY)
    assert check.ok
    assert check.draft.title == "Jalan berlubang"
    assert check.draft.reporter.phone == "+6281234567890"


def test_an_empty_form_names_every_missing_field() -> None:
    found = problems(ComplaintDraft())
    assert {
        (Field.TITLE, Problem.REQUIRED),
        (Field.DESCRIPTION, Problem.REQUIRED),
        (Field.CATEGORY, Problem.REQUIRED),
        (Field.INCIDENT_DATE, Problem.REQUIRED),
        (Field.REGION, Problem.REQUIRED),
        (Field.REPORTER_NAME, Problem.REQUIRED),
        (Field.REPORTER_PHONE, Problem.CONTACT_REQUIRED),
    } <= found


def test_an_anonymous_report_may_omit_identity() -> None:
    draft = replace(COMPLETE, is_anonymous=True, reporter=Reporter(), privacy_acknowledged=False)
    assert problems(draft) == set()


def test_identity_given_on_an_anonymous_report_is_still_checked() -> None:
    draft = replace(COMPLETE, is_anonymous=True, reporter=Reporter(nik="123"))
    assert (Field.REPORTER_NIK, Problem.NIK_LENGTH) in problems(draft)


def test_the_incident_date_may_not_be_in_the_future() -> None:
    draft = replace(COMPLETE, incident_date=TODAY + dt.timedelta(days=1))
    assert problems(draft) == {(Field.INCIDENT_DATE, Problem.DATE_IN_FUTURE)}
    assert problems(replace(COMPLETE, incident_date=TODAY)) == set()


def test_an_aspiration_needs_no_date_place_or_contact() -> None:
    draft = replace(
        COMPLETE,
        type=ComplaintType.ASPIRASI,
        incident_date=None,
        region_code="",
        reporter=Reporter(name="Budi"),
    )
    assert problems(draft) == set()


def test_a_request_for_information_needs_a_way_to_answer() -> None:
    draft = replace(
        COMPLETE, type=ComplaintType.PERMINTAAN_INFORMASI, reporter=Reporter(name="Budi")
    )
    assert problems(draft) == {(Field.REPORTER_PHONE, Problem.CONTACT_REQUIRED)}


def test_a_complaint_location_must_be_at_least_a_regency() -> None:
    assert problems(replace(COMPLETE, region_code="32")) == {
        (Field.REGION, Problem.REGION_TOO_COARSE)
    }
    assert problems(replace(COMPLETE, region_code="32.01")) == set()


def test_a_complaint_description_needs_a_chronology() -> None:
    found = validate_draft(replace(COMPLETE, description="Jalan rusak"), TODAY).problems
    assert found == (FieldProblem(Field.DESCRIPTION, Problem.TOO_SHORT, 20),)


def test_supervisory_applies_to_complaints_only() -> None:
    check = validate_draft(replace(COMPLETE, type=ComplaintType.ASPIRASI, supervisory=True), TODAY)
    assert check.draft.supervisory is False


def test_privacy_acknowledgement_is_needed_when_the_complainant_is_present() -> None:
    unacknowledged = replace(COMPLETE, privacy_acknowledged=False)
    assert problems(unacknowledged) == {(Field.PRIVACY, Problem.PRIVACY_NOT_ACKNOWLEDGED)}
    # A letter's sender is not at the counter to hear the notice.
    assert problems(replace(unacknowledged, channel=Channel.LETTER)) == set()


def test_a_bad_phone_is_kept_as_typed_so_the_officer_can_correct_it() -> None:
    check = validate_draft(replace(COMPLETE, reporter=Reporter(name="Siti", phone="0812")), TODAY)
    assert (Field.REPORTER_PHONE, Problem.PHONE_INVALID) in {
        (p.field, p.problem) for p in check.problems
    }
    assert check.draft.reporter.phone == "0812"


drafts = st.builds(
    ComplaintDraft,
    channel=st.sampled_from(Channel),
    type=st.sampled_from(ComplaintType),
    supervisory=st.booleans(),
    category_id=st.none() | st.integers(1, 50),
    title=st.text(max_size=200),
    description=st.text(max_size=300),
    incident_date=st.none() | st.dates(),
    region_code=st.text(max_size=16) | st.sampled_from(["32", "32.01", "32.01.01.1001"]),
    incident_address=st.text(max_size=600),
    reporter=st.builds(
        Reporter,
        name=st.text(max_size=120),
        nik=st.text(alphabet="0123456789 .-x", max_size=20),
        phone=st.text(alphabet="0123456789 +-()", max_size=20) | st.text(max_size=10),
        email=st.text(max_size=40),
        address=st.text(max_size=600),
    ),
    is_anonymous=st.booleans(),
    is_secret=st.booleans(),
    privacy_acknowledged=st.booleans(),
)


@given(drafts)
def test_any_draft_is_judged_without_crashing(draft: ComplaintDraft) -> None:
    check = validate_draft(draft, TODAY)
    # Whatever passes really is complete.
    if check.ok:
        assert check.draft.title and check.draft.description
        assert check.draft.category_id is not None
        assert draft.is_anonymous or check.draft.reporter.name


@given(drafts)
def test_validation_is_stable_on_its_own_output(draft: ComplaintDraft) -> None:
    first = validate_draft(draft, TODAY)
    second = validate_draft(first.draft, TODAY)
    assert second.draft == first.draft


@given(st.text(max_size=20))
def test_any_typed_date_is_a_date_or_none(text: str) -> None:
    result = parse_typed_date(text)
    assert result is None or isinstance(result, dt.date)


def test_typed_date_forms() -> None:
    expected = dt.date(2026, 8, 17)
    for typed in ("17-08-2026", "17/8/2026", "17.08.2026", "17082026", " 17-08-2026 "):
        assert parse_typed_date(typed) == expected
    for typed in ("31-02-2026", "2026-08-17", "17-08-26", "kemarin"):
        assert parse_typed_date(typed) is None


@pytest.mark.parametrize(
    "name", ["3201014508900002", "0812 3456 7890", "320101 Budi", "１２３４５６７８"]
)
def test_a_number_is_refused_as_a_name(name: str) -> None:
    draft = replace(COMPLETE, reporter=Reporter(name=name, phone="0812 3456 7890"))
    assert problems(draft) == {(Field.REPORTER_NAME, Problem.NAME_NOT_A_NAME)}


@pytest.mark.parametrize("name", ["Siti Rahmawati", "Budi 2", "H. Ahmad Dahlan", "Ni Luh Putu"])
def test_a_name_with_a_digit_or_none_is_a_name(name: str) -> None:
    assert (
        problems(replace(COMPLETE, reporter=Reporter(name=name, phone="0812 3456 7890"))) == set()
    )
