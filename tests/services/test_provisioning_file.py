"""Provisioning a real desk from a file: all of it or nothing, secrets moved, and back out."""

from __future__ import annotations

import datetime as dt
import http.server
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.paths import regions_csv
from desktop.app.provision_messages import describe
from desktop.domain.provisioning import MAPPING_KINDS, ProvisionCode, check_text
from desktop.domain.provisioning_export import render_profile
from desktop.services.desk import Desk, open_desk
from desktop.services.provisioning import DESK_LABEL_KEY
from desktop.services.provisioning_file import apply, check_file, current_profile
from desktop.services.sync_config import ConfigProblemCode, sync_config
from desktop.services.sync_credentials import (
    FILE_NAME,
    ApiCredentials,
    CredentialPlace,
    credential_store,
)
from desktop.store import national, reference
from sync.desk import MAPPING_KINDS as SYNC_MAPPING_KINDS
from sync.reachability import why_unreachable
from tests.helpers.desks import ADMIN_PASSWORD, ADMIN_USERNAME, category_id
from tests.helpers.provisioning import KEY, TOKEN, full_file
from tests.helpers.tls import self_signed


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the provisioning file and its companions are (a USB stick, say)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "kantor-ca.pem").write_bytes(self_signed("Kantor CA")[0])
    (stick / "lapor-credentials.toml").write_text(f'key = "{KEY}"\ntoken = "{TOKEN}"\n')
    return stick


def state(desk: Desk) -> tuple[dict[str, str], list[national.MappingRow], object]:
    """Everything provisioning could change: the settings rows, the mapping, the credentials."""
    with desk.database.reading() as session:
        settings = reference.settings(session)
        mapping = national.mapping_rows(session)
    return settings, mapping, credential_store(desk).place()


def test_a_full_file_applies_everything(desk: Desk, folder: Path) -> None:
    checked = check_file(full_file(folder / "kantor-ca.pem"), folder, desk=desk)
    assert checked.problems == ()
    applied = apply(desk, checked)

    settings = desk.settings.load()
    assert (settings.office_code, settings.office_name) == (
        "3201",
        "Bagian Organisasi Setda Kabupaten Bogor",
    )
    assert settings.office_address == "Jl. Tegar Beriman No. 1"
    assert (settings.max_attachment_mb, settings.idle_lock_minutes) == (20, 10)
    assert (settings.deadlines.verify, settings.deadlines.complete_complaint) == (4, 20)
    assert settings.deadlines.first_follow_up == 5  # not in the file: left as it was
    assert settings.cuti_bersama_stops_clock is False
    assert settings.extra_days_off == (dt.date(2026, 6, 15),)
    assert settings.extra_working_days == (dt.date(2026, 12, 24),)
    schedule = desk.backups.schedule()
    assert (schedule.automatic, schedule.hour) == (False, 19)
    assert (schedule.retention.daily, schedule.retention.weekly) == (10, 2)
    assert schedule.retention.monthly == 3
    config = sync_config(desk)
    assert config.base_url == "https://api.lapor.go.id/v3" and config.enabled
    assert config.ca_bundle == folder / "kantor-ca.pem"
    assert config.proxy == "http://proxy.kantor.local:3128"
    assert (config.interval_minutes, config.connect_timeout_s, config.read_timeout_s) == (
        30,
        5.0,
        45.5,
    )
    with desk.database.reading() as session:
        mapping = national.mapping(session)
        label = reference.settings(session)[DESK_LABEL_KEY]
    assert mapping["channel"]["sms"] == "33"
    assert mapping["institution"]["default"] == "1234"
    # Named by its path in the file, stored by its id: the key the sync looks up.
    assert mapping["category"][str(category_id(desk))] == "88"
    assert label == "loket-2"
    # Tests have no OS keyring: the secrets went to the desk's encrypted file, never in clear.
    assert applied.credentials_place is CredentialPlace.ENCRYPTED_FILE
    assert credential_store(desk).load() == ApiCredentials(KEY, TOKEN)
    sealed = (desk.paths.data_dir / FILE_NAME).read_bytes()
    assert TOKEN.encode() not in sealed and KEY.encode() not in sealed
    with desk.database.reading() as session:
        everything = str(reference.settings(session))
    assert TOKEN not in everything and KEY not in everything


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (('code = "3201"', 'code = "32-01"'), "office.code", ProvisionCode.OFFICE_CODE),
        (("verify = 4", "verify = 400"), "sla.verify", ProvisionCode.OUT_OF_RANGE),
        (("hour = 19", 'hour = "19"'), "backups.hour", ProvisionCode.WRONG_TYPE),
        (("[backups]", "[backup]"), "backup", ProvisionCode.UNKNOWN_SECTION),
        (("training = false", "trainig = false"), "lapor.trainig", ProvisionCode.UNKNOWN_KEY),
        (
            ('"https://api.lapor.go.id/v3"', '"http://api.lapor.go.id/v3"'),
            "lapor.base_url",
            ProvisionCode.HTTPS_REQUIRED,
        ),
        (
            ('"https://api.lapor.go.id/v3"', '"lapor dot go dot id"'),
            "lapor.base_url",
            ProvisionCode.NOT_HTTP_URL,
        ),
        (("kantor-ca.pem", "missing-ca.pem"), "lapor.ca_bundle", ProvisionCode.FILE_NOT_FOUND),
        (
            ("interval_minutes = 30", "interval_minutes = 1"),
            "lapor.interval_minutes",
            ProvisionCode.OUT_OF_RANGE,
        ),
        (
            ("proxy.kantor.local:3128", "proxy kantor"),
            "lapor.proxy",
            ProvisionCode.MALFORMED_URL,
        ),
        (
            ('"lapor-credentials.toml"', '"nowhere.toml"'),
            "lapor.credentials_file",
            ProvisionCode.FILE_NOT_FOUND,
        ),
        (
            ('"lapor-credentials.toml"', '"kantor-ca.pem"'),
            "lapor.credentials_file",
            ProvisionCode.CREDENTIALS_MALFORMED,
        ),
        (
            ('"lapor-credentials.toml"', '"."'),
            "lapor.credentials_file",
            ProvisionCode.CREDENTIALS_UNREADABLE,
        ),
    ],
)
def test_each_bad_value_names_its_line_and_field_and_changes_nothing(
    desk: Desk, folder: Path, change: tuple[str, str], field: str, code: ProvisionCode
) -> None:
    text = full_file(folder / "kantor-ca.pem").replace(*change)
    before = state(desk)
    checked = check_file(text, folder, desk=desk)
    assert [(p.field, p.code) for p in checked.problems] == [(field, code)]
    [problem] = checked.problems
    line = next(n for n, t in enumerate(text.splitlines(), 1) if change[1] in t)
    assert problem.line == line
    assert describe("desk.toml", problem).startswith(f"desk.toml:{line}: {field}: ")
    with pytest.raises(ValueError):
        apply(desk, checked)
    assert state(desk) == before


@pytest.mark.parametrize(
    "content",
    [
        b'key = "only a key"\n',
        b'key = "k"\ntoken = "t"\nextra = 1\n',
        b'key = "k"\ntoken = ""\n',
        b"key: k\ntoken: t\n",
        b"\xff\xfe not text",
    ],
)
def test_a_malformed_credentials_file_is_refused_without_showing_it(
    desk: Desk, folder: Path, content: bytes
) -> None:
    (folder / "lapor-credentials.toml").write_bytes(content)
    checked = check_file(full_file(folder / "kantor-ca.pem"), folder, desk=desk)
    [problem] = checked.problems
    assert problem.field == "lapor.credentials_file" and problem.line == 21
    assert problem.code in (
        ProvisionCode.CREDENTIALS_MALFORMED,
        ProvisionCode.CREDENTIALS_UNREADABLE,
    )
    assert "only a key" not in describe("desk.toml", problem)


def test_every_problem_is_listed_at_once(desk: Desk, folder: Path) -> None:
    text = (
        full_file(folder / "kantor-ca.pem")
        .replace("verify = 4", "verify = 0")
        .replace('"https://', '"http://')
        .replace("nowhere", "")
        .replace("lapor-credentials.toml", "gone.toml")
        .replace("[desk]", "[desk]\nfont = 'big'")
    )
    fields = [p.field for p in check_file(text, folder, desk=desk).problems]
    assert fields == [
        "desk.font",
        "lapor.base_url",
        "lapor.credentials_file",
        "sla.verify",
    ]


def test_a_day_off_the_desk_already_works_is_refused(desk: Desk, folder: Path) -> None:
    import dataclasses

    current = desk.settings.load()
    desk.settings.save(
        dataclasses.replace(
            current,
            office_name="Kantor",
            extra_working_days=(dt.date(2026, 6, 15),),
        )
    )
    text = '[office]\ncode = "3201"\nname = "Kantor"\n\n[sla]\ndays_off = [2026-06-15]\n'
    [problem] = check_file(text, folder, desk=desk).problems
    # The file has no days_worked line: the [sla] table's line is the nearest.
    assert (problem.line, problem.field, problem.code) == (
        5,
        "sla.days_worked",
        ProvisionCode.DAY_OFF_AND_WORKED,
    )


def test_credentials_that_cannot_be_stored_are_reported_after_the_settings(
    desk: Desk, folder: Path
) -> None:
    (desk.paths.data_dir / FILE_NAME).mkdir()  # something in the way of the encrypted file
    checked = check_file(full_file(folder / "kantor-ca.pem"), folder, desk=desk)
    applied = apply(desk, checked)
    assert applied.credentials_place is None and applied.credentials_error
    assert desk.settings.load().office_code == "3201"  # the settings' transaction stands


def test_export_then_provision_a_fresh_desk_gives_the_same_settings(
    desk: Desk, folder: Path, template_desk_dir: Path, desk_key: bytes, tmp_path: Path
) -> None:
    apply(desk, check_file(full_file(folder / "kantor-ca.pem"), folder, desk=desk))
    exported = render_profile(current_profile(desk))
    assert KEY not in exported and TOKEN not in exported
    assert "loket-2" not in exported  # each desk PC gets its own label

    fresh_dir = tmp_path / "fresh"
    shutil.copytree(template_desk_dir, fresh_dir)
    fresh = open_desk(fresh_dir, regions_csv(), desk_key).desk
    try:
        fresh.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        checked = check_file(exported, tmp_path, desk=fresh)
        assert checked.problems == ()
        apply(fresh, checked)
        assert fresh.settings.load() == desk.settings.load()
        assert fresh.backups.schedule() == desk.backups.schedule()
        assert sync_config(fresh) == sync_config(desk)
        assert current_profile(fresh) == current_profile(desk)
        with fresh.database.reading() as session:
            fresh_mapping = national.mapping(session)
        with desk.database.reading() as session:
            assert fresh_mapping == national.mapping(session)
    finally:
        fresh.close()


def test_a_proxy_password_is_not_exported(desk: Desk, folder: Path) -> None:
    text = full_file(folder / "kantor-ca.pem").replace(
        "http://proxy.kantor.local", "http://budi:Rahasia-77@proxy.kantor.local"
    )
    apply(desk, check_file(text, folder, desk=desk))
    exported = render_profile(current_profile(desk))
    assert "Rahasia-77" not in exported
    assert 'proxy = "http://budi@proxy.kantor.local:3128"' in exported


@pytest.fixture
def answering_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, name="answering-server")
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api"
    server.shutdown()
    server.server_close()
    thread.join()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_check_online_reports_an_address_that_does_not_answer(
    desk: Desk, folder: Path, answering_server: str
) -> None:
    base = '[office]\ncode = "3201"\nname = "Kantor"\n\n[lapor]\nbase_url = "{}"\n'
    dead = base.format(f"http://127.0.0.1:{closed_port()}/api")
    assert check_file(dead, folder, desk=desk).problems == ()  # offline desks: not tried
    [problem] = check_file(dead, folder, desk=desk, probe=why_unreachable).problems
    assert (problem.line, problem.field, problem.code) == (
        6,
        "lapor.base_url",
        ProvisionCode.UNREACHABLE,
    )
    alive = base.format(answering_server)  # any HTTP answer (here 501) means reachable
    assert check_file(alive, folder, desk=desk, probe=why_unreachable).problems == ()


def test_problem_codes_and_mapping_kinds_keep_in_step_with_sync() -> None:
    assert {code.value for code in ConfigProblemCode} <= {code.value for code in ProvisionCode}
    assert MAPPING_KINDS == SYNC_MAPPING_KINDS


def test_every_problem_code_has_an_english_message() -> None:
    from desktop.domain.provisioning import ProvisionProblem

    for code in ProvisionCode:
        line = describe("desk.toml", ProvisionProblem(3, "office.code", code, "x", 1, 2))
        assert line.startswith("desk.toml:3: office.code: ") and "{" not in line


def test_the_example_file_is_sound_apart_from_its_files(folder: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "installer" / "desk.example.toml"
    assert check_text(example.read_text(encoding="utf-8")).problems == ()


def test_other_names_are_set_and_a_missing_entry_is_added_in_the_same_transaction(
    desk: Desk, folder: Path
) -> None:
    text = """\
[office]
code = "3201"
name = "Setda Kabupaten Bogor"

[lists.institution_aliases]
"dinas pekerjaan umum dan penataan ruang" = ["PUPR", "Dinas PU"]
"Badan Perencanaan Pembangunan Daerah" = ["Bappeda"]
"Rumah Sakit Umum Daerah" = []

[lists.category_aliases]
"Infrastruktur › Penerangan Jalan Umum" = ["lampu jalan"]
"Sosial › Bantuan Sosial › Sembako" = ["BPNT"]
"""
    checked = check_file(text, folder, desk=desk)
    assert checked.problems == ()
    before = len(desk.reference.institutions())
    apply(desk, checked)
    institutions = {i.name: i.aliases for i in desk.reference.institutions()}
    assert len(institutions) == before + 1
    assert institutions["Dinas Pekerjaan Umum dan Penataan Ruang"] == ("PUPR", "Dinas PU")
    assert institutions["Badan Perencanaan Pembangunan Daerah"] == ("Bappeda",)
    assert institutions["Rumah Sakit Umum Daerah"] == ()
    assert institutions["Perusahaan Umum Daerah Air Minum"][0] == "PDAM"  # not named: kept
    categories = {c.path: c.aliases for c in desk.reference.categories()}
    assert categories["Infrastruktur › Penerangan Jalan Umum"] == ("lampu jalan",)
    assert categories["Sosial › Bantuan Sosial › Sembako"] == ("BPNT",)
    assert categories["Sosial › Bantuan Sosial"] == ("Bansos",)


def test_other_names_and_added_entries_travel_in_the_exported_file(
    desk: Desk, folder: Path, template_desk_dir: Path, desk_key: bytes, tmp_path: Path
) -> None:
    text = """\
[office]
code = "3201"
name = "Setda Kabupaten Bogor"

[lists.institution_aliases]
"Dinas Pekerjaan Umum dan Penataan Ruang" = ["PUPR", "Dinas PU"]
"Badan Perencanaan Pembangunan Daerah" = ["Bappeda"]

[lists.category_aliases]
"Sosial › Bantuan Sosial › Sembako" = ["BPNT"]
"""
    first = check_file(text, folder, desk=desk)
    assert first.problems == ()
    apply(desk, first)
    exported = render_profile(current_profile(desk))
    assert '"Badan Perencanaan Pembangunan Daerah" = [' in exported

    fresh_dir = tmp_path / "fresh"
    shutil.copytree(template_desk_dir, fresh_dir)
    fresh = open_desk(fresh_dir, regions_csv(), desk_key).desk
    try:
        fresh.accounts.sign_in(ADMIN_USERNAME, ADMIN_PASSWORD)
        checked = check_file(exported, tmp_path, desk=fresh)
        assert checked.problems == ()
        apply(fresh, checked)
        for lists in ("institutions", "categories"):
            mine = getattr(desk.reference, lists)()
            theirs = getattr(fresh.reference, lists)()
            assert sorted((o.name, o.aliases) for o in theirs) == sorted(
                (o.name, o.aliases) for o in mine
            )
    finally:
        fresh.close()


def test_a_mapping_entry_naming_nothing_here_is_a_problem_with_its_line(
    desk: Desk, folder: Path
) -> None:
    text = full_file(folder / "kantor-ca.pem").replace(
        '"Infrastruktur › Jalan dan Jembatan" = "88"',
        '"Infrastruktur › Jalan dan Jembatan" = "88"\n"Infrastruktur › Jembatan Gantung" = "89"',
    )
    before = state(desk)
    checked = check_file(text, folder, desk=desk)
    [problem] = checked.problems
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "Jembatan Gantung" in t)
    assert problem.code is ProvisionCode.NAMES_NOTHING_LOCAL and problem.line == line
    assert describe("desk.toml", problem) == (
        f"desk.toml:{line}: mapping.category.Infrastruktur › Jembatan Gantung: names nothing "
        "on this desk: give a category's path (Parent › Child) or id, an institution's name "
        "or id, or a channel or classification code"
    )
    assert state(desk) == before


def test_categories_and_institutions_are_mapped_by_path_name_or_id(
    desk: Desk, folder: Path
) -> None:
    health = next(i for i in desk.reference.institutions() if i.name == "Dinas Kesehatan")
    drains = next(c for c in desk.reference.categories() if c.name == "Drainase dan Banjir")
    text = full_file(folder / "kantor-ca.pem").replace(
        '"Infrastruktur › Jalan dan Jembatan" = "88"',
        f'"Infrastruktur > Jalan dan Jembatan" = "88"\n"{drains.id}" = "90"\n'
        '[mapping.institution."dinas kesehatan"]',
    )
    text = text.replace('[mapping.institution."dinas kesehatan"]', "")
    text = text.replace('default = "1234"', f'default = "1234"\n"{health.name}" = "1017"')
    checked = check_file(text, folder, desk=desk)
    assert checked.problems == ()
    apply(desk, checked)
    roads = next(c for c in desk.reference.categories() if c.name == "Jalan dan Jembatan")
    with desk.database.reading() as session:
        mapping = national.mapping(session)
    assert mapping["category"][str(roads.id)] == "88"
    assert mapping["category"][str(drains.id)] == "90"
    assert mapping["institution"][str(health.id)] == "1017"
    # The exported file writes them back by path and name, as IT staff read them.
    exported = current_profile(desk).mapping
    assert exported["category"]["Infrastruktur › Jalan dan Jembatan"] == "88"
    assert exported["institution"]["Dinas Kesehatan"] == "1017"
