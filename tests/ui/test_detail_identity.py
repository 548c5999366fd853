"""The detail dialog: identity masked for everyone, revealed on request for those allowed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.access import Role
from desktop.domain.audit_actions import AuditAction
from desktop.services.account_values import NewAccount
from desktop.services.desk import Desk
from desktop.store import audit
from desktop.ui.worklist.panel import WorklistPanel
from tests.helpers.desks import good_draft
from tests.helpers.ui import open_first

PASSWORD = "Rahasia-Meja-2026"


def test_the_admin_sees_the_nik_masked_until_shown(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    saved = gui_desk.intake.record(good_draft(gui_desk))
    dialog = open_first(qtbot, panel, gui_desk)
    assert dialog.identity["nik"].text() == "3201********0002"
    assert dialog.identity["phone"].text() == "+62812*****890"
    assert dialog.identity["name"].text() == "Siti Rahmawati"

    assert dialog.reveal_button is not None and dialog.reveal_button.isVisible()
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.identity["nik"].text() == "3201014508900002")
    assert dialog.identity["email"].text() == "siti@contoh.id"
    assert not dialog.reveal_button.isVisible()
    with gui_desk.database.reading() as session:
        [entry] = audit.entries(session, actions=(AuditAction.IDENTITY_REVEALED,))
    assert entry.target == saved.local_number


def test_a_petugas_gets_no_show_identity_button(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk))
    gui_desk.accounts.create(
        NewAccount("loket1", "Petugas Loket", Role.PETUGAS, PASSWORD, PASSWORD)
    )
    gui_desk.accounts.sign_in("loket1", PASSWORD)
    dialog = open_first(qtbot, panel, gui_desk)
    assert dialog.identity["nik"].text() == "3201********0002"
    assert dialog.reveal_button is None
    assert not dialog.copy_button.isVisibleTo(dialog)  # attachments may be KTP scans


def test_a_petugas_sees_a_confidential_report_as_such(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    gui_desk.intake.record(good_draft(gui_desk, is_secret=True))
    gui_desk.accounts.create(
        NewAccount("loket1", "Petugas Loket", Role.PETUGAS, PASSWORD, PASSWORD)
    )
    gui_desk.accounts.sign_in("loket1", PASSWORD)
    dialog = open_first(qtbot, panel, gui_desk)
    assert panel.model.index(0, 4).data() == "Confidential report"
    assert panel.model.index(0, 7).data() == "Confidential"
    assert dialog.identity == {} and dialog.reveal_button is None
    assert dialog.description.toPlainText() == ""
    assert dialog.attachments.count() == 0
