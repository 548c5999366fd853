"""The office server's administrator at the server's own command line (docs/office-mode.md, IT
staff), with real parts: the server on 127.0.0.1 (its register on SQLite and on PostgreSQL),
desks that join it and exchange, and `python -m sync.office desks|accounts` as IT staff run
them, the server running. An account disabled there cannot sign in on a desk once that desk
has exchanged; `desks` shows which desks still hold data the office erased."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest

from desktop.domain.access import Role
from desktop.domain.complaint import Reporter
from desktop.services.account_values import LoginRefusal, LoginRefusedError, NewAccount
from desktop.services.desk import Desk
from desktop.services.keys import read_slots, unlock_with_password
from desktop.services.person_values import PersonKey
from desktop.store.keyslots import WrongSecretError
from sync.office.exchange import ExchangeOutcome, exchange
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, TemplateDesk, good_draft
from tests.helpers.office import (
    OfficeServer,
    joined_desk,
    register_account_active,
    run_module,
)

pytestmark = pytest.mark.slow

PASSWORD = "Sandi-petugas-2026"
NIK = "3201011203850007"


def at_server(server: OfficeServer, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m sync.office ARGS --data-dir D`, as IT staff type it on the server."""
    return run_module(
        "sync.office", *args, "--data-dir", str(server.data_dir), recovery_key=server.recovery_key
    )


def exchanged(*desks: Desk) -> None:
    for desk in desks:
        assert exchange(desk).outcome is ExchangeOutcome.DONE


def signs_in(desk: Desk, username: str, password: str) -> bool:
    desk.accounts.sign_out()
    try:
        desk.accounts.sign_in(username, password)
    except LoginRefusedError as refused:
        assert refused.refusal is LoginRefusal.DISABLED
        return False
    finally:
        desk.accounts.sign_out()
        desk.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
    return True


def opens_file(desk: Desk, username: str, password: str) -> bool:
    """Whether this password opens the desk's key file (the desk closed, no keyring)."""
    slots = read_slots(desk.paths.data_dir)
    assert slots is not None
    try:
        unlock_with_password(slots, username, password)
    except WrongSecretError:
        return False
    return True


def account_line(server: OfficeServer, username: str) -> str:
    listed = at_server(server, "accounts", "list")
    assert listed.returncode == 0, listed.stderr
    return next(line for line in listed.stdout.splitlines() if f"account {username} " in line)


def test_an_account_disabled_at_the_server_cannot_sign_in_on_a_desk_after_its_exchange(
    server: OfficeServer, template_desk: TemplateDesk, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    a.accounts.create(NewAccount("dewi", "Dewi Lestari", Role.PETUGAS, PASSWORD, PASSWORD))
    exchanged(a, b)
    assert signs_in(b, "dewi", PASSWORD)
    assert account_line(server, "dewi") == (
        "account dewi full_name='Dewi Lestari' role=petugas enabled changed_by=L1"
    )

    # Desk A is offline: its admin sets Dewi a new password there, knowing nothing of what
    # the server is about to do.
    new_password = "Sandi-baru-2026!"
    dewi = next(x for x in a.accounts.accounts() if x.username == "dewi")
    a.accounts.reset_password(dewi.id, new_password, new_password)

    disabled = at_server(server, "accounts", "disable", "dewi")
    assert disabled.returncode == 0, disabled.stderr
    assert disabled.stdout.startswith("account dewi disabled (office event at position ")
    assert "disabled" in account_line(server, "dewi")
    assert signs_in(b, "dewi", PASSWORD)  # B has not exchanged since

    # A pushes its password change (made without seeing the disable) and pulls: the
    # server's decision stands on A, on B and in the register.
    exchanged(a, b)
    assert not signs_in(a, "dewi", new_password)
    assert not signs_in(b, "dewi", new_password)
    # Nor does either password open the desks' database files (a desk without a keyring).
    assert not opens_file(a, "dewi", new_password)
    assert not opens_file(b, "dewi", PASSWORD)
    assert not register_account_active(server, template_desk, "dewi")
    # Nothing else was refused: the admins sign in and the desks go on exchanging.
    assert signs_in(a, ADMIN_USERNAME, ADMIN_PASSWORD)

    unknown = at_server(server, "accounts", "disable", "tidak-ada")
    assert unknown.returncode == 1
    assert unknown.stderr.strip().splitlines() == [
        "error: no account 'tidak-ada' in the office register"
    ]

    # Enabled again: Dewi signs in on B with the password A set.
    enabled = at_server(server, "accounts", "enable", "dewi")
    assert enabled.returncode == 0, enabled.stderr
    exchanged(b)
    assert signs_in(b, "dewi", new_password)
    assert opens_file(b, "dewi", new_password)  # wrapped again at her sign-in
    assert not opens_file(b, "dewi", PASSWORD)


def test_desks_lists_a_desk_that_has_not_carried_out_an_erasure_until_it_exchanges(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    reporter = Reporter(name="Budi Santoso", nik=NIK, phone="0812-9988-7766")
    a.intake.record(good_draft(a, reporter=reporter))
    exchanged(a, b)

    # Budi asks desk A to erase his data; B has not exchanged since.
    (match,) = a.people.find(PersonKey.NIK, NIK)
    assert a.people.anonymise([match.complaint_id], "request") == 1
    exchanged(a)
    listed = at_server(server, "desks")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    desks = [line for line in lines if line.startswith("desk ")]
    assert [line.split()[1] for line in desks] == ["L1", "L2"]
    assert "label='a'" in desks[0] and "pushed=0" not in desks[0]
    (erasure,) = [line for line in lines if line.startswith("erasure ")]
    assert "reason=request complaints=1 by=L1 " in erasure
    assert erasure.endswith(" not_carried_out_by=L2")
    assert lines[-1] == ("summary: 1 desk has not yet carried out 1 erasure of personal data")

    # B exchanges once: it pulls the erasure, carries it out, and confirms it in the same
    # exchange (it asks for the events after what it committed).
    exchanged(b)
    server.stop()  # the same command with the server stopped
    listed = at_server(server, "desks")
    assert listed.returncode == 0, listed.stderr
    assert not [line for line in listed.stdout.splitlines() if line.startswith("erasure ")]
    assert listed.stdout.splitlines()[-1] == (
        "summary: every desk has carried out the 1 erasure of personal data"
    )


def dewi_on(desk: Desk) -> tuple[int, str, Role]:
    dewi = next(x for x in desk.accounts.accounts() if x.username == "dewi")
    return dewi.id, dewi.full_name, dewi.role


def test_two_desks_changing_one_account_offline_all_keep_the_change_the_server_placed_last(
    server: OfficeServer, template_desk: TemplateDesk, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    a.accounts.create(NewAccount("dewi", "Dewi Lestari", Role.PETUGAS, PASSWORD, PASSWORD))
    exchanged(a, b)

    # Both offline: A corrects her name, B makes her a verifier; each shows its own change.
    a.accounts.update(dewi_on(a)[0], "Dewi Lestari Putri", Role.PETUGAS, True)
    b.accounts.update(dewi_on(b)[0], "Dewi Lestari", Role.VERIFIKATOR, True)

    # A reaches the server first, then B: B's save comes last in the office's order and is
    # the account on every desk (B no longer keeps A's older save over its own).
    exchanged(a, b, a)
    assert dewi_on(a)[1:] == dewi_on(b)[1:] == ("Dewi Lestari", Role.VERIFIKATOR)
    assert "full_name='Dewi Lestari' role=verifikator" in account_line(server, "dewi")
