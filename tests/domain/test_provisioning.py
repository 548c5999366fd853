"""A provisioning file's own checks: every problem at once, each with its line and field."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.provisioning import ProvisionCode, check_text
from desktop.domain.toml_lines import key_lines

GOOD = """\
[office]
code = "3201"
name = "Setda Kabupaten Bogor"
"""


def found(text: str) -> list[tuple[int | None, str, ProvisionCode]]:
    return [(p.line, p.field, p.code) for p in check_text(text).problems]


def test_a_minimal_file_is_sound_and_keeps_only_what_it_gives() -> None:
    checked = check_text(GOOD)
    assert checked.problems == ()
    assert checked.profile is not None
    assert checked.profile.get("office", "name") == "Setda Kabupaten Bogor"
    assert not checked.profile.has("desk", "language")


@pytest.mark.parametrize(
    ("extra", "line", "field", "code"),
    [
        ("[kantor]\nx = 1\n", 5, "kantor", ProvisionCode.UNKNOWN_SECTION),
        ("[desk]\ncolour = 'blue'\n", 6, "desk.colour", ProvisionCode.UNKNOWN_KEY),
        (
            "[desk]\nidle_lock_minutes = '5'\n",
            6,
            "desk.idle_lock_minutes",
            ProvisionCode.WRONG_TYPE,
        ),
        (
            "[desk]\nmax_attachment_mb = true\n",
            6,
            "desk.max_attachment_mb",
            ProvisionCode.WRONG_TYPE,
        ),
        (
            "[desk]\nmax_attachment_mb = 501\n",
            6,
            "desk.max_attachment_mb",
            ProvisionCode.OUT_OF_RANGE,
        ),
        ("[desk]\nlanguage = 'fr'\n", 6, "desk.language", ProvisionCode.NOT_ONE_OF),
        ("[lapor]\nenabled = 'yes'\n", 6, "lapor.enabled", ProvisionCode.WRONG_TYPE),
        ("[sla]\nverify = 0\n", 6, "sla.verify", ProvisionCode.OUT_OF_RANGE),
        ("[sla]\ndays_off = ['soon']\n", 6, "sla.days_off", ProvisionCode.WRONG_TYPE),
        ("[backups]\nhour = 24\n", 6, "backups.hour", ProvisionCode.OUT_OF_RANGE),
        ("[backups]\nkeep_daily = 0\n", 6, "backups.keep_daily", ProvisionCode.OUT_OF_RANGE),
        ("[mapping.colour]\nred = '1'\n", 5, "mapping.colour", ProvisionCode.UNKNOWN_SECTION),
        ("[mapping.channel]\nsms = true\n", 6, "mapping.channel.sms", ProvisionCode.WRONG_TYPE),
        ("[mapping.channel]\nsms = ''\n", 6, "mapping.channel.sms", ProvisionCode.REQUIRED),
    ],
)
def test_each_bad_value_names_its_line_and_field(
    extra: str, line: int, field: str, code: ProvisionCode
) -> None:
    assert found(GOOD + "\n" + extra) == [(line, field, code)]


def test_the_office_is_required_and_its_code_checked() -> None:
    assert found("[desk]\nlanguage = 'en'\n") == [(None, "office", ProvisionCode.REQUIRED)]
    assert found('[office]\ncode = "32.01"\n') == [
        (1, "office.name", ProvisionCode.REQUIRED),
        (2, "office.code", ProvisionCode.OFFICE_CODE),
    ]


def test_all_problems_are_listed_at_once_in_line_order() -> None:
    text = GOOD + "\n[desk]\nlanguage = 'fr'\nidle_lock_minutes = -1\n\n[sla]\nverify = 999\n"
    assert [(p.line, p.field) for p in check_text(text).problems] == [
        (6, "desk.language"),
        (7, "desk.idle_lock_minutes"),
        (10, "sla.verify"),
    ]


def test_text_that_is_not_toml_gives_its_line() -> None:
    checked = check_text(GOOD + 'address = "unclosed\n')
    assert checked.profile is None
    [problem] = checked.problems
    assert (problem.line, problem.code) == (4, ProvisionCode.SYNTAX)


def test_a_day_both_off_and_worked_is_refused() -> None:
    text = GOOD + "[sla]\ndays_off = [2026-06-15]\ndays_worked = ['2026-06-15']\n"
    [problem] = check_text(text).problems
    assert (problem.line, problem.field, problem.code) == (
        6,
        "sla.days_worked",
        ProvisionCode.DAY_OFF_AND_WORKED,
    )
    assert problem.detail == "2026-06-15"


def test_dates_come_as_toml_dates_or_iso_text() -> None:
    text = GOOD + "[sla]\ndays_off = [2026-06-15, '2026-01-02']\n"
    profile = check_text(text).profile
    assert profile is not None
    assert profile.get("sla", "days_off") == (dt.date(2026, 1, 2), dt.date(2026, 6, 15))


def test_mapping_ids_may_be_numbers() -> None:
    profile = check_text(GOOD + "[mapping.channel]\nsms = 3\n").profile
    assert profile is not None and profile.mapping == {"channel": {"sms": "3"}}


def test_key_lines_follow_tables_quoted_and_dotted_keys() -> None:
    text = (
        "# comment = 1\n"
        "[office]\n"
        'code = "3201"\n'
        'note = """\n'
        "name = not a key\n"
        '"""\n'
        "name = 'x'\n"
        '[mapping . "category"]\n'
        '"Infrastruktur › Jalan = Jembatan" = "88"\n'
        "lapor.base_url = 'https://x'\n"
    )
    lines = key_lines(text)
    assert lines[("office", "code")] == 3
    assert lines[("office", "name")] == 7
    assert lines[("mapping", "category", "Infrastruktur › Jalan = Jembatan")] == 9
    assert lines[("mapping", "category", "lapor", "base_url")] == 10


def test_other_names_of_list_entries_are_read_from_lists() -> None:
    checked = check_text(
        GOOD
        + """
[lists.institution_aliases]
"Dinas Pekerjaan Umum dan Penataan Ruang" = ["PUPR", " Dinas  PU ", "pupr"]
"Badan Perencanaan Pembangunan Daerah" = ["Bappeda"]

[lists.category_aliases]
"Infrastruktur ›  Penerangan Jalan Umum" = []
"""
    )
    assert checked.problems == ()
    assert checked.profile is not None
    assert checked.profile.lists == {
        "institution_aliases": {
            "Dinas Pekerjaan Umum dan Penataan Ruang": ("PUPR", "Dinas PU"),
            "Badan Perencanaan Pembangunan Daerah": ("Bappeda",),
        },
        "category_aliases": {"Infrastruktur › Penerangan Jalan Umum": ()},
    }


@pytest.mark.parametrize(
    ("extra", "line", "field", "code"),
    [
        ("[lists.units]\nx = ['a']\n", 5, "lists.units", ProvisionCode.UNKNOWN_SECTION),
        (
            "[lists.institution_aliases]\nDinkes = 'Dinas Kesehatan'\n",
            6,
            "lists.institution_aliases.Dinkes",
            ProvisionCode.WRONG_TYPE,
        ),
        (
            "[lists.institution_aliases]\nRSUD = ['" + "x" * 61 + "']\n",
            6,
            "lists.institution_aliases.RSUD",
            ProvisionCode.TOO_LONG,
        ),
        (
            "[lists.institution_aliases]\nRSUD = ["
            + ", ".join(f"'a{i}'" for i in range(21))
            + "]\n",
            6,
            "lists.institution_aliases.RSUD",
            ProvisionCode.OUT_OF_RANGE,
        ),
        (
            "[lists.category_aliases]\n'Infrastruktur › ' = ['PJU']\n",
            6,
            "lists.category_aliases.Infrastruktur › ",
            ProvisionCode.REQUIRED,
        ),
    ],
)
def test_bad_other_names_name_their_line_and_field(
    extra: str, line: int, field: str, code: ProvisionCode
) -> None:
    assert found(GOOD + "\n" + extra) == [(line, field, code)]
