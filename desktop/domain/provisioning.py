"""A desk's provisioning file: what it may hold, and every problem with one, line by line.

IT staff set up a desk from one TOML file (installer/desk.example.toml explains it). This module
reads the text and checks its shape: known sections and keys, types, ranges, the office code, the
days of the calendar. It reports ALL problems at once, each with the line and the field, as codes
the interface words in the user's language (the command line in English). Checks that need the
outside world (a CA file, the credentials file, the network, the LAPOR! address rules in
services.sync_config) are added by the caller with the same problem type.

A key left out means "leave this setting as it is"; only [office] is required, since a desk
without an office code and name cannot number its complaints.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.aliases import (
    MAX_ALIAS_LENGTH,
    MAX_ALIASES,
    InvalidAliasesError,
    clean_aliases,
)
from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.domain.desk_settings import DESK_SETTINGS, RULES, Kind, Rule
from desktop.domain.office import JoinCodeError, decode_join_code
from desktop.domain.toml_lines import key_lines, line_of

# The kinds of id mapping LAPOR! needs (sync.desk.MAPPING_KINDS; the core may not import sync,
# a test keeps the two equal).
MAPPING_KINDS = ("channel", "classification", "category", "institution", "location", "status")
LANGUAGES = ("id", "en")
# [lists.<kind>]: an institution's name, or a category's path ("Infrastruktur › Jalan dan
# Jembatan"), and its other names (desktop.domain.aliases). An entry the desk lacks is added.
LIST_KINDS = ("institution_aliases", "category_aliases")
CATEGORY_PATH_SEPARATOR = "›"
_LIST_NAME_LENGTH = {"institution_aliases": 200, "category_aliases": 120}  # schema's columns


class ProvisionCode(StrEnum):
    SYNTAX = "syntax"  # not TOML at all; `detail` has the reader's message
    UNKNOWN_SECTION = "unknown_section"
    UNKNOWN_KEY = "unknown_key"
    REQUIRED = "required"
    WRONG_TYPE = "wrong_type"  # `detail` names the expected type
    OUT_OF_RANGE = "out_of_range"  # `minimum`/`maximum` hold the bounds
    TOO_LONG = "too_long"  # `maximum` holds the length
    NOT_ONE_OF = "not_one_of"  # `detail` lists the choices, comma-separated
    OFFICE_CODE = "office_code"  # not 2-12 capital letters or digits
    DAY_OFF_AND_WORKED = "day_off_and_worked"
    PHONE = "phone"  # not a phone number
    EMAIL = "email"  # not an e-mail address
    WEBSITE = "website"  # not a website address
    # The same codes as services.sync_config.ConfigProblemCode (a test keeps them in step):
    MISSING = "missing"
    NOT_HTTP_URL = "not_http_url"
    HTTPS_REQUIRED = "https_required"
    RELATIVE_PATH = "relative_path"
    FILE_NOT_FOUND = "file_not_found"
    NOT_PEM_CERTIFICATE = "not_pem_certificate"
    MALFORMED_URL = "malformed_url"
    # The credentials file and the network:
    CREDENTIALS_UNREADABLE = "credentials_unreadable"
    CREDENTIALS_MALFORMED = "credentials_malformed"  # `detail` says what is wrong
    UNREACHABLE = "unreachable"  # `detail` has the kind of failure
    # A file for every user of a PC (`provision --for-all-users`) names no credentials file:
    # it would have to sit where every user can read it.
    CREDENTIALS_FOR_ALL_USERS = "credentials_for_all_users"
    PASSWORD_FOR_ALL_USERS = "password_for_all_users"  # a proxy password, likewise
    JOIN_CODE_FOR_ALL_USERS = "join_code_for_all_users"  # one desk's one-time join code, too
    # Hostile or mistaken input, refused rather than stored:
    CONTROL_CHARACTER = "control_character"  # NUL, a terminal escape ... in a text value
    NAMES_NOTHING = "names_nothing"  # a mapping key that is no channel, type, category ...
    DUPLICATE_DATE = "duplicate_date"  # `detail`: the dates given more than once
    # A [mapping] entry whose key names no category, institution, channel or classification
    # of this desk (by path, name, id or code): it would never be used.
    NAMES_NOTHING_LOCAL = "names_nothing_local"
    # [office] join_code that is not one (mistyped, cut short): desktop.domain.office.
    JOIN_CODE = "join_code"


@dataclass(frozen=True)
class ProvisionProblem:
    """One problem: where (`line`, 1-based, None when the file has no such line) and which
    `field` ("lapor.base_url", "mapping.channel.sms"), what (`code`), and what a message needs."""

    line: int | None
    field: str
    code: ProvisionCode
    detail: str = ""
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Spec:
    """What one key takes. `kind` is the TOML type; numbers are bounded inclusively."""

    kind: type | tuple[type, ...]
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    required: bool = False
    check: Callable[[Any], ProvisionCode | None] | None = None


_NUMBER = (int, float)
_DAYS = list  # of dates; each checked apart
_KINDS: dict[Kind, type] = {
    Kind.TEXT: str,
    Kind.WHOLE_NUMBER: int,
    Kind.YES_NO: bool,
    Kind.DAYS: _DAYS,
}


def _rule_check(rule: Rule) -> Callable[[Any], ProvisionCode | None]:
    valid, code = RULES[rule], ProvisionCode(rule.value)
    return lambda value: None if valid(value) else code


def _declared(section: str) -> dict[str, Spec]:
    """The keys of `section` that are desk settings, as their declaration says."""
    return {
        setting.key: Spec(
            _KINDS[setting.kind],
            setting.minimum,
            setting.maximum,
            max_length=setting.max_length,
            required=setting.required,
            check=_rule_check(setting.rule) if setting.rule is not None else None,
        )
        for setting in DESK_SETTINGS
        if setting.section == section
    }


def _join_code_problem(value: Any) -> ProvisionCode | None:
    try:
        decode_join_code(str(value))
    except JoinCodeError:
        return ProvisionCode.JOIN_CODE
    return None


SCHEMA: dict[str, dict[str, Spec]] = {
    # The desk's own settings, declared in desktop.domain.desk_settings; and a join code, with
    # which the desk joins its office's server once the file is applied (not a setting: used
    # once, never stored).
    "office": {
        **_declared("office"),
        "join_code": Spec(str, max_length=2000, check=_join_code_problem),
    },
    "desk": {
        "id": Spec(str, max_length=100),
        "language": Spec(str, choices=LANGUAGES),
        **_declared("desk"),
    },
    # Ranges and address rules of [lapor] are sync_config's own: the caller applies them.
    "lapor": {
        "base_url": Spec(str, max_length=500),
        "training": Spec(bool),
        "enabled": Spec(bool),
        "ca_bundle": Spec(str, max_length=1000),
        "proxy": Spec(str, max_length=500),
        "interval_minutes": Spec(int),
        "connect_timeout_s": Spec(_NUMBER),
        "read_timeout_s": Spec(_NUMBER),
        "credentials_file": Spec(str, max_length=1000),
    },
    "sla": _declared("sla"),
    "backups": {
        "automatic": Spec(bool),
        "hour": Spec(int, 0, 23),
        # At least one daily backup and one before an upgrade or restore (Retention's rules);
        # the upper bounds only catch typos that would fill the disk.
        "keep_daily": Spec(int, 1, 400),
        "keep_weekly": Spec(int, 0, 260),
        "keep_monthly": Spec(int, 0, 120),
        "keep_before_upgrade": Spec(int, 1, 100),
        "keep_before_restore": Spec(int, 1, 100),
    },
}
_MAPPING_VALUE_LENGTH = 200
# Mapping keys the domain knows by itself; categories, institutions and regions are the desk's
# (checked by services.provisioning once the desk is known). Status maps the other way: the
# national code is the key, one of our statuses the value.
LOCAL_KEYS = {
    "channel": tuple(c.value for c in Channel),
    "classification": tuple(t.value for t in ComplaintType),
}
STATUS_VALUES = tuple(s.value for s in Status)
# Text that may run over lines (printed on receipts); everywhere else a line break is refused.
_MULTI_LINE = {("office", "address")}
_SYNTAX_LINE = re.compile(r"\(at line (\d+)")


@dataclass(frozen=True)
class DeskProfile:
    """A checked provisioning file: section -> key -> value (only the keys given), the
    mapping as kind -> local key -> national id, and the reference lists' other names."""

    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    mapping: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # [lists]: kind (LIST_KINDS) -> entry name or path -> its other names, as given.
    lists: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.sections.get(section, {}).get(key, default)

    def has(self, section: str, key: str) -> bool:
        return key in self.sections.get(section, {})


@dataclass(frozen=True)
class CheckedText:
    """The outcome of `check_text`: the profile (None when the text is not TOML) and every
    problem found. `lines` finds a field's line for the caller's own checks."""

    profile: DeskProfile | None
    problems: tuple[ProvisionProblem, ...]
    lines: Mapping[tuple[str, ...], int]

    def line(self, dotted: str) -> int | None:
        return line_of(self.lines, tuple(dotted.split(".")))


def check_text(text: str) -> CheckedText:
    """Read and check a provisioning file's text. Pure: touches no file and no network."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _SYNTAX_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        problem = ProvisionProblem(line, "", ProvisionCode.SYNTAX, str(error))
        return CheckedText(None, (problem,), {})
    except RecursionError:  # arrays or tables nested thousands deep: no file of ours
        problem = ProvisionProblem(None, "", ProvisionCode.SYNTAX, "nested too deeply")
        return CheckedText(None, (problem,), {})
    lines = key_lines(text)
    problems: list[ProvisionProblem] = []

    def report(path: tuple[str, ...], code: ProvisionCode, **extra: Any) -> None:
        problems.append(ProvisionProblem(line_of(lines, path), ".".join(path), code, **extra))

    sections: dict[str, dict[str, Any]] = {}
    mapping: dict[str, dict[str, str]] = {}
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, content in document.items():
        if name == "mapping":
            mapping = _check_mapping(content, report)
        elif name == "lists":
            lists = _check_lists(content, report)
        elif name not in SCHEMA:
            report((name,), ProvisionCode.UNKNOWN_SECTION)
        elif not isinstance(content, dict):
            report((name,), ProvisionCode.WRONG_TYPE, detail="a table")
        else:
            sections[name] = _check_section(name, content, report)
    if "office" not in document:
        report(("office",), ProvisionCode.REQUIRED)
    else:
        for key, spec in SCHEMA["office"].items():
            if spec.required and key not in document["office"]:
                report(("office", key), ProvisionCode.REQUIRED)
    sla = sections.get("sla", {})
    both = set(sla.get("days_off", ())) & set(sla.get("days_worked", ()))
    if both:
        # A day both off and worked would count one way or the other by accident of order.
        report(("sla", "days_worked"), ProvisionCode.DAY_OFF_AND_WORKED, detail=_dates(both))
    problems.sort(key=lambda p: (p.line or 0, p.field))
    return CheckedText(DeskProfile(sections, mapping, lists), tuple(problems), lines)


Report = Callable[..., None]


def _check_section(name: str, content: dict[str, Any], report: Report) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in content.items():
        path = (name, key)
        spec = SCHEMA[name].get(key)
        if spec is None:
            report(path, ProvisionCode.UNKNOWN_KEY)
            continue
        if spec.kind is _DAYS:
            days = _check_days(path, value, report)
            if days is not None:
                kept[key] = days
            continue
        if not _is_kind(value, spec.kind):
            report(path, ProvisionCode.WRONG_TYPE, detail=_kind_name(spec.kind))
            continue
        if isinstance(value, str) and has_control_character(value, path in _MULTI_LINE):
            report(path, ProvisionCode.CONTROL_CHARACTER)
            continue
        code = _value_problem(value, spec)
        if code is ProvisionCode.OUT_OF_RANGE:
            report(path, code, minimum=spec.minimum, maximum=spec.maximum)
        elif code is ProvisionCode.TOO_LONG:
            report(path, code, maximum=spec.max_length)
        elif code is ProvisionCode.NOT_ONE_OF:
            report(path, code, detail=", ".join(spec.choices))
        elif code is not None:
            report(path, code)
        else:
            kept[key] = value.strip() if isinstance(value, str) else value
    return kept


def _value_problem(value: Any, spec: Spec) -> ProvisionCode | None:
    if isinstance(value, str):
        if spec.max_length is not None and len(value) > spec.max_length:
            return ProvisionCode.TOO_LONG
        if spec.required and not value.strip():
            return ProvisionCode.REQUIRED
        if spec.choices and value not in spec.choices:
            return ProvisionCode.NOT_ONE_OF
    elif isinstance(value, int | float) and not isinstance(value, bool):
        low = spec.minimum if spec.minimum is not None else value
        high = spec.maximum if spec.maximum is not None else value
        if not low <= value <= high:
            return ProvisionCode.OUT_OF_RANGE
    return spec.check(value) if spec.check is not None else None


def _check_days(path: tuple[str, ...], value: Any, report: Report) -> tuple[dt.date, ...] | None:
    """A list of dates, written as TOML dates (2026-08-17) or as "2026-08-17" strings."""
    if not isinstance(value, list):
        report(path, ProvisionCode.WRONG_TYPE, detail="a list of dates")
        return None
    days: set[dt.date] = set()
    repeated: set[dt.date] = set()
    for item in value:
        if isinstance(item, str):
            with contextlib.suppress(ValueError):  # not a date: reported just below
                item = dt.date.fromisoformat(item.strip())
        if not isinstance(item, dt.date) or isinstance(item, dt.datetime):
            report(path, ProvisionCode.WRONG_TYPE, detail="a list of dates")
            return None
        (repeated if item in days else days).add(item)
    if repeated:  # once, however many: a list pasted twice is one mistake
        report(path, ProvisionCode.DUPLICATE_DATE, detail=_dates(repeated))
        return None
    return tuple(sorted(days))


def _check_mapping(content: Any, report: Report) -> dict[str, dict[str, str]]:
    if not isinstance(content, dict):
        report(("mapping",), ProvisionCode.WRONG_TYPE, detail="a table")
        return {}
    kept: dict[str, dict[str, str]] = {}
    for kind, entries in content.items():
        if kind not in MAPPING_KINDS:
            report(("mapping", kind), ProvisionCode.UNKNOWN_SECTION)
            continue
        if not isinstance(entries, dict):
            report(("mapping", kind), ProvisionCode.WRONG_TYPE, detail="a table")
            continue
        kept[kind] = {}
        for key, value in entries.items():
            path = ("mapping", kind, key)
            # National ids are often numbers: 3 and "3" mean the same id.
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str):
                report(path, ProvisionCode.WRONG_TYPE, detail="text")
            elif has_control_character(key) or has_control_character(value):
                report(path, ProvisionCode.CONTROL_CHARACTER)
            elif not value.strip() or not key.strip():
                report(path, ProvisionCode.REQUIRED)
            elif len(value) > _MAPPING_VALUE_LENGTH or len(key) > _MAPPING_VALUE_LENGTH:
                report(path, ProvisionCode.TOO_LONG, maximum=_MAPPING_VALUE_LENGTH)
            elif kind in LOCAL_KEYS and key.strip() not in LOCAL_KEYS[kind]:
                report(path, ProvisionCode.NAMES_NOTHING, detail=", ".join(LOCAL_KEYS[kind]))
            elif kind == "status" and value.strip() not in STATUS_VALUES:
                report(path, ProvisionCode.NOT_ONE_OF, detail=", ".join(STATUS_VALUES))
            else:
                kept[kind][key.strip()] = value.strip()
    return kept


def _check_lists(content: Any, report: Report) -> dict[str, dict[str, tuple[str, ...]]]:
    if not isinstance(content, dict):
        report(("lists",), ProvisionCode.WRONG_TYPE, detail="a table")
        return {}
    kept: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind, entries in content.items():
        if kind not in LIST_KINDS:
            report(("lists", kind), ProvisionCode.UNKNOWN_SECTION)
            continue
        if not isinstance(entries, dict):
            report(("lists", kind), ProvisionCode.WRONG_TYPE, detail="a table")
            continue
        kept[kind] = {}
        for name, value in entries.items():
            path = ("lists", kind, name)
            parts = [" ".join(part.split()) for part in name.split(CATEGORY_PATH_SEPARATOR)]
            longest = _LIST_NAME_LENGTH[kind]
            if kind == "institution_aliases":
                parts = [" ".join(name.split())]
            if has_control_character(name) or (
                isinstance(value, list)
                and any(isinstance(v, str) and has_control_character(v) for v in value)
            ):
                report(path, ProvisionCode.CONTROL_CHARACTER)
            elif not all(parts):
                report(path, ProvisionCode.REQUIRED)
            elif any(len(part) > longest for part in parts):
                report(path, ProvisionCode.TOO_LONG, maximum=longest)
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                report(path, ProvisionCode.WRONG_TYPE, detail="a list of text")
            elif any(len(" ".join(v.split())) > MAX_ALIAS_LENGTH for v in value):
                report(path, ProvisionCode.TOO_LONG, maximum=MAX_ALIAS_LENGTH)
            else:
                try:
                    aliases = clean_aliases(value)
                except InvalidAliasesError:
                    report(path, ProvisionCode.OUT_OF_RANGE, minimum=0, maximum=MAX_ALIASES)
                    continue
                kept[kind][f" {CATEGORY_PATH_SEPARATOR} ".join(parts)] = aliases
    return kept


def has_control_character(text: str, multi_line: bool = False) -> bool:
    """Whether `text` holds a control character (NUL, an escape that drives a terminal, a
    carriage return ...); line breaks only count where the value is not `multi_line`."""
    return any(unicodedata.category(c) == "Cc" and not (multi_line and c == "\n") for c in text)


def _is_kind(value: Any, kind: type | tuple[type, ...]) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    # TOML keeps true/false apart from numbers; Python's bool is an int, so check it first.
    if isinstance(value, bool):
        return bool in kinds
    return isinstance(value, kinds)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names: dict[type, str] = {str: "text", bool: "true or false", int: "a whole number"}
    return names.get(kind, "a table") if isinstance(kind, type) else "a number"


def _dates(days: set[dt.date]) -> str:
    return ", ".join(day.isoformat() for day in sorted(days))
