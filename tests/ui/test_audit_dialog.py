"""The audit dialog on a real desk: filtering, checking the chain, exporting."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.services.account_values import LoginRefusedError, NewAccount
from desktop.services.audit_values import AuditFilter
from desktop.services.desk import Desk
from desktop.store.database import connect
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.audit_model import AuditModel
from desktop.ui.audit_texts import action_label
from desktop.ui.tasks import TaskRunner
from tests.helpers.desks import ADMIN_USERNAME, good_draft


@pytest.fixture
def dialog(qtbot: QtBot, runner: TaskRunner, gui_desk: Desk) -> Iterator[AuditDialog]:
    gui_desk.intake.record(good_draft(gui_desk))
    with pytest.raises(LoginRefusedError):
        gui_desk.accounts.sign_in(ADMIN_USERNAME, "salah-ketik-123")
    audit_dialog = AuditDialog(gui_desk.audit, runner)
    qtbot.addWidget(audit_dialog)
    with qtbot.waitSignal(audit_dialog.loaded):
        audit_dialog.show()
    yield audit_dialog


def shown_actions(dialog: AuditDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount())]


def choose(combo_owner: AuditDialog, which: str, data: str) -> None:
    combo = combo_owner.user_combo if which == "user" else combo_owner.action_combo
    combo.setCurrentIndex(combo.findData(data))


def test_the_model_keeps_qt_rules(qtmodeltester: object, dialog: AuditDialog) -> None:
    assert dialog.model.rowCount() > 3
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    qtmodeltester.check(AuditModel())  # type: ignore[attr-defined]


def test_filtering_by_action_and_user_changes_the_rows(qtbot: QtBot, dialog: AuditDialog) -> None:
    everything = shown_actions(dialog)
    assert everything[:2] == [
        action_label(AuditAction.LOGIN_FAILED),
        action_label(AuditAction.COMPLAINT_CREATED),
    ]
    assert dialog.status_label.text() == f"{len(everything)} entries, newest first"

    choose(dialog, "action", AuditAction.COMPLAINT_CREATED)
    with qtbot.waitSignal(dialog.loaded):
        dialog.apply_button.click()
    assert shown_actions(dialog) == ["Complaint recorded"]
    assert dialog.model.data(dialog.model.index(0, 1)) == ADMIN_USERNAME
    assert dialog.model.data(dialog.model.index(0, 4)) == "Anonymous: no; Attachments: 0"

    qtbot.waitUntil(lambda: dialog.user_combo.findData(ADMIN_USERNAME) > 0)
    choose(dialog, "action", "")
    choose(dialog, "user", ADMIN_USERNAME)
    with qtbot.waitSignal(dialog.loaded):
        dialog.apply_button.click()
    # The desk's creation has no actor: everything else is the admin's.
    assert len(shown_actions(dialog)) == len(everything) - 1


def test_a_date_that_cannot_be_read_is_reported_not_applied(dialog: AuditDialog) -> None:
    rows = dialog.model.rowCount()
    dialog.since_field.line.setText("31-02-2026")
    dialog.apply_button.click()
    assert "DD-MM-YYYY" in dialog.status_label.text()
    assert dialog.model.rowCount() == rows


def test_check_chain_says_intact_then_broken_after_tampering(
    qtbot: QtBot, dialog: AuditDialog, gui_desk: Desk
) -> None:
    with qtbot.waitSignal(dialog.chainChecked):
        dialog.check_button.click()
    assert dialog.chain_label.text().startswith("The audit trail is intact:")
    qtbot.waitUntil(lambda: shown_actions(dialog)[0] == "Audit trail checked")

    victim = dialog.model.line_at(3)
    raw = connect(gui_desk.paths.database, gui_desk.keys.key)
    try:
        raw.execute("UPDATE audit_entry SET target = 'x' WHERE id = ?", (victim.id,))
    finally:
        raw.close()
    with qtbot.waitSignal(dialog.chainChecked):
        dialog.check_button.click()
    assert f"BROKEN at entry {victim.id}:" in dialog.chain_label.text()
    assert dialog.check_button.isEnabled()


def test_export_writes_the_filtered_rows(qtbot: QtBot, dialog: AuditDialog, tmp_path: Path) -> None:
    path = tmp_path / "audit.csv"
    wanted = AuditFilter(actions=frozenset({AuditAction.LOGIN_FAILED}))
    with qtbot.waitSignal(dialog.exported) as exported:
        dialog.export_to(wanted, path)
    assert exported.args == [1]
    assert dialog.status_label.text() == f"Exported to {path}. Entries: 1."
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["action"] for row in rows] == [AuditAction.LOGIN_FAILED]


# What the details hold as stored: codes, never meant for a person's eyes.
RAW_CODES = (
    {kind.value for kind in EventKind}
    | {status.value for status in Status}
    | {role.value for role in Role}
    | {"full_name", "reporter_name", "reporter_nik"}
)


def desk_with_every_kind_of_detail(desk: Desk) -> None:
    """A complaint recorded, verified and passed to a unit; an account made, then given
    another role."""
    saved = desk.intake.record(good_draft(desk))
    now = dt.datetime.now(dt.UTC)
    unit = desk.reference.institutions()[0].id
    desk.follow_up.add(saved.id, FollowUpEvent(EventKind.VERIFIED, now))
    desk.follow_up.add(
        saved.id, FollowUpEvent(EventKind.DISPOSED, now, unit_id=unit, text="Mohon dicek.")
    )
    password = "Loket-pagi-2026"
    made = desk.accounts.create(NewAccount("rudi", "Rudi", Role.PETUGAS, password, password))
    desk.accounts.update(made.id, "Rudi Hartono", Role.VERIFIKATOR, True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            {
                "Step: Pass to a unit; Status: Passed to a unit",
                "Step: Verify; Status: Verified",
                "Role: Front-desk officer",
                "Active: yes; Changed: full name, role; Role: Verifier / coordinator",
                "Anonymous: no; Attachments: 0",
            },
        ),
        (
            "id",
            {
                "Langkah: Disposisikan; Status: Didisposisikan",
                "Langkah: Verifikasi; Status: Terverifikasi",
                "Peran: Petugas loket",
                "Aktif: ya; Diubah: nama lengkap, peran; Peran: Verifikator / koordinator",
                "Anonim: tidak; Lampiran: 0",
            },
        ),
    ],
)
def test_details_are_words_of_the_interface_language_not_codes(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    runner: TaskRunner,
    gui_desk: Desk,
    language: str,
    expected: set[str],
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    desk_with_every_kind_of_detail(gui_desk)
    audit_dialog = AuditDialog(gui_desk.audit, runner)
    qtbot.addWidget(audit_dialog)
    with qtbot.waitSignal(audit_dialog.loaded):
        audit_dialog.show()
    model = audit_dialog.model
    shown = [model.data(model.index(row, 4)) for row in range(model.rowCount())]

    assert expected <= set(shown)
    for line, text in zip((model.line_at(r) for r in range(len(shown))), shown, strict=True):
        keys_shown = re.findall(r"(?:^|; )([^:;]+):", text)
        assert not set(keys_shown) & set(line.details), text
        assert not set(re.findall(r"[\w.]+", text)) & RAW_CODES, text
