"""The settings' declaration: its keys stay those existing desks and files use, and the
settings the code reads are the settings declared (issue 16, item 2)."""

from __future__ import annotations

from desktop.domain.desk_settings import DESK_SETTINGS, Kind
from desktop.domain.provisioning import SCHEMA, ProvisionCode, check_text

# Where each setting lived before the declaration: desks made then keep their values, and
# provisioning files written then keep working.
KEYS_OF_EXISTING_DESKS = {
    "office_code": ("office.code", "office.code"),
    "office_name": ("office.name", "office.name"),
    "office_address": ("office.address", "office.address"),
    "office_phone": ("office.phone", "office.phone"),
    "office_whatsapp": ("office.whatsapp", "office.whatsapp"),
    "office_email": ("office.email", "office.email"),
    "office_website": ("office.website", "office.website"),
    "report_signer_name": ("report.signer_name", "office.head_name"),
    "report_signer_nip": ("report.signer_nip", "office.head_nip"),
    "report_signer_position": ("report.signer_position", "office.head_position"),
    "report_signing_place": ("report.signing_place", "office.city"),
    "max_attachment_mb": ("attachments.max_mb", "desk.max_attachment_mb"),
    "idle_lock_minutes": ("security.idle_lock_minutes", "desk.idle_lock_minutes"),
    "deadlines.verify": ("sla.limit.verify", "sla.verify"),
    "deadlines.first_follow_up": ("sla.limit.first_follow_up", "sla.first_follow_up"),
    "deadlines.complete_supervisory": (
        "sla.limit.complete_supervisory",
        "sla.complete_supervisory",
    ),
    "deadlines.complete_complaint": ("sla.limit.complete_complaint", "sla.complete_complaint"),
    "deadlines.complete_information": (
        "sla.limit.complete_information",
        "sla.complete_information",
    ),
    "deadlines.complete_aspiration": (
        "sla.limit.complete_aspiration",
        "sla.complete_aspiration",
    ),
    "cuti_bersama_stops_clock": ("sla.cuti_bersama_stops_clock", "sla.cuti_bersama_stops_clock"),
    "extra_days_off": ("sla.extra_days_off", "sla.days_off"),
    "extra_working_days": ("sla.extra_working_days", "sla.days_worked"),
}


def test_storage_and_file_keys_are_those_of_existing_desks() -> None:
    declared = {s.name: (s.storage_key, s.file_key) for s in DESK_SETTINGS}
    assert declared == KEYS_OF_EXISTING_DESKS


def test_each_number_is_bounded_in_the_file_as_declared() -> None:
    for setting in DESK_SETTINGS:
        spec = SCHEMA[setting.section][setting.key]
        assert (spec.minimum, spec.maximum, spec.max_length, spec.required) == (
            setting.minimum,
            setting.maximum,
            setting.max_length,
            setting.required,
        )
        if setting.kind is not Kind.WHOLE_NUMBER:
            continue
        assert setting.maximum is not None
        text = f'[office]\ncode = "3201"\nname = "Setda"\n[{setting.section}]\n'
        text += f"{setting.key} = {setting.maximum + 1}\n"
        (problem,) = check_text(text).problems
        assert (problem.line, problem.field, problem.code) == (
            5,
            setting.file_key,
            ProvisionCode.OUT_OF_RANGE,
        )
        assert (problem.minimum, problem.maximum) == (setting.minimum, setting.maximum)
