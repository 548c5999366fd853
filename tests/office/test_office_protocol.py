"""The office protocol and event kinds a desk's release cannot read, with a real server process
(its register on SQLite and on PostgreSQL: tests/office/conftest.py).

Protocol 2 brought the server's own `national_tracking` events, which a desk of protocol 1
fails on: the server refuses such desks with the handshake's message. A kind a desk does not
know (a newer server's) is kept unread without failing the pull, and applied once the desk
knows it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop.domain.office import MIN_DESK_PROTOCOL, PROTOCOL, SERVER_DESK_ID, OfficeEventKind
from desktop.services.desk import Desk
from desktop.services.sync_credentials import office_credential_store
from desktop.store import office
from desktop.store.schema import Complaint, OfficeEvent, OfficeKept
from sync.office.client import OfficeClient, OfficeRefusedError
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import CERTIFICATE_FILE
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.office import OfficeServer, joined_desk, open_register

pytestmark = pytest.mark.slow

AT = dt.datetime(2026, 12, 16, 9, 0, tzinfo=dt.UTC)


def titles(desk: Desk) -> list[str]:
    return sorted(s.title for s in desk.worklist.summaries(desk.worklist.ids()).values())


def test_a_desk_of_protocol_1_is_told_to_update_before_it_meets_national_tracking(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    assert PROTOCOL == MIN_DESK_PROTOCOL == 2
    a = joined_desk(server, new_desk, "a")
    secret = office_credential_store(a).load()
    assert secret is not None
    older = OfficeClient(
        server.address,
        a.paths.data_dir / CERTIFICATE_FILE,
        desk_id=secret.key,
        secret=secret.token,
        desk_protocol=1,  # the release before national_tracking
    )
    try:
        with pytest.raises(OfficeRefusedError, match="update Meja Aduan on this desk") as refused:
            older.hello()
        assert refused.value.error == "version"
        with pytest.raises(OfficeRefusedError, match="needs 2 to 2"):
            older.pull(0)  # refused whatever it asks: it is never handed what it cannot read
    finally:
        older.close()
    assert exchange(a).outcome is ExchangeOutcome.DONE  # the same desk, updated


def _add_to_register(
    server: OfficeServer, template: TemplateDesk, kind: str, payload: dict[str, object]
) -> None:
    """An event of the server's own into its register, as a newer server would make it."""
    register = open_register(server, template)
    try:
        with register.database.writing() as session:
            session.add(
                OfficeEvent(
                    id=str(uuid.uuid4()),
                    desk_id=SERVER_DESK_ID,
                    desk_sequence=1000,
                    based_on=0,
                    kind=kind,
                    payload=json.dumps(payload),
                    received_at=AT,
                )
            )
    finally:
        register.close()


def test_an_event_of_a_kind_the_desk_does_not_know_is_kept_and_the_pull_goes_on(
    server: OfficeServer, template_desk: TemplateDesk, new_desk: Callable[[str], Desk]
) -> None:
    a = joined_desk(server, new_desk, "a")
    b = joined_desk(server, new_desk, "b")
    a.intake.record(good_draft(a, title="Sebelum"))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    _add_to_register(server, template_desk, "complaint_merged_v9", {"complaint": "x"})
    a.intake.record(good_draft(a, title="Sesudah"))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    assert exchange(b).outcome is ExchangeOutcome.DONE
    assert titles(b) == ["Sebelum", "Sesudah"]  # the events after it were applied
    with b.database.reading() as session:
        kept = session.execute(select(OfficeKept.kind, OfficeKept.unread)).all()
        position = office.pulled_position(session)
    assert kept == [("complaint_merged_v9", True)]  # kept, never dropped
    assert exchange(b).outcome is ExchangeOutcome.DONE  # and the pull does not stall on it
    with b.database.reading() as session:
        assert office.pulled_position(session) == position


def test_an_event_kept_unread_is_applied_once_the_desk_knows_its_kind(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    """A release that kept a `national_tracking` event unread (it came before the desk knew
    the kind), upgraded: the next exchange applies it and the complaint shows its id."""
    a = joined_desk(server, new_desk, "a")
    recorded = a.intake.record(good_draft(a))
    assert exchange(a).outcome is ExchangeOutcome.DONE
    with a.database.writing() as session:
        session.add(
            OfficeKept(
                id=str(uuid.uuid4()),
                position=office.pulled_position(session),
                kind=OfficeEventKind.NATIONAL_TRACKING.value,
                payload=json.dumps({"complaint": recorded.uuid, "tracking_id": "1916042"}),
                seal=None,
                unread=True,
                give_back=False,
            )
        )
    assert exchange(a).outcome is ExchangeOutcome.DONE
    record = a.worklist.record(recorded.id)  # what the complaint's detail shows
    assert record is not None and record.national_tracking_id == "1916042"
    with a.database.reading() as session:
        assert session.execute(select(OfficeKept.unread)).scalars().all() == [False]
        tracking = session.execute(
            select(Complaint.national_tracking_id).where(Complaint.id == recorded.id)
        ).scalar_one()
    assert tracking == "1916042"


def _client_of(desk: Desk) -> OfficeClient:
    credential = office_credential_store(desk).load()
    assert credential is not None
    with desk.database.reading() as session:
        link = office.link(session)
    assert link is not None
    return OfficeClient(
        link.server_url,
        desk.paths.data_dir / CERTIFICATE_FILE,
        desk_id=credential.key,
        secret=credential.token,
    )


def test_a_desk_pulls_pages_of_the_size_it_asks_for_and_one_that_asks_none_gets_the_old_size(
    server: OfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    """A joining desk catches up in fewer, larger pages; a desk that asks for no size (an
    older release) is handed pages of the size it always was."""
    from desktop.domain.office import PULL_BATCH, PULL_PAGE, PUSH_BATCH
    from sync.office import protocol

    pushing, pulling = _client_of(joined_desk(server, new_desk, "a")), None
    count = PULL_BATCH + 100
    events = [
        {
            "id": str(uuid.uuid4()),
            "sequence": n + 1,
            "based_on": 0,
            "kind": "follow_up_added",
            "payload": {"complaint": str(uuid.uuid4()), "kind": "note", "at": AT.isoformat()},
        }
        for n in range(count)
    ]
    try:
        pushing.hello()
        for start in range(0, count, PUSH_BATCH):  # a full batch is taken whole
            results = pushing.push(events[start : start + PUSH_BATCH])
            assert {r["result"] for r in results} == {"stored"}
        pulling = _client_of(joined_desk(server, new_desk, "b"))
        pulling.hello()
        assert len(pulling.pull(0)["events"]) == min(count, PULL_PAGE) == count
        older = pulling._call("GET", protocol.PULL, params={"after": 0})  # no size asked
        assert len(older["events"]) == PULL_BATCH
    finally:
        pushing.close()
        if pulling is not None:
            pulling.close()
