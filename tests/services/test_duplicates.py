"""Possible duplicates offered at intake, and linking a new complaint to one, on a real desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Reporter, Status
from desktop.domain.duplicates import DuplicateReason
from desktop.domain.follow_up import EventKind, EventRefusedError
from desktop.services.desk import Desk, open_desk
from tests.helpers.desks import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    audit_entries,
    good_draft,
    sign_in_as,
)

NOW = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)
SITI_NIK = "3201014508900002"
OTHER_NIK = "3201010101850003"
OTHER_PHONE = "0813-1111-2222"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed_desk(desk_dir: Path, desk_key: bytes, clock: Clock) -> Iterator[Desk]:
    """A desk whose clock the test moves, so complaints can be received days apart."""
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=clock).desk
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    yield desk
    desk.close()


def received(desk: Desk, clock: Clock, days_ago: int, **changes: object) -> int:
    """Record a complaint as if received `days_ago` days before NOW."""
    clock.now = NOW - dt.timedelta(days=days_ago)
    incident = clock.now.date() - dt.timedelta(days=1)
    try:
        return desk.intake.record(good_draft(desk, incident_date=incident, **changes)).id
    finally:
        clock.now = NOW


def someone_else(**changes: object) -> Reporter:
    values = {"name": "Budi Santoso", "nik": OTHER_NIK, "phone": OTHER_PHONE, "email": ""}
    values.update(changes)
    return Reporter(**values)  # type: ignore[arg-type]


def test_the_same_nik_within_90_days_is_offered_and_an_older_one_is_not(
    timed_desk: Desk, clock: Clock
) -> None:
    # Siti again, about something else and from another phone: only the NIK is the same.
    siti = someone_else(name="Siti Rahmawati", nik=SITI_NIK, phone="", email="siti@contoh.id")
    unrelated = {"title": "Lampu penerangan padam", "reporter": siti}
    recent = received(timed_desk, clock, 89, **unrelated)
    received(timed_desk, clock, 91, **unrelated)
    # Typed the way people write it on the form: in groups.
    hints = timed_desk.duplicates.possible_duplicates("3201 0145 0890 0002", "", "")
    assert [(h.complaint_id, h.reasons) for h in hints] == [(recent, (DuplicateReason.SAME_NIK,))]
    assert hints[0].title == "Lampu penerangan padam" and not hints[0].redacted
    assert hints[0].status is Status.BELUM_TERVERIFIKASI


def test_an_incomplete_nik_asks_nothing(timed_desk: Desk, clock: Clock) -> None:
    received(timed_desk, clock, 3)
    assert timed_desk.duplicates.possible_duplicates(SITI_NIK[:12], "", "") == []


def test_the_same_phone_is_offered_however_it_was_typed(timed_desk: Desk, clock: Clock) -> None:
    same_phone = received(
        timed_desk, clock, 10, title="Lampu penerangan padam", reporter=someone_else()
    )
    received(timed_desk, clock, 10, title="Sampah menumpuk di pasar")  # Siti's phone
    hints = timed_desk.duplicates.possible_duplicates("", "+62 813 1111 2222", "")
    assert [(h.complaint_id, h.reasons) for h in hints] == [
        (same_phone, (DuplicateReason.SAME_PHONE,))
    ]


def test_an_anonymous_report_is_never_found_by_who_made_it(timed_desk: Desk, clock: Clock) -> None:
    received(timed_desk, clock, 3, title="Pungutan liar di kelurahan", is_anonymous=True)
    assert timed_desk.duplicates.possible_duplicates(SITI_NIK, "0812-3456-7890", "") == []
    # By its matter it may be: the title says nothing about who made it.
    hints = timed_desk.duplicates.possible_duplicates("", "", "Pungutan liar kelurahan")
    assert [h.reasons for h in hints] == [(DuplicateReason.SIMILAR_TITLE,)]


def test_a_similar_title_is_offered_and_an_unrelated_one_is_not(
    timed_desk: Desk, clock: Clock
) -> None:
    title = "Jalan berlubang depan SDN 2 Cibinong"
    similar = received(timed_desk, clock, 400, title=title, reporter=someone_else())
    received(
        timed_desk, clock, 5, title="Lampu jalan mati di Jalan Melati", reporter=someone_else()
    )
    hints = timed_desk.duplicates.possible_duplicates("", "", "Jalan berlubang di depan SDN 2")
    assert [(h.complaint_id, h.reasons) for h in hints] == [
        (similar, (DuplicateReason.SIMILAR_TITLE,))
    ]


def test_a_similar_description_is_offered_under_another_title(
    timed_desk: Desk, clock: Clock
) -> None:
    told = (
        "Saluran air di gang Melati tersumbat sampah plastik sehingga rumah warga RT 03 "
        "tergenang setiap hujan deras."
    )
    same_matter = received(
        timed_desk, clock, 20, title="Banjir di RT 03", description=told, reporter=someone_else()
    )
    received(
        timed_desk,
        clock,
        20,
        title="Banjir di RT 05",
        description="Hujan deras membuat jalan utama licin dan pengendara motor terjatuh.",
        reporter=someone_else(),
    )
    retold = "Gang Melati tergenang setiap hujan karena saluran air tersumbat sampah plastik."
    hints = timed_desk.duplicates.possible_duplicates("", "", "Genangan air", retold)
    assert [(h.complaint_id, h.reasons) for h in hints] == [
        (same_matter, (DuplicateReason.SIMILAR_DESCRIPTION,))
    ]


def test_words_typed_in_the_title_are_never_read_as_search_syntax(
    timed_desk: Desk, clock: Clock
) -> None:
    received(timed_desk, clock, 5, title="Jalan berlubang depan SDN 2")
    for title in ('Jalan "berlubang OR NEAR(depan', "jalan* AND -berlubang ^depan:"):
        timed_desk.duplicates.possible_duplicates("", "", title)  # no FTS5 syntax error


def test_a_petugas_never_finds_a_confidential_report(timed_desk: Desk, clock: Clock) -> None:
    received(timed_desk, clock, 20, is_secret=True)
    sign_in_as(timed_desk, "petugas1", Role.PETUGAS)
    # Not by who made it: the reporter is withheld from a petugas, and typing a NIK or phone
    # would tell it.
    assert timed_desk.duplicates.possible_duplicates(SITI_NIK, "0812-3456-7890", "") == []
    # Nor by the words of its content.
    assert timed_desk.duplicates.possible_duplicates("", "", "Jalan berlubang depan SDN") == []


def test_a_verifikator_sees_a_confidential_match_whole(timed_desk: Desk, clock: Clock) -> None:
    received(timed_desk, clock, 20, is_secret=True)
    sign_in_as(timed_desk, "verifikator1", Role.VERIFIKATOR)
    hints = timed_desk.duplicates.possible_duplicates("", "", "Jalan berlubang depan SDN")
    assert [(h.title, h.redacted) for h in hints] == [("Jalan berlubang di depan SDN 2", False)]
    assert hints[0].reasons == (DuplicateReason.SIMILAR_TITLE,)


@pytest.mark.slow
def test_a_complaint_saved_with_a_link_starts_its_history_with_it(desk: Desk) -> None:
    earlier = desk.intake.record(good_draft(desk))
    # The front desk links at intake without follow-up rights.
    sign_in_as(desk, "petugas1", Role.PETUGAS)
    saved = desk.intake.record(good_draft(desk), link_to=earlier.id)
    assert saved.linked_number == earlier.local_number

    sign_in_as(desk, "verifikator1", Role.VERIFIKATOR)
    overview = desk.follow_up.overview(saved.id)
    [link] = overview.timeline
    assert link.event.kind is EventKind.LINKED and link.event.linked_complaint_id == earlier.id
    assert link.actor == "petugas1"
    assert overview.linked_numbers == {earlier.id: earlier.local_number}
    assert overview.state.status is Status.BELUM_TERVERIFIKASI
    assert overview.deadlines  # the due dates were kept as for any new complaint
    incoming = desk.follow_up.overview(earlier.id).incoming
    assert [(i.complaint_id, i.local_number) for i in incoming] == [(saved.id, saved.local_number)]
    created = audit_entries(desk, AuditAction.COMPLAINT_CREATED)
    linked = {entry.target: entry.details.get("linked") for entry in created}
    assert linked == {earlier.local_number: None, saved.local_number: earlier.local_number}


def test_a_link_that_cannot_be_made_saves_nothing(desk: Desk) -> None:
    earlier = desk.intake.record(good_draft(desk))
    with pytest.raises(EventRefusedError):
        desk.intake.record(good_draft(desk), link_to=earlier.id + 1000)
    assert desk.worklist.count() == 1
    assert len(audit_entries(desk, AuditAction.COMPLAINT_CREATED)) == 1
    # Nor was a number used up: the next complaint gets the one after the first.
    following = desk.intake.record(good_draft(desk))
    assert following.local_number.endswith("-000002")
