"""Words for account problems, login refusals and roles, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.access import (
    MIN_DIFFERENT_CHARACTERS,
    MIN_PASSWORD_LENGTH,
    PasswordProblem,
    Role,
)
from desktop.services.account_values import AccountProblem, LoginRefusal
from desktop.ui.texts import format_short_datetime


def role_label(role: Role) -> str:
    return {
        Role.PETUGAS: QCoreApplication.translate("AccessTexts", "Front-desk officer"),
        Role.VERIFIKATOR: QCoreApplication.translate("AccessTexts", "Verifier / coordinator"),
        Role.ADMIN: QCoreApplication.translate("AccessTexts", "Administrator"),
    }[role]


def account_problem_message(problem: AccountProblem | PasswordProblem) -> str:
    messages = {
        AccountProblem.USERNAME_FORMAT: QCoreApplication.translate(
            "AccessTexts",
            "Use 3 to 40 lower-case letters, digits, dots or dashes, starting with a letter.",
        ),
        AccountProblem.USERNAME_TAKEN: QCoreApplication.translate(
            "AccessTexts", "This user name is already in use."
        ),
        AccountProblem.NAME_REQUIRED: QCoreApplication.translate(
            "AccessTexts", "Fill in the person's full name."
        ),
        AccountProblem.WRONG_PASSWORD: QCoreApplication.translate(
            "AccessTexts", "The current password is not right."
        ),
        AccountProblem.LAST_ADMIN: QCoreApplication.translate(
            "AccessTexts", "The desk needs at least one active administrator."
        ),
        AccountProblem.OWN_ACCOUNT: QCoreApplication.translate(
            "AccessTexts", "You cannot take away your own administrator rights."
        ),
        PasswordProblem.TOO_SHORT: QCoreApplication.translate(
            "AccessTexts", "Use at least %1 characters."
        ).replace("%1", str(MIN_PASSWORD_LENGTH)),
        PasswordProblem.SAME_AS_USERNAME: QCoreApplication.translate(
            "AccessTexts", "The password must not contain the user name."
        ),
        PasswordProblem.TOO_SIMPLE: QCoreApplication.translate(
            "AccessTexts", "Too simple: use more different characters."
        ),
        PasswordProblem.MISMATCH: QCoreApplication.translate(
            "AccessTexts", "The two passwords are not the same."
        ),
    }
    return messages[problem]


def password_rules() -> str:
    """The rules a new password must meet, shown before anything is refused."""
    return (
        QCoreApplication.translate(
            "AccessTexts",
            "A password has at least %1 characters, at least %2 of them different, and must "
            "not contain the user name.",
        )
        .replace("%1", str(MIN_PASSWORD_LENGTH))
        .replace("%2", str(MIN_DIFFERENT_CHARACTERS))
    )


def login_refusal_message(refusal: LoginRefusal, locked_until: dt.datetime | None) -> str:
    if refusal is LoginRefusal.LOCKED and locked_until is not None:
        return QCoreApplication.translate(
            "AccessTexts",
            "Too many wrong passwords: this account is locked until %1. An administrator can "
            "set a new password.",
        ).replace("%1", format_short_datetime(locked_until))
    if refusal is LoginRefusal.DISABLED:
        return QCoreApplication.translate(
            "AccessTexts", "This account is disabled. Ask the desk's administrator."
        )
    return QCoreApplication.translate("AccessTexts", "Wrong user name or password.")
