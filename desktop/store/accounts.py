"""Account rows: look-ups and changes, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store.schema import Account


def by_username(session: Session, username: str) -> Account | None:
    return session.execute(select(Account).where(Account.username == username)).scalar_one_or_none()


def by_id(session: Session, account_id: int) -> Account | None:
    return session.get(Account, account_id)


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
