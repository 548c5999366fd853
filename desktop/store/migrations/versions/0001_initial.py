"""Initial schema: complaints, attachments, reference lists and desk settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# A starting topic tree for a regency desk, after the categories LAPOR! users see.
# Desks edit it locally; the national list replaces it once synchronisation maps it.
CATEGORIES = {
    "Administrasi Kependudukan": ["KTP Elektronik", "Kartu Keluarga", "Akta Kelahiran/Kematian"],
    "Kesehatan": ["Pelayanan Puskesmas", "Rumah Sakit Daerah", "Jaminan Kesehatan (BPJS)"],
    "Pendidikan": ["Sekolah Dasar dan Menengah", "Bantuan Pendidikan", "Guru dan Tenaga Pendidik"],
    "Perizinan": ["Izin Usaha", "Persetujuan Bangunan Gedung"],
    "Infrastruktur": ["Jalan dan Jembatan", "Drainase dan Banjir", "Penerangan Jalan Umum"],
    "Lingkungan Hidup": ["Sampah", "Pencemaran"],
    "Transportasi": ["Angkutan Umum", "Parkir dan Lalu Lintas"],
    "Dana Desa": ["Penggunaan Dana Desa", "Bantuan Langsung Tunai Desa"],
    "Ketenagakerjaan": ["Upah dan Hak Pekerja", "Pelatihan Kerja"],
    "Komunikasi dan Informasi": ["Informasi Publik", "Layanan Daring Pemerintah"],
    "Sosial": ["Bantuan Sosial", "Penyandang Disabilitas"],
    "Air Minum": [],
    "Ketertiban Umum": [],
    "Pelayanan Publik Lainnya": [],
}

INSTITUTIONS = [
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Lingkungan Hidup",
    "Dinas Perhubungan",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Tenaga Kerja",
    "Dinas Komunikasi dan Informatika",
    "Dinas Sosial",
    "Satuan Polisi Pamong Praja",
    "Inspektorat Daerah",
    "Rumah Sakit Umum Daerah",
    "Perusahaan Umum Daerah Air Minum",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Sekretariat Daerah",
]


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    category = op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["category.id"], name=op.f("fk_category_parent_id_category")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
    )
    op.create_index(op.f("ix_category_parent_id"), "category", ["parent_id"])
    institution = op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("name", name=op.f("uq_institution_name")),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(13), nullable=False),
        sa.Column("parent_code", sa.String(13), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    op.create_index(op.f("ix_region_parent_code"), "region", ["parent_code"])
    op.create_table(
        "local_number_sequence",
        sa.Column("office_code", sa.String(12), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("office_code", "year", name=op.f("pk_local_number_sequence")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("local_number", sa.String(32), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("supervisory", sa.Boolean(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("incident_date", sa.Date(), nullable=True),
        sa.Column("region_code", sa.String(13), nullable=True),
        sa.Column("incident_address", sa.Text(), nullable=False),
        sa.Column("reporter_name", sa.String(100), nullable=False),
        sa.Column("reporter_nik", sa.String(16), nullable=False),
        sa.Column("reporter_phone", sa.String(20), nullable=False),
        sa.Column("reporter_email", sa.String(254), nullable=False),
        sa.Column("reporter_address", sa.Text(), nullable=False),
        sa.Column("is_anonymous", sa.Boolean(), nullable=False),
        sa.Column("is_secret", sa.Boolean(), nullable=False),
        sa.Column("privacy_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("national_tracking_id", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_complaint_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_complaint_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_complaint_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("uuid", name=op.f("uq_complaint_uuid")),
        sa.UniqueConstraint("local_number", name=op.f("uq_complaint_local_number")),
    )
    op.create_index("ix_complaint_received_at_id", "complaint", ["received_at", "id"])
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(255), nullable=False),
        sa.Column("stored_name", sa.String(80), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_attachment_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index(op.f("ix_attachment_complaint_id"), "attachment", ["complaint_id"])

    _seed_reference_lists(category, institution)


def _seed_reference_lists(category: sa.Table, institution: sa.Table) -> None:
    rows = []
    next_id = 1
    for parent, children in CATEGORIES.items():
        parent_id = next_id
        rows.append({"id": parent_id, "parent_id": None, "name": parent, "active": True})
        next_id += 1
        for child in children:
            rows.append({"id": next_id, "parent_id": parent_id, "name": child, "active": True})
            next_id += 1
    op.bulk_insert(category, rows)
    if op.get_bind().dialect.name == "postgresql":
        # The ids above were given: PostgreSQL's sequence must move past them (SQLite takes the
        # largest id plus one by itself), or the first category added would reuse id 1.
        op.execute(
            "SELECT setval(pg_get_serial_sequence('category', 'id'),"
            " (SELECT max(id) FROM category))"
        )
    op.bulk_insert(institution, [{"name": name, "active": True} for name in INSTITUTIONS])


def downgrade() -> None:
    for table in (
        "attachment",
        "complaint",
        "local_number_sequence",
        "region",
        "institution",
        "category",
        "setting",
    ):
        op.drop_table(table)
