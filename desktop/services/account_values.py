"""Values and errors of signing in and managing accounts (cheap to import, no SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.access import PasswordProblem, Role


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    password: str
    password_again: str


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None


class AccountField(StrEnum):
    USERNAME = "username"
    FULL_NAME = "full_name"
    ROLE = "role"
    PASSWORD = "password"
    PASSWORD_AGAIN = "password_again"
    OLD_PASSWORD = "old_password"


class AccountProblem(StrEnum):
    USERNAME_FORMAT = "username_format"
    USERNAME_TAKEN = "username_taken"
    NAME_REQUIRED = "name_required"
    WRONG_PASSWORD = "wrong_password"
    LAST_ADMIN = "last_admin"
    OWN_ACCOUNT = "own_account"


class InvalidAccountError(ValueError):
    """A field of an account form is not acceptable; `problem` says why."""

    def __init__(self, field: AccountField, problem: AccountProblem | PasswordProblem) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class LoginRefusal(StrEnum):
    WRONG_CREDENTIALS = "wrong_credentials"  # unknown user or wrong password: not told apart
    LOCKED = "locked"
    DISABLED = "disabled"


class LoginRefusedError(Exception):
    def __init__(self, refusal: LoginRefusal, locked_until: dt.datetime | None = None) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal
        self.locked_until = locked_until


class WrongRecoveryKeyError(Exception):
    """The recovery key typed does not open this desk."""
