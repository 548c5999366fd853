"""The hub's reference data and the national side's texts, in Bahasa Indonesia.

Ids look like a real deployment's (institutions from 1001, categories from 2001) so that the
desk's editable id mapping is exercised rather than hard-wired to small numbers.
"""

from __future__ import annotations

INSTITUTION_FIRST_ID = 1001
CATEGORY_FIRST_ID = 2001
TEMPLATE_FIRST_ID = 3001

INSTITUTIONS: tuple[str, ...] = (
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
    "Kementerian Kesehatan",
    "Badan Penyelenggara Jaminan Sosial Kesehatan",
)

# Parent category and its children; a parent without children is itself a leaf.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Administrasi Kependudukan", ("KTP Elektronik", "Kartu Keluarga", "Akta Kelahiran/Kematian")),
    ("Kesehatan", ("Pelayanan Puskesmas", "Rumah Sakit Daerah", "Jaminan Kesehatan (BPJS)")),
    (
        "Pendidikan",
        ("Sekolah Dasar dan Menengah", "Bantuan Pendidikan", "Guru dan Tenaga Pendidik"),
    ),
    ("Perizinan", ("Izin Usaha", "Persetujuan Bangunan Gedung")),
    ("Infrastruktur", ("Jalan dan Jembatan", "Drainase dan Banjir", "Penerangan Jalan Umum")),
    ("Lingkungan Hidup", ("Sampah", "Pencemaran")),
    ("Transportasi", ("Angkutan Umum", "Parkir dan Lalu Lintas")),
    ("Dana Desa", ("Penggunaan Dana Desa", "Bantuan Langsung Tunai Desa")),
    ("Ketenagakerjaan", ("Upah dan Hak Pekerja", "Pelatihan Kerja")),
    ("Komunikasi dan Informasi", ("Informasi Publik", "Layanan Daring Pemerintah")),
    ("Sosial", ("Bantuan Sosial", "Penyandang Disabilitas")),
    ("Air Minum", ()),
    ("Ketertiban Umum", ()),
    ("Pelayanan Publik Lainnya", ()),
)

TEMPLATES: tuple[tuple[str, str], ...] = (
    (
        "Laporan diterima",
        "Terima kasih atas laporan Anda. Laporan telah kami terima dan akan segera "
        "diteruskan kepada instansi yang berwenang.",
    ),
    (
        "Permintaan kelengkapan data",
        "Mohon maaf, laporan Anda belum dapat kami proses karena data belum lengkap. Mohon "
        "lengkapi lokasi kejadian, waktu kejadian, dan bukti pendukung.",
    ),
    (
        "Sedang ditindaklanjuti",
        "Laporan Anda sedang ditindaklanjuti oleh instansi terkait. Kami akan menyampaikan "
        "perkembangan penanganannya melalui kanal ini.",
    ),
    (
        "Laporan selesai",
        "Laporan Anda telah selesai ditindaklanjuti. Terima kasih atas partisipasi Anda dalam "
        "pengawasan pelayanan publik.",
    ),
)

STATUS_NAMES: dict[int, str] = {
    0: "Belum Terverifikasi",
    1: "Terverifikasi",
    2: "Dalam Proses",
    3: "Selesai",
    4: "Ditolak",
    5: "Diarsipkan",
}

# What "instansi" writes when it takes a report up (+4 h); {institution} is filled in.
IN_PROGRESS_TEXT = (
    "Laporan Anda telah kami terima dan sedang ditindaklanjuti oleh {institution}. "
    "Perkembangan penanganan akan kami sampaikan melalui kanal ini."
)

# The substantive answer (+3 days); one is chosen per complaint by its seeded hash.
ANSWER_TEXTS: tuple[str, ...] = (
    "Tim kami telah melakukan peninjauan ke lokasi pada hari kerja kemarin. Permasalahan yang "
    "dilaporkan sudah dikonfirmasi dan perbaikan telah dijadwalkan dalam minggu ini.",
    "Berdasarkan hasil klarifikasi dengan petugas layanan, kendala yang Bapak/Ibu alami "
    "disebabkan oleh gangguan sistem. Gangguan telah diperbaiki dan layanan sudah normal.",
    "Kami telah berkoordinasi dengan unit teknis terkait. Petugas akan menghubungi pelapor "
    "untuk verifikasi lanjutan dan penyelesaian di lapangan.",
    "Data yang dilaporkan telah kami periksa. Berkas Bapak/Ibu sudah diproses ulang dan dapat "
    "diambil di kantor layanan dengan membawa bukti pendaftaran.",
    "Terima kasih atas laporannya. Petugas telah menindak pelanggaran di lokasi dan akan "
    "melakukan pengawasan berkala agar kejadian serupa tidak terulang.",
)

# Why the national side declines a report (status 4, +1 day).
REJECT_REASONS: tuple[str, ...] = (
    "Laporan ini bukan kewenangan instansi kami dan telah diteruskan kepada instansi yang "
    "berwenang.",
    "Laporan tidak dapat diproses karena substansi yang dilaporkan bukan merupakan lingkup "
    "pelayanan publik instansi ini.",
    "Laporan serupa telah diproses sebelumnya; mohon pantau tindak lanjut pada laporan yang "
    "terdahulu.",
)
