"""Provisioning a desk from its TOML file: the use case callers take (the command line in
desktop.app, the first-run wizard and Pengaturan in desktop.ui). DeskProvisioning
(services/provisioning.py) writes the desk's own settings; here the file is read whole, its
[lapor] section checked by the sync settings' own rules (sync_config) and its credentials kept
by sync_credentials:

    checked = check_file(text, base_dir, desk=desk)  # every problem
    if not checked.problems:
        applied = apply(desk, checked)  # one transaction, then the credentials

or, for a file checked earlier without the desk (the set-up page, before the desk exists),
`provision(desk, text, base_dir)`, which checks it against the desk and applies it.

`check_file` reads the credentials file named in [lapor] (relative to `base_dir`, the folder of
the provisioning file) but keeps the key and token only in memory; `apply` stores them in the
keyring or the desk's encrypted file after the settings' commit.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from desktop.domain.provisioning import (
    CheckedText,
    DeskProfile,
    ProvisionCode,
    ProvisionProblem,
    check_text,
)
from desktop.domain.provisioning_export import render_profile
from desktop.services.desk import Desk
from desktop.services.provisioning import DeskProvisioning
from desktop.services.sync_config import SyncConfig, check_config, sync_config, to_settings
from desktop.services.sync_credentials import ApiCredentials, CredentialPlace, credential_store
from desktop.store.files import FileTooLargeError, read_bounded_text, replaced_atomically

if TYPE_CHECKING:
    from collections.abc import Callable

    # Why LAPOR!'s address does not answer, or None when it does (sync.reachability's, which
    # talks to the peer: the desk's services do not).
    AddressProbe = Callable[[SyncConfig], str | None]

_CREDENTIAL_KEYS = ("key", "token")


@dataclass(frozen=True)
class CheckedFile:
    """A provisioning file checked against a desk: the profile, every problem, the merged sync
    settings (when the file has [lapor]) and the credentials read from the named file."""

    text: CheckedText
    problems: tuple[ProvisionProblem, ...]
    sync: SyncConfig | None = None
    credentials: ApiCredentials | None = None
    credentials_file: Path | None = None

    @property
    def profile(self) -> DeskProfile:
        if self.text.profile is None:
            raise ValueError("the file is not TOML")
        return self.text.profile


@dataclass(frozen=True)
class Applied:
    changed: list[str]  # setting keys whose value changed
    credentials_place: CredentialPlace | None  # where the credentials went, if any were given
    credentials_error: str = ""  # why they could not be stored (the settings were, though)


def read_file(path: Path) -> str:
    """A provisioning file's text, read no further than any such file goes: a huge file or an
    endless device (/dev/zero) gives FileTooLargeError at once; other bytes UnicodeDecodeError."""
    return read_bounded_text(path)


def check_file(
    text: str,
    base_dir: Path,
    *,
    desk: Desk | None = None,
    probe: AddressProbe | None = None,
    for_all_users: bool = False,
) -> CheckedFile:
    """Every problem with the file, each with its line and field. With `desk`, the settings it
    already has count (a file may change only some); with `probe`, base_url is tried too;
    `for_all_users`: the file is (to be) offered to every user of the PC, so it may not name a
    credentials file."""
    checked = check_text(text)
    if checked.profile is None:
        return CheckedFile(checked, checked.problems)
    problems = list(checked.problems)
    if desk is not None:
        problems += DeskProvisioning(desk).problems(checked)
    config = None
    lapor = checked.profile.sections.get("lapor")
    if lapor is not None:
        config = _merged_config(lapor, sync_config(desk) if desk is not None else SyncConfig())
        problems += _config_problems(checked, config, lapor)
    credentials, credentials_file = None, None
    if for_all_users and lapor is not None:
        problems += _secrets_for_all_users(checked, lapor)
    if for_all_users and checked.profile.get("office", "join_code"):
        field = "office.join_code"
        problems.append(
            ProvisionProblem(checked.line(field), field, ProvisionCode.JOIN_CODE_FOR_ALL_USERS)
        )
    if not for_all_users and lapor is not None and lapor.get("credentials_file"):
        credentials_file = (base_dir / lapor["credentials_file"]).expanduser().resolve()
        credentials, problem = _read_credentials(credentials_file)
        if problem is not None:
            problems.append(
                dataclasses.replace(problem, line=checked.line("lapor.credentials_file"))
            )
    if (
        probe is not None
        and config is not None
        and config.base_url
        and not _about_address(problems)
    ):
        failure = probe(config)
        if failure is not None:
            field = "lapor.base_url"
            problems.append(
                ProvisionProblem(checked.line(field), field, ProvisionCode.UNREACHABLE, failure)
            )
    problems.sort(key=lambda p: (p.line or 0, p.field))
    return CheckedFile(checked, tuple(problems), config, credentials, credentials_file)


def apply(
    desk: Desk,
    checked: CheckedFile,
    *,
    credentials: ApiCredentials | None = None,
    headless: bool = False,
) -> Applied:
    """Apply a file `check_file` found sound: the settings in one transaction, then the
    credentials (from the file, or `credentials` typed in) to the keyring or encrypted file."""
    if checked.problems:
        raise ValueError("the file has problems; nothing is applied")
    rows = to_settings(checked.sync) if checked.sync is not None else {}
    changed = DeskProvisioning(desk).apply(checked.profile, rows, headless=headless)
    credentials = credentials or checked.credentials
    if credentials is None:
        return Applied(changed, None)
    store = credential_store(desk)
    try:
        place = store.save(credentials)
    except OSError as error:
        return Applied(changed, None, error.strerror or type(error).__name__)
    if store.load() != credentials:  # read back: a keyring may accept and drop an entry
        return Applied(changed, None, "they could not be read back")
    return Applied(changed, place)


@dataclass(frozen=True)
class Provisioned:
    """`provision`'s outcome: `applied` is None when the file has problems with this desk
    (`checked.problems`), and then nothing was applied."""

    checked: CheckedFile
    applied: Applied | None
    has_credentials: bool = False  # the desk holds a key and token now (stored before or now)


def provision(
    desk: Desk,
    text: str,
    base_dir: Path,
    *,
    credentials: ApiCredentials | None = None,
    for_all_users: bool = False,
) -> Provisioned:
    """Check the file against the desk and, if it is sound, apply it for the signed-in
    officer (whose permissions `apply` checks). `for_all_users`: the file is the one offered to
    every user of the PC (held to check_file's rule for it)."""
    checked = check_file(text, base_dir, desk=desk, for_all_users=for_all_users)
    if checked.problems:
        return Provisioned(checked, None)
    applied = apply(desk, checked, credentials=credentials)
    return Provisioned(checked, applied, credential_store(desk).place() is not None)


def export_text(desk: Desk, language: str) -> str:
    """The desk's configuration as a provisioning file for the next desk (`language` is the
    interface's, which the desk's database does not hold)."""
    profile = current_profile(desk)
    sections = {name: dict(values) for name, values in profile.sections.items()}
    sections["desk"]["language"] = language
    return render_profile(DeskProfile(sections, profile.mapping, profile.lists))


def export_file(desk: Desk, language: str, target: Path) -> None:
    """Write `export_text` to `target`; an old file at the name stays whole if the disk fills up
    half-way."""
    text = export_text(desk, language)
    with replaced_atomically(target) as out:
        out.write(text)


def current_profile(desk: Desk) -> DeskProfile:
    """The desk's settings as a profile another desk can take: no secrets (a proxy password
    is left out), no personal data, no [desk] id (each PC has its own)."""
    profile = DeskProvisioning(desk).current()
    sections = {name: dict(values) for name, values in profile.sections.items()}
    sections["desk"].pop("id", None)
    config = sync_config(desk)
    lapor: dict[str, Any] = {}
    if config.base_url:
        lapor["base_url"] = config.base_url
    lapor.update(training=config.training, enabled=config.enabled)
    if config.ca_bundle is not None:
        lapor["ca_bundle"] = str(config.ca_bundle)
    if config.proxy:
        lapor["proxy"] = _without_password(config.proxy)
    lapor.update(
        interval_minutes=config.interval_minutes,
        connect_timeout_s=config.connect_timeout_s,
        read_timeout_s=config.read_timeout_s,
    )
    sections["lapor"] = lapor
    return DeskProfile(sections, profile.mapping, profile.lists)


def _secrets_for_all_users(
    checked: CheckedText, lapor: Mapping[str, Any]
) -> list[ProvisionProblem]:
    """A file every user of the PC can read holds no secret: no credentials file to read the
    key and token from, no password in the proxy's address."""
    found = []
    if lapor.get("credentials_file"):
        field = "lapor.credentials_file"
        found.append(
            ProvisionProblem(checked.line(field), field, ProvisionCode.CREDENTIALS_FOR_ALL_USERS)
        )
    proxy = lapor.get("proxy")
    if proxy:
        try:
            has_password = urlsplit(proxy).password is not None
        except ValueError:
            has_password = False  # not an address at all: check_config says so
        if has_password:
            field = "lapor.proxy"
            found.append(
                ProvisionProblem(checked.line(field), field, ProvisionCode.PASSWORD_FOR_ALL_USERS)
            )
    return found


def _merged_config(lapor: Mapping[str, Any], current: SyncConfig) -> SyncConfig:
    changes = {key: value for key, value in lapor.items() if key != "credentials_file"}
    if "ca_bundle" in changes:
        changes["ca_bundle"] = Path(changes["ca_bundle"]) if changes["ca_bundle"] else None
    if "proxy" in changes:
        changes["proxy"] = changes["proxy"] or None
    for name in ("connect_timeout_s", "read_timeout_s"):
        if name in changes:
            changes[name] = float(changes[name])
    return dataclasses.replace(current, **changes)


def _config_problems(
    checked: CheckedText, config: SyncConfig, lapor: Mapping[str, Any]
) -> list[ProvisionProblem]:
    found = []
    for problem in check_config(config):
        field = f"lapor.{problem.field}"
        if problem.field == "base_url" and "base_url" not in lapor and "enabled" in lapor:
            field = "lapor.enabled"  # turned on without an address: point at what did it
        found.append(
            ProvisionProblem(
                checked.line(field),
                field,
                ProvisionCode(problem.code.value),
                minimum=problem.minimum,
                maximum=problem.maximum,
            )
        )
    return found


def _read_credentials(path: Path) -> tuple[ApiCredentials | None, ProvisionProblem | None]:
    """The key and token from a small TOML file: `key = "..."` and `token = "..."`."""
    field = "lapor.credentials_file"

    def problem(code: ProvisionCode, detail: str = "") -> tuple[None, ProvisionProblem]:
        return None, ProvisionProblem(None, field, code, detail)

    try:
        text = read_bounded_text(path)
    except (FileNotFoundError, NotADirectoryError):
        return problem(ProvisionCode.FILE_NOT_FOUND, str(path))
    except FileTooLargeError:
        return problem(ProvisionCode.CREDENTIALS_MALFORMED, "larger than 1 MB")
    except (OSError, UnicodeDecodeError) as error:
        return problem(ProvisionCode.CREDENTIALS_UNREADABLE, getattr(error, "strerror", "") or "")
    try:
        values = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        # Not the reader's message: it may quote the secret it stumbled on.
        return problem(ProvisionCode.CREDENTIALS_MALFORMED, "not TOML")
    unknown = sorted(set(values) - set(_CREDENTIAL_KEYS))
    if unknown:
        return problem(ProvisionCode.CREDENTIALS_MALFORMED, f"unknown key {unknown[0]}")
    for name in _CREDENTIAL_KEYS:
        value = values.get(name)
        if not isinstance(value, str) or not value.strip():
            return problem(ProvisionCode.CREDENTIALS_MALFORMED, f"no {name}")
    return ApiCredentials(values["key"].strip(), values["token"].strip()), None


def _about_address(problems: list[ProvisionProblem]) -> bool:
    """Whether a problem already stands in the way of a request (no point in trying)."""
    fields = {"lapor.base_url", "lapor.ca_bundle", "lapor.proxy", "lapor.enabled"}
    return any(p.field in fields for p in problems)


def _without_password(proxy: str) -> str:
    parts = urlsplit(proxy)
    if parts.password is None:
        return proxy
    host = parts.netloc.rpartition("@")[2]
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit(parts._replace(netloc=user + host))
