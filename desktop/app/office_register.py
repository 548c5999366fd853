"""The office server's register: the desk in its data folder, or a PostgreSQL database.

The server's data folder is a desk's folder in both cases: its key file and recovery key, its
attachments folder (files encrypted under the desk's key), its certificate, logs and the
LAPOR! credentials stay there. With `--database-url` the register itself (events, desks, join
codes, the complaints taken in, the LAPOR! queue) lives in PostgreSQL instead of the folder's
SQLite file. The URL is kept in that SQLite file (encrypted: it may carry a password), so every
later command on the folder (`join-code`, `python -m sync run --once`, `configure`) opens the
same register without being told again.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.services.desk import Desk

log = logging.getLogger("sync.office")

DATABASE_URL = "office.server.database_url"


class RegisterUrlError(ValueError):
    """A `--database-url` this version cannot keep a register in; the message says why."""


class RegisterUnreachableError(Exception):
    """The PostgreSQL register could not be opened (server down, wrong name or password)."""


def check_database_url(url: str) -> str:
    """The URL as it will be used, or RegisterUrlError (before anything is created)."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise RegisterUrlError(f"--database-url is not a database URL: {error}") from error
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        raise RegisterUrlError(
            "the embedded SQLite register lives in --data-dir: leave out --database-url"
        )
    if backend != "postgresql":
        raise RegisterUrlError(
            f"a register on {backend} is not supported: use postgresql+psycopg://USER@HOST/DB "
            "or leave out --database-url for the embedded register"
        )
    if parsed.drivername not in ("postgresql", "postgresql+psycopg"):
        raise RegisterUrlError("use the psycopg 3 driver: postgresql+psycopg://USER@HOST/DB")
    if not parsed.database:
        raise RegisterUrlError("--database-url names no database: ...@HOST:PORT/NAME")
    return url


def shown_url(url: str) -> str:
    """The URL for logs and messages: never its password."""
    return make_url(url).render_as_string(hide_password=True)


def stored_database_url(desk: Desk) -> str | None:
    from desktop.store import reference

    with desk.database.reading() as session:
        return reference.settings(session).get(DATABASE_URL) or None


def remember_database_url(desk: Desk, url: str) -> None:
    from desktop.store import reference

    with desk.database.writing() as session:
        reference.save_settings(session, {DATABASE_URL: url})


def server_register(desk: Desk, database_url: str | None = None) -> Desk:
    """The desk whose database is this folder's office register: `desk` itself for the
    embedded register, else a Desk on the PostgreSQL register `database_url` or the folder
    names (a URL given is remembered once it opened; the folder's own database is closed
    then). Raises RegisterUnreachableError when it cannot be opened."""
    url = database_url or stored_database_url(desk)
    if url is None:
        return desk
    on_register = _on_postgresql(desk, url)
    if database_url is not None:
        try:
            remember_database_url(desk, database_url)
        except BaseException:
            on_register.close()
            raise
    desk.database.close()
    return on_register


def _on_postgresql(desk: Desk, url: str) -> Desk:
    from sqlalchemy.exc import OperationalError

    from desktop.app.paths import regions_csv
    from desktop.store import audit
    from desktop.store.database import open_register
    from desktop.store.regions import load_regions_if_changed

    try:
        register = open_register(url)
    except OperationalError as error:
        # The driver's first line says what failed (refused, no such database, password).
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
        raise RegisterUnreachableError(
            f"the register's database {shown_url(url)} cannot be opened: {reason}"
        ) from error
    try:
        with register.writing() as session:
            # What a desk's opening does for its own file: the regions the complaints name,
            # and the trail's first entry (the register's baseline for `audit verify`).
            if load_regions_if_changed(session, regions_csv()):
                log.info("regions loaded into the register at %s", shown_url(url))
            audit.seal_register_once(session, desk.clock())
    except BaseException:
        register.close()
        raise
    return Desk(desk.paths, register, desk.keys, desk.clock)
