"""English one-line messages for provisioning problems, for the command line.

The interface words the same codes in the user's language itself; this is IT staff's console.
"""

from __future__ import annotations

from desktop.domain.provisioning import ProvisionCode, ProvisionProblem

_MESSAGES = {
    ProvisionCode.SYNTAX: "not valid TOML: {detail}",
    ProvisionCode.UNKNOWN_SECTION: "unknown section",
    ProvisionCode.UNKNOWN_KEY: "unknown key",
    ProvisionCode.REQUIRED: "required",
    ProvisionCode.WRONG_TYPE: "must be {detail}",
    ProvisionCode.OUT_OF_RANGE: "out of range ({minimum} to {maximum})",
    ProvisionCode.TOO_LONG: "too long (at most {maximum} characters)",
    ProvisionCode.NOT_ONE_OF: "must be one of: {detail}",
    ProvisionCode.OFFICE_CODE: "an office code is 2 to 12 capital letters or digits",
    ProvisionCode.DAY_OFF_AND_WORKED: "a day cannot be both off and worked: {detail}",
    ProvisionCode.JOIN_CODE: "not a whole join code: copy it again (it starts with MA1-)",
    ProvisionCode.PHONE: "not a phone number (e.g. (0251) 8765432 or 0812 3456 7890)",
    ProvisionCode.EMAIL: "not an e-mail address (e.g. pengaduan@bogorkab.go.id)",
    ProvisionCode.WEBSITE: "not a website address (e.g. https://bogorkab.go.id)",
    ProvisionCode.MISSING: "required when synchronisation is enabled",
    ProvisionCode.NOT_HTTP_URL: "not an http(s) address with a host (and no user, query, #)",
    ProvisionCode.HTTPS_REQUIRED: "https required for a non-local host",
    ProvisionCode.RELATIVE_PATH: "give a full path (from the drive or /)",
    ProvisionCode.FILE_NOT_FOUND: "file not found {detail}",
    ProvisionCode.NOT_PEM_CERTIFICATE: "not a PEM file of certificates",
    ProvisionCode.MALFORMED_URL: "not a proxy address like http://host:port",
    ProvisionCode.CREDENTIALS_UNREADABLE: "the credentials file cannot be read {detail}",
    ProvisionCode.CREDENTIALS_MALFORMED: (
        'the credentials file must hold key = "..." and token = "..." only ({detail})'
    ),
    ProvisionCode.UNREACHABLE: "no answer from this address ({detail})",
    ProvisionCode.CONTROL_CHARACTER: "holds a control character (NUL, a terminal escape ...)",
    ProvisionCode.NAMES_NOTHING: "names nothing on this desk ({detail})",
    ProvisionCode.DUPLICATE_DATE: "dates given more than once: {detail}",
    ProvisionCode.PASSWORD_FOR_ALL_USERS: (
        "a file for all users of this PC must not hold the proxy's password: leave it out, and "
        "type it in Settings at each desk"
    ),
    ProvisionCode.NAMES_NOTHING_LOCAL: (
        "names nothing on this desk: give a category's path (Parent › Child) or id, an "
        "institution's name or id, or a channel or classification code"
    ),
    ProvisionCode.JOIN_CODE_FOR_ALL_USERS: (
        "a file for all users of this PC must not hold a join code (it joins one desk, once): "
        "leave it out, and paste each desk's own code when it is set up"
    ),
    ProvisionCode.CREDENTIALS_FOR_ALL_USERS: (
        "a file for all users of this PC must not name a credentials file: leave it out, and "
        "type the key and token when each desk is set up"
    ),
}


def describe(file_name: str, problem: ProvisionProblem) -> str:
    """`desk.toml:12: lapor.base_url: https required for a non-local host`."""
    where = f"{file_name}:{problem.line}" if problem.line is not None else file_name
    message = _MESSAGES[problem.code].format(
        detail=problem.detail,
        minimum=_number(problem.minimum),
        maximum=_number(problem.maximum),
    )
    if problem.code is ProvisionCode.OUT_OF_RANGE and problem.minimum is None:
        message = "out of range"
    message = message.replace(" ()", "").rstrip()
    return f"{where}: {problem.field}: {message}" if problem.field else f"{where}: {message}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
