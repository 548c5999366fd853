"""Who may do what at a desk: roles, their permissions, and the rules for passwords and lockout.

Roles follow how a district desk is staffed:
- petugas loket (front-desk officer): records complaints, views them, prints receipts;
- verifikator/koordinator: everything a petugas does, plus the follow-up (verify, dispose,
  answer, close), reconciling synchronisation, confidential reports, revealing identities, and
  the unit's reports (their figures, issuing them, evidence documents);
- admin: accounts, settings, reference lists and mappings, backups, the audit trail and the
  duties towards data subjects (UU 27/2022), besides all of the above.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Role(StrEnum):
    PETUGAS = "petugas"
    VERIFIKATOR = "verifikator"
    ADMIN = "admin"


class Permission(StrEnum):
    RECORD_COMPLAINT = "record_complaint"
    VIEW_COMPLAINTS = "view_complaints"
    PRINT_RECEIPT = "print_receipt"
    FOLLOW_UP = "follow_up"  # verify, dispose, answer, close (the follow-up issue)
    RECONCILE_SYNC = "reconcile_sync"
    VIEW_CONFIDENTIAL = "view_confidential"  # content of "Rahasia" reports
    REVEAL_IDENTITY = "reveal_identity"  # unmasked NIK and phone, audited
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_REFERENCE = "manage_reference"  # categories, institutions, id mappings
    MANAGE_BACKUPS = "manage_backups"
    VIEW_AUDIT = "view_audit"
    DATA_SUBJECT_REQUESTS = "data_subject_requests"  # find, export, correct, erase
    VIEW_REPORTS = "view_reports"  # the figures K1-K16 and their reports (REPORTS.md)


_PETUGAS = frozenset(
    {Permission.RECORD_COMPLAINT, Permission.VIEW_COMPLAINTS, Permission.PRINT_RECEIPT}
)
_VERIFIKATOR = _PETUGAS | {
    Permission.FOLLOW_UP,
    Permission.RECONCILE_SYNC,
    Permission.VIEW_CONFIDENTIAL,
    Permission.REVEAL_IDENTITY,
    # The unit's figures are the coordinator's to watch and to send; a petugas records.
    Permission.VIEW_REPORTS,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PETUGAS: _PETUGAS,
    Role.VERIFIKATOR: frozenset(_VERIFIKATOR),
    Role.ADMIN: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


# Passwords: long beats clever. Ten characters, not all one kind, not the username.
MIN_PASSWORD_LENGTH = 10
MIN_DIFFERENT_CHARACTERS = 5
USERNAME_PATTERN = r"[a-z][a-z0-9._-]{2,39}"


class PasswordProblem(StrEnum):
    TOO_SHORT = "too_short"
    SAME_AS_USERNAME = "same_as_username"
    TOO_SIMPLE = "too_simple"
    MISMATCH = "mismatch"


def password_problem(password: str, username: str) -> PasswordProblem | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return PasswordProblem.TOO_SHORT
    if username and username.lower() in password.lower():
        return PasswordProblem.SAME_AS_USERNAME
    if len(set(password)) < MIN_DIFFERENT_CHARACTERS:
        return PasswordProblem.TOO_SIMPLE
    return None


# Lockout: the first few mistakes are free (typos at a busy counter); after that each further
# failure locks the account for twice as long as the one before, up to an hour.
FREE_FAILURES = 4
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)


def lock_after_failure(failures: int) -> dt.timedelta | None:
    """How long to lock an account that has just failed for the `failures`-th time in a row."""
    if failures <= FREE_FAILURES:
        return None
    doublings = min(failures - FREE_FAILURES - 1, 12)  # 2**12 x 30 s is already past the cap
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)
