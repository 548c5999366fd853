"""Other names for institutions and categories (the acronyms officers type: PUPR, PDAM, RSUD),
matched by the pickers; the shipped entries get the usual ones.

Stored one per line in `aliases`; empty when there are none.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The names migration 0001 ships, with the short names used at regency desks. Only rows that
# still carry exactly these names get them: a desk that renamed an entry keeps its own.
INSTITUTION_ALIASES = {
    "Dinas Kependudukan dan Pencatatan Sipil": ["Disdukcapil", "Dukcapil", "Capil"],
    "Dinas Kesehatan": ["Dinkes"],
    "Dinas Pendidikan": ["Disdik"],
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": ["DPMPTSP", "PTSP"],
    "Dinas Pekerjaan Umum dan Penataan Ruang": ["PUPR", "DPUPR", "Dinas PU"],
    "Dinas Lingkungan Hidup": ["DLH"],
    "Dinas Perhubungan": ["Dishub"],
    "Dinas Pemberdayaan Masyarakat dan Desa": ["DPMD"],
    "Dinas Tenaga Kerja": ["Disnaker"],
    "Dinas Komunikasi dan Informatika": ["Diskominfo", "Kominfo"],
    "Dinas Sosial": ["Dinsos"],
    "Satuan Polisi Pamong Praja": ["Satpol PP"],
    "Inspektorat Daerah": ["Itda"],
    "Rumah Sakit Umum Daerah": ["RSUD"],
    "Perusahaan Umum Daerah Air Minum": ["PDAM", "Perumda Air Minum"],
    "Badan Pengelolaan Keuangan dan Aset Daerah": ["BPKAD"],
    "Sekretariat Daerah": ["Setda"],
}
CATEGORY_ALIASES = {
    "Administrasi Kependudukan": ["Adminduk"],
    "KTP Elektronik": ["e-KTP"],
    "Rumah Sakit Daerah": ["RSUD"],
    "Persetujuan Bangunan Gedung": ["PBG", "IMB"],
    "Penerangan Jalan Umum": ["PJU"],
    "Bantuan Langsung Tunai Desa": ["BLT"],
    "Bantuan Sosial": ["Bansos"],
    "Air Minum": ["PDAM"],
}


def upgrade() -> None:
    for table in ("institution", "category"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("aliases", sa.Text(), nullable=False, server_default=""))
    for table, aliases in (("institution", INSTITUTION_ALIASES), ("category", CATEGORY_ALIASES)):
        rows = sa.table(table, sa.column("name", sa.String), sa.column("aliases", sa.Text))
        for name, names in aliases.items():
            op.execute(
                rows.update()
                .where(rows.c.name == name, rows.c.aliases == "")
                .values(aliases="\n".join(names))
            )


def downgrade() -> None:
    for table in ("category", "institution"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("aliases")
