"""The vocabulary of what can be wrong with typed input.

Problems are codes, not sentences: the interface owns the wording in each language. Every
problem the domain can report must have a message there (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Field(StrEnum):
    """The fields of the intake form that a problem can point at."""

    CHANNEL = "channel"
    TYPE = "type"
    CATEGORY = "category"
    INSTITUTION = "institution"
    TITLE = "title"
    DESCRIPTION = "description"
    INCIDENT_DATE = "incident_date"
    REGION = "region"
    INCIDENT_ADDRESS = "incident_address"
    REPORTER_NAME = "reporter_name"
    REPORTER_NIK = "reporter_nik"
    REPORTER_PHONE = "reporter_phone"
    REPORTER_EMAIL = "reporter_email"
    REPORTER_ADDRESS = "reporter_address"
    PRIVACY = "privacy"
    ATTACHMENTS = "attachments"


class Problem(StrEnum):
    REQUIRED = "required"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NIK_NOT_DIGITS = "nik_not_digits"
    NIK_LENGTH = "nik_length"
    NIK_BIRTH_DATE = "nik_birth_date"
    NAME_NOT_A_NAME = "name_not_a_name"  # mostly digits: a NIK or phone typed in the wrong box
    PHONE_INVALID = "phone_invalid"
    EMAIL_INVALID = "email_invalid"
    DATE_INVALID = "date_invalid"
    DATE_IN_FUTURE = "date_in_future"
    REGION_TOO_COARSE = "region_too_coarse"
    REGION_UNKNOWN = "region_unknown"
    NOT_IN_LIST = "not_in_list"  # typed text that names no entry of a picker
    CONTACT_REQUIRED = "contact_required"
    PRIVACY_NOT_ACKNOWLEDGED = "privacy_not_acknowledged"
    FILE_TOO_LARGE = "file_too_large"
    FILE_TYPE_NOT_ALLOWED = "file_type_not_allowed"
    FILE_EMPTY = "file_empty"
    FILE_UNREADABLE = "file_unreadable"
    TOO_MANY_FILES = "too_many_files"


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field. `limit` carries the number a message needs (a length, MB)."""

    field: Field
    problem: Problem
    limit: int | None = None
