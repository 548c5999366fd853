"""Finding a returning complainant's complaints at the counter, from the worklist: by NIK or
phone number exactly, by name through its words; anonymous reports never; each search by NIK or
phone audited without the number itself."""

from __future__ import annotations

import json
import logging

import pytest

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter
from desktop.domain.worklist_query import WorklistQuery
from desktop.services.desk import Desk
from desktop.services.person_values import PersonKey, PersonProblem, PersonRequestError
from desktop.store import audit
from tests.helpers.desks import good_draft, sign_in_as

DEWI = Reporter(
    name="Dewi Ayu Lestari",
    nik="3201015206880003",
    phone="0857-1122-3344",
    email="dewi@contoh.id",
    address="Jl. Anggrek 2, Cibinong",
)


def numbers_of(desk: Desk, ids: frozenset[int]) -> list[str]:
    found = desk.worklist.summaries(sorted(ids))
    return sorted(found[i].local_number for i in ids)


def searched_entries(desk: Desk) -> list[audit.AuditRecord]:
    with desk.database.reading() as session:
        return list(audit.entries(session, actions=(AuditAction.PERSON_SEARCHED,)))


@pytest.fixture
def dewi_desk(desk: Desk) -> tuple[Desk, list[str], str, str]:
    """Two named complaints of Dewi, one she filed anonymously, one confidential, and Siti's."""
    first = desk.intake.record(good_draft(desk, reporter=DEWI)).local_number
    second = desk.intake.record(good_draft(desk, reporter=DEWI, title="Sampah menumpuk"))
    anonymous = desk.intake.record(good_draft(desk, reporter=DEWI, is_anonymous=True))
    secret = desk.intake.record(good_draft(desk, reporter=DEWI, is_secret=True))
    desk.intake.record(good_draft(desk))  # Siti Rahmawati
    assert anonymous.local_number not in (first, second.local_number)
    return desk, [first, second.local_number], anonymous.local_number, secret.local_number


def test_a_complainant_is_found_by_nik_phone_in_any_form_or_name_words(
    dewi_desk: tuple[Desk, list[str], str, str],
) -> None:
    desk, named, _anonymous, secret = dewi_desk
    hers = sorted([*named, secret])  # the admin may read confidential reports
    by_nik = desk.worklist.find_reporter("3201 0152 0688 0003")
    assert by_nik.kind is PersonKey.NIK
    assert numbers_of(desk, by_nik.complaint_ids) == hers
    for phone in ("085711223344", "+62 857-1122-3344", "0857.1122.3344", "6285711223344"):
        found = desk.worklist.find_reporter(phone)
        assert found.kind is PersonKey.PHONE, phone
        assert numbers_of(desk, found.complaint_ids) == hers, phone
    for name in ("Dewi", "lestari dewi", "AYU"):
        found = desk.worklist.find_reporter(name)
        assert found.kind is PersonKey.NAME
        assert numbers_of(desk, found.complaint_ids) == hers, name
    assert desk.worklist.find_reporter("Dewi Rahmawati").complaint_ids == frozenset()
    # Exact, not a part: the start of the NIK or of the number finds nobody.
    with pytest.raises(PersonRequestError) as refused:
        desk.worklist.find_reporter("32010152068800")
    assert refused.value.problem is PersonProblem.NIK_NOT_16_DIGITS
    assert desk.worklist.find_reporter("0857 1122 334").complaint_ids == frozenset()


def test_the_found_complaints_are_listed_and_filtered_like_any_worklist(
    dewi_desk: tuple[Desk, list[str], str, str],
) -> None:
    desk, named, _anonymous, _secret = dewi_desk
    found = desk.worklist.find_reporter("Dewi Lestari")
    ids = desk.worklist.ids(WorklistQuery(reporter_ids=found.complaint_ids))
    assert sorted(ids) == sorted(found.complaint_ids)
    narrowed = desk.worklist.ids(WorklistQuery(reporter_ids=found.complaint_ids, text="sampah"))
    assert [desk.worklist.summaries(narrowed)[i].local_number for i in narrowed] == [named[1]]
    assert desk.worklist.ids(WorklistQuery(reporter_ids=frozenset())) == []


def test_anonymous_reports_are_never_found_by_identity(
    dewi_desk: tuple[Desk, list[str], str, str],
) -> None:
    desk, _named, anonymous, _secret = dewi_desk
    for typed in (DEWI.nik, DEWI.phone, DEWI.name):
        found = numbers_of(desk, desk.worklist.find_reporter(typed).complaint_ids)
        assert anonymous not in found, typed


def test_a_front_desk_officer_does_not_find_confidential_reports(
    dewi_desk: tuple[Desk, list[str], str, str],
) -> None:
    desk, named, _anonymous, secret = dewi_desk
    sign_in_as(desk, "rudi", Role.PETUGAS)
    assert numbers_of(desk, desk.worklist.find_reporter(DEWI.nik).complaint_ids) == named
    assert numbers_of(desk, desk.worklist.find_reporter("dewi").complaint_ids) == named
    sign_in_as(desk, "vera", Role.VERIFIKATOR)
    assert secret in numbers_of(desk, desk.worklist.find_reporter(DEWI.phone).complaint_ids)


def test_searches_by_nik_or_phone_are_audited_without_the_number(
    dewi_desk: tuple[Desk, list[str], str, str], caplog: pytest.LogCaptureFixture
) -> None:
    desk, _named, _anonymous, _secret = dewi_desk
    sign_in_as(desk, "rudi", Role.PETUGAS)
    caplog.set_level(logging.DEBUG)
    before = len(searched_entries(desk))
    desk.worklist.find_reporter(DEWI.nik)
    desk.worklist.find_reporter("0857 1122 3344")
    desk.worklist.find_reporter("Dewi")  # a name: the list shows names anyway
    entries = searched_entries(desk)[: len(searched_entries(desk)) - before]
    assert [(e.actor, e.details) for e in reversed(entries)] == [
        ("rudi", {"by": "nik", "matches": 2, "where": "worklist"}),
        ("rudi", {"by": "phone", "matches": 2, "where": "worklist"}),
    ]
    with desk.database.reading() as session:
        trail = json.dumps([(e.target, e.details) for e in audit.entries(session)])
    for secret_part in (DEWI.nik, "85711223344", "1122"):
        assert secret_part not in trail
        assert secret_part not in caplog.text


def test_signed_out_nobody_searches(dewi_desk: tuple[Desk, list[str], str, str]) -> None:
    desk = dewi_desk[0]
    desk.access.sign_out()
    from desktop.services.access import AccessDeniedError

    with pytest.raises(AccessDeniedError):
        desk.worklist.find_reporter(DEWI.nik)
