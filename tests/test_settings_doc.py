"""A desk setting declared once is in the provisioning file's export and in docs/settings.md,
and the page says what the declaration says (issue 16, item 2). The dialog and the audit trail:
tests/ui/test_settings_declaration.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from typing import Any

import pytest

from desktop.app.settings_doc import DOC_PATH, render
from desktop.domain.desk_settings import DESK_SETTINGS, DeskSetting, Kind
from desktop.domain.provisioning_export import render_profile
from desktop.services.desk import Desk
from desktop.services.provisioning import DeskProvisioning


def test_the_settings_page_is_the_declarations() -> None:
    # Out of step? Run `python -m desktop.app.settings_doc` and commit docs/settings.md.
    assert DOC_PATH.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize("setting", DESK_SETTINGS, ids=lambda s: s.name)
def test_each_declared_setting_has_its_row_in_the_docs(setting: DeskSetting[Any]) -> None:
    rows = [line for line in render().splitlines() if line.startswith("| ")]
    (row,) = [line for line in rows if f"| `{setting.storage_key}` |" in line]
    assert f"`[{setting.section}] {setting.key}`" in row
    assert setting.label.replace("&", "") in row and setting.help in row
    if setting.kind is Kind.WHOLE_NUMBER:
        assert f"{setting.minimum} to {setting.maximum}" in row
        assert f"`{setting.default}`" in row


def test_every_declared_setting_is_exported_to_the_provisioning_file(desk: Desk) -> None:
    settings = dataclasses.replace(
        desk.settings.load(),
        office_code="3201",
        office_name="Bagian Organisasi Setda Kabupaten Bogor",
        office_address="Jl. Tegar Beriman No. 1",
        office_phone="(0251) 8765432",
        office_whatsapp="0812 3456 7890",
        office_email="pengaduan@bogorkab.go.id",
        office_website="https://bogorkab.go.id",
        report_signer_name="Dra. Hj. Rina Marlina, M.Si.",
        report_signer_nip="196805121990032004",
        report_signer_position="Kepala Bagian Organisasi",
        report_signing_place="Cibinong",
        extra_days_off=(dt.date(2026, 6, 15),),
        extra_working_days=(dt.date(2026, 12, 24),),
    )
    desk.settings.save(settings)
    exported = tomllib.loads(render_profile(DeskProvisioning(desk).current()))
    missing = [s.file_key for s in DESK_SETTINGS if s.key not in exported.get(s.section, {})]
    assert missing == []
    assert exported["desk"]["idle_lock_minutes"] == settings.idle_lock_minutes
    assert exported["office"]["whatsapp"] == "0812 3456 7890"


def test_the_example_file_states_each_numbers_bounds_and_the_limits_defaults() -> None:
    """installer/desk.example.toml is IT staff's other reference: its comments give the bounds
    ("# 1-500") and its [sla] shows the regulation's limits."""
    text = (DOC_PATH.parents[1] / "installer" / "desk.example.toml").read_text(encoding="utf-8")
    example = tomllib.loads(text)
    for setting in DESK_SETTINGS:
        if setting.kind is Kind.WHOLE_NUMBER:
            assert f"{setting.minimum}-{setting.maximum}" in text, setting.file_key
        if setting.name.startswith("deadlines."):
            assert example["sla"][setting.key] == setting.default
