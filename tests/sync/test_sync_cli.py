"""`python -m sync` as IT staff and scheduled tasks use it: configure, one headless round with
an exit code telling the outcome, and a round refused while another one runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import filelock
import pytest

from desktop.app.headless import RECOVERY_KEY_ENV
from desktop.domain.outbox import OutboxState
from desktop.services.desk import Desk
from desktop.store import national, outbox
from sync.desk import NationalSync
from sync.setup import LOCK_FILE_NAME
from tests.helpers.desks import TemplateDesk, good_draft
from tests.helpers.hub import InProcessHub

ROOT = Path(__file__).resolve().parents[2]


def run_sync(
    desk_dir: Path, recovery_key: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, RECOVERY_KEY_ENV: recovery_key, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sync", "--data-dir", str(desk_dir), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.slow
def test_a_headless_round_sends_what_the_app_recorded_and_says_how_it_went(
    desk: Desk, desk_dir: Path, template_desk: TemplateDesk, hub: InProcessHub
) -> None:
    key = template_desk.recovery_key
    recorded = desk.intake.record(good_draft(desk))  # the app keeps the desk open meanwhile

    not_yet = run_sync(desk_dir, key, "run", "--once")
    assert not_yet.returncode == 7
    assert not_yet.stderr.strip().startswith("error: synchronisation is turned off")

    credentials = {"MEJA_ADUAN_LAPOR_KEY": hub.key, "MEJA_ADUAN_LAPOR_TOKEN": hub.token}
    configured = run_sync(
        desk_dir, key, "configure", "--url", hub.url, "--training", env=credentials
    )
    assert configured.returncode == 0, configured.stderr
    assert "credentials kept in the encrypted file" in configured.stdout
    assert hub.key not in configured.stdout + configured.stderr

    # No institution was chosen and no default target is mapped yet: quarantined, with why.
    first = run_sync(desk_dir, key, "run", "--once")
    assert first.returncode == 3, first.stderr
    assert "quarantined=1" in first.stdout
    assert hub.complaints() == []

    # IT staff map the default target; a verifier retries the item from the app.
    with desk.database.writing() as session:
        national.set_mapping(session, "institution", "default", "1017", "manual")
    status = run_sync(desk_dir, key, "status")
    assert "quarantined=1" in status.stdout
    national_sync = NationalSync(desk)
    national_sync.retry(national_sync.items_needing_attention()[0].id)
    done = run_sync(desk_dir, key, "run", "--once")
    assert done.returncode == 0, done.stdout + done.stderr
    assert [c["tags_raw"] for c in hub.complaints()] == [f"meja-aduan:{recorded.uuid}"]

    # The rounds' story is in the data folder for IT support, with no secret and no person.
    log = (desk_dir / "logs" / "sync-headless.log").read_text(encoding="utf-8")
    assert "sync round: outcome=done" in log
    draft = good_draft(desk)
    for secret in (hub.key, hub.token, draft.title, draft.reporter.nik, draft.reporter.name):
        assert secret not in log


@pytest.mark.slow
def test_a_second_round_at_the_same_time_leaves_the_desk_alone(
    desk: Desk, desk_dir: Path, template_desk: TemplateDesk, hub: InProcessHub
) -> None:
    key = template_desk.recovery_key
    credentials = {"MEJA_ADUAN_LAPOR_KEY": hub.key, "MEJA_ADUAN_LAPOR_TOKEN": hub.token}
    assert run_sync(desk_dir, key, "configure", "--url", hub.url, env=credentials).returncode == 0
    desk.intake.record(good_draft(desk))
    with filelock.FileLock(str(desk_dir / LOCK_FILE_NAME), timeout=0):  # the app's round
        busy = run_sync(desk_dir, key, "run", "--once")
    assert busy.returncode == 6
    assert "outcome=busy" in busy.stdout
    assert hub.stats()["requests"] == 0


def test_status_items_lists_each_waiting_item_with_who_moves_it_on_and_no_personal_data(
    desk: Desk, desk_dir: Path, template_desk: TemplateDesk
) -> None:
    secret_title = "Pungutan liar di kantor kelurahan"
    plain = desk.intake.record(good_draft(desk, title="Lampu jalan mati"))
    hidden = desk.intake.record(good_draft(desk, title=secret_title, is_secret=True))
    with desk.database.reading() as session:
        (held,) = [
            i for i in outbox.entries(session, [OutboxState.PENDING]) if i.complaint_id == plain.id
        ]
    NationalSync(desk).quarantine(held.id)  # a verifier holds it back

    status = run_sync(desk_dir, template_desk.recovery_key, "status", "--items")
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0].startswith("pending=1 ") and "last_success=never" in lines[0]
    by_number = {line.split()[0]: line for line in lines[1:]}
    assert by_number[plain.local_number] == (
        f"{plain.local_number} create quarantined waits_for=person reason=by_officer "
        "title='Lampu jalan mati'"
    )
    assert "create pending waits_for=desk reason=-" in by_number[hidden.local_number]
    assert secret_title not in status.stdout and "title='P" in by_number[hidden.local_number]
    draft = good_draft(desk)
    for personal in (draft.reporter.nik, draft.reporter.name, draft.reporter.phone):
        assert personal not in status.stdout
