"""The desk's time limits and working-day calendar as settings, on a real desk: stored and read
back, refused when wrong, audited, and fingerprinted for due dates stored elsewhere."""

from __future__ import annotations

import dataclasses
import datetime as dt

import holidays
import pytest

from desktop.domain.audit_actions import AuditAction
from desktop.domain.desk_settings import DESK_SETTINGS, IDLE_LOCK_MINUTES
from desktop.domain.sla import DEADLINE_LIMITS, DeadlineTable
from desktop.services.desk import Desk
from desktop.services.settings import setting_value, sla_fingerprint
from desktop.services.values import DeskSettings, InvalidSettingsError
from desktop.store import audit, reference

OFFICE = DeskSettings(office_code="3201", office_name="Kecamatan Cibinong")
TABLE = DeadlineTable(
    verify=2,
    first_follow_up=4,
    complete_supervisory=90,
    complete_complaint=10,
    complete_information=7,
    complete_aspiration=20,
)


def settings_keys_changed(desk: Desk) -> list[list[str]]:
    with desk.database.reading() as session:
        found = audit.entries(session, actions=(AuditAction.SETTINGS_CHANGED,))
        return [list(entry.details["keys"]) for entry in found]


def test_a_new_desk_has_the_regulations_limits_and_no_extra_days(desk: Desk) -> None:
    loaded = desk.settings.load()
    assert loaded.deadlines == DeadlineTable()
    assert loaded.extra_working_days == loaded.extra_days_off == ()


def test_limits_and_extra_working_days_are_stored_and_read_back(desk: Desk) -> None:
    wanted = dataclasses.replace(
        OFFICE,
        deadlines=TABLE,
        extra_days_off=(dt.date(2026, 12, 1),),
        extra_working_days=(dt.date(2026, 6, 1), dt.date(2026, 5, 15)),
    )
    desk.settings.save(wanted)
    loaded = desk.settings.load()
    assert loaded.deadlines == TABLE
    assert loaded.extra_days_off == (dt.date(2026, 12, 1),)
    assert loaded.extra_working_days == (dt.date(2026, 5, 15), dt.date(2026, 6, 1))


def test_the_audit_names_only_the_limits_that_changed(desk: Desk) -> None:
    desk.settings.save(OFFICE)
    desk.settings.save(dataclasses.replace(OFFICE, deadlines=DeadlineTable(verify=5)))
    desk.settings.save(dataclasses.replace(OFFICE, deadlines=DeadlineTable(verify=5)))
    newest, first = settings_keys_changed(desk)
    assert newest == ["sla.limit.verify"]  # the same save again records nothing
    assert "sla.limit.verify" in first and "sla.extra_working_days" in first


def test_a_missing_or_damaged_limit_falls_back_to_its_default_alone(desk: Desk) -> None:
    with desk.database.writing() as session:
        reference.save_settings(
            session,
            {
                "sla.limit.verify": "tiga",
                "sla.limit.complete_complaint": "0",
                "sla.limit.complete_supervisory": "9999",
                "sla.limit.first_follow_up": "7",
                "sla.extra_working_days": "2026-06-01,rusak",
            },
        )
    loaded = desk.settings.load()
    assert loaded.deadlines == DeadlineTable(first_follow_up=7)
    assert loaded.extra_working_days == (dt.date(2026, 6, 1),)


@pytest.mark.parametrize("limit", DEADLINE_LIMITS)
@pytest.mark.parametrize("days", [0, 366, -3])
def test_a_limit_out_of_range_is_refused_naming_it(desk: Desk, limit: str, days: int) -> None:
    desk.settings.save(OFFICE)
    bad = dataclasses.replace(OFFICE, deadlines=DeadlineTable(**{limit: days}))  # type: ignore[arg-type]
    with pytest.raises(InvalidSettingsError) as refused:
        desk.settings.save(bad)
    assert refused.value.field == f"deadlines.{limit}"
    assert desk.settings.load().deadlines == DeadlineTable()


def test_the_longest_and_shortest_limits_are_accepted(desk: Desk) -> None:
    table = DeadlineTable(verify=1, complete_supervisory=365)
    desk.settings.save(dataclasses.replace(OFFICE, deadlines=table))
    assert desk.settings.load().deadlines == table


def test_a_day_both_off_and_worked_is_refused(desk: Desk) -> None:
    day = dt.date(2026, 6, 1)
    both = dataclasses.replace(OFFICE, extra_days_off=(day,), extra_working_days=(day,))
    with pytest.raises(InvalidSettingsError) as refused:
        desk.settings.save(both)
    assert refused.value.field == "extra_working_days"
    assert desk.settings.load().extra_days_off == ()


def test_the_fingerprint_stays_while_nothing_that_sets_a_due_date_changes() -> None:
    base = dataclasses.replace(
        OFFICE, extra_working_days=(dt.date(2026, 6, 1), dt.date(2026, 5, 15))
    )
    same = dataclasses.replace(
        base,
        office_name="Kantor lain",  # not a due date's business
        idle_lock_minutes=30,
        extra_working_days=(dt.date(2026, 5, 15), dt.date(2026, 6, 1)),  # other order
    )
    assert sla_fingerprint(base) == sla_fingerprint(same)
    assert sla_fingerprint(DeskSettings()) == sla_fingerprint(DeskSettings())


def test_the_fingerprint_changes_with_each_thing_that_sets_a_due_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = DeskSettings()
    variants = [
        *(
            dataclasses.replace(
                base,
                deadlines=dataclasses.replace(
                    base.deadlines, **{name: getattr(base.deadlines, name) + 1}
                ),
            )
            for name in DEADLINE_LIMITS
        ),
        dataclasses.replace(base, cuti_bersama_stops_clock=False),
        dataclasses.replace(base, extra_days_off=(dt.date(2026, 12, 1),)),
        dataclasses.replace(base, extra_working_days=(dt.date(2026, 12, 1),)),
    ]
    prints = {sla_fingerprint(base), *(sla_fingerprint(v) for v in variants)}
    assert len(prints) == len(variants) + 1
    before = sla_fingerprint(base)
    monkeypatch.setattr(holidays, "__version__", "0.0-another-release")
    assert sla_fingerprint(base) != before


def test_the_code_reads_every_declared_setting_with_its_declared_default() -> None:
    fields = {f.name for f in dataclasses.fields(DeskSettings)} - {"deadlines"}
    plain = {s.name for s in DESK_SETTINGS if not s.name.startswith("deadlines.")}
    assert fields == plain
    defaults = DeskSettings()
    assert all(setting_value(defaults, s) == s.default for s in DESK_SETTINGS)
    assert all(s.accepts(s.default) or s.required for s in DESK_SETTINGS)


def test_a_stored_number_out_of_its_range_reads_as_its_default(desk: Desk) -> None:
    """Only a hand-edited database can hold one; the desk keeps working with the default."""
    with desk.database.writing() as session:
        reference.save_settings(
            session, {IDLE_LOCK_MINUTES.storage_key: "999", "sla.limit.verify": "0"}
        )
    loaded = desk.settings.load()
    assert loaded.idle_lock_minutes == IDLE_LOCK_MINUTES.default
    assert loaded.deadlines.verify == DeadlineTable().verify
