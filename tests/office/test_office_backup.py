"""The embedded office register's backup, as IT staff script it: `python -m sync.office backup`
while the server serves, the server's disk lost, `restore` from that backup, and the desks that
had joined go on exchanging with the restored server (the same certificate they pinned)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.services.desk import Desk
from sync.office.exchange import ExchangeOutcome, exchange
from sync.office.join import join_office
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.office import (
    OfficeServer,
    copy_template,
    open_copy,
    run_module,
)
from tests.helpers.office_desks import office_events_of, outgoing_of

pytestmark = pytest.mark.slow


@pytest.fixture
def server(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"), template_desk.recovery_key
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture
def joined_desk(
    server: OfficeServer, template_desk: TemplateDesk, tmp_path: Path
) -> Iterator[Callable[[str], Desk]]:
    opened: list[Desk] = []

    def make(name: str) -> Desk:
        desk = open_copy(template_desk, tmp_path / name)
        opened.append(desk)
        join_office(desk, server.join_code(label=name))
        return desk

    yield make
    for desk in opened:
        desk.close()


def titles(desk: Desk) -> list[str]:
    return sorted(s.title for s in desk.worklist.summaries(desk.worklist.ids()).values())


def test_a_register_restored_from_its_backup_serves_the_desks_that_joined_before(
    server: OfficeServer,
    joined_desk: Callable[[str], Desk],
    template_desk: TemplateDesk,
    tmp_path: Path,
) -> None:
    a, b = joined_desk("a"), joined_desk("b")
    a.intake.record(good_draft(a, title="Jalan berlubang di Jl. Melati"))
    assert exchange(a).outcome is ExchangeOutcome.DONE

    # The nightly backup, into a folder, while the server serves.
    folder = tmp_path / "usb"
    folder.mkdir()
    made = run_module(
        "sync.office",
        "backup",
        "--data-dir",
        str(server.data_dir),
        "--out",
        str(folder),
        recovery_key=template_desk.recovery_key,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"backup written: {folder}")
    (backup,) = folder.iterdir()

    # The server's disk is lost; the register comes back from the backup into a new folder.
    server.stop()
    shutil.rmtree(server.data_dir)
    restored = run_module(
        "sync.office",
        "restore",
        "--data-dir",
        str(server.data_dir),
        "--from",
        str(backup),
        recovery_key=template_desk.recovery_key,
    )
    assert restored.returncode == 0, restored.stderr
    assert "server certificate restored" in restored.stdout
    assert oct((server.data_dir / "office-server-key.pem").stat().st_mode & 0o077) == "0o0"
    server.start()

    # Desk B never saw A's complaint: it exchanges with the restored server as before (no new
    # join: the certificate it pinned and its credentials are in the backup) and gets it.
    assert "Jalan berlubang di Jl. Melati" not in titles(b)
    assert exchange(b).outcome is ExchangeOutcome.DONE
    assert "Jalan berlubang di Jl. Melati" in titles(b)


def test_an_exchange_meeting_a_register_restored_since_its_handshake_stops_the_next_catches_up(
    server: OfficeServer,
    joined_desk: Callable[[str], Desk],
    template_desk: TemplateDesk,
    tmp_path: Path,
) -> None:
    from desktop.services.sync_credentials import office_credential_store
    from desktop.store import office
    from sync.office.client import OfficeClient, OfficeUnreachableError
    from sync.office.join import CERTIFICATE_FILE

    a, b = joined_desk("a"), joined_desk("b")
    assert exchange(b).outcome is ExchangeOutcome.DONE
    key = template_desk.recovery_key
    made = run_module("sync.office", "backup", "--data-dir", str(server.data_dir),
                      "--out", str(tmp_path), recovery_key=key)  # fmt: skip
    assert made.returncode == 0, made.stderr
    (backup,) = tmp_path.glob("*.zip")
    a.intake.record(good_draft(a, title="Lampu jalan mati di Jl. Kenanga"))
    assert exchange(a).outcome is ExchangeOutcome.DONE  # stored after the backup
    assert exchange(b).outcome is ExchangeOutcome.DONE

    # B's exchange has shaken hands when the server is stopped and its backup restored.
    with b.database.reading() as session:
        link = office.link(session)
    assert link is not None
    secret = office_credential_store(b).load()
    assert secret is not None
    client = OfficeClient(
        link.server_url,
        b.paths.data_dir / CERTIFICATE_FILE,
        desk_id=secret.key,
        secret=secret.token,
    )
    try:
        client.hello()
        server.stop()
        restored = run_module("sync.office", "restore", "--data-dir", str(server.data_dir),
                              "--from", str(backup), recovery_key=key)  # fmt: skip
        assert restored.returncode == 0, restored.stderr
        server.start()
        # The restored register gives other positions: this exchange stops there.
        with pytest.raises(OfficeUnreachableError, match="restored"):
            client.pull(0)
    finally:
        client.close()

    # The next exchanges: A pushes again what the backup lacks; B keeps the complaint, once.
    assert exchange(a).outcome is ExchangeOutcome.DONE
    assert exchange(b).outcome is ExchangeOutcome.DONE
    assert titles(b).count("Lampu jalan mati di Jl. Kenanga") == 1
    server.stop()
    stored = [event_id for event_id, _, _ in office_events_of(server, template_desk.key)]
    assert sorted(stored) == sorted(outgoing_of(a) | outgoing_of(b))
