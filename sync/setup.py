"""Putting a round together for an open desk: its settings, its credentials, the adapter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.services.desk import Desk
from desktop.services.sync_config import check_config, requests_options, sync_config
from desktop.services.sync_credentials import credential_store
from desktop.store import office
from sync.engine import AUTH_PAUSE_S, DEFAULT_WORKERS, SyncEngine
from sync.lapor import LaporClient

LOCK_FILE_NAME = "sync.lock"


class NotConfiguredError(Exception):
    """Synchronisation is off, or lacks an address or credentials; the message says which."""


def build_engine(
    desk: Desk,
    *,
    clock: Callable[[], dt.datetime] | None = None,
    workers: int | None = None,
    auth_pause_s: float = AUTH_PAUSE_S,
) -> SyncEngine:
    with desk.database.reading() as session:
        if office.link(session) is not None:
            # In an office only the server talks to SP4N-LAPOR!: one sender, no duplicates.
            raise NotConfiguredError(
                "this desk is part of an office: the office server talks to LAPOR!"
            )
    config = sync_config(desk)
    if not config.enabled:
        raise NotConfiguredError("synchronisation is turned off in Settings")
    problems = check_config(config)
    if problems:
        raise NotConfiguredError(
            "the sync settings are not valid: "
            + ", ".join(p.field + " " + p.code.value for p in problems)
        )
    credentials = credential_store(desk).load()
    if credentials is None:
        raise NotConfiguredError("no LAPOR! API key and token are stored on this computer")
    options = requests_options(config)
    api = LaporClient(
        config.base_url,
        credentials.key,
        credentials.token,
        verify=options["verify"],
        proxies=options["proxies"],
        timeout=options["timeout"],
    )
    return SyncEngine(
        desk.database,
        desk.attachment_folder,
        api,
        desk.due_dates,
        desk.paths.data_dir / LOCK_FILE_NAME,
        clock=clock or desk.clock,
        workers=workers or DEFAULT_WORKERS,
        auth_pause_s=auth_pause_s,
    )
