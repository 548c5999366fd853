"""Desks as tests use them: the first admin, a complaint draft every rule accepts, other roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import ComplaintDraft, ComplaintType, Reporter
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.services.keys import key_from_recovery_key
from desktop.store import audit
from desktop.store.audit import AuditRecord

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "Kata-sandi-uji-2026"
# Every other account a test makes has this password.
ACCOUNT_PASSWORD = "Rahasia-Meja-2026"


def first_admin() -> NewAccount:
    return NewAccount(ADMIN_USERNAME, "Admin Meja", Role.ADMIN, ADMIN_PASSWORD, ADMIN_PASSWORD)


@dataclass(frozen=True)
class TemplateDesk:
    """The session's new desk (the `template_desk` fixture): its folder and recovery key."""

    folder: Path
    recovery_key: str

    @property
    def key(self) -> bytes:
        return key_from_recovery_key(self.recovery_key)


def sign_in_as(desk: Desk, username: str, role: Role) -> str:
    """Create the account `username` of `role` (as the admin) and sign in with it; returns the
    user name."""
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.accounts.create(
        NewAccount(username, username.title(), role, ACCOUNT_PASSWORD, ACCOUNT_PASSWORD)
    )
    desk.accounts.sign_in(username, ACCOUNT_PASSWORD)
    return username


def category_id(desk: Desk, path: str = "Infrastruktur › Jalan dan Jembatan") -> int:
    return next(c.id for c in desk.reference.categories() if c.path == path)


def good_draft(desk: Desk, **changes: object) -> ComplaintDraft:
    """A complete walk-in Pengaduan that passes every rule."""
    values: dict[str, object] = {
        "type": ComplaintType.PENGADUAN,
        "category_id": category_id(desk),
        "title": "Jalan berlubang di depan SDN 2",
        "description": "Sejak bulan lalu jalan di depan SDN 2 berlubang besar dan sudah "
        "dua kali membuat pengendara motor jatuh.",
        "incident_date": dt.date.today() - dt.timedelta(days=8),
        "region_code": "32.01.01.1001",
        "incident_address": "Jl. Mayor Oking No. 5",
        "reporter": Reporter(
            name="Siti Rahmawati",
            nik="3201014508900002",
            phone="0812-3456-7890",
            email="siti@contoh.id",
            address="Jl. Melati 3, Cibinong",
        ),
        "privacy_acknowledged": True,
    }
    values.update(changes)
    return ComplaintDraft(**values)  # type: ignore[arg-type]


def audit_entries(desk: Desk, action: AuditAction) -> list[AuditRecord]:
    """The desk's audit entries of one kind, newest first."""
    with desk.database.reading() as session:
        return list(audit.entries(session, actions=(action,)))
