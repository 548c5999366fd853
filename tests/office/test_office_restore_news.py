"""The office server's disk is lost after it learnt SP4N-LAPOR!'s news: its register is restored
from the last backup (SQLite: `python -m sync.office restore`; PostgreSQL: `pg_restore`, then
`restored`), which lacks the server's own events made after it (a tracking id, the national
news). The desks that pulled them give them back: every desk and a desk that joins afterwards
end with the same register, no news twice, and nothing goes to LAPOR! twice: not even an answer
the backup still owed LAPOR! that the server sent after it, nor a complaint the server created
on LAPOR! after the backup whose tracking id no desk holds (the disk went before any desk pulled
it): pushed again, it is looked for on LAPOR! before anything is sent.

Run with the hub's own answers (its look-up by reference), and with a deployment unlike it (no
look-up by reference, answer shapes drawn per answer, no categories list: IT staff map the
register's categories by hand), where a complaint of unknown outcome is found between its
neighbours."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.office import SERVER_DESK_ID
from desktop.domain.outbox import OWED
from desktop.services.desk import Desk
from desktop.store import follow_up, outbox
from desktop.store.schema import Complaint, OfficeEvent, OfficeKept
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import join_office
from sync.report import RoundOutcome
from sync.setup import build_engine
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.exactly_once import VARIED, DecisionTally, map_categories_by_hand
from tests.helpers.hub import InProcessHub
from tests.helpers.office import OfficeServer, open_copy, open_register, run_module
from tests.helpers.office_desks import register_of
from tests.helpers.sync import MovableClock, point_desk_at

pytestmark = pytest.mark.slow


@pytest.fixture
def desks(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[list[Desk]]:
    opened = [open_copy(template_desk, tmp_path / name) for name in ("a", "b", "c")]
    yield opened
    for desk in opened:
        desk.close()


def server_round(
    server: OfficeServer, template: TemplateDesk, hub: InProcessHub, clock: MovableClock
) -> None:
    """One LAPOR! round of the server (the engine its serving process runs, on its register),
    after the serving process's own round if one is running (the round's lock)."""
    register = open_register(server, template)
    try:
        point_desk_at(register, hub)
        rounds = build_engine(register, clock=clock, workers=1)
        deadline = time.monotonic() + 60
        outcome = rounds.run_round().outcome
        while outcome is RoundOutcome.BUSY and time.monotonic() < deadline:
            time.sleep(0.2)  # the serving process's own round holds the lock: a deadline
            outcome = rounds.run_round().outcome
        assert outcome is RoundOutcome.DONE
    finally:
        register.close()


def national_news(desk: Desk, uuid: str) -> list[str]:
    with desk.database.reading() as session:
        complaint_id = session.execute(select(Complaint.id).where(Complaint.uuid == uuid)).scalar()
        assert complaint_id is not None, "the complaint is not on this desk"
        history = follow_up.events_of(session, complaint_id)
    return [r.event.text for r in history if r.event.kind is EventKind.NATIONAL]


def tracking_ids(desk: Desk) -> dict[str, str]:
    with desk.database.reading() as session:
        rows = session.execute(select(Complaint.uuid, Complaint.national_tracking_id))
        return {uuid: tracking for uuid, tracking in rows}


ANSWER = "Jalan sudah ditambal oleh Dinas PUPR pada 20 November."


def on_lapor(hub: InProcessHub) -> list[str]:
    """The uuid of each complaint on LAPOR!, as often as it is there (the hub's own list)."""
    return [c["tags_raw"].removeprefix("meja-aduan:") for c in hub.complaints()]


def answers_on(hub: InProcessHub, uuid: str) -> int:
    """How many times the answer is in the complaint's follow-ups on LAPOR!."""
    (complaint,) = [c for c in hub.complaints() if c["tags_raw"] == f"meja-aduan:{uuid}"]
    return sum(1 for f in complaint["followups"] if f["content"].startswith(ANSWER))


def map_by_hand(server: OfficeServer, template: TemplateDesk, hub: InProcessHub) -> None:
    """IT staff map the register's categories by hand (the deployment lists none)."""
    register = open_register(server, template)
    try:
        assert map_categories_by_hand(register, hub) > 0
    finally:
        register.close()


def server_events(server: OfficeServer, template: TemplateDesk) -> list[str]:
    """The ids of the server's own events in its register."""
    register = open_register(server, template)
    try:
        with register.database.reading() as session:
            query = select(OfficeEvent.id).where(OfficeEvent.desk_id == SERVER_DESK_ID)
            return list(session.execute(query).scalars())
    finally:
        register.close()


@pytest.mark.parametrize(
    ("register_url", "varied"),
    [("sqlite", False), ("postgresql", False), ("sqlite", True)],
    ids=["sqlite-hub-shapes", "postgresql-hub-shapes", "sqlite-lookup-off-shapes-varied"],
    indirect=["register_url"],
)
def test_the_servers_own_news_after_the_backup_comes_back_from_the_desks(
    server: OfficeServer,
    template_desk: TemplateDesk,
    hub: InProcessHub,
    desks: list[Desk],
    tmp_path: Path,
    varied: bool,
) -> None:
    a, b, c = desks
    key = template_desk.recovery_key
    clock = MovableClock()
    if varied:
        map_by_hand(server, template_desk, hub)  # in the register: the backup keeps it
        hub.set_variants(**VARIED)
    for desk, name in ((a, "a"), (b, "b")):
        join_office(desk, server.join_code(label=name))
    first = a.intake.record(good_draft(a, title="Sebelum cadangan"))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    server_round(server, template_desk, hub, clock)  # sent; its tracking id is the server's
    assert [exchange(d).outcome for d in (a, b)] == [ExchangeOutcome.DONE] * 2
    # A answers the complainant; the server owes LAPOR! the answer when the backup is made.
    now = dt.datetime.now(dt.UTC)
    a.follow_up.add(first.id, FollowUpEvent(EventKind.VERIFIED, now))
    unit = a.reference.institutions()[0].id
    a.follow_up.add(first.id, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit))
    a.follow_up.add(first.id, FollowUpEvent(EventKind.ANSWERED, now, text=ANSWER))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    # The night's backup.
    if server.database_url:
        dump = tmp_path / "register.dump"
        plain_url = server.database_url.replace("+psycopg", "")
        subprocess.run(["pg_dump", "--format=custom", "--file", str(dump), plain_url], check=True)
    else:
        kept = tmp_path / "kept"
        kept.mkdir()
        backed_up = run_module("sync.office", "backup", "--data-dir", str(server.data_dir),
                               "--out", str(kept), recovery_key=key)  # fmt: skip
        assert backed_up.returncode == 0, backed_up.stderr
        (backup,) = kept.glob("*.zip")

    # The next day: the answer and a second complaint go to LAPOR!, then LAPOR! moves both
    # complaints along; the server makes its own events of it, which both desks pull.
    second = a.intake.record(good_draft(a, title="Sesudah cadangan"))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    server_round(server, template_desk, hub, clock)
    assert answers_on(hub, first.uuid) == 1
    hub.advance(days=6)
    clock.offset = dt.timedelta(days=6)
    server_round(server, template_desk, hub, clock)
    assert [exchange(d).outcome for d in (a, b)] == [ExchangeOutcome.DONE] * 2
    news = {uuid: national_news(a, uuid) for uuid in (first.uuid, second.uuid)}
    assert all(any("Selesai" in text for text in texts) for texts in news.values())
    # A third complaint reaches the server, which creates it on LAPOR!; the disk is lost
    # before any desk pulls its tracking id, so none can give it back.
    third = a.intake.record(good_draft(a, title="Sesudah cadangan, sebelum kehilangan"))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    server_round(server, template_desk, hub, clock)
    assert sorted(on_lapor(hub)) == sorted([first.uuid, second.uuid, third.uuid])
    lost = set(server_events(server, template_desk))
    on_hub = {c["tags_raw"].removeprefix("meja-aduan:"): str(c["id"]) for c in hub.complaints()}
    assert third.uuid not in tracking_ids(b)  # B never pulled it
    assert tracking_ids(a)[third.uuid] is None  # nor A its tracking id

    # The disk is lost; the backup restored; the server serves again.
    server.stop()
    if server.database_url:
        subprocess.run(["pg_restore", "--clean", "--dbname", plain_url, str(dump)], check=True)
        told = run_module("sync.office", "restored", "--data-dir", str(server.data_dir),
                          recovery_key=key)  # fmt: skip
    else:
        shutil.rmtree(server.data_dir)
        server.data_dir.mkdir()
        told = run_module("sync.office", "restore", "--data-dir", str(server.data_dir),
                          "--from", str(backup), recovery_key=key)  # fmt: skip
    assert told.returncode == 0, told.stderr
    server.start()
    # A round first: the register learns again the first complaint's news from the backup's
    # place, before the desks give it back.
    server_round(server, template_desk, hub, clock)
    assert not lost <= set(server_events(server, template_desk))  # the register lacks them

    # B, which never recorded the second complaint, gives back what it holds first; then A
    # pushes the complaint again, and the third, whose tracking id nobody gives back; then a
    # new desk joins.
    for desk in (b, a, b, a):
        assert exchange(desk).outcome is ExchangeOutcome.DONE
    join_office(c, server.join_code(label="c"))
    assert exchange(c).outcome is ExchangeOutcome.DONE
    # The third's create may have been sent (it was): looked for on LAPOR! (by reference, or
    # between its neighbours without the look-up), found, never sent again.
    with DecisionTally() as tally:
        server_round(server, template_desk, hub, clock)
    assert sorted(on_lapor(hub)) == sorted([first.uuid, second.uuid, third.uuid])  # each once
    assert tally.decisions["create found"] == 1, tally.decisions  # the third, by itself
    for desk in (a, b, c):
        assert exchange(desk).outcome is ExchangeOutcome.DONE

    assert sorted(on_lapor(hub)) == sorted([first.uuid, second.uuid, third.uuid])  # each once
    assert answers_on(hub, first.uuid) == 1  # the restored register owed it again: found, not sent
    for desk in (a, b, c):
        assert tracking_ids(desk) == on_hub
        for uuid, texts in news.items():
            assert national_news(desk, uuid) == texts  # each entry once, on every desk
    assert register_of(a) == register_of(b) == register_of(c)
    server.stop()
    register = open_register(server, template_desk)
    try:
        with register.database.reading() as session:
            ids = list(session.execute(select(OfficeEvent.id)).scalars())
            owed = outbox.counts(session)
    finally:
        register.close()
    assert len(ids) == len(set(ids))
    assert sum(owed[state] for state in OWED) == 0
    with a.database.reading() as session:
        kept = session.execute(select(OfficeKept.id).where(OfficeKept.give_back)).all()
        assert kept == []  # nothing waits to be given back
