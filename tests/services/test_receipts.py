"""What the receipt carries besides the complaint (issue 15, item 17): the office's contact,
the completion deadline, the receiving officer; the contact settings and their checks."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.domain.access import Role
from desktop.domain.complaint import ComplaintType
from desktop.domain.provisioning import ProvisionCode, check_text
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.services.settings import DeskDeadlines
from desktop.services.values import DeskSettings, InvalidSettingsError
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

OFFICE = DeskSettings(
    office_code="3201",
    office_name="Kecamatan Cibinong",
    office_phone="(0251) 8765432",
    office_whatsapp="0812 3456 7890",
    office_email="pengaduan@bogorkab.go.id",
    office_website="https://bogorkab.go.id",
)


def test_the_contact_settings_are_stored_and_read_back(desk: Desk) -> None:
    desk.settings.save(OFFICE)
    loaded = desk.settings.load()
    assert (
        loaded.office_phone,
        loaded.office_whatsapp,
        loaded.office_email,
        loaded.office_website,
    ) == ("(0251) 8765432", "0812 3456 7890", "pengaduan@bogorkab.go.id", "https://bogorkab.go.id")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("office_phone", "12"),
        ("office_whatsapp", "nomor WA"),
        ("office_email", "pengaduan@"),
        ("office_website", "bogorkab"),
    ],
)
def test_a_contact_that_is_not_one_is_refused_by_name(desk: Desk, field: str, value: str) -> None:
    with pytest.raises(InvalidSettingsError) as refused:
        desk.settings.save(dataclasses.replace(OFFICE, **{field: value}))
    assert refused.value.field == field
    assert desk.settings.load().office_phone == ""  # nothing stored


def test_the_provisioning_file_takes_the_contact_and_names_a_bad_one_by_line() -> None:
    text = (
        '[office]\ncode = "3201"\nname = "Kecamatan Cibinong"\nphone = "(0251) 8765432"\n'
        'whatsapp = "12"\nemail = "pengaduan@bogorkab.go.id"\nwebsite = "bogorkab"\n'
    )
    checked = check_text(text)
    assert [(p.line, p.field, p.code) for p in checked.problems] == [
        (5, "office.whatsapp", ProvisionCode.PHONE),
        (7, "office.website", ProvisionCode.WEBSITE),
    ]
    assert checked.profile is not None
    assert checked.profile.get("office", "phone") == "(0251) 8765432"


def test_the_receipt_carries_the_contact_deadline_and_the_officer_who_received_it(
    desk: Desk,
) -> None:
    desk.settings.save(OFFICE)
    password = "Loket-pagi-2026"
    desk.accounts.create(NewAccount("rudi", "Rudi Hartono", Role.PETUGAS, password, password))
    desk.accounts.sign_in("rudi", password)
    saved = desk.intake.record(good_draft(desk))
    # Reprinted later by the administrator: the receipt still names the officer the citizen met.

    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None
    assert receipt.officer_name == "Rudi Hartono"
    assert (receipt.office_phone, receipt.office_whatsapp) == ("(0251) 8765432", "0812 3456 7890")
    assert receipt.office_email == "pengaduan@bogorkab.go.id"
    assert receipt.national_tracking_id == ""
    # A complaint not implying wrongdoing: 14 working days, by the desk's own calendar.
    received = receipt.received_at.date()
    rules = DeskDeadlines.of(desk.settings.load(), received)
    assert receipt.complete_within_days == 14
    assert receipt.complete_by == rules.calendar.add_working_days(received, 14)
    assert receipt.complete_by is not None and receipt.complete_by > receipt.verify_by


def test_an_information_request_is_due_sooner(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk, type=ComplaintType.PERMINTAAN_INFORMASI))
    receipt = desk.receipts.for_complaint(saved.id)
    assert receipt is not None and receipt.complete_within_days == 5
    assert receipt.officer_name == "Admin Meja"
