"""Provisioning problems in the user's language (the command line words the same codes in
English: desktop.app.provision_messages), each with the line and field it is about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.provisioning import ProvisionCode, ProvisionProblem


def _type_name(detail: str) -> str:
    """The domain names the expected type in English words; these are the ones it uses."""
    return {
        "text": QCoreApplication.translate("ProvisionTexts", "text in quotes"),
        "true or false": QCoreApplication.translate("ProvisionTexts", "true or false"),
        "a whole number": QCoreApplication.translate("ProvisionTexts", "a whole number"),
        "a number": QCoreApplication.translate("ProvisionTexts", "a number"),
        "a table": QCoreApplication.translate("ProvisionTexts", "a [section] table"),
        "a list of dates": QCoreApplication.translate(
            "ProvisionTexts", "a list of dates like [2026-08-17]"
        ),
        "a list of text": QCoreApplication.translate(
            "ProvisionTexts", 'a list of text like ["PUPR", "Dinas PU"]'
        ),
    }.get(detail, detail)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def problem_text(problem: ProvisionProblem) -> str:
    """What is wrong, without where."""
    code = problem.code
    if code is ProvisionCode.OUT_OF_RANGE:
        if problem.minimum is None or problem.maximum is None:
            return QCoreApplication.translate("ProvisionTexts", "out of the allowed range")
        return (
            QCoreApplication.translate("ProvisionTexts", "must be from %1 to %2")
            .replace("%1", _number(problem.minimum))
            .replace("%2", _number(problem.maximum))
        )
    if code is ProvisionCode.TOO_LONG:
        return QCoreApplication.translate(
            "ProvisionTexts", "too long: at most %1 characters"
        ).replace("%1", _number(problem.maximum))
    if code is ProvisionCode.WRONG_TYPE:
        return QCoreApplication.translate("ProvisionTexts", "must be %1").replace(
            "%1", _type_name(problem.detail)
        )
    if code is ProvisionCode.NOT_ONE_OF:
        return QCoreApplication.translate("ProvisionTexts", "must be one of: %1").replace(
            "%1", problem.detail
        )
    if code is ProvisionCode.DAY_OFF_AND_WORKED:
        return QCoreApplication.translate(
            "ProvisionTexts", "a day cannot be both off and worked: %1"
        ).replace("%1", problem.detail)
    if code is ProvisionCode.DUPLICATE_DATE:
        return QCoreApplication.translate(
            "ProvisionTexts", "dates given more than once: %1"
        ).replace("%1", problem.detail)
    if code is ProvisionCode.NAMES_NOTHING:
        return QCoreApplication.translate(
            "ProvisionTexts", "names nothing on this desk: check the spelling"
        )
    if code is ProvisionCode.CONTROL_CHARACTER:
        return QCoreApplication.translate(
            "ProvisionTexts",
            "holds a control character (an invisible code such as NUL or a terminal escape): "
            "retype the value",
        )
    if code is ProvisionCode.FILE_NOT_FOUND:
        return (
            QCoreApplication.translate("ProvisionTexts", "file not found: %1")
            .replace("%1", problem.detail)
            .rstrip(": ")
        )
    if code is ProvisionCode.SYNTAX:
        # The reader's own words are English and technical: kept, in brackets, for IT staff.
        return QCoreApplication.translate(
            "ProvisionTexts", "this is not a valid TOML file (%1)"
        ).replace("%1", problem.detail)
    if code is ProvisionCode.UNREACHABLE:
        return QCoreApplication.translate(
            "ProvisionTexts",
            "no answer from this address (%1): check the address, the network and the proxy",
        ).replace("%1", problem.detail)
    return {
        ProvisionCode.UNKNOWN_SECTION: QCoreApplication.translate(
            "ProvisionTexts", "unknown section: check its spelling"
        ),
        ProvisionCode.UNKNOWN_KEY: QCoreApplication.translate(
            "ProvisionTexts", "unknown key: check its spelling"
        ),
        ProvisionCode.NAMES_NOTHING_LOCAL: QCoreApplication.translate(
            "ProvisionTexts",
            "names nothing on this desk: give a category's path (Parent › Child) or id, an "
            "institution's name or id, or a channel or classification code",
        ),
        ProvisionCode.REQUIRED: QCoreApplication.translate("ProvisionTexts", "required"),
        ProvisionCode.OFFICE_CODE: QCoreApplication.translate(
            "ProvisionTexts", "an office code is 2 to 12 capital letters or digits"
        ),
        ProvisionCode.JOIN_CODE: QCoreApplication.translate(
            "ProvisionTexts",
            "not a whole join code: copy it again from the office server (it starts with MA1-)",
        ),
        ProvisionCode.PHONE: QCoreApplication.translate(
            "ProvisionTexts", "not a phone number (e.g. (0251) 8765432 or 0812 3456 7890)"
        ),
        ProvisionCode.EMAIL: QCoreApplication.translate(
            "ProvisionTexts", "not an e-mail address (e.g. pengaduan@bogorkab.go.id)"
        ),
        ProvisionCode.WEBSITE: QCoreApplication.translate(
            "ProvisionTexts", "not a website address (e.g. https://bogorkab.go.id)"
        ),
        ProvisionCode.MISSING: QCoreApplication.translate(
            "ProvisionTexts", "required when synchronisation is enabled"
        ),
        ProvisionCode.NOT_HTTP_URL: QCoreApplication.translate(
            "ProvisionTexts", "not an http(s) address with a host (and without user, query or #)"
        ),
        ProvisionCode.HTTPS_REQUIRED: QCoreApplication.translate(
            "ProvisionTexts", "must start with https:// for a host not on this PC"
        ),
        ProvisionCode.RELATIVE_PATH: QCoreApplication.translate(
            "ProvisionTexts", "give a full path (from the drive letter or /)"
        ),
        ProvisionCode.NOT_PEM_CERTIFICATE: QCoreApplication.translate(
            "ProvisionTexts", "not a PEM file of certificates"
        ),
        ProvisionCode.MALFORMED_URL: QCoreApplication.translate(
            "ProvisionTexts", "not a proxy address like http://host:port"
        ),
        ProvisionCode.CREDENTIALS_UNREADABLE: QCoreApplication.translate(
            "ProvisionTexts", "the credentials file cannot be read"
        ),
        ProvisionCode.PASSWORD_FOR_ALL_USERS: QCoreApplication.translate(
            "ProvisionTexts",
            "a file for all users of this PC must not hold the proxy's password: leave it out "
            "and enter it in Settings after the set-up",
        ),
        ProvisionCode.JOIN_CODE_FOR_ALL_USERS: QCoreApplication.translate(
            "ProvisionTexts",
            "a file for all users of this PC must not hold a join code (it joins one desk, "
            "once): paste this desk's own code below instead",
        ),
        ProvisionCode.CREDENTIALS_FOR_ALL_USERS: QCoreApplication.translate(
            "ProvisionTexts",
            "a file for all users of this PC must not name a credentials file: type the key "
            "and token below instead",
        ),
        ProvisionCode.CREDENTIALS_MALFORMED: QCoreApplication.translate(
            "ProvisionTexts", 'the credentials file must hold only key = "..." and token = "..."'
        ),
    }[code]


def problem_line(problem: ProvisionProblem) -> str:
    """`Line 12 · lapor.base_url: must start with https://…`: where first, as IT staff look
    for it in their editor."""
    parts = []
    if problem.line is not None:
        parts.append(
            QCoreApplication.translate("ProvisionTexts", "Line %1").replace("%1", str(problem.line))
        )
    if problem.field:
        parts.append(problem.field)
    where = " · ".join(parts)
    return f"{where}: {problem_text(problem)}" if where else problem_text(problem)
