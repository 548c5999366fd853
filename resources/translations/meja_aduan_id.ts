<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desktop/ui/intake/attachment_list.py" line="44"/>
        <source>Attached files</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/attachment_list.py" line="47"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Lampirkan berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/attachment_list.py" line="48"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/attachment_list.py" line="84"/>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/attachment_list.py" line="87"/>
        <source>Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.bmp *.gif *.doc *.docx *.xls *.xlsx *.odt *.ods *.rtf);;All files (*)</source>
        <translation>Pindaian, foto dan dokumen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.bmp *.gif *.doc *.docx *.xls *.xlsx *.odt *.ods *.rtf);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <location filename="../../desktop/app/crash.py" line="82"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../desktop/app/crash.py" line="84"/>
        <source>Sorry, Meja Aduan met an error it did not expect. Your saved complaints are safe. If you were typing a complaint, check it is still in the form before saving again.

A report for IT staff was written to:
%1</source>
        <translation>Maaf, Meja Aduan mengalami kesalahan yang tidak terduga. Pengaduan yang sudah disimpan tetap aman. Jika Anda sedang mengetik pengaduan, periksa bahwa isiannya masih ada di formulir sebelum menyimpan lagi.

Laporan untuk petugas TI ditulis di:
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="26"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="29"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="30"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Pilih di kalender (Alt+Bawah)</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="52"/>
        <source>Complaint %1</source>
        <translation>Pengaduan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="55"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="59"/>
        <source>implies wrongdoing by an official</source>
        <translation>berkadar pengawasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="60"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="61"/>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="63"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="64"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="66"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="67"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="68"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="69"/>
        <source>Institution</source>
        <translation>Instansi tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="70"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="72"/>
        <source>Incident date</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="75"/>
        <source>Location</source>
        <translation>Lokasi kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="76"/>
        <source>Address</source>
        <translation>Alamat lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="77"/>
        <source>Privacy</source>
        <translation>Kerahasiaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="78"/>
        <source>LAPOR! tracking ID</source>
        <translation>Nomor pelacakan LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="78"/>
        <source>not yet sent</source>
        <translation>belum dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="83"/>
        <source>Description</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="85"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="90"/>
        <source>Anonymous report: do not disclose the identity below.</source>
        <translation>Laporan anonim: jangan ungkapkan identitas di bawah ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="93"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="94"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="95"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="97"/>
        <source>Home address</source>
        <translation>Alamat rumah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="100"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="100"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="101"/>
        <source>Privacy notice given</source>
        <translation>Pemberitahuan privasi disampaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="103"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="110"/>
        <source>Save a &amp;copy…</source>
        <translation>Simpan &amp;salinan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="120"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="123"/>
        <source>Receipt as P&amp;DF…</source>
        <translation>Tanda terima sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="159"/>
        <source>Save a copy of the attachment</source>
        <translation>Simpan salinan lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="167"/>
        <source>Copy not saved</source>
        <translation>Salinan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../desktop/ui/faults.py" line="24"/>
        <source>The data cannot be read</source>
        <translation>Data tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="79"/>
        <source>Implies wrongdoing by an official (berkadar pengawasan)</source>
        <translation>Berkadar pengawasan (dugaan penyimpangan oleh pejabat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="81"/>
        <source>Type to search categories</source>
        <translation>Ketik untuk mencari kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="82"/>
        <source>Optional; type to search</source>
        <translation>Tidak wajib; ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="88"/>
        <source>What happened, when, where and who was involved, in order.</source>
        <translation>Apa yang terjadi, kapan, di mana dan siapa yang terlibat, secara berurutan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="94"/>
        <source>Street, house number, RT/RW, landmark</source>
        <translation>Jalan, nomor rumah, RT/RW, patokan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="97"/>
        <source>Anonymous: identity hidden from the reported party and the public</source>
        <translation>Anonim: identitas tidak ditampilkan kepada terlapor dan publik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="99"/>
        <source>Confidential: content not published</source>
        <translation>Rahasia: isi laporan tidak dipublikasikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="104"/>
        <source>16 digits, from the KTP</source>
        <translation>16 angka, dari KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="111"/>
        <source>The complainant was told how their personal data is used</source>
        <translation>Pelapor sudah diberi tahu penggunaan data pribadinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="113"/>
        <source>Privacy notice…</source>
        <translation>Pemberitahuan privasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="116"/>
        <source>&amp;Save complaint</source>
        <translation>Si&amp;mpan pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="119"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="120"/>
        <source>&amp;New form</source>
        <translation>Formulir &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="122"/>
        <source>Clear the form for the next complainant (Ctrl+N)</source>
        <translation>Kosongkan formulir untuk pelapor berikutnya (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="124"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="127"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="131"/>
        <source>T&amp;ype</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="134"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="135"/>
        <source>&amp;Institution</source>
        <translation>&amp;Instansi tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="136"/>
        <source>&amp;Title</source>
        <translation>J&amp;udul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="137"/>
        <source>&amp;Description</source>
        <translation>Isi la&amp;poran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="138"/>
        <source>Incident &amp;date</source>
        <translation>&amp;Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="139"/>
        <source>&amp;Location</source>
        <translation>L&amp;okasi kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="140"/>
        <source>Addre&amp;ss</source>
        <translation>&amp;Alamat lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="142"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="147"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="148"/>
        <source>NI&amp;K</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="149"/>
        <source>&amp;Phone</source>
        <translation>&amp;HP / Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="150"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="151"/>
        <source>Ho&amp;me address</source>
        <translation>Alamat &amp;rumah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="161"/>
        <source>Attachments (scanned letters, photos, documents)</source>
        <translation>Lampiran (surat pindaian, foto, dokumen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="382"/>
        <location filename="../../desktop/ui/intake/form.py" line="405"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Belum tersimpan: perbaiki isian yang ditandai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="387"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="396"/>
        <source>Saved as %1.</source>
        <translation>Tersimpan dengan nomor %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="408"/>
        <source>Not saved.</source>
        <translation>Tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="411"/>
        <source>The complaint was not saved</source>
        <translation>Pengaduan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="414"/>
        <source>Everything you typed is still in the form.</source>
        <translation>Semua yang sudah diketik masih ada di formulir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="432"/>
        <source>New form</source>
        <translation>Formulir baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="433"/>
        <source>Clear the form? What has been typed and not saved will be lost.</source>
        <translation>Kosongkan formulir? Isian yang belum disimpan akan hilang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52"/>
        <source>Complaints</source>
        <translation>Daftar pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>&amp;Desk</source>
        <translation>&amp;Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>&amp;New complaint</source>
        <translation>Pengaduan &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>&amp;Complaints list</source>
        <translation>&amp;Daftar pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Office…</source>
        <translation>&amp;Kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>Categories and &amp;institutions…</source>
        <translation>Kategori dan &amp;instansi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <source>&amp;About Meja Aduan</source>
        <translation>&amp;Tentang Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>This database was written by a newer version of Meja Aduan. Install the newer version; nothing was changed.</source>
        <translation>Basis data ini dibuat oleh versi Meja Aduan yang lebih baru. Pasang versi yang lebih baru; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>Database not available</source>
        <translation>Basis data tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Office not configured: Settings › Office</source>
        <translation>Kantor belum diatur: Pengaturan › Kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>The new language is used the next time Meja Aduan starts.</source>
        <translation>Bahasa baru dipakai saat Meja Aduan dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>About Meja Aduan</source>
        <translation>Tentang Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Meja Aduan %1
Complaint desk for public services, working offline and synchronising with SP4N-LAPOR!.</source>
        <translation>Meja Aduan %1
Meja pengaduan pelayanan publik yang bekerja tanpa internet dan disinkronkan dengan SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Still saving; close again when it is done.</source>
        <translation>Masih menyimpan; tutup lagi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>The form holds a complaint that is not saved. Quit anyway?</source>
        <translation>Formulir berisi pengaduan yang belum disimpan. Tetap keluar?</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="10"/>
        <source>Your name, identity number (NIK), phone number, e-mail, address and the content of your report are recorded by this office to handle your report, as a public service required by Law 25/2009. They are used only for this purpose: to verify your report, pass it to the unit responsible and send you the answer. If your report is marked Anonymous, your identity is not shown to the party you report about or to the public. Your data is kept for the period of the archive schedule and then deleted or anonymised. You may ask to see, correct or delete your data at this desk (Law 27/2022 on Personal Data Protection).</source>
        <translation>Nama, nomor induk kependudukan (NIK), nomor telepon, e-mail, alamat dan isi laporan Anda dicatat oleh kantor ini untuk menangani laporan Anda, sebagai pelayanan publik yang diwajibkan UU 25/2009. Data tersebut hanya dipakai untuk tujuan ini: memverifikasi laporan, meneruskannya kepada unit yang berwenang dan menyampaikan jawabannya kepada Anda. Jika laporan Anda ditandai Anonim, identitas Anda tidak ditampilkan kepada pihak yang Anda laporkan maupun kepada publik. Data Anda disimpan selama masa jadwal retensi arsip, lalu dihapus atau dianonimkan. Anda dapat meminta untuk melihat, memperbaiki atau menghapus data Anda di meja ini (UU 27/2022 tentang Pelindungan Data Pribadi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="24"/>
        <source>Your personal data is used only to handle this report and is protected under Law 27/2022 on Personal Data Protection. You may ask this desk to see, correct or delete it.</source>
        <translation>Data pribadi Anda hanya dipakai untuk menangani laporan ini dan dilindungi UU 27/2022 tentang Pelindungan Data Pribadi. Anda dapat meminta meja ini untuk melihat, memperbaiki atau menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="34"/>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="21"/>
        <source>Complaint desk (office not yet configured)</source>
        <translation>Meja pengaduan (kantor belum diatur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="27"/>
        <source>Complaint number</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="31"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="34"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="35"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="36"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="24"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="40"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="45"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="47"/>
        <source>To be verified by</source>
        <translation>Diverifikasi paling lambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="57"/>
        <source>A verifier checks your report within %n working days.</source>
        <translation>Petugas verifikasi memeriksa laporan Anda dalam %n hari kerja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="63"/>
        <source>After verification it is passed to the unit responsible, which must follow it up.</source>
        <translation>Setelah diverifikasi, laporan diteruskan kepada unit yang berwenang untuk ditindaklanjuti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="67"/>
        <source>You are contacted with the answer. Quote the complaint number when you ask about its progress.</source>
        <translation>Anda akan dihubungi dengan jawabannya. Sebutkan nomor pengaduan saat menanyakan perkembangannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="76"/>
        <source>This report is confidential: its content is not published.</source>
        <translation>Laporan ini rahasia: isinya tidak dipublikasikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="82"/>
        <source>This report is anonymous: your identity is not shown to the party you report about or to the public.</source>
        <translation>Laporan ini anonim: identitas Anda tidak ditampilkan kepada pihak yang dilaporkan maupun kepada publik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="88"/>
        <source>COMPLAINT RECEIPT</source>
        <translation>TANDA TERIMA PENGADUAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="89"/>
        <source>What happens next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="90"/>
        <source>Keep this receipt.</source>
        <translation>Simpan tanda terima ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="91"/>
        <source>Receiving officer</source>
        <translation>Petugas penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="128"/>
        <location filename="../../desktop/ui/receipt.py" line="139"/>
        <source>Complaint receipt</source>
        <translation>Tanda terima pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="152"/>
        <source>receipt</source>
        <translation>tanda-terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="156"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="158"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="167"/>
        <source>Receipt not saved</source>
        <translation>Tanda terima tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="45"/>
        <source>Categories and institutions</source>
        <translation>Kategori dan instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="53"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="54"/>
        <source>Institutions</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="64"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Ubah nama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="66"/>
        <source>Switch &amp;on/off</source>
        <translation>&amp;Aktifkan/nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="70"/>
        <source>Add &amp;sub-category…</source>
        <translation>Tambah &amp;subkategori…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="110"/>
        <source>Switched off: not offered for new complaints</source>
        <translation>Nonaktif: tidak ditawarkan untuk pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="113"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="120"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="133"/>
        <source>Rename</source>
        <translation>Ubah nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="160"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="163"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="166"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="160"/>
        <source>The name cannot be empty.</source>
        <translation>Nama tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="163"/>
        <source>That name is already in the list.</source>
        <translation>Nama itu sudah ada di daftar.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="31"/>
        <location filename="../../desktop/ui/intake/region_picker.py" line="37"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="32"/>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="33"/>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="34"/>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa / kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="38"/>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="39"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="40"/>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="25"/>
        <source>Complaint saved</source>
        <translation>Pengaduan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="26"/>
        <source>The complaint was saved with number</source>
        <translation>Pengaduan tersimpan dengan nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="35"/>
        <source>Hand the complainant a receipt with this number.</source>
        <translation>Serahkan tanda terima dengan nomor ini kepada pelapor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="37"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="38"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Simpan tanda terima sebagai P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="36"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="40"/>
        <source>e.g. Kecamatan Cibinong, Kabupaten Bogor</source>
        <translation>mis. Kecamatan Cibinong, Kabupaten Bogor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53"/>
        <source>Office &amp;code</source>
        <translation>&amp;Kode kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54"/>
        <source>Office &amp;name</source>
        <translation>&amp;Nama kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>Office &amp;address</source>
        <translation>&amp;Alamat kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56"/>
        <source>Largest &amp;attachment</source>
        <translation>&amp;Ukuran lampiran terbesar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>The office code starts every complaint number (for example 3201-2026-000123). Use the Kemendagri code of the office&apos;s region without dots.</source>
        <translation>Kode kantor menjadi awal setiap nomor pengaduan (misalnya 3201-2026-000123). Gunakan kode Kemendagri wilayah kantor tanpa titik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="95"/>
        <source>2 to 12 letters or digits, e.g. 3201.</source>
        <translation>2 sampai 12 huruf atau angka, mis. 3201.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96"/>
        <source>Write the office&apos;s name (at most 200 characters).</source>
        <translation>Tulis nama kantor (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97"/>
        <source>Between 1 and 500 MB.</source>
        <translation>Antara 1 dan 500 MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102"/>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/ui/texts.py" line="19"/>
        <source>Walk-in (in person)</source>
        <translation>Tatap muka (datang langsung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="20"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="21"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="22"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="23"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="24"/>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="25"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="31"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="32"/>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="33"/>
        <source>Request for information</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="40"/>
        <source>Not yet verified</source>
        <translation>Belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="50"/>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="52"/>
        <source>Too short: write at least %n characters.</source>
        <translation>Terlalu pendek: tulis paling sedikit %n karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="56"/>
        <source>Too long: at most %n characters.</source>
        <translation>Terlalu panjang: paling banyak %n karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="60"/>
        <source>A NIK contains digits only.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="62"/>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri atas tepat 16 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="64"/>
        <source>Digits 7 to 12 of a NIK are a birth date (DDMMYY, women +40 on the day).</source>
        <translation>Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (HHBBTT, untuk perempuan tanggal ditambah 40).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="68"/>
        <source>Not a valid phone number. Example: 0812 3456 7890 or +62 21 1234567.</source>
        <translation>Nomor telepon tidak valid. Contoh: 0812 3456 7890 atau +62 21 1234567.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="72"/>
        <source>Not a valid e-mail address. Example: nama@contoh.id.</source>
        <translation>Alamat e-mail tidak valid. Contoh: nama@contoh.id.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="76"/>
        <source>Write the date as DD-MM-YYYY, for example 17-08-2026.</source>
        <translation>Tulis tanggal sebagai HH-BB-TTTT, misalnya 17-08-2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="80"/>
        <source>The date cannot be in the future.</source>
        <translation>Tanggal tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="82"/>
        <source>Choose at least the regency or city.</source>
        <translation>Pilih paling tidak kabupaten atau kota.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="84"/>
        <source>Unknown region: choose it from the list.</source>
        <translation>Wilayah tidak dikenal: pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="86"/>
        <source>Not in the list: choose one of the suggestions.</source>
        <translation>Tidak ada di daftar: pilih salah satu usulan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="90"/>
        <source>Give a phone number, e-mail or address so the answer can be delivered.</source>
        <translation>Isi nomor telepon, e-mail atau alamat agar jawaban dapat disampaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="94"/>
        <source>Read the privacy notice to the complainant and tick this box.</source>
        <translation>Bacakan pemberitahuan privasi kepada pelapor, lalu centang kotak ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="98"/>
        <source>The file is larger than %n MB.</source>
        <translation>Berkas lebih besar dari %n MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="100"/>
        <source>Only images, PDF and office documents can be attached.</source>
        <translation>Hanya gambar, PDF dan dokumen perkantoran yang dapat dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="104"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="106"/>
        <source>The file cannot be read; it may have been moved or deleted.</source>
        <translation>Berkas tidak dapat dibaca; mungkin sudah dipindahkan atau dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="110"/>
        <source>At most %n files per complaint.</source>
        <translation>Paling banyak %n berkas per pengaduan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="117"/>
        <source>The database is being used by another program and did not become free in time. Wait a moment and save again; if this keeps happening, close other copies of Meja Aduan on this computer.</source>
        <translation>Basis data sedang dipakai program lain dan tidak segera bebas. Tunggu sebentar lalu simpan lagi; jika terus terjadi, tutup jendela Meja Aduan lain di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="123"/>
        <source>The disk is full. Free some space (empty the recycle bin, remove old downloads) and save again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang (kosongkan Recycle Bin, hapus unduhan lama) lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="128"/>
        <source>The data folder cannot be written to. Ask IT staff to check its permissions.</source>
        <translation>Folder data tidak dapat ditulisi. Minta petugas TI memeriksa izin aksesnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="131"/>
        <source>The database file is damaged. Do not delete anything; call IT staff to restore the latest backup.</source>
        <translation>Berkas basis data rusak. Jangan menghapus apa pun; hubungi petugas TI untuk memulihkan cadangan terakhir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="136"/>
        <source>A file could not be read or written. Check that attached files still exist and that the disk works, then save again.</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis. Periksa bahwa berkas lampiran masih ada dan disk berfungsi, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="44"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="45"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="46"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="47"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="48"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="50"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="131"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="64"/>
        <source>Reload the list (F5)</source>
        <translation>Muat ulang daftar (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="65"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="66"/>
        <source>Show the selected complaint (Enter)</source>
        <translation>Tampilkan pengaduan yang dipilih (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="104"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="124"/>
        <source>%1 complaints, newest first</source>
        <translation>%1 pengaduan, terbaru di atas</translation>
    </message>
</context>
</TS>
