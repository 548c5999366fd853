"""Wording for the refusals of the data-subject requests, and one handler for their errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.access import AccessDeniedError, PermissionDeniedError
from desktop.services.person_values import PersonProblem, PersonRequestError
from desktop.services.values import StorageFault
from desktop.ui.texts import fault_message


def person_problem_message(problem: PersonProblem) -> str:
    return {
        PersonProblem.NIK_NOT_16_DIGITS: QCoreApplication.translate(
            "DataSubject", "A NIK has exactly 16 digits."
        ),
        PersonProblem.PHONE_INVALID: QCoreApplication.translate(
            "DataSubject", "Not a valid phone number. Example: 0812 3456 7890."
        ),
        PersonProblem.NAME_TOO_SHORT: QCoreApplication.translate(
            "DataSubject", "Type at least 3 letters of the name."
        ),
        PersonProblem.NOT_FOUND: QCoreApplication.translate(
            "DataSubject", "The complaint no longer exists. Search again."
        ),
        PersonProblem.ALREADY_ANONYMISED: QCoreApplication.translate(
            "DataSubject", "The personal data of this complaint has already been erased."
        ),
        PersonProblem.RETENTION_OUT_OF_RANGE: QCoreApplication.translate(
            "DataSubject", "Choose between 0 and 30 years."
        ),
        PersonProblem.NOTHING_SELECTED: QCoreApplication.translate(
            "DataSubject", "Select one or more complaints first."
        ),
    }[problem]


def error_message(error: BaseException) -> str:
    """The text for an expected failure; anything else is a bug and is raised again."""
    if isinstance(error, StorageFault):
        return fault_message(error.kind)
    if isinstance(error, PersonRequestError):
        return person_problem_message(error.problem)
    if isinstance(error, AccessDeniedError):
        # PermissionDeniedError, or NotSignedInError after the idle lock.
        if isinstance(error, PermissionDeniedError):
            return QCoreApplication.translate(
                "DataSubject", "Only an administrator may handle requests about personal data."
            )
        return QCoreApplication.translate("DataSubject", "Sign in again to continue.")
    raise error
