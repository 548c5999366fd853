"""Accounts, sign-in, lockout and the permission matrix, called directly as each role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.services.access import NotSignedInError, PermissionDeniedError
from desktop.services.account_values import (
    AccountField,
    InvalidAccountError,
    LoginRefusal,
    LoginRefusedError,
    NewAccount,
)
from desktop.services.desk import Desk, open_desk
from desktop.services.keys import WrongSecretError, unlock_with_password
from desktop.services.values import DeskSettings
from desktop.store import audit
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, good_draft

PASSWORD = "Loket-pagi-2026"


def add_and_sign_in(desk: Desk, username: str, role: Role) -> None:
    desk.accounts.create(NewAccount(username, f"Petugas {username}", role, PASSWORD, PASSWORD))
    desk.accounts.sign_in(username, PASSWORD)


def audit_actions(desk: Desk) -> list[str]:
    with desk.database.reading() as session:
        return [e.action for e in audit.entries(session)]


# What each use case needs, and which roles may do it.
USE_CASES: dict[str, tuple[Callable[[Desk], object], set[Role]]] = {
    "record a complaint": (
        lambda d: d.intake.record(good_draft(d)),
        {Role.PETUGAS, Role.VERIFIKATOR, Role.ADMIN},
    ),
    "list complaints": (lambda d: d.worklist.ids(), {Role.PETUGAS, Role.VERIFIKATOR, Role.ADMIN}),
    "print a receipt": (
        lambda d: d.receipts.for_complaint(1),
        {Role.PETUGAS, Role.VERIFIKATOR, Role.ADMIN},
    ),
    "change settings": (
        lambda d: d.settings.save(DeskSettings(office_code="3201", office_name="Kec. Cibinong")),
        {Role.ADMIN},
    ),
    "edit reference lists": (lambda d: d.reference.add_institution("Dinas Baru"), {Role.ADMIN}),
    "list accounts": (lambda d: d.accounts.accounts(), {Role.ADMIN}),
    "create an account": (
        lambda d: d.accounts.create(NewAccount("baru", "Baru", Role.PETUGAS, PASSWORD, PASSWORD)),
        {Role.ADMIN},
    ),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("use_case", list(USE_CASES))
def test_the_permission_matrix(desk: Desk, role: Role, use_case: str) -> None:
    action, allowed = USE_CASES[use_case]
    add_and_sign_in(desk, "pengguna", role)
    if role in allowed:
        action(desk)
    else:
        with pytest.raises(PermissionDeniedError):
            action(desk)


def test_nothing_works_while_nobody_is_signed_in(desk: Desk) -> None:
    desk.accounts.sign_out()
    with pytest.raises(NotSignedInError):
        desk.worklist.ids()
    with pytest.raises(NotSignedInError):
        desk.intake.record(good_draft(desk))


def test_wrong_password_and_unknown_user_get_the_same_answer(desk: Desk) -> None:
    desk.accounts.sign_out()
    for username, password in ((ADMIN_USERNAME, "salah-sekali-123"), ("siapa", ADMIN_PASSWORD)):
        with pytest.raises(LoginRefusedError) as refused:
            desk.accounts.sign_in(username, password)
        assert refused.value.refusal is LoginRefusal.WRONG_CREDENTIALS
    assert audit_actions(desk).count(AuditAction.LOGIN_FAILED) == 2


def test_repeated_failures_lock_the_account_for_growing_times(
    desk_dir: Path, desk_key: bytes
) -> None:
    now = [dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.UTC)]
    desk = open_desk(desk_dir, regions_csv(), desk_key, clock=lambda: now[0]).desk
    try:
        for _ in range(4):  # typos at a busy counter are free
            with pytest.raises(LoginRefusedError) as refused:
                desk.accounts.sign_in(ADMIN_USERNAME, "bukan-ini-1234")
            assert refused.value.refusal is LoginRefusal.WRONG_CREDENTIALS
        with pytest.raises(LoginRefusedError):
            desk.accounts.sign_in(ADMIN_USERNAME, "bukan-ini-1234")
        # Now locked: even the right password is refused, and the screen says until when.
        with pytest.raises(LoginRefusedError) as refused:
            desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert refused.value.refusal is LoginRefusal.LOCKED
        first_lock = refused.value.locked_until
        assert first_lock == now[0] + dt.timedelta(seconds=30)
        now[0] = first_lock + dt.timedelta(seconds=1)
        with pytest.raises(LoginRefusedError):
            desk.accounts.sign_in(ADMIN_USERNAME, "bukan-ini-1234")
        with pytest.raises(LoginRefusedError) as refused:
            desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert refused.value.locked_until == now[0] + dt.timedelta(seconds=60)
        now[0] += dt.timedelta(minutes=2)
        actor = desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert actor.role is Role.ADMIN
        assert AuditAction.ACCOUNT_LOCKED in audit_actions(desk)
    finally:
        desk.close()


def test_a_disabled_account_cannot_sign_in_and_its_key_slot_is_gone(desk: Desk) -> None:
    info = desk.accounts.create(NewAccount("budi", "Budi", Role.PETUGAS, PASSWORD, PASSWORD))
    # Budi's password opens the desk (his key slot) while the account is active, not after.
    assert unlock_with_password(desk.keys.slots, "budi", PASSWORD) == desk.keys.key
    desk.accounts.update(info.id, "Budi", Role.PETUGAS, active=False)
    with pytest.raises(WrongSecretError):
        unlock_with_password(desk.keys.slots, "budi", PASSWORD)
    with pytest.raises(LoginRefusedError) as refused:
        desk.accounts.sign_in("budi", PASSWORD)
    assert refused.value.refusal is LoginRefusal.DISABLED


def test_the_last_admin_cannot_be_demoted(desk: Desk) -> None:
    other = desk.accounts.create(NewAccount("dewi", "Dewi", Role.ADMIN, PASSWORD, PASSWORD))
    desk.accounts.update(other.id, "Dewi", Role.PETUGAS, active=True)  # another admin remains
    desk.accounts.sign_in("dewi", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        desk.accounts.accounts()
    desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    me = next(a for a in desk.accounts.accounts() if a.username == ADMIN_USERNAME)
    with pytest.raises(InvalidAccountError) as refused:
        desk.accounts.update(me.id, me.full_name, Role.PETUGAS, active=True)
    assert refused.value.field is AccountField.ROLE


@pytest.mark.parametrize(
    ("username", "password", "again", "field"),
    [
        ("X", PASSWORD, PASSWORD, AccountField.USERNAME),
        ("rina", "pendek", "pendek", AccountField.PASSWORD),
        ("rina", "rina-rina-rina", "rina-rina-rina", AccountField.PASSWORD),
        ("rina", "aaaaaaaaaaaa", "aaaaaaaaaaaa", AccountField.PASSWORD),
        ("rina", PASSWORD, PASSWORD + "x", AccountField.PASSWORD_AGAIN),
        (ADMIN_USERNAME, PASSWORD, PASSWORD, AccountField.USERNAME),
    ],
)
def test_bad_account_forms_name_the_field(
    desk: Desk, username: str, password: str, again: str, field: AccountField
) -> None:
    with pytest.raises(InvalidAccountError) as refused:
        desk.accounts.create(NewAccount(username, "Rina", Role.PETUGAS, password, again))
    assert refused.value.field is field


def test_changing_ones_own_password_needs_the_old_one(desk: Desk) -> None:
    with pytest.raises(InvalidAccountError) as refused:
        desk.accounts.change_own_password("salah-lama-123", PASSWORD, PASSWORD)
    assert refused.value.field is AccountField.OLD_PASSWORD
    assert audit_actions(desk).count(AuditAction.LOGIN_FAILED) == 1  # guessing is counted
    desk.accounts.change_own_password(ADMIN_PASSWORD, PASSWORD, PASSWORD)
    with pytest.raises(LoginRefusedError):
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    desk.accounts.sign_in(ADMIN_USERNAME, PASSWORD)
