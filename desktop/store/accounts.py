"""Account rows: look-ups and changes, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store.schema import Account


def by_username(session: Session, username: str) -> Account | None:
    return session.execute(select(Account).where(Account.username == username)).scalar_one_or_none()


def by_id(session: Session, account_id: int) -> Account | None:
    return session.get(Account, account_id)


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """The full name of each of `usernames` that has an account here, by user name (accounts
    are the office's on a joined desk: another desk's officer is known here too)."""
    wanted = set(usernames)
    if not wanted:
        return {}
    query = select(Account.username, Account.full_name).where(Account.username.in_(wanted))
    return {row.username: row.full_name for row in session.execute(query) if row.full_name}


def all_accounts(session: Session) -> list[Account]:
    return list(session.execute(select(Account).order_by(Account.username)).scalars())


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Account)).scalar_one()


def active_admins(session: Session, admin_role: str) -> int:
    query = select(func.count()).where(Account.role == admin_role, Account.active.is_(True))
    return session.execute(query.select_from(Account)).scalar_one()


def add(
    session: Session,
    *,
    username: str,
    full_name: str,
    role: str,
    password_hash: str,
    now: dt.datetime,
) -> Account:
    account = Account(
        username=username,
        full_name=full_name,
        role=role,
        password_hash=password_hash,
        active=True,
        failed_logins=0,
        locked_until=None,
        created_at=now,
        password_changed_at=now,
    )
    session.add(account)
    session.flush()
    return account
