"""What each role sees of a complaint: masked identities, audited reveals, redacted secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.services.access import PermissionDeniedError
from desktop.services.desk import Desk
from desktop.store.audit import AuditRecord
from tests.helpers.desks import (
    audit_entries,
    good_draft,
    sign_in_as,
)
from tests.helpers.files import png_bytes

PERSONAL = ("Siti", "Rahmawati", "3201014508900002", "81234567890", "siti@contoh.id", "Melati")


def assert_no_personal_data(entry: AuditRecord) -> None:
    text = f"{entry.target} {entry.details}"
    assert not any(value in text for value in PERSONAL), text


def test_every_role_gets_identity_numbers_masked(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    for role in (Role.ADMIN, Role.VERIFIKATOR, Role.PETUGAS):
        if role is not Role.ADMIN:
            sign_in_as(desk, f"{role.value}1", role)
        record = desk.worklist.record(saved.id)
        assert record is not None and record.identity_masked
        reporter = record.reporter
        assert (reporter.nik, reporter.phone, reporter.email) == (
            "3201********0002",
            "+62812*****890",
            "s***@contoh.id",
        )
        assert reporter.name == "Siti Rahmawati"  # named reports keep the name visible


@pytest.mark.parametrize("role", [Role.VERIFIKATOR, Role.ADMIN])
def test_a_reveal_is_permitted_and_audited(desk: Desk, role: Role) -> None:
    saved = desk.intake.record(good_draft(desk))
    username = sign_in_as(desk, f"{role.value}1", role) if role is not Role.ADMIN else "admin"
    assert audit_entries(desk, AuditAction.IDENTITY_REVEALED) == []

    reporter = desk.worklist.reveal_identity(saved.id)

    assert (reporter.nik, reporter.phone) == ("3201014508900002", "+6281234567890")
    [entry] = audit_entries(desk, AuditAction.IDENTITY_REVEALED)
    assert (entry.actor, entry.target) == (username, saved.local_number)
    assert_no_personal_data(entry)


def test_a_petugas_may_not_reveal(desk: Desk) -> None:
    saved = desk.intake.record(good_draft(desk))
    sign_in_as(desk, "petugas1", Role.PETUGAS)
    with pytest.raises(PermissionDeniedError):
        desk.worklist.reveal_identity(saved.id)
    assert audit_entries(desk, AuditAction.IDENTITY_REVEALED) == []


def test_a_petugas_sees_a_confidential_report_redacted(desk: Desk, tmp_path: Path) -> None:
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes())
    secret = desk.intake.record(good_draft(desk, is_secret=True), [photo])
    open_one = desk.intake.record(good_draft(desk, title="Lampu jalan mati"))
    sign_in_as(desk, "petugas1", Role.PETUGAS)

    rows = desk.worklist.summaries([secret.id, open_one.id])
    assert rows[secret.id].redacted and rows[secret.id].is_secret
    assert (rows[secret.id].title, rows[secret.id].reporter_name) == ("", "")
    assert rows[secret.id].local_number == secret.local_number  # still listed and countable
    assert not rows[open_one.id].redacted and rows[open_one.id].title == "Lampu jalan mati"

    record = desk.worklist.record(secret.id)
    assert record is not None and record.redacted
    assert (record.title, record.description, record.attachments) == ("", "", ())
    assert not record.reporter.has_identity()
    assert not any(value in repr(record) for value in PERSONAL)
    with pytest.raises(PermissionDeniedError):
        desk.worklist.save_attachment_copy(secret.id, "anything", tmp_path / "copy.png")


def test_a_verifikator_sees_a_confidential_report_whole(desk: Desk, tmp_path: Path) -> None:
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes())
    draft = good_draft(desk, is_secret=True)
    secret = desk.intake.record(draft, [photo])
    sign_in_as(desk, "verifikator1", Role.VERIFIKATOR)

    row = desk.worklist.summaries([secret.id])[secret.id]
    assert not row.redacted and row.title == draft.title
    assert row.reporter_name == "Siti Rahmawati"
    record = desk.worklist.record(secret.id)
    assert record is not None and not record.redacted
    assert (record.title, record.description) == (draft.title, draft.description)
    assert [a.info.original_name for a in record.attachments] == ["bukti.png"]


def test_saving_a_copy_writes_the_decrypted_file_and_is_audited(desk: Desk, tmp_path: Path) -> None:
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes())
    saved = desk.intake.record(good_draft(desk), [photo])
    sign_in_as(desk, "petugas1", Role.PETUGAS)
    record = desk.worklist.record(saved.id)
    assert record is not None
    stored = record.attachments[0].stored_name
    target = tmp_path / "salinan.png"
    # Attachments are often KTP scans: a petugas sees they exist but cannot copy them out.
    with pytest.raises(PermissionDeniedError):
        desk.worklist.save_attachment_copy(saved.id, stored, target)
    assert not target.exists()
    sign_in_as(desk, "verifikator1", Role.VERIFIKATOR)

    desk.worklist.save_attachment_copy(saved.id, stored, target)

    assert target.read_bytes() == photo.read_bytes()
    [entry] = audit_entries(desk, AuditAction.EXPORT)
    assert entry.target == saved.local_number
    assert entry.details == {"what": "attachment", "complaint": saved.local_number}
    # An attachment of another complaint is not reachable through this one.
    other = desk.intake.record(good_draft(desk))
    with pytest.raises(LookupError):
        desk.worklist.save_attachment_copy(other.id, stored, tmp_path / "x.png")
