"""A desk setting declared once shows everywhere it should: in the settings dialog with its
translated label, help and range, and in the audit trail by its label (issue 16, item 2). The
provisioning file and docs/settings.md: tests/test_settings_doc.py."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.desk_settings import DESK_SETTINGS, DeskSetting, Kind
from desktop.services.desk import Desk
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.setting_texts import CATALOGUE, help_text, label
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner


def test_the_translators_catalogue_holds_every_word_of_the_declaration() -> None:
    words = {
        text for s in DESK_SETTINGS for text in (s.label, s.help, s.unit, s.zero_means) if text
    }
    assert set(CATALOGUE) == words


def inputs_described_as(dialog: SettingsDialog, setting: DeskSetting[Any]) -> list[QWidget]:
    return [w for w in dialog.findChildren(QWidget) if w.toolTip() == help_text(setting)]


def captions(dialog: SettingsDialog) -> set[str]:
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    return labels | {w.text() for w in dialog.findChildren(QAbstractButton)}


@pytest.mark.parametrize("setting", DESK_SETTINGS, ids=lambda s: s.name)
def test_each_declared_setting_is_in_the_dialog_in_indonesian(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk, setting: DeskSetting[Any]
) -> None:
    dialog = SettingsDialog(gui_desk.settings, runner)
    qtbot.addWidget(dialog)
    assert label(setting) != setting.label or setting.label == "&WhatsApp"  # translated
    assert label(setting) in captions(dialog)
    (shown,) = inputs_described_as(dialog, setting)
    assert help_text(setting) != setting.help
    if setting.kind is Kind.WHOLE_NUMBER and not setting.name.startswith("deadlines."):
        assert isinstance(shown, QSpinBox)
        assert (shown.minimum(), shown.maximum()) == (setting.minimum, setting.maximum)


def test_a_changed_setting_is_named_by_its_label_in_the_audit_trail(
    qtbot: QtBot, indonesian: None, runner: TaskRunner, gui_desk: Desk
) -> None:
    before = gui_desk.settings.load()
    gui_desk.settings.save(
        dataclasses.replace(before, office_name="Kecamatan Cibinong Baru", idle_lock_minutes=10)
    )
    dialog = AuditDialog(gui_desk.audit, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    model = dialog.model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 2)) == "Pengaturan diubah"
    )
    # Stored as their rows' keys ("office.name", "security.idle_lock_minutes"), in that order.
    assert model.data(model.index(row, 4)) == "Pengaturan: Nama kantor, Kunci layar setelah"
