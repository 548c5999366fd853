"""Password and account-form rules, and the argon2id hashing behind them.

argon2-cffi's defaults (argon2id, 64 MiB, 3 passes, 4 lanes): about 0.2 s on a desk PC.
"""

from __future__ import annotations

import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.domain.access import USERNAME_PATTERN, PasswordProblem, password_problem
from desktop.services.account_values import (
    AccountField,
    AccountProblem,
    InvalidAccountError,
    NewAccount,
)

HASHER = PasswordHasher()


@cache
def dummy_hash() -> str:
    # Verified against when the username is unknown, so a wrong name costs as long as a wrong
    # password and the timing does not tell which accounts exist.
    return HASHER.hash("meja-aduan-no-such-account")


def normalise_username(typed: str) -> str:
    return typed.strip().lower()


FormProblem = tuple[AccountField, AccountProblem | PasswordProblem]


def account_form_problems(new: NewAccount) -> list[FormProblem]:
    """Every problem of a new account's form at once, in the order the form shows its fields
    (full name, user name, password, password again), so all can be shown beside them."""
    problems: list[FormProblem] = []
    full_name = " ".join(new.full_name.split())
    if not full_name or len(full_name) > 100:
        problems.append((AccountField.FULL_NAME, AccountProblem.NAME_REQUIRED))
    username = normalise_username(new.username)
    if not re.fullmatch(USERNAME_PATTERN, username):
        problems.append((AccountField.USERNAME, AccountProblem.USERNAME_FORMAT))
    problems += password_problems(new.password, new.password_again, username)
    return problems


def password_problems(password: str, again: str, username: str) -> list[FormProblem]:
    problems: list[FormProblem] = []
    problem = password_problem(password, username)
    if problem is not None:
        problems.append((AccountField.PASSWORD, problem))
    if password != again:
        problems.append((AccountField.PASSWORD_AGAIN, PasswordProblem.MISMATCH))
    return problems


def check_new_account(new: NewAccount) -> tuple[str, str]:
    """The normalised username and name, or InvalidAccountError for the first bad field."""
    problems = account_form_problems(new)
    if problems:
        raise InvalidAccountError(*problems[0])
    return normalise_username(new.username), " ".join(new.full_name.split())


def check_password(password: str, again: str, username: str) -> None:
    problems = password_problems(password, again, username)
    if problems:
        raise InvalidAccountError(*problems[0])


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
