"""The store on SQLite and on PostgreSQL: the same Alembic history up from empty, the same
services recording complaints (with attachments) and their follow-up, and the same answers from
the worklist (filters, sorts, text search, a report figure's ids), the due dates, "Hari ini" and
the report engine.

Each engine's register is opened by URL (`open_register`), as the office server opens its
`--database-url`; PostgreSQL is a throwaway server of the test session (tests/helpers/postgres).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import SAWarning

from desktop.domain.complaint import ComplaintDraft, ComplaintType, Reporter, Status
from desktop.domain.follow_up import EventKind, FollowUpEvent
from desktop.domain.identity import EMAIL_MAX_LENGTH
from desktop.domain.limits import NAME_MAX, TITLE_MAX
from desktop.domain.local_number import OFFICE_CODE_MAX_LENGTH
from desktop.domain.report_figures import ReportPeriod
from desktop.domain.worklist_query import DueFilter, SortKey, WorklistQuery
from desktop.services.seed import seed_complaints
from desktop.services.values import InvalidComplaintError
from desktop.store import duplicates, migrate
from desktop.store.schema import SEARCH_TABLE, Complaint, LocalNumberSequence
from tests.helpers.clocks import FRIDAY, MONDAY, TUESDAY
from tests.helpers.registers import Register, open_test_register, sqlite_url

ENGINES = ("sqlite", "postgresql")
# PostgreSQL keeps the first 63 bytes of a longer name, silently (SQLite keeps all of it).
MAX_NAME = 63


@pytest.fixture(params=ENGINES)
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Register]:
    url = (
        sqlite_url(tmp_path)
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    opened = open_test_register(url, tmp_path / "office", MONDAY)
    yield opened
    opened.close()


@pytest.fixture
def both(tmp_path: Path, postgres_url: str) -> Iterator[dict[str, Register]]:
    """A register on each engine."""
    opened = {
        "sqlite": open_test_register(sqlite_url(tmp_path), tmp_path / "sqlite", MONDAY),
        "postgresql": open_test_register(postgres_url, tmp_path / "postgresql", MONDAY),
    }
    yield opened
    for each in opened.values():
        each.close()


def category(register: Register, path: str = "Infrastruktur › Jalan dan Jembatan") -> int:
    return next(c.id for c in register.reference.categories() if c.path == path)


def draft(register: Register, **changes: Any) -> ComplaintDraft:
    values: dict[str, Any] = {
        "type": ComplaintType.PENGADUAN,
        "category_id": category(register),
        "title": "Jalan berlubang di depan SDN 2",
        "description": "Sejak bulan lalu jalan di depan SDN 2 berlubang besar dan sudah "
        "dua kali membuat pengendara motor jatuh.",
        "incident_date": dt.date(2026, 11, 16),
        "region_code": "32.01.01.1001",
        "incident_address": "Jl. Mayor Oking No. 5",
        "reporter": Reporter(
            name="Siti Rahmawati",
            nik="3201014508900002",
            phone="0812-3456-7890",
            email="siti@contoh.id",
            address="Jl. Melati 3, Cibinong",
        ),
        "privacy_acknowledged": True,
    }
    values.update(changes)
    return ComplaintDraft(**values)


def someone(name: str, nik: str) -> Reporter:
    return Reporter(name=name, nik=nik, phone="", email="", address="Cibinong")


def record_office_week(register: Register, tmp_path: Path) -> dict[str, int]:
    """Five complaints over Monday and Tuesday, one with two attachments, and their follow-up
    by Friday; the clock is left on Friday. Their ids by a short name."""
    photo = tmp_path / "lubang.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(b"%PDF-1.4\n% surat pengaduan\n" + b"0" * 500 + b"\n%%EOF\n")
    clock, intake, follow_up = register.clock, register.intake, register.follow_up
    ids: dict[str, int] = {}
    clock.now = MONDAY
    ids["road"] = intake.record(draft(register), [photo, letter]).id
    clock.now = MONDAY + dt.timedelta(minutes=5)
    ids["lamp"] = intake.record(
        draft(
            register,
            title="Lampu jalan padam di Jl. Kenanga",
            description="Lampu penerangan jalan umum padam sejak seminggu, jalan gelap sekali.",
            category_id=category(register, "Infrastruktur › Penerangan Jalan Umum"),
            reporter=someone("budi santoso", "3201010101900003"),
        )
    ).id
    clock.now = MONDAY + dt.timedelta(minutes=10)
    ids["village"] = intake.record(
        draft(
            register,
            title="Dana Désa tidak jelas penggunaannya",
            description="Penggunaan dana desa tahun ini tidak diumumkan kepada warga sama sekali.",
            category_id=category(register, "Dana Desa › Penggunaan Dana Desa"),
            reporter=someone("Agus Wibowo", "3201010101900004"),
            is_secret=True,
        )
    ).id
    clock.now = TUESDAY
    ids["clinic"] = intake.record(
        draft(
            register,
            type=ComplaintType.ASPIRASI,
            title="Antrean puskesmas terlalu lama",
            description="Mohon ditambah loket pendaftaran di puskesmas kecamatan.",
            category_id=category(register, "Kesehatan › Pelayanan Puskesmas"),
            reporter=Reporter(),
            is_anonymous=True,
        )
    ).id
    clock.now = TUESDAY + dt.timedelta(hours=1)
    ids["flood"] = intake.record(
        draft(
            register,
            title="Saluran air tersumbat di Jl. Kenari",
            description="Saluran air di Jl. Kenari tersumbat sampah sehingga air meluap ke jalan.",
            category_id=category(register, "Infrastruktur › Drainase dan Banjir"),
            reporter=someone("BUDI HARTONO", "3201010101900005"),
        )
    ).id
    unit = next(i.id for i in register.reference.institutions() if "Pekerjaan Umum" in i.name)
    clock.now = TUESDAY + dt.timedelta(hours=3)
    follow_up.add(ids["road"], FollowUpEvent(EventKind.VERIFIED, clock.now))
    follow_up.add(ids["road"], FollowUpEvent(EventKind.DISPOSED, clock.now, "Mohon", unit))
    follow_up.add(ids["flood"], FollowUpEvent(EventKind.NOTE, clock.now, "Genangan setinggi lutut"))
    follow_up.add(ids["lamp"], FollowUpEvent(EventKind.VERIFIED, clock.now))
    follow_up.add(ids["lamp"], FollowUpEvent(EventKind.DISPOSED, clock.now, "Cek", unit))
    follow_up.add(ids["lamp"], FollowUpEvent(EventKind.ANSWERED, clock.now, "Lampu diganti"))
    follow_up.add(ids["lamp"], FollowUpEvent(EventKind.CLOSED, clock.now, rating=5))
    follow_up.add(
        ids["clinic"], FollowUpEvent(EventKind.ARCHIVED, clock.now, reason="Bukan pengaduan")
    )
    clock.now = FRIDAY
    return ids


def worklist_answers(register: Register, ids: dict[str, int]) -> dict[str, Any]:
    """What the worklist says, with the complaints named (ids differ by nothing, but names
    read better in a failure)."""
    name = {v: k for k, v in ids.items()}
    w = register.worklist

    def listed(query: WorklistQuery) -> list[str]:
        return [name[i] for i in w.ids(query)]

    answers: dict[str, Any] = {}
    for sort in SortKey:
        for descending in (False, True):
            answers[f"sort {sort} {descending}"] = listed(
                WorklistQuery(sort=sort, descending=descending)
            )
    answers["first two by title"] = [
        name[i] for i in w.ids(WorklistQuery(sort=SortKey.TITLE, descending=False), limit=2)
    ]
    answers["open"] = listed(
        WorklistQuery(statuses=frozenset({Status.BELUM_TERVERIFIKASI, Status.DIDISPOSISIKAN}))
    )
    answers["aspirations"] = listed(WorklistQuery(types=frozenset({ComplaintType.ASPIRASI})))
    answers["received tuesday"] = listed(
        WorklistQuery(received_from=dt.date(2026, 11, 24), received_to=dt.date(2026, 11, 24))
    )
    for words in ("berlubang", "JALAN", "kena", "genangan", "desa", "diganti", "sdn 2", "xyz"):
        answers[f"text {words}"] = listed(WorklistQuery(text=words))
    answers["text sorted by title"] = listed(
        WorklistQuery(text="jalan", sort=SortKey.TITLE, descending=False)
    )
    counted = frozenset({ids["road"], ids["flood"], ids["clinic"]})
    many = counted | frozenset(range(10**6, 10**6 + 40_000))
    answers["figure ids"] = listed(WorklistQuery(complaint_ids=many))
    answers["figure count"] = w.count(WorklistQuery(complaint_ids=many))
    answers["no ids"] = listed(WorklistQuery(complaint_ids=frozenset()))
    answers["overdue"] = listed(WorklistQuery(due=DueFilter.OVERDUE))
    answers["due soon"] = listed(WorklistQuery(due=DueFilter.DUE_SOON))
    answers["count"] = w.count()
    today = w.today()
    answers["today"] = (
        today.due_today,
        today.overdue,
        [(name[i.summary.id], i.step, i.due) for i in today.items],
    )
    answers["budi"] = sorted(name[i] for i in w.find_reporter("budi").complaint_ids)
    answers["deadlines"] = {key: register.follow_up.deadlines(i) for key, i in ids.items()}
    with register.database.reading() as session:
        answers["duplicates of kenanga"] = sorted(
            name[i]
            for i in duplicates.ids_matching_text(
                session, ["kenanga", "genangan"], 10, include_confidential=True
            )
        )
        answers["confidential left out"] = sorted(
            name[i]
            for i in duplicates.ids_matching_text(session, ["desa"], 10, include_confidential=False)
        )
    return answers


def test_a_register_migrates_up_from_empty_and_again_is_a_no_op(register: Register) -> None:
    outcome = migrate.upgrade_register(register.database)
    assert outcome.from_revision == outcome.to_revision == migrate.known_revisions()[-1]
    assert not outcome.changed
    with register.database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert {"complaint", "follow_up_event", "attachment", "alembic_version"} <= tables
    assert SEARCH_TABLE in tables


# Index names from each engine's catalogue (SQLAlchemy does not reflect expression indexes).
INDEX_NAMES = {
    "sqlite": "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix%'",
    "postgresql": "SELECT tablename, indexname FROM pg_indexes WHERE starts_with(indexname, 'ix')",
}


def test_both_engines_have_the_same_tables_columns_and_constraint_names(
    both: dict[str, Register],
) -> None:
    shapes = {}
    for engine, register in both.items():
        with register.database.engine.connect() as connection, warnings.catch_warnings():
            # Reflecting constraints walks the indexes too, and SQLAlchemy says it skips the
            # expression ones: their names come from the catalogue (INDEX_NAMES).
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
            found = inspect(connection)
            indexes: dict[str, list[str]] = {}
            for table, index in connection.exec_driver_sql(INDEX_NAMES[engine]):
                indexes.setdefault(table, []).append(index)
            tables = [
                t
                for t in found.get_table_names()
                # FTS5 or a tsvector table, each with its own parts: see store.search_index.
                if not t.startswith(SEARCH_TABLE)
            ]
            shapes[engine] = {
                table: (
                    sorted(c["name"] for c in found.get_columns(table)),
                    str(found.get_pk_constraint(table)["name"]),
                    sorted(str(u["name"]) for u in found.get_unique_constraints(table)),
                    sorted(str(k["name"]) for k in found.get_foreign_keys(table)),
                    sorted(indexes.get(table, [])),
                )
                for table in sorted(tables)
            }
    # SQLite writes an AUTOINCREMENT key inline, where a constraint name has no place: it keeps
    # none for such a table (office_event), PostgreSQL the one the model gives.
    for table, (columns, pk, uniques, keys, indexes) in shapes["sqlite"].items():
        if pk == "None" and table in shapes["postgresql"]:
            shapes["sqlite"][table] = (
                columns,
                shapes["postgresql"][table][1],
                uniques,
                keys,
                indexes,
            )
    assert shapes["sqlite"] == shapes["postgresql"]
    names = [
        name
        for _, pk, uniques, keys, indexes in shapes["postgresql"].values()
        for name in (pk, *uniques, *keys, *indexes)
    ]
    assert len(names) > 40 and all(len(name) <= MAX_NAME for name in names)


def test_a_register_records_follows_up_and_lists_as_a_desk_does(
    register: Register, tmp_path: Path, jakarta_time: None
) -> None:
    ids = record_office_week(register, tmp_path)
    answers = worklist_answers(register, ids)
    # The answers a desk gives (these are the desk's rules, whichever engine holds them).
    assert answers["sort received True"] == ["flood", "clinic", "village", "lamp", "road"]
    # A confidential title sorts as empty, whoever looks; then "Antrean", "Jalan", "Lampu"...
    assert answers["sort title False"] == ["village", "clinic", "road", "lamp", "flood"]
    assert answers["first two by title"] == ["village", "clinic"]
    assert answers["sort reporter False"][:2] == ["village", "clinic"]  # secret, anonymous
    assert answers["sort reporter False"][2:] == ["flood", "lamp", "road"]  # case aside
    assert answers["open"] == ["flood", "village", "road"]
    assert answers["aspirations"] == ["clinic"]
    assert answers["received tuesday"] == ["flood", "clinic"]
    assert answers["text berlubang"] == ["road"]
    assert answers["text JALAN"] == ["flood", "lamp", "road"]
    assert answers["text kena"] == ["flood", "lamp"]  # "Kenanga" and "Kenari"
    assert answers["text genangan"] == ["flood"]  # in a note only
    assert answers["text diganti"] == ["lamp"]  # in an answer
    assert answers["text desa"] == ["village"]  # "Désa", accent aside
    assert answers["text sdn 2"] == ["road"]
    assert answers["text xyz"] == []
    assert answers["text sorted by title"] == ["road", "lamp", "flood"]
    assert answers["figure ids"] == ["flood", "clinic", "road"]
    assert answers["figure count"] == 3
    assert answers["no ids"] == []
    assert answers["overdue"] == ["village"]  # Monday's, not verified by Thursday
    assert answers["budi"] == ["flood", "lamp"]
    assert answers["duplicates of kenanga"] == ["lamp"]  # own text only, not notes
    assert answers["confidential left out"] == []
    assert answers["count"] == 5
    with register.database.reading() as session:
        stored = session.execute(inspect_attachments_query(), {"complaint": ids["road"]}).all()
    assert [(name, size) for name, size in stored] == [
        ("lubang.png", 8 + 256 * 8),
        ("surat.pdf", (tmp_path / "surat.pdf").stat().st_size),
    ]
    checked = register.audit.verify()
    assert checked.chain_intact and checked.register_whole and checked.complaints == 5


def inspect_attachments_query() -> Any:
    from sqlalchemy import text

    return text(
        "SELECT original_name, size FROM attachment WHERE complaint_id = :complaint ORDER BY id"
    )


def test_both_engines_give_the_same_answers(
    both: dict[str, Register], tmp_path: Path, jakarta_time: None
) -> None:
    answers = {}
    figures = {}
    for engine, register in both.items():
        ids = record_office_week(register, tmp_path / engine)
        answers[engine] = worklist_answers(register, ids)
        figures[engine] = register.reports.compute(ReportPeriod.month(2026, 11), FRIDAY)
    assert answers["sqlite"] == answers["postgresql"]
    assert figures["sqlite"] == figures["postgresql"]
    assert figures["postgresql"].received.value == 5


def test_a_too_long_title_is_refused_by_the_rules_not_by_the_engine(register: Register) -> None:
    with pytest.raises(InvalidComplaintError):
        register.intake.record(draft(register, title="Jalan rusak " * 30))
    assert register.worklist.count() == 0


def test_a_bulk_load_indexes_its_rows_and_later_records_follow_on_both_engines(
    both: dict[str, Register], jakarta_time: None
) -> None:
    found = {}
    for engine, register in both.items():
        seeded = seed_complaints(
            register.database, register.settings, 30, now=FRIDAY, rng_seed=7, with_history=True
        )
        assert seeded == 30
        # The next complaint takes the next id: PostgreSQL's sequence moved past the bulk load.
        recorded = register.intake.record(draft(register, title="Genangan di Jl. Cendana"))
        assert recorded.id == 31
        w = register.worklist
        found[engine] = (
            w.ids(WorklistQuery(text="cendana")),
            w.ids(WorklistQuery(text="jalan")),
            w.ids(WorklistQuery(sort=SortKey.DUE, descending=False)),
            w.ids(WorklistQuery(sort=SortKey.CATEGORY)),
            register.reports.compute(ReportPeriod.month(2026, 11), FRIDAY),
        )
        assert found[engine][0] == [31]
        # Every complaint is sealed as the engine stored it (seals read alike on both).
        checked = register.audit.verify()
        assert checked.chain_intact and checked.register_whole and checked.complaints == 31
    assert found["sqlite"] == found["postgresql"]


def test_the_rules_refuse_what_a_column_could_not_hold() -> None:
    """PostgreSQL refuses a value longer than its column (SQLite keeps it): every length the
    intake rules and the account form allow fits the column it goes to."""
    c = Complaint.__table__.c
    assert c.title.type.length >= TITLE_MAX
    assert c.reporter_name.type.length >= NAME_MAX
    assert c.reporter_email.type.length >= EMAIL_MAX_LENGTH
    assert LocalNumberSequence.__table__.c.office_code.type.length >= OFFICE_CODE_MAX_LENGTH
