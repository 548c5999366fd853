"""One zip for IT support: versions, settings without secrets, log tails, database figures,
the synchronisation queue's summary and the backups present. Nothing personal in it.

What keeps personal data and secrets out:
- the database is only counted (rows per table), never read row by row;
- settings come from a list of prefixes that hold configuration; a long or free-text value
  (saved views may hold a name someone searched for) is left out, anything that looks like a
  secret is masked, and a URL's user name and password are masked;
- the logs hold no personal data by design (desktop.app.logging_setup); as a second guard every
  text put in the zip has runs of ten or more digits (a NIK has 16, a phone 10 to 13), phone
  numbers written with separators and e-mail addresses replaced.

Any signed-in officer may export it: support is often by telephone with whoever is at the desk,
and there is nothing in it the officer's role would hide. The export is in the audit trail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import platform
import sys
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain.audit_actions import AuditAction
from desktop.domain.redaction import scrub
from desktop.services.access import AccessControl
from desktop.services.backups import list_backups
from desktop.services.desk_finder import DeskPaths
from desktop.store import reference
from desktop.store.database import Database
from desktop.store.errors import storage_faults
from desktop.store.statistics import database_statistics

log = logging.getLogger("desktop.diagnostics")

LOG_TAIL_BYTES = 256 * 1024  # per log file
CRASH_REPORTS = 5  # the newest ones
_SETTING_PREFIXES = (
    "office.",
    "attachments.",
    "security.",
    "sla.",
    "privacy.",
    "backups.",
    "regions.",
    "search.",
    "sync.",
)
_LEFT_OUT = frozenset({"sync.national_templates"})
_SECRET_WORDS = ("password", "secret", "token", "credential", "api_key", "apikey")
_LONGEST_VALUE = 200
_PACKAGES = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "sqlcipher3",
    "cryptography",
    "keyring",
    "requests",
    "holidays",
)


def safe_setting(key: str, value: str) -> str:
    """How a setting appears in the diagnostics: secrets and free text never in clear."""
    if any(word in key.lower() for word in _SECRET_WORDS):
        return "****" if value else ""
    if key in _LEFT_OUT or len(value) > _LONGEST_VALUE:
        return f"({len(value)} characters, left out)"
    return scrub(value)


@dataclass(frozen=True)
class DiagnosticsExport:
    path: Path
    members: list[str]
    size: int


class Diagnostics:
    def __init__(
        self,
        paths: DeskPaths,
        database: Database,
        access: AccessControl,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._paths = paths
        self._database = database
        self._access = access
        self._clock = clock

    def export(
        self, folder: Path, environment: Mapping[str, Mapping[str, Any]]
    ) -> DiagnosticsExport:
        """Write the zip into `folder`. `environment` adds sections the services cannot read
        themselves: "versions" (the Qt run time) and "sync" (the queue's summary)."""
        self._access.signed_in()
        now = self._clock()
        stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
        target = folder / f"meja-aduan-diagnostik-{stamp}.zip"
        sections: dict[str, object] = {
            "versions.json": {**self._versions(), **environment.get("versions", {})},
            "settings.json": self._settings(),
            "database.json": self._database_figures(),
            "sync.json": dict(environment.get("sync", {})),
            "backups.json": self._backups(),
        }
        members: list[str] = []
        partial = folder / f".{target.name}.partial"
        with storage_faults():
            folder.mkdir(parents=True, exist_ok=True)
            try:
                with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr("README.txt", _README.format(time=now.isoformat()))
                    members.append("README.txt")
                    for name, content in sections.items():
                        text = json.dumps(
                            _scrubbed(content), indent=1, ensure_ascii=False, default=str
                        )
                        archive.writestr(name, text)
                        members.append(name)
                    for name, text in self._text_files():
                        archive.writestr(name, scrub(text))
                        members.append(name)
                os.replace(partial, target)
            finally:
                partial.unlink(missing_ok=True)
            size = target.stat().st_size
        with self._database.writing() as session:
            self._access.record(
                session, AuditAction.EXPORT, details={"what": "diagnostics", "file": target.name}
            )
        log.info("diagnostics written: %s", target.name)
        return DiagnosticsExport(target, members, size)

    def _versions(self) -> dict[str, str]:
        import sqlite3

        import sqlcipher3

        versions = {
            "meja_aduan": __version__,
            "python": platform.python_version(),
            "python_build": sys.version.replace("\n", " "),
            "frozen": str(bool(getattr(sys, "frozen", False))),
            "os": platform.platform(),
            "machine": platform.machine(),
            "sqlite_stdlib": sqlite3.sqlite_version,
            "sqlite_sqlcipher": sqlcipher3.sqlite_version,
        }
        for package in _PACKAGES:
            try:
                versions[package] = metadata.version(package)
            except metadata.PackageNotFoundError:
                versions[package] = "not installed"
        return versions

    def _settings(self) -> dict[str, str]:
        with self._database.reading() as session:
            stored = reference.settings(session)
        return {
            key: safe_setting(key, value)
            for key, value in sorted(stored.items())
            if key.startswith(_SETTING_PREFIXES)
        }

    def _database_figures(self) -> dict[str, object]:
        try:
            figures = dataclasses.asdict(
                database_statistics(self._database.path, self._database.key)
            )
        except Exception as error:  # a damaged file is what support most needs to hear of
            figures = {"error": f"{type(error).__name__}: {error}"}
        # The storage as the desk found it: read-only or full, and its last full check.
        figures["opened_read_only"] = str(self._database.read_only or "")
        check = self._database.last_check
        figures["full_check"] = (
            "not run yet"
            if check is None
            else f"{check.checked_at.isoformat()}: {check.problem or 'no damage'}"
        )
        attachments = [p for p in self._paths.attachments.rglob("*") if p.is_file()]
        figures["attachment_files"] = len(attachments)
        figures["attachment_bytes"] = sum(p.stat().st_size for p in attachments)
        return figures

    def _backups(self) -> dict[str, object]:
        folder = self._paths.backups
        files = sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []
        return {
            "folder_files": [{"name": p.name, "bytes": p.stat().st_size} for p in files],
            "backups": [
                {
                    "name": info.path.name,
                    "kind": str(info.kind),
                    "created_at": info.created_at.isoformat(),
                    "revision": info.revision,
                    "attachments": info.attachments,
                }
                for info in list_backups(self._paths)
            ],
        }

    def _text_files(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        logs = self._paths.logs
        if logs.exists():
            for path in sorted(logs.iterdir()):
                if path.is_file() and ".log" in path.name:
                    found.append((f"logs/{path.name}", _tail(path, LOG_TAIL_BYTES)))
        crash = self._paths.data_dir / "crash"
        if crash.exists():
            reports = sorted(crash.glob("crash-*.txt"), reverse=True)[:CRASH_REPORTS]
            found.extend((f"crash/{p.name}", _tail(p, LOG_TAIL_BYTES)) for p in reports)
            fault = crash / "fault.log"
            if fault.exists():
                found.append(("crash/fault.log", _tail(fault, LOG_TAIL_BYTES)))
        return found


def _scrubbed(value: object) -> object:
    """`value` with every string in it scrubbed (numbers, such as file sizes, kept)."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, Mapping):
        return {str(k): _scrubbed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrubbed(v) for v in value]
    return value


def _tail(path: Path, size: int) -> str:
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - size))
        data = handle.read()
    text = data.decode("utf-8", errors="replace")
    if len(data) == size:
        text = text.split("\n", 1)[-1]  # the first line is probably cut
    return text


_README = """Meja Aduan diagnostics, made {time}.

For IT support. It holds no complaint, no personal data and no password:
versions.json   program, Python, Qt, SQLite/SQLCipher and OS versions
settings.json   the desk's settings (secrets masked, free text left out)
database.json   schema revision, rows per table, file sizes, integrity check
sync.json       SP4N-LAPOR! queue: items by state, last round
backups.json    backups in the data folder
logs/           the end of each log file
crash/          the newest crash reports
Long digit runs, phone numbers and e-mail addresses are replaced in every file.
"""
