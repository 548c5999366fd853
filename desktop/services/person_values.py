"""Values and errors of the data-subject requests (find, export, correct, erase, retention).

Cheap to import (no SQLAlchemy), so the interface can use them before the database is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.problems import FieldProblem

# Retention in whole years; 0 keeps everything. The default follows a common archive schedule
# for complaint files; each desk sets its own from its regional archive schedule (JRA).
DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 30


class PersonKey(StrEnum):
    """What a person is searched by."""

    NIK = "nik"
    PHONE = "phone"
    NAME = "name"


class ErasureReason(StrEnum):
    REQUEST = "request"  # the person asked (UU 27/2022 art. 8)
    RETENTION = "retention"  # the retention period ran out


class PersonProblem(StrEnum):
    NIK_NOT_16_DIGITS = "nik_not_16_digits"
    PHONE_INVALID = "phone_invalid"
    NAME_TOO_SHORT = "name_too_short"  # fewer than MIN_NAME_LETTERS letters
    NOT_FOUND = "not_found"
    ALREADY_ANONYMISED = "already_anonymised"
    RETENTION_OUT_OF_RANGE = "retention_out_of_range"
    NOTHING_SELECTED = "nothing_selected"


MIN_NAME_LETTERS = 3


class PersonRequestError(ValueError):
    """A request the service refuses; `problem` is the code the interface words."""

    def __init__(self, problem: PersonProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class InvalidCorrectionError(ValueError):
    """The corrected reporter fields break the intake rules; `problems` says which."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.problem}" for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class PersonMatch:
    """One complaint found for a person."""

    complaint_id: int
    local_number: str
    received_at: dt.datetime
    reporter_name: str
    title: str
    anonymised: bool


@dataclass(frozen=True)
class ReporterSearch:
    """What the counter's search in the worklist found for a person: how the typed text was
    read, and the complaints (the worklist sorts and filters them like any list)."""

    kind: PersonKey
    complaint_ids: frozenset[int]


@dataclass(frozen=True)
class ReporterCorrection:
    """The reporter fields as they should read after the correction (all five, typed)."""

    name: str = ""
    nik: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
