"""Following a complaint up through the services, as each role, on a real desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Status
from desktop.domain.follow_up import (
    ContactMethod,
    EventKind,
    EventRefusedError,
    FollowUpEvent,
    Refusal,
)
from desktop.services.access import PermissionDeniedError
from desktop.services.desk import Desk
from desktop.store import audit
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft, sign_in_as

AT = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)


def event(kind: EventKind, **values: object) -> FollowUpEvent:
    return FollowUpEvent(kind, AT, **values)  # type: ignore[arg-type]


def unit_id(desk: Desk) -> int:
    return desk.reference.institutions()[0].id


def test_a_verifier_takes_a_complaint_from_receipt_to_closure(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    sign_in_as(desk, "vera", Role.VERIFIKATOR)
    follow = desk.follow_up
    follow.add(saved.id, event(EventKind.VERIFIED))
    follow.add(saved.id, event(EventKind.DISPOSED, unit_id=unit_id(desk), text="Mohon dicek."))
    follow.add(saved.id, event(EventKind.ANSWERED, text="Lubang sudah ditambal."))
    state = follow.add(saved.id, event(EventKind.CLOSED, rating=5))
    assert state.status is Status.SELESAI
    assert desk.worklist.summaries([saved.id])[saved.id].status is Status.SELESAI
    kinds = [r.event.kind for r in follow.timeline(saved.id)]
    assert kinds == [EventKind.VERIFIED, EventKind.DISPOSED, EventKind.ANSWERED, EventKind.CLOSED]
    assert all(r.actor == "vera" for r in follow.timeline(saved.id))
    with desk.database.reading() as session:
        changes = list(audit.entries(session, actions=(AuditAction.COMPLAINT_CHANGED,)))
    assert [e.details["status"] for e in reversed(changes)] == [
        "terverifikasi", "didisposisikan", "ditanggapi", "selesai",
    ]  # fmt: skip
    assert all(e.target == saved.local_number for e in changes)


def test_a_petugas_may_note_and_record_contact_but_not_verify(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    sign_in_as(desk, "rudi", Role.PETUGAS)
    assert desk.follow_up.offered(saved.id) == [
        EventKind.NOTE, EventKind.CONTACT,
    ]  # fmt: skip
    desk.follow_up.add(saved.id, event(EventKind.NOTE, text="Pelapor datang lagi."))
    desk.follow_up.add(
        saved.id,
        event(EventKind.CONTACT, contact_method=ContactMethod.CALL, text="Tidak diangkat."),
    )
    with pytest.raises(PermissionDeniedError):
        desk.follow_up.add(saved.id, event(EventKind.VERIFIED))
    assert desk.follow_up.state(saved.id).status is Status.BELUM_TERVERIFIKASI


def test_a_refused_event_leaves_the_timeline_and_status_as_they_were(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    desk.follow_up.add(saved.id, event(EventKind.VERIFIED))
    before = desk.follow_up.timeline(saved.id)
    with pytest.raises(EventRefusedError) as refused:
        desk.follow_up.add(saved.id, event(EventKind.CLOSED))
    assert refused.value.refusal is Refusal.NOT_NOW
    with pytest.raises(EventRefusedError) as refused:
        desk.follow_up.add(saved.id, event(EventKind.DISPOSED))  # no unit
    assert refused.value.refusal is Refusal.UNIT_REQUIRED
    with pytest.raises(LookupError):  # correcting an event that is not in this history
        desk.follow_up.add(saved.id, event(EventKind.CORRECTION, text="x", corrects_event_id=999))
    assert desk.follow_up.timeline(saved.id) == before
    assert desk.worklist.summaries([saved.id])[saved.id].status is Status.TERVERIFIKASI


def test_erasing_a_person_blanks_what_was_written_in_the_history(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    desk.follow_up.add(saved.id, event(EventKind.NOTE, text="Bu Siti menelepon dari rumah."))
    desk.people.anonymise([saved.id], "request")
    [note] = desk.follow_up.timeline(saved.id)
    assert "Siti" not in note.event.text and note.event.kind is EventKind.NOTE


def test_a_confidential_reports_history_is_withheld_from_a_petugas(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk, is_secret=True))
    desk.follow_up.add(saved.id, event(EventKind.NOTE, text="Menyangkut pejabat kecamatan."))
    sign_in_as(desk, "rudi", Role.PETUGAS)
    with pytest.raises(PermissionDeniedError):
        desk.follow_up.timeline(saved.id)
    with pytest.raises(PermissionDeniedError):
        desk.follow_up.add(saved.id, event(EventKind.NOTE, text="Catatan"))


def test_deadlines_follow_the_desks_calendar_settings(desk_dir: Path, desk_key: bytes) -> None:
    from desktop.app.paths import regions_csv
    from desktop.domain.sla import SlaState, Step
    from desktop.services.desk import open_desk
    from desktop.services.values import DeskSettings

    now = [dt.datetime(2026, 11, 27, 3, 0, tzinfo=dt.UTC)]  # Friday morning in Jakarta
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=lambda: now[0]).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        saved = desk.intake.record(good_draft(desk, incident_date=dt.date(2026, 11, 20)))
        [verify, _complete] = desk.follow_up.deadlines(saved.id)
        assert (verify.step, verify.state) == (Step.VERIFY, SlaState.ON_TIME)
        assert verify.deadline == dt.date(2026, 12, 2)
        # A regional day off on 1 December moves the deadline, and the receipt's date with it.
        desk.settings.save(
            DeskSettings(
                office_code="3201",
                office_name="Kec. Cibinong",
                extra_days_off=(dt.date(2026, 12, 1),),
            )
        )
        assert desk.follow_up.deadlines(saved.id)[0].deadline == dt.date(2026, 12, 3)
        receipt = desk.receipts.for_complaint(saved.id)
        assert receipt is not None and receipt.verify_by == dt.date(2026, 12, 3)
        now[0] = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
        assert desk.follow_up.deadlines(saved.id)[0].state is SlaState.OVERDUE
    finally:
        desk.close()


def test_deadlines_and_the_receipt_follow_the_desks_limits_and_working_days(
    desk_dir: Path, desk_key: bytes
) -> None:
    from dataclasses import replace

    from desktop.app.paths import regions_csv
    from desktop.domain.sla import DeadlineTable, Step
    from desktop.services.desk import open_desk
    from desktop.services.values import DeskSettings

    # Friday 29 May 2026 in Jakarta; Monday 1 June is Pancasila Day in the holidays package.
    now = dt.datetime(2026, 5, 29, 3, 0, tzinfo=dt.UTC)
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=lambda: now).desk
    try:
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        saved = desk.intake.record(good_draft(desk, incident_date=dt.date(2026, 5, 20)))
        office = DeskSettings(office_code="3201", office_name="Kec. Cibinong")
        desk.settings.save(office)

        def verify_by() -> tuple[dt.date | None, dt.date, int]:
            verify = desk.follow_up.overview(saved.id).deadlines[0]
            assert verify.step is Step.VERIFY
            receipt = desk.receipts.for_complaint(saved.id)
            assert receipt is not None
            return verify.deadline, receipt.verify_by, receipt.verify_within_days

        three = dt.date(2026, 6, 4)
        assert verify_by() == (three, three, 3)
        # The desk allows 5 working days to verify: the follow-up tab and the receipt both say so.
        desk.settings.save(replace(office, deadlines=DeadlineTable(verify=5)))
        five = dt.date(2026, 6, 8)
        assert verify_by() == (five, five, 5)
        # A decree moved Pancasila Day: the office works on 1 June, the deadline comes earlier.
        desk.settings.save(
            replace(
                office,
                deadlines=DeadlineTable(verify=5),
                extra_working_days=(dt.date(2026, 6, 1),),
            )
        )
        assert verify_by() == (dt.date(2026, 6, 5), dt.date(2026, 6, 5), 5)
        # The completion limit of a complaint follows the table too.
        desk.settings.save(replace(office, deadlines=DeadlineTable(complete_complaint=2)))
        complete = desk.follow_up.overview(saved.id).deadlines[-1]
        assert (complete.step, complete.deadline) == (Step.COMPLETE, dt.date(2026, 6, 3))
    finally:
        desk.close()


def two_complaints(desk: Desk, **second: object) -> tuple[int, int, str]:
    """A complaint and a later one (maybe a duplicate): their ids and the first one's number."""
    first = desk.intake.record(good_draft(desk))
    other = desk.intake.record(good_draft(desk, **second))
    return first.id, other.id, first.local_number


def test_the_complaint_to_link_is_found_by_its_local_number(desk: Desk) -> None:
    first_id, other_id, number = two_complaints(desk)
    found = desk.follow_up.link_target(other_id, EventKind.LINKED, f"  {number} ")
    assert (found.id, found.local_number) == (first_id, number)
    assert found.title == "Jalan berlubang di depan SDN 2"


def test_a_duplicate_is_linked_and_both_timelines_show_it(desk: Desk) -> None:
    first_id, duplicate_id, number = two_complaints(desk)
    target = desk.follow_up.link_target(duplicate_id, EventKind.LINKED, number)
    assert target.id == first_id
    state = desk.follow_up.add(duplicate_id, event(EventKind.LINKED, linked_complaint_id=first_id))
    assert state.status is Status.BELUM_TERVERIFIKASI  # a link changes nothing else
    mine = desk.follow_up.overview(duplicate_id)
    assert mine.linked_numbers[first_id] == number
    other = desk.follow_up.overview(first_id)
    [incoming] = other.incoming
    assert incoming.complaint_id == duplicate_id
    assert incoming.recorded.event.kind is EventKind.LINKED
    assert other.timeline == []  # the link is shown, not added to the other's history


def test_a_merged_duplicate_is_archived_and_the_other_complaint_shows_it(desk: Desk) -> None:
    first_id, duplicate_id, number = two_complaints(desk)
    desk.follow_up.link_target(duplicate_id, EventKind.MERGED, number)
    state = desk.follow_up.add(
        duplicate_id, event(EventKind.MERGED, linked_complaint_id=first_id, text="Sama persis.")
    )
    assert (state.status, state.merged_into) == (Status.DIARSIPKAN, first_id)
    assert desk.worklist.summaries([duplicate_id])[duplicate_id].status is Status.DIARSIPKAN
    [incoming] = desk.follow_up.overview(first_id).incoming
    assert incoming.recorded.event.kind is EventKind.MERGED
    assert incoming.recorded.event.text == ""  # the other complaint's words stay with it
    with desk.database.reading() as session:
        [change] = audit.entries(session, actions=(AuditAction.COMPLAINT_CHANGED,))
    assert change.details == {"event": "merged", "status": "diarsipkan", "linked": number}


def refusal_of(call: Callable[[], object]) -> Refusal:
    with pytest.raises(EventRefusedError) as refused:
        call()
    return refused.value.refusal


def test_links_to_itself_to_nothing_or_into_a_merged_complaint_are_refused(desk: Desk) -> None:
    first_id, duplicate_id, number = two_complaints(desk)
    third = desk.intake.record(good_draft(desk))
    follow = desk.follow_up
    assert refusal_of(lambda: follow.link_target(first_id, EventKind.LINKED, number)) is (
        Refusal.SAME_COMPLAINT
    )
    assert (
        refusal_of(lambda: follow.link_target(first_id, EventKind.LINKED, "3201-2026-999999"))
        is Refusal.NO_SUCH_COMPLAINT
    )
    assert refusal_of(lambda: follow.link_target(first_id, EventKind.MERGED, "  ")) is (
        Refusal.LINK_REQUIRED
    )
    # The service refuses the same when the event comes without the look-up.
    assert (
        refusal_of(
            lambda: follow.add(first_id, event(EventKind.MERGED, linked_complaint_id=first_id))
        )
        is Refusal.SAME_COMPLAINT
    )
    assert (
        refusal_of(
            lambda: follow.add(first_id, event(EventKind.LINKED, linked_complaint_id=99_999))
        )
        is Refusal.NO_SUCH_COMPLAINT
    )

    follow.add(first_id, event(EventKind.MERGED, linked_complaint_id=duplicate_id))
    # The third may be linked to the merged-away one, but not merged into it.
    follow.link_target(third.id, EventKind.LINKED, number)
    assert refusal_of(lambda: follow.link_target(third.id, EventKind.MERGED, number)) is (
        Refusal.TARGET_MERGED_AWAY
    )
    assert (
        refusal_of(
            lambda: follow.add(third.id, event(EventKind.MERGED, linked_complaint_id=first_id))
        )
        is Refusal.TARGET_MERGED_AWAY
    )
    assert follow.timeline(third.id) == []
    assert follow.state(first_id).status is Status.DIARSIPKAN


def test_a_correction_keeps_the_original_and_needs_an_entry_with_text(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    follow = desk.follow_up
    follow.add(saved.id, event(EventKind.NOTE, text="Pelapor datang hari Senin."))
    follow.add(saved.id, event(EventKind.VERIFIED))
    note, verified = follow.timeline(saved.id)
    follow.add(
        saved.id,
        event(EventKind.CORRECTION, text="Pelapor datang hari Selasa.", corrects_event_id=note.id),
    )
    texts = [(r.event.kind, r.event.text) for r in follow.timeline(saved.id)]
    assert texts == [
        (EventKind.NOTE, "Pelapor datang hari Senin."),
        (EventKind.VERIFIED, ""),
        (EventKind.CORRECTION, "Pelapor datang hari Selasa."),
    ]
    assert (
        refusal_of(
            lambda: follow.add(
                saved.id, event(EventKind.CORRECTION, text="x", corrects_event_id=verified.id)
            )
        )
        is Refusal.CORRECTED_EVENT_REQUIRED
    )
