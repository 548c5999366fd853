"""A desk set up to synchronise with a sandbox hub, and the engine's clock that tests move."""

from __future__ import annotations

import datetime as dt

from desktop.services.desk import Desk
from desktop.services.sync_config import SyncConfig, to_settings
from desktop.services.sync_credentials import ApiCredentials, credential_store
from desktop.store import national, reference
from tests.helpers.hub import InProcessHub


class MovableClock:
    """The engine's clock: real time plus what the test moves it forward by (the hub's
    national side is moved by the same amount)."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset


def point_desk_at(desk: Desk, hub: InProcessHub, key: str | None = None) -> None:
    config = SyncConfig(base_url=hub.url, training=True, enabled=True)
    with desk.database.writing() as session:
        reference.save_settings(session, to_settings(config))
        national.set_mapping(session, "institution", "default", "1017", "manual")
    credential_store(desk).save(ApiCredentials(key or hub.key, hub.token))
