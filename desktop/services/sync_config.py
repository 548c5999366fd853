"""How the desk reaches LAPOR!: the settings IT staff set, their checks, and what requests needs.

They are the desk's own settings (the national sync in `sync/` reads them, provisioning and the
settings dialog write them), so they live with the desk's services.

The settings live in the desk's database as text rows keyed `sync.<field>`; a missing row means
the default (synchronisation off, no address). Checks return problem codes, not sentences: the
interface words them in the user's language.

Production is HTTPS only. Plain HTTP is accepted for the loopback address alone, where the
sandbox hub ("mode latihan") runs; nothing leaves the machine there.
"""

from __future__ import annotations

import ipaddress
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import SplitResult, urlsplit, urlunsplit

from cryptography import x509

from desktop.store import reference

if TYPE_CHECKING:
    from desktop.services.desk import Desk

log = logging.getLogger("sync")

PREFIX = "sync."
# Bounds (inclusive). A connection that takes two minutes to open is down; a round more often
# than every five minutes would load the national system for little gain.
CONNECT_TIMEOUT_RANGE = (1.0, 120.0)
READ_TIMEOUT_RANGE = (1.0, 600.0)
INTERVAL_MINUTES_RANGE = (5, 1440)
_LOOPBACK_NAMES = frozenset({"localhost"})
_MASK = "****"


@dataclass(frozen=True, repr=False)
class SyncConfig:
    """Connection settings for LAPOR!. `training` is true when pointed at a sandbox hub."""

    base_url: str = ""
    ca_bundle: Path | None = None  # a PEM file of the office's or ministry's CA certificates
    proxy: str | None = None  # http(s)://[user:password@]host:port
    connect_timeout_s: float = 10
    read_timeout_s: float = 30
    interval_minutes: int = 15  # how often the app syncs on its own
    training: bool = False
    enabled: bool = False

    def __repr__(self) -> str:
        # A proxy password must not reach a log line or a crash report through a repr.
        shown = ", ".join(
            f"{f.name}={mask_proxy(self.proxy) if f.name == 'proxy' else getattr(self, f.name)!r}"
            for f in fields(self)
        )
        return f"SyncConfig({shown})"

    __str__ = __repr__


class ConfigProblemCode(StrEnum):
    MISSING = "missing"
    NOT_HTTP_URL = "not_http_url"  # not an http(s) URL with a host
    HTTPS_REQUIRED = "https_required"  # plain http to anything but this machine
    RELATIVE_PATH = "relative_path"  # would depend on the folder the program was started from
    FILE_NOT_FOUND = "file_not_found"
    NOT_PEM_CERTIFICATE = "not_pem_certificate"
    MALFORMED_URL = "malformed_url"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with a setting: the SyncConfig field, the problem, and for OUT_OF_RANGE
    the allowed bounds."""

    field: str
    code: ConfigProblemCode
    minimum: float | None = None
    maximum: float | None = None


class RequestsOptions(TypedDict):
    """What a `requests` session and its calls take: `verify` and `proxies` are Session
    attributes, `timeout` goes with each request."""

    verify: str | bool
    proxies: dict[str, str]
    timeout: tuple[float, float]


def check_config(config: SyncConfig) -> list[ConfigProblem]:
    """Every problem with `config`; empty when it can be used (or is off and otherwise sound)."""
    problems: list[ConfigProblem] = []
    if config.base_url.strip():
        code = _base_url_problem(config.base_url.strip())
        if code is not None:
            problems.append(ConfigProblem("base_url", code))
    elif config.enabled:
        problems.append(ConfigProblem("base_url", ConfigProblemCode.MISSING))
    if config.ca_bundle is not None:
        code = _ca_bundle_problem(config.ca_bundle)
        if code is not None:
            problems.append(ConfigProblem("ca_bundle", code))
    if config.proxy and not _is_proxy_url(config.proxy):
        problems.append(ConfigProblem("proxy", ConfigProblemCode.MALFORMED_URL))
    for name, (low, high) in (
        ("connect_timeout_s", CONNECT_TIMEOUT_RANGE),
        ("read_timeout_s", READ_TIMEOUT_RANGE),
        ("interval_minutes", INTERVAL_MINUTES_RANGE),
    ):
        value = getattr(config, name)
        if not (math.isfinite(value) and low <= value <= high):
            problems.append(ConfigProblem(name, ConfigProblemCode.OUT_OF_RANGE, low, high))
    return problems


def sync_config(desk: Desk) -> SyncConfig:
    """The open desk's sync settings as stored."""
    with desk.database.reading() as session:
        return from_settings(reference.settings(session))


def to_settings(config: SyncConfig) -> dict[str, str]:
    """The settings rows for `config`, keys prefixed `sync.`."""
    rows: dict[str, str] = {}
    for f in fields(config):
        value = getattr(config, f.name)
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        rows[PREFIX + f.name] = text
    return rows


def from_settings(rows: Mapping[str, str]) -> SyncConfig:
    """The config from settings rows (other keys ignored). A missing row gives the default; an
    unreadable one too, with a warning (rows edited by hand should not stop the desk)."""
    default = SyncConfig()

    def text(name: str) -> str:
        return rows.get(PREFIX + name, "").strip()

    def number(name: str, kind: type[float] | type[int]) -> float:
        raw = text(name)
        if not raw:
            return float(getattr(default, name))
        try:
            return kind(raw)
        except ValueError:
            log.warning("setting %s%s is not a number; default used", PREFIX, name)
            return float(getattr(default, name))

    def flag(name: str) -> bool:
        raw = text(name).lower()
        if raw in ("true", "false"):
            return raw == "true"
        if raw:
            log.warning("setting %s%s is neither true nor false; default used", PREFIX, name)
        return bool(getattr(default, name))

    return SyncConfig(
        base_url=text("base_url"),
        ca_bundle=Path(text("ca_bundle")) if text("ca_bundle") else None,
        proxy=text("proxy") or None,
        connect_timeout_s=float(number("connect_timeout_s", float)),
        read_timeout_s=float(number("read_timeout_s", float)),
        interval_minutes=int(number("interval_minutes", int)),
        training=flag("training"),
        enabled=flag("enabled"),
    )


def requests_options(config: SyncConfig) -> RequestsOptions:
    """`verify`, `proxies` and `timeout` for requests. Certificates are always verified: against
    the CA bundle when one is set, else against the system's (certifi's) roots."""
    proxies = {"http": config.proxy, "https": config.proxy} if config.proxy else {}
    return {
        "verify": str(config.ca_bundle) if config.ca_bundle is not None else True,
        "proxies": proxies,
        "timeout": (float(config.connect_timeout_s), float(config.read_timeout_s)),
    }


def mask_proxy(proxy: str | None) -> str | None:
    """`proxy` with its password (if any) replaced by ****, for showing and logging."""
    if not proxy or "@" not in proxy:
        return proxy
    try:
        parts = urlsplit(proxy)
    except ValueError:
        parts = None
    if parts is not None and parts.netloc and parts.password is not None:
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:{_MASK}@{host}"))
    # Not a URL we can take apart (no scheme, say): hide all that comes before the host.
    return f"{_MASK}@{proxy.rpartition('@')[2]}"


def _base_url_problem(url: str) -> ConfigProblemCode | None:
    parts = _split(url)
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return ConfigProblemCode.NOT_HTTP_URL
    if parts.username is not None or parts.query or parts.fragment:
        # Credentials go in the API headers, not the address; a base has no query.
        return ConfigProblemCode.NOT_HTTP_URL
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return ConfigProblemCode.HTTPS_REQUIRED
    return None


def _ca_bundle_problem(path: Path) -> ConfigProblemCode | None:
    if not path.is_absolute():
        return ConfigProblemCode.RELATIVE_PATH
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return ConfigProblemCode.FILE_NOT_FOUND
    except OSError:
        return ConfigProblemCode.FILE_NOT_FOUND  # unreadable to us is as good as absent
    try:
        x509.load_pem_x509_certificates(data)
    except ValueError:
        return ConfigProblemCode.NOT_PEM_CERTIFICATE
    return None


def _is_proxy_url(proxy: str) -> bool:
    parts = _split(proxy.strip())
    return (
        parts is not None
        and parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and parts.path in ("", "/")
        and not parts.query
        and not parts.fragment
    )


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or too big
    except ValueError:
        return None
    if any(c.isspace() for c in url):
        return None
    return parts


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    # 127.0.0.1 and ::1 only: the sandbox hub binds there (not the rest of 127/8).
    return address in (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))
