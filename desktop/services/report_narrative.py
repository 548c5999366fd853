"""What the narrative report says beyond its figures: the cases the head of unit picked, and what
they typed (obstacles, conclusions, recommendations, who signs).

A narrative report leaves the office (to the province, to an evaluator), so a notable case is
told by its number, classification, category and status, with the user's own note: never the
reporter, and never the title of a confidential ("Rahasia") report, whoever prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain.access import Permission
from desktop.domain.complaint import Status
from desktop.domain.report_figures import Classification, classification
from desktop.services.access import AccessControl
from desktop.store import complaints
from desktop.store.database import Database

# The bases most regional reports cite; the user may edit them before printing.
DEFAULT_LEGAL_BASIS = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik",
    "Peraturan Menteri PANRB Nomor 62 Tahun 2018 tentang Pedoman Teknis Pengelolaan "
    "Pengaduan Pelayanan Publik secara Nasional",
    "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
)


@dataclass(frozen=True)
class Signatory:
    """The head of the unit who signs the report."""

    name: str = ""
    nip: str = ""  # Nomor Induk Pegawai, the civil servant's number
    position: str = ""  # e.g. "Kepala Bagian Organisasi"
    place: str = ""  # where it is signed, e.g. the regency's capital


@dataclass(frozen=True)
class NotablePick:
    """A complaint the user chose to tell about, by its local number, with their note."""

    local_number: str
    note: str = ""


@dataclass(frozen=True)
class NarrativeText:
    """Everything the user types for a narrative report."""

    legal_basis: tuple[str, ...] = DEFAULT_LEGAL_BASIS
    notable: tuple[NotablePick, ...] = ()
    obstacles: str = ""
    conclusions: str = ""
    recommendations: str = ""
    signatory: Signatory = field(default_factory=Signatory)


@dataclass(frozen=True)
class NotableCase:
    local_number: str
    received_on: dt.date
    classification: Classification
    category: str
    status: Status
    title: str  # empty for a confidential report
    confidential: bool
    note: str


class UnknownComplaintNumbersError(LookupError):
    """Numbers the user typed that name no complaint of this desk."""

    def __init__(self, numbers: Sequence[str]) -> None:
        super().__init__(", ".join(numbers))
        self.numbers = tuple(numbers)


class ReportNarratives:
    def __init__(self, database: Database, access: AccessControl) -> None:
        self._database = database
        self._access = access

    def notable_cases(self, picks: Sequence[NotablePick]) -> list[NotableCase]:
        """The picked complaints as the report tells them, in the order picked; every unknown
        number at once in UnknownComplaintNumbersError."""
        self._access.require(Permission.VIEW_REPORTS)
        with self._database.reading() as session:
            found = {
                pick.local_number: complaints.id_by_number(session, pick.local_number.strip())
                for pick in picks
            }
            unknown = [number for number, complaint_id in found.items() if complaint_id is None]
            if unknown:
                raise UnknownComplaintNumbersError(unknown)
            records = {
                number: complaints.record(session, complaint_id)
                for number, complaint_id in found.items()
                if complaint_id is not None
            }
        cases = []
        for pick in picks:
            record = records[pick.local_number]
            assert record is not None  # unknown numbers were refused above
            cases.append(
                NotableCase(
                    local_number=record.local_number,
                    received_on=record.received_at.astimezone().date(),
                    classification=classification(record.type, record.supervisory),
                    category=record.category_path,
                    status=record.status,
                    title="" if record.is_secret else record.title,
                    confidential=record.is_secret,
                    note=pick.note.strip(),
                )
            )
        return cases
