"""An office register as the store's tests on both engines use it: opened by URL
(`desktop.store.database.open_register`), with the desk's own services composed around it as
the desk composes them, a signed-in administrator and the few regions a good draft names."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Role
from desktop.services.access import AccessControl, Actor
from desktop.services.audit_trail import AuditTrail
from desktop.services.due_dates import DueDateKeeper
from desktop.services.follow_up import FollowUpService
from desktop.services.intake import IntakeService
from desktop.services.lists import ReferenceLists, Worklist
from desktop.services.reports import Reports
from desktop.services.settings import DeskSettingsStore
from desktop.store import accounts, audit
from desktop.store.attachment_files import AttachmentFolder
from desktop.store.database import Database, open_register
from desktop.store.regions import load_regions_if_changed
from tests.helpers.clocks import Clock

# The regions `tests.helpers.desks.good_draft` names, with their parents: loading all 91,600
# for every register would only slow the tests down.
REGIONS_CSV = """kode,nama
32,JAWA BARAT
32.01,KAB. BOGOR
32.01.01,Cibinong
32.01.01.1001,Pakansari
32.01.01.1002,Tengah
"""


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'register.sqlite'}"


@dataclass
class Register:
    """A register and the services on it (see the module's notes)."""

    database: Database
    clock: Clock
    access: AccessControl
    settings: DeskSettingsStore
    reference: ReferenceLists
    intake: IntakeService
    follow_up: FollowUpService
    worklist: Worklist
    reports: Reports
    audit: AuditTrail
    folder: Path

    @property
    def engine(self) -> str:
        return self.database.engine.dialect.name

    def close(self) -> None:
        self.database.close()


def open_test_register(url: str, folder: Path, now: dt.datetime) -> Register:
    folder.mkdir(parents=True, exist_ok=True)
    database = open_register(url)
    clock = Clock(now)
    regions = folder / "regions.csv"
    regions.write_text(REGIONS_CSV, encoding="utf-8")
    with database.writing() as session:
        load_regions_if_changed(session, regions)
        audit.append_desk_created(session, now)
        admin = accounts.add(
            session,
            username="admin",
            full_name="Admin Kantor",
            role=Role.ADMIN.value,
            password_hash="not-used-here",
            now=now,
        )
        admin_id = admin.id
    access = AccessControl(clock)
    access.sign_in(Actor(admin_id, "admin", "Admin Kantor", Role.ADMIN))
    settings = DeskSettingsStore(database, access)
    due_dates = DueDateKeeper(database, settings, clock)
    attachments = AttachmentFolder(folder / "attachments", os.urandom(32))
    return Register(
        database=database,
        clock=clock,
        access=access,
        settings=settings,
        reference=ReferenceLists(database, access),
        intake=IntakeService(database, attachments, settings, due_dates, access, clock),
        follow_up=FollowUpService(database, access, due_dates, clock),
        worklist=Worklist(database, access, attachments, due_dates, clock),
        reports=Reports(database, settings, access, clock),
        audit=AuditTrail(database, access),
        folder=folder,
    )
