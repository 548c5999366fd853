"""Signing in, and the accounts of a desk (created and changed by an admin).

Passwords are hashed with argon2id (`passwords.py`). Each account's
password also wraps the database key in its slot, so every change of password or account is
mirrored in the key file right after the database commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.domain.access import (
    Permission,
    Role,
    lock_after_failure,
)
from desktop.domain.audit_actions import AuditAction
from desktop.services import office_events
from desktop.services.access import AccessControl, Actor
from desktop.services.account_values import (
    AccountField,
    AccountInfo,
    AccountProblem,
    InvalidAccountError,
    LoginRefusal,
    LoginRefusedError,
    NewAccount,
)
from desktop.services.keys import DeskKeys
from desktop.services.passwords import (
    HASHER,
    check_new_account,
    check_password,
    dummy_hash,
    hash_password,
    normalise_username,
    verify_password,
)
from desktop.store import accounts, audit
from desktop.store.database import Database
from desktop.store.schema import Account

log = logging.getLogger("desktop.security")


def _actor(account: Account) -> Actor:
    return Actor(account.id, account.username, account.full_name, Role(account.role))


def _info(account: Account) -> AccountInfo:
    return AccountInfo(
        account.id,
        account.username,
        account.full_name,
        Role(account.role),
        account.active,
        account.locked_until,
    )


class AccountService:
    def __init__(
        self,
        database: Database,
        keys: DeskKeys,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._keys = keys
        self._access = access
        self._clock = clock

    # ------------------------------------------------------------ signing in
    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password and make the account the desk's current actor.

        Raises LoginRefusedError; failures are counted and audited (committed) first.
        """
        name = normalise_username(username)[:40]
        now = self._clock()
        if self._database.read_only is not None or self._database.damage is not None:
            return self._sign_in_unrecorded(name, password, now)
        actor, stamp = None, ""
        with self._database.writing() as session:
            account = accounts.by_username(session, name)
            refusal = self._refusal(account, password, now)
            if refusal is None and account is not None:
                account.failed_logins = 0
                account.locked_until = None
                if HASHER.check_needs_rehash(account.password_hash):
                    account.password_hash = hash_password(password)
                audit.append(session, at=now, actor=name, action=AuditAction.LOGIN)
                actor = _actor(account)
                stamp = _stamp(account.password_changed_at)
            else:
                self._count_failure(session, account, name, now)
        if refusal is not None:
            raise refusal
        assert actor is not None
        if not self._keys.password_slot_is_current(actor.username, stamp):
            # No slot (a key file made again after it was lost) or an old one (the key file
            # could not be written when the password changed): the password the person just
            # proved wraps the key now.
            self._keys.protect_with_password(actor.username, password, stamp)
        self._access.sign_in(actor)
        log.info("signed in (%s)", actor.role)
        return actor

    def _sign_in_unrecorded(self, name: str, password: str, now: dt.datetime) -> Actor:
        """Signing in to a desk that cannot be written (read-only or full storage, a damaged
        file): checked the same way, but neither the sign-in nor a failure can be recorded.
        Officers can still read, verify and back up; nothing else is allowed to write."""
        with self._database.reading() as session:
            account = accounts.by_username(session, name)
            refusal = self._refusal(account, password, now)
            actor = _actor(account) if refusal is None and account is not None else None
        if refusal is not None:
            raise refusal
        assert actor is not None
        self._access.sign_in(actor)
        log.warning("signed in (%s) without recording it: the desk cannot be written", actor.role)
        return actor

    def _refusal(
        self, account: Account | None, password: str, now: dt.datetime
    ) -> LoginRefusedError | None:
        if account is None:
            verify_password(dummy_hash(), password)
            return LoginRefusedError(LoginRefusal.WRONG_CREDENTIALS)
        if account.locked_until is not None and account.locked_until > now:
            return LoginRefusedError(LoginRefusal.LOCKED, account.locked_until)
        if not verify_password(account.password_hash, password):
            return LoginRefusedError(LoginRefusal.WRONG_CREDENTIALS)
        if not account.active:
            return LoginRefusedError(LoginRefusal.DISABLED)
        return None

    def _count_failure(
        self, session: Session, account: Account | None, name: str, now: dt.datetime
    ) -> None:
        if account is None:
            # What was typed is kept out of the trail: it may be a mistyped password or
            # someone's NIK, and audit entries are never erased.
            audit.append(
                session, at=now, actor="", action=AuditAction.LOGIN_FAILED, details={"known": False}
            )
            return
        audit.append(session, at=now, actor=name, action=AuditAction.LOGIN_FAILED, target=name)
        if account.locked_until is not None and account.locked_until > now:
            return
        account.failed_logins += 1
        lock = lock_after_failure(account.failed_logins)
        if lock is not None:
            account.locked_until = now + lock
            audit.append(
                session,
                at=now,
                actor=name,
                action=AuditAction.ACCOUNT_LOCKED,
                target=name,
                details={"seconds": int(lock.total_seconds())},
            )

    def note_failed_unlocks(self, count: int) -> None:
        """Audit the wrong passwords typed before the database could be opened (no keyring)."""
        if count <= 0:
            return
        with self._database.writing() as session:
            audit.append(
                session,
                at=self._clock(),
                actor="",
                action=AuditAction.LOGIN_FAILED,
                details={"before_unlock": count},
            )

    def sign_out(self) -> None:
        """Nobody is signed in from now on; then the audit entry is written."""
        actor = self._access.current
        self._access.sign_out()
        if actor is not None:
            self.record_sign_out(actor)

    def record_sign_out(self, actor: Actor) -> None:
        """The audit entry of a sign-out already done (the idle lock clears the actor at once,
        on the interface's thread, and writes this on the worker)."""
        with self._database.writing() as session:
            audit.append(session, at=self._clock(), actor=actor.username, action=AuditAction.LOGOUT)

    def confirm_password(self, password: str) -> bool:
        """Whether `password` is the signed-in person's."""
        actor = self._access.signed_in()
        with self._database.reading() as session:
            account = accounts.by_id(session, actor.account_id)
            stored = account.password_hash if account else dummy_hash()
        return verify_password(stored, password)

    # ------------------------------------------------------------ the admin's side
    def accounts(self) -> list[AccountInfo]:
        self._access.require(Permission.MANAGE_ACCOUNTS)
        with self._database.reading() as session:
            return [_info(a) for a in accounts.all_accounts(session)]

    def create(self, new: NewAccount) -> AccountInfo:
        actor = self._access.require(Permission.MANAGE_ACCOUNTS)
        return self._create(new, actor.username)

    def create_first_admin(self, new: NewAccount) -> Actor:
        """The desk's first account, an admin; only while there is none. Signs them in."""
        info = self._create(new, new.username, first=True)
        actor = Actor(info.id, info.username, info.full_name, Role.ADMIN)
        self._access.sign_in(actor)
        return actor

    def _create(self, new: NewAccount, by: str, *, first: bool = False) -> AccountInfo:
        username, full_name = check_new_account(new)
        role = Role.ADMIN if first else new.role
        now = self._clock()
        with self._database.writing() as session:
            if first and accounts.count(session):
                raise RuntimeError("the desk already has accounts")
            if accounts.by_username(session, username) is not None:
                raise InvalidAccountError(AccountField.USERNAME, AccountProblem.USERNAME_TAKEN)
            account = accounts.add(
                session,
                username=username,
                full_name=full_name,
                role=role,
                password_hash=hash_password(new.password),
                now=now,
            )
            audit.append(
                session,
                at=now,
                actor=username if first else by,
                action=AuditAction.ACCOUNT_CREATED,
                target=username,
                details={"role": str(role)},
            )
            office_events.account_saved(session, username, now)
            info = _info(account)
        self._keys.protect_with_password(username, new.password, _stamp(now))
        return info

    def update(self, account_id: int, full_name: str, role: Role, active: bool) -> AccountInfo:
        actor = self._access.require(Permission.MANAGE_ACCOUNTS)
        full_name = " ".join(full_name.split())
        if not full_name or len(full_name) > 100:
            raise InvalidAccountError(AccountField.FULL_NAME, AccountProblem.NAME_REQUIRED)
        with self._database.writing() as session:
            account = accounts.by_id(session, account_id)
            if account is None:
                raise LookupError(account_id)
            if account.id == actor.account_id and (role != Role.ADMIN or not active):
                raise InvalidAccountError(AccountField.ROLE, AccountProblem.OWN_ACCOUNT)
            losing_admin = account.role == Role.ADMIN and (role != Role.ADMIN or not active)
            if losing_admin and accounts.active_admins(session, Role.ADMIN) <= 1:
                raise InvalidAccountError(AccountField.ROLE, AccountProblem.LAST_ADMIN)
            changed = [
                name
                for name, old, new in (
                    ("full_name", account.full_name, full_name),
                    ("role", account.role, str(role)),
                    ("active", account.active, active),
                )
                if old != new
            ]
            account.full_name, account.role, account.active = full_name, role, active
            audit.append(
                session,
                at=self._clock(),
                actor=actor.username,
                action=AuditAction.ACCOUNT_CHANGED,
                target=account.username,
                details={"changed": changed, "role": str(role), "active": active},
            )
            # Office-wide accounts: disabled here, disabled on every desk at its next exchange.
            office_events.account_saved(session, account.username, self._clock())
            info = _info(account)
        if not active:
            # A disabled account's password must not open the database file either.
            self._keys.forget_account(info.username)
        return info

    def forget_stale_key_slots(self) -> list[str]:
        """After an office exchange: the accounts whose password slot no longer matches the
        account as the office saved it (disabled, or its password changed on another desk) lose
        it (`DeskKeys.forget_stale_accounts`). Their usernames."""
        with self._database.reading() as session:
            current = {
                a.username: _stamp(a.password_changed_at) if a.active else None
                for a in accounts.all_accounts(session)
            }
        return self._keys.forget_stale_accounts(current)

    def reset_password(self, account_id: int, password: str, again: str) -> None:
        """An admin sets a new password (and lifts a lock) for someone who forgot theirs."""
        actor = self._access.require(Permission.MANAGE_ACCOUNTS)
        self._set_password(account_id, password, again, by=actor.username)

    def change_own_password(self, old: str, password: str, again: str) -> None:
        actor = self._access.signed_in()
        if not self.confirm_password(old):
            # Counted like a failed sign-in: an unattended open session is no way to guess.
            now = self._clock()
            with self._database.writing() as session:
                account = accounts.by_id(session, actor.account_id)
                self._count_failure(session, account, actor.username, now)
            raise InvalidAccountError(AccountField.OLD_PASSWORD, AccountProblem.WRONG_PASSWORD)
        self._set_password(actor.account_id, password, again, by=actor.username)

    def _set_password(self, account_id: int, password: str, again: str, *, by: str) -> None:
        now = self._clock()
        with self._database.writing() as session:
            account = accounts.by_id(session, account_id)
            if account is None:
                raise LookupError(account_id)
            check_password(password, again, account.username)
            account.password_hash = hash_password(password)
            account.password_changed_at = now
            account.failed_logins = 0
            account.locked_until = None
            audit.append(
                session,
                at=now,
                actor=by,
                action=AuditAction.PASSWORD_CHANGED,
                target=account.username,
            )
            office_events.account_saved(session, account.username, now)
            username, active = account.username, account.active
        if active:
            self._keys.protect_with_password(username, password, _stamp(now))


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
