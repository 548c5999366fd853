"""Realistic synthetic complaints for training desks, demos and benchmarks.

Names, places and texts are invented but look like a regency desk's daily work: every type,
channel and category, real Kemendagri village codes, NIKs that pass validation, dates over the
last two years. Rows are inserted in bulk (SQLAlchemy Core), in batches of one transaction each.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from desktop.domain.audit_actions import AuditAction
from desktop.domain.complaint import Channel, ComplaintType, time_ordered_uuid
from desktop.domain.follow_up import FollowUpEvent
from desktop.domain.local_number import SEQUENCE_DIGITS, format_local_number
from desktop.domain.sla import DerivedFacts
from desktop.services.due_dates import dates_follow, mark_dates_following, rules_between
from desktop.services.seed_history import HistoryMaker
from desktop.services.settings import DeskDeadlines, DeskSettingsStore
from desktop.store import audit, complaints, reference, regions, report_facts, search_index
from desktop.store.bulk_insert import BulkInsert
from desktop.store.database import Database
from desktop.store.schema import (
    Complaint,
    ComplaintReportFacts,
    ComplaintReportSettled,
    FollowUpEventRow,
)

FIRST_NAMES = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Eko",
    "Sri",
    "Ahmad",
    "Nur",
    "Rina",
    "Joko",
    "Wahyu",
    "Fitri",
    "Dedi",
    "Yuni",
    "Hendra",
    "Ratna",
    "Bambang",
    "Lestari",
    "Andi",
    "Putri",
    "Rudi",
    "Ani",
    "Teguh",
    "Wulan",
    "Iwan",
    "Maya",
    "Slamet",
    "Indah",
    "Yusuf",
    "Kartini",
    "Made",
    "Ketut",
    "Nyoman",
    "Wayan",
    "Ayu",
    "Dimas",
    "Fajar",
    "Rahmat",
    "Ikhsan",
    "Nurul",
    "Aisyah",
    "Hasan",
    "Ridwan",
    "Anisa",
    "Suparman",
    "Suryani",
    "Darmawan",
    "Mulyani",
    "Taufik",
    "Handayani",
    "Rizky",
    "Permata",
    "Arif",
    "Yanti",
    "Samsul",
    "Novi",
]
LAST_NAMES = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Lestari",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Hutapea",
    "Situmorang",
    "Purba",
    "Gunawan",
    "Setiawan",
    "Susanto",
    "Halim",
    "Rahman",
    "Hakim",
    "Nugroho",
    "Wibowo",
    "Kurniawan",
    "Rahayu",
    "Sulistyo",
    "Permana",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Manurung",
    "Pardede",
    "Lubis",
    "Daulay",
    "Tanjung",
    "Syahputra",
    "Effendi",
    "Maulana",
    "Ramadhan",
    "Firmansyah",
    "Utomo",
    "Prasetyo",
    "Sitompul",
]
STREETS = "Merdeka Sudirman Diponegoro Ahmad Yani Gatot Subroto Pahlawan Veteran Raya Mawar Melati"
TITLES = (
    "Jalan rusak di depan sekolah belum diperbaiki",
    "Pengurusan KTP elektronik lebih dari sebulan",
    "Antrean panjang di puskesmas setiap pagi",
    "Lampu penerangan jalan mati sejak dua minggu",
    "Sampah menumpuk di tepi sungai",
    "Pungutan tidak resmi saat mengurus akta kelahiran",
    "Bantuan sosial tidak tepat sasaran",
    "Saluran air tersumbat menyebabkan banjir",
    "Informasi jadwal vaksinasi anak",
    "Usulan penambahan trayek angkutan desa",
    "Permintaan salinan laporan penggunaan dana desa",
    "Izin usaha mikro belum terbit",
    "Guru honorer belum menerima gaji",
    "Air PDAM keruh dan sering mati",
    "Parkir liar di depan pasar",
    "Usulan taman bermain anak di kelurahan",
    "Pelayanan kantor kecamatan tutup sebelum jam kerja berakhir",
    "Permintaan informasi syarat pindah domisili",
)
DETAILS = (
    "Sudah dilaporkan ke ketua RT tetapi belum ada tindak lanjut.",
    "Warga sekitar sangat terganggu dan meminta perhatian pemerintah daerah.",
    "Kejadian ini berulang hampir setiap minggu.",
    "Petugas di lokasi tidak dapat memberikan penjelasan.",
    "Mohon segera ditangani karena membahayakan anak-anak.",
    "Saya sudah datang tiga kali dan selalu diminta kembali besok.",
)
MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "857", "858", "878", "896")
CHANNEL_WEIGHTS = {
    Channel.WALK_IN: 45,
    Channel.PHONE: 15,
    Channel.LETTER: 10,
    Channel.EMAIL: 8,
    Channel.SMS: 7,
    Channel.SOCIAL_MEDIA: 10,
    Channel.OTHER: 5,
}
TYPE_WEIGHTS = {
    ComplaintType.PENGADUAN: 70,
    ComplaintType.ASPIRASI: 15,
    ComplaintType.PERMINTAAN_INFORMASI: 15,
}
BATCH = 10_000

T = TypeVar("T")


PERSON_COLUMNS = (
    "region_code",
    "reporter_name",
    "reporter_nik",
    "reporter_phone",
    "reporter_email",
    "reporter_address",
    "is_anonymous",
    "privacy_acknowledged",
)
REPORT_COLUMNS = ("title", "description", "incident_address")
ROW_COLUMNS = (
    "uuid",
    "received_at",
    "created_at",
    "channel",
    "type",
    "supervisory",
    "category_id",
    "institution_id",
    "incident_date",
    "is_secret",
    "national_tracking_id",
    "local_number",
)
DERIVED_COLUMNS = ("status", "unit_id", "verify_due", "follow_up_due", "complete_due", "next_due")
COLUMNS = PERSON_COLUMNS + REPORT_COLUMNS + ROW_COLUMNS + DERIVED_COLUMNS
EVENT_COLUMNS = (
    "complaint_id",
    "at",
    "actor",
    "kind",
    "text",
    "unit_id",
    "institution_id",
    "reason",
    "rating",
    "contact_method",
    "linked_complaint_id",
    "corrects_event_id",
)
FACTS_COLUMNS = ("complaint_id", "recorded_by", *report_facts.FACT_COLUMNS)
SEED_ACTOR = "demo"


class _Generator:
    """Makes complaint rows, ready for the database, from pools of invented people and reports.

    Drawing from pools (a few thousand of each, combined at random) keeps variety high; pool
    entries are converted for storage once, so a row costs a few random draws and two
    conversions. That is what keeps seeding above 20,000 rows per second.
    """

    POOL_SIZE = 4096

    def __init__(
        self,
        rng: random.Random,
        inserter: BulkInsert,
        categories: list[int],
        institutions: list[int],
        villages: list[str],
        rules: DeskDeadlines,
        histories: HistoryMaker | None,
    ) -> None:
        self.rng = rng
        self.rules = rules
        self.histories = histories
        self._fresh_facts: dict[tuple[dt.date, ComplaintType, bool], DerivedFacts] = {}
        self.categories = categories
        self.institutions = [*institutions, *([None] * (len(institutions) * 2 // 3))]
        self.villages = villages
        self.streets = STREETS.split()
        self.channels = [
            c.value
            for c in rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()), k=997)
        ]
        self.types = [
            (kind, kind.value, kind is ComplaintType.PENGADUAN)
            for kind in rng.choices(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()), k=991)
        ]
        self.stored_datetime = inserter.converter("received_at")
        # Incident dates repeat (two years of days): convert each once.
        self.stored_date = lru_cache(maxsize=4096)(inserter.converter("incident_date"))
        stored_flag = inserter.converter("is_secret")
        self.flag = (stored_flag(False), stored_flag(True))  # indexed by the bool
        self.people = [
            self._stored(PERSON_COLUMNS, self._person(), inserter) for _ in range(self.POOL_SIZE)
        ]
        self.reports = [
            self._stored(REPORT_COLUMNS, self._report(), inserter) for _ in range(self.POOL_SIZE)
        ]

    @staticmethod
    def _stored(
        columns: tuple[str, ...], values: dict[str, Any], inserter: BulkInsert
    ) -> tuple[Any, ...]:
        return tuple(inserter.converter(c)(values[c]) for c in columns)

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def number(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def _nik(self, village: str) -> str:
        """A NIK that passes validation: kecamatan, birth date (women +40), serial."""
        region = village[:8].replace(".", "")
        day = self.number(1, 28) + (40 if self.rng.random() < 0.5 else 0)
        month, year, serial = self.number(1, 12), self.number(0, 99), self.number(1, 9999)
        return f"{region}{day:02d}{month:02d}{year:02d}{serial:04d}"

    def _person(self) -> dict[str, Any]:
        chance = self.rng.random
        village = self.pick(self.villages)
        anonymous = chance() < 0.1
        first, last = self.pick(FIRST_NAMES), self.pick(LAST_NAMES)
        phone = f"+62{self.pick(MOBILE_PREFIXES)}{self.number(10_000_000, 99_999_999)}"
        person = {
            "region_code": village,
            "reporter_name": "" if anonymous else f"{first} {last}",
            "reporter_nik": "" if anonymous or chance() < 0.2 else self._nik(village),
            "reporter_phone": phone if chance() < 0.85 else "",
            "reporter_email": f"{first.lower()}.{last.lower()}@contoh.id" if chance() < 0.3 else "",
            "reporter_address": (
                "" if anonymous else f"RT 0{self.number(1, 9)}/RW 0{self.number(1, 9)}"
            ),
            "is_anonymous": anonymous,
        }
        # Whoever left any identity heard the privacy notice, as the intake form requires.
        person["privacy_acknowledged"] = any(
            person[key]
            for key in ("reporter_name", "reporter_nik", "reporter_phone", "reporter_email")
        )
        return person

    def _report(self) -> dict[str, Any]:
        title = self.pick(TITLES)
        return {
            "title": title,
            "description": f"{title}. {self.pick(DETAILS)} {self.pick(DETAILS)}",
            "incident_address": f"Jl. {self.pick(self.streets)} No. {self.number(1, 200)}",
        }

    def row(
        self, index: int, received: dt.datetime, local_number: str
    ) -> tuple[tuple[Any, ...], list[FollowUpEvent], ComplaintType, bool]:
        """One complaint in COLUMNS order, converted for storage, its history, type and
        whether it is supervisory."""
        chance = self.rng.random
        kind, kind_value, is_complaint = self.types[index % len(self.types)]
        supervisory = is_complaint and chance() < 0.15
        history = self.histories.history(received) if self.histories else []
        if history:
            facts = self.rules.derive(received, kind, supervisory, history)
        else:  # just received: its dates follow from the day and the type alone
            key = (received.astimezone().date(), kind, supervisory)
            facts = self._fresh_facts.get(key) or self._fresh_facts.setdefault(
                key, self.rules.derive(received, kind, supervisory, [])
            )
        due, date = facts.due, self.stored_date
        stored_received = self.stored_datetime(received)
        incident = (
            self.stored_date(received.date() - dt.timedelta(days=int(chance() * 60)))
            if is_complaint
            else None
        )
        people, reports, categories, institutions = (
            self.people,
            self.reports,
            self.categories,
            self.institutions,
        )
        row = (
            people[int(chance() * len(people))]
            + reports[int(chance() * len(reports))]
            + (
                time_ordered_uuid(received, self.rng.getrandbits(74)),
                stored_received,
                stored_received,  # created_at: typed in as it was received
                self.channels[index % len(self.channels)],
                kind_value,
                self.flag[supervisory],
                categories[int(chance() * len(categories))],
                institutions[int(chance() * len(institutions))],
                incident,
                self.flag[chance() < 0.05],
                None,
                local_number,
                facts.status.value,
                facts.unit_id,
                date(due.verify) if due.verify else None,
                date(due.follow_up) if due.follow_up else None,
                date(due.complete) if due.complete else None,
                date(due.earliest) if due.earliest else None,
            )
        )
        return row, history, kind, supervisory


def seed_complaints(
    database: Database,
    settings: DeskSettingsStore,
    count: int,
    *,
    now: dt.datetime,
    rng_seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    with_history: bool = True,
) -> int:
    """Insert `count` synthetic complaints received over the two years before `now`, each with
    an invented follow-up history (unless `with_history` is False) and its due dates.

    Batches of 10,000, one transaction each with its own audit entry; local numbers continue
    each year's sequence.
    """
    rng = random.Random(rng_seed)
    desk_settings = settings.load()
    # Seeded rows get their dates by today's rules: if the desk's were too (or it was empty),
    # it stays current, and its first opening need not recompute them all.
    dates_were_current = dates_follow(database, desk_settings)
    office = desk_settings.office_code
    with database.reading() as session:
        categories = [c.id for c in reference.categories(session) if c.active]
        institutions = [i.id for i in reference.institutions(session) if i.active]
        villages = regions.codes_at_level(session, 4)
    inserter = BulkInsert(database.engine.dialect, COLUMNS)
    event_inserter = BulkInsert(database.engine.dialect, EVENT_COLUMNS, FollowUpEventRow)
    facts_inserter = BulkInsert(database.engine.dialect, FACTS_COLUMNS, ComplaintReportFacts)
    settled_inserter = BulkInsert(
        database.engine.dialect, report_facts.SETTLED_COLUMNS, ComplaintReportSettled
    )
    span = int(dt.timedelta(days=730).total_seconds())
    moments = sorted(now - dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))
    rules = rules_between(desk_settings, (now - dt.timedelta(days=731)).date(), now.date())
    histories = HistoryMaker(rng, institutions, now) if with_history and institutions else None
    generator = _Generator(rng, inserter, categories, institutions, villages, rules, histories)
    settler = rules.settler(((now - dt.timedelta(days=732)).date(), now.date()))
    done = 0
    for start in range(0, count, BATCH):
        batch = moments[start : start + BATCH]
        with database.writing() as session:
            numbers = _local_numbers(session, office, [m.astimezone().year for m in batch])
            first_id = BulkInsert.next_id(session, Complaint)
            rows, events, facts, settled = [], [], [], []
            for i, (moment, number) in enumerate(zip(batch, numbers, strict=True)):
                row, history, kind, supervisory = generator.row(start + i, moment, number)
                rows.append(row)
                events += _event_rows(event_inserter, first_id + i, history)
                values = report_facts.values_for(history)
                facts.append(_facts_row(facts_inserter, first_id + i, values))
                found = settler.settle(moment, kind, supervisory, values["journal"])
                settled_row = report_facts.settled_values(
                    first_id + i, moment, SEED_ACTOR, values, found
                )
                if settled_row is not None:
                    settled.append(_converted(settled_inserter, settled_row))
            with search_index.bulk_load(session, first_id):
                inserter.execute(session, rows)
                event_inserter.execute(session, events)
            facts_inserter.execute(session, facts)
            settled_inserter.execute(session, settled)
            # In the batch's own transaction: complaints never land without their entry, and
            # the entry seals each of them as written.
            audit.append(
                session,
                at=dt.datetime.now(dt.UTC),
                actor="",
                action=AuditAction.DEMO_SEEDED,
                details={"count": len(batch)},
                register=range(first_id, first_id + len(batch)),
            )
        done += len(batch)
        if progress:
            progress(done)
    database.refresh_statistics()
    if dates_were_current:
        mark_dates_following(database, desk_settings)
    return done


def _event_rows(
    inserter: BulkInsert, complaint_id: int, history: list[FollowUpEvent]
) -> list[tuple[Any, ...]]:
    stored_at = inserter.converter("at")
    return [
        (
            complaint_id,
            stored_at(e.at),
            SEED_ACTOR,
            e.kind.value,
            e.text,
            e.unit_id,
            e.institution_id,
            e.reason,
            e.rating,
            e.contact_method.value if e.contact_method else None,
            None,
            None,
        )
        for e in history
    ]


def _facts_row(inserter: BulkInsert, complaint_id: int, values: dict[str, Any]) -> tuple[Any, ...]:
    """The complaint's report facts (`store.report_facts`), recorded by the seeding actor."""
    return (
        complaint_id,
        SEED_ACTOR,
        *(inserter.converter(column)(values[column]) for column in report_facts.FACT_COLUMNS),
    )


def _converted(inserter: BulkInsert, values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(inserter.converter(column)(values[column]) for column in inserter.columns)


def _local_numbers(session: Any, office: str, years: list[int]) -> list[str]:
    """Local numbers for rows received in `years`, reserving each year's sequences at once."""
    per_year: dict[int, int] = {}
    for year in years:
        per_year[year] = per_year.get(year, 0) + 1
    next_value = {
        year: complaints.reserve_sequences(session, office, year, amount)
        for year, amount in per_year.items()
    }
    prefix = {year: format_local_number(office, year, 1)[:-SEQUENCE_DIGITS] for year in per_year}
    numbers = []
    for year in years:
        numbers.append(f"{prefix[year]}{next_value[year]:0{SEQUENCE_DIGITS}d}")
        next_value[year] += 1
    return numbers
