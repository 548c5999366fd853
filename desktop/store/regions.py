"""The Kemendagri region list: loaded from the shipped CSV into the database once per version.

The CSV (about 91,600 rows) is re-imported only when its content changes, which is checked by a
hash kept in the settings table; look-ups then use the indexed `region` table. The packaged
build ships it gzip-compressed (2.3 MB of text in about 0.4 MB of a bundle near its size
target); its hash is that of the text, so a desk moved between the two forms loads nothing again.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import logging
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.regions import Region as RegionValue
from desktop.domain.regions import parent_code
from desktop.store.schema import Complaint, Region, Setting
from desktop.store.sql_dialect import marks

log = logging.getLogger("desktop.db")

_HASH_KEY = "regions.sha256"


def csv_text(path: Path) -> bytes:
    """The CSV's bytes as written, from `wilayah.csv` or its compressed `wilayah.csv.gz`."""
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def load_regions_if_changed(session: Session, csv_path: Path) -> bool:
    """Replace the region table with the CSV's rows when the CSV differs from what was loaded."""
    text = csv_text(csv_path)
    digest = hashlib.sha256(text).hexdigest()
    loaded = session.get(Setting, _HASH_KEY)
    if loaded is not None and loaded.value == digest:
        return False
    with io.StringIO(text.decode("utf-8"), newline="") as handle:
        rows = [(r["kode"], parent_code(r["kode"]), r["nama"]) for r in csv.DictReader(handle)]
    # A code that vanished from the new list but is still used by a complaint is kept, so the
    # old complaint still shows where it happened; every other row is replaced.
    used = select(Complaint.region_code).where(Complaint.region_code.is_not(None))
    session.execute(delete(Region).where(Region.code.not_in(used)))
    # Plain executemany: the ORM's per-row bookkeeping made this 10x slower on 91,600 rows.
    session.connection().exec_driver_sql(
        f"INSERT INTO region (code, parent_code, name) VALUES ({marks(session, 3)}) "
        "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name = excluded.name",
        rows,
    )
    session.merge(Setting(key=_HASH_KEY, value=digest))
    log.info("loaded %d regions", len(rows))
    return True


def children(session: Session, code: str | None) -> list[RegionValue]:
    """The regions directly under `code` (provinces when `code` is None), by name."""
    condition = Region.parent_code.is_(None) if code is None else Region.parent_code == code
    result = session.execute(
        select(Region.code, Region.name).where(condition).order_by(Region.name)
    )
    return [RegionValue(c, n) for c, n in result]


def names(session: Session, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    result = session.execute(select(Region.code, Region.name).where(Region.code.in_(codes)))
    return {code: name for code, name in result}


def codes_at_level(session: Session, level: int) -> list[str]:
    """Every code of one level (4 = desa/kelurahan), in code order."""
    length = {1: 2, 2: 5, 3: 8, 4: 13}[level]
    result = session.execute(
        select(Region.code).where(func.length(Region.code) == length).order_by(Region.code)
    )
    return list(result.scalars())
