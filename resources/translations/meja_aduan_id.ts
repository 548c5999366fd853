<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="21"/>
        <source>Front-desk officer</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="22"/>
        <source>Verifier / coordinator</source>
        <translation>Verifikator / koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="23"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="29"/>
        <source>Use 3 to 40 lower-case letters, digits, dots or dashes, starting with a letter.</source>
        <translation>Gunakan 3 sampai 40 huruf kecil, angka, titik atau tanda hubung, diawali huruf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="33"/>
        <source>This user name is already in use.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="36"/>
        <source>Fill in the person&apos;s full name.</source>
        <translation>Isi nama lengkap orang tersebut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="39"/>
        <source>The current password is not right.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="42"/>
        <source>The desk needs at least one active administrator.</source>
        <translation>Meja memerlukan paling sedikit satu administrator aktif.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="45"/>
        <source>You cannot take away your own administrator rights.</source>
        <translation>Anda tidak dapat mencabut hak administrator Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="48"/>
        <source>Use at least %1 characters.</source>
        <translation>Gunakan paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="51"/>
        <source>The password must not contain the user name.</source>
        <translation>Kata sandi tidak boleh memuat nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="54"/>
        <source>Too simple: use more different characters.</source>
        <translation>Terlalu sederhana: gunakan lebih banyak karakter yang berbeda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="57"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="67"/>
        <source>A password has at least %1 characters, at least %2 of them different, and must not contain the user name.</source>
        <translation>Kata sandi paling sedikit %1 karakter, paling sedikit %2 di antaranya berbeda, dan tidak boleh memuat nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="79"/>
        <source>Too many wrong passwords: this account is locked until %1. An administrator can set a new password.</source>
        <translation>Terlalu banyak kata sandi salah: akun ini terkunci sampai %1. Administrator dapat menetapkan kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="85"/>
        <source>This account is disabled. Ask the desk&apos;s administrator.</source>
        <translation>Akun ini dinonaktifkan. Hubungi administrator meja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/texts.py" line="88"/>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="65"/>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="68"/>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="71"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="74"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata s&amp;andi</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="192"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="195"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="195"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="195"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="195"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="200"/>
        <source>&amp;New account…</source>
        <translation>Akun &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="201"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="202"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="209"/>
        <source>Each officer signs in with their own account.</source>
        <translation>Setiap petugas masuk dengan akunnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="227"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="229"/>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="233"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>ApplyConfigurationDialog</name>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="52"/>
        <source>Apply a desk configuration file</source>
        <translation>Terapkan berkas konfigurasi meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="56"/>
        <source>IT staff&apos;s configuration file (.toml) sets the office, the SP4N-LAPOR! connection, the id mappings, the time limits and the backup schedule. The whole file is checked first; nothing is applied unless all of it is correct.</source>
        <translation>Berkas konfigurasi dari petugas TI (.toml) mengatur kantor, koneksi SP4N-LAPOR!, pemetaan id, batas waktu, dan jadwal cadangan. Seluruh berkas diperiksa lebih dulu; tidak ada yang diterapkan kecuali semuanya benar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="78"/>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="135"/>
        <source>The file changed since it was checked: see below.</source>
        <translation>Berkas berubah sejak diperiksa: lihat di bawah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="150"/>
        <source>Nothing was applied. %1</source>
        <translation>Tidak ada yang diterapkan. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="153"/>
        <source>Only an administrator may apply a configuration file.</source>
        <translation>Hanya administrator yang boleh menerapkan berkas konfigurasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/apply_dialog.py" line="157"/>
        <source>Nothing was applied: the file cannot be read any more (%1).</source>
        <translation>Tidak ada yang diterapkan: berkas tidak dapat dibaca lagi (%1).</translation>
    </message>
</context>
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
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="59"/>
        <location filename="../../desktop/ui/audit_dialog.py" line="255"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="63"/>
        <location filename="../../desktop/ui/audit_dialog.py" line="163"/>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="66"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="71"/>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="75"/>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="76"/>
        <source>Ac&amp;tion:</source>
        <translation>T&amp;indakan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="78"/>
        <source>T&amp;o:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="104"/>
        <source>&amp;Check chain</source>
        <translation>Periksa &amp;rantai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="106"/>
        <source>Check that no entry was changed or deleted outside Meja Aduan</source>
        <translation>Periksa bahwa tidak ada entri yang diubah atau dihapus di luar Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="108"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="136"/>
        <source>Write the date as DD-MM-YYYY, for example 17-08-2026.</source>
        <translation>Tulis tanggal sebagai HH-BB-TTTT, misalnya 17-08-2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="143"/>
        <source>The first date is after the last one.</source>
        <translation>Tanggal awal jatuh sesudah tanggal akhir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="157"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="172"/>
        <source>The newest %1 entries; narrow the filter to see older ones.</source>
        <translation>%1 entri terbaru; persempit saringan untuk melihat entri yang lebih lama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="174"/>
        <source>%1 entries, newest first</source>
        <translation>%1 entri, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="180"/>
        <location filename="../../desktop/ui/audit_dialog.py" line="250"/>
        <source>Checking the audit trail…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="186"/>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Jejak audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="192"/>
        <source>Issued reports were changed outside Meja Aduan (report %1): they are not as they were issued. Leave this computer as it is and call IT staff.</source>
        <translation>Laporan terbit diubah di luar Meja Aduan (laporan %1): laporan itu tidak lagi seperti saat diterbitkan. Biarkan komputer ini apa adanya dan hubungi staf TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="199"/>
        <source>Complaints were changed outside Meja Aduan (%1 and %2 more): the audit trail does not account for them as they are now. Leave this computer as it is and call IT staff.</source>
        <translation>Ada aduan yang diubah di luar Meja Aduan (%1 dan %2 lainnya): jejak audit tidak mencatatnya seperti keadaannya sekarang. Biarkan komputer ini apa adanya dan hubungi staf TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="210"/>
        <source>The audit trail is BROKEN at entry %1: entries were changed or deleted outside Meja Aduan. Leave this computer as it is and call IT staff.</source>
        <translation>Jejak audit RUSAK pada entri %1: ada entri yang diubah atau dihapus di luar Meja Aduan. Biarkan komputer ini apa adanya dan hubungi petugas TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="224"/>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="224"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="231"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialog.py" line="241"/>
        <source>Exported to %2. Entries: %1.</source>
        <translation>Diekspor ke %2. Jumlah entri: %1.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="35"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="36"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="37"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="38"/>
        <source>Subject</source>
        <translation>Objek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="39"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="74"/>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="34"/>
        <source>Desk set up</source>
        <translation>Meja disiapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="35"/>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="36"/>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="37"/>
        <source>Signed out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="38"/>
        <source>Account locked</source>
        <translation>Akun terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="39"/>
        <source>Account created</source>
        <translation>Akun dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="40"/>
        <source>Account changed</source>
        <translation>Akun diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="41"/>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="42"/>
        <source>Recovery key used</source>
        <translation>Kunci pemulihan dipakai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="45"/>
        <source>Complaint recorded</source>
        <translation>Pengaduan dicatat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="48"/>
        <source>Complaint changed</source>
        <translation>Pengaduan diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="51"/>
        <source>Identity shown unmasked</source>
        <translation>Identitas ditampilkan tanpa samaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="54"/>
        <source>Settings changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="55"/>
        <source>Categories or institutions changed</source>
        <translation>Kategori atau instansi diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="58"/>
        <source>Data exported</source>
        <translation>Data diekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="59"/>
        <source>Personal data searched</source>
        <translation>Data pribadi dicari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="62"/>
        <source>Personal data corrected</source>
        <translation>Data pribadi diperbaiki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="65"/>
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="66"/>
        <source>Retention period applied</source>
        <translation>Masa retensi diterapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="69"/>
        <source>Synthetic complaints added</source>
        <translation>Pengaduan sintetis ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="72"/>
        <source>Audit trail checked</source>
        <translation>Jejak audit diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="73"/>
        <source>Sync item settled by a verifier</source>
        <translation>Item sinkronisasi diselesaikan verifikator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="76"/>
        <source>Data restored from a backup</source>
        <translation>Data dipulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="79"/>
        <source>Existing complaints sealed for checking</source>
        <translation>Aduan yang ada disegel untuk pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="82"/>
        <source>News from SP4N-LAPOR! added</source>
        <translation>Kabar dari SP4N-LAPOR! ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="85"/>
        <source>Report issued</source>
        <translation>Laporan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="86"/>
        <source>Evidence document added</source>
        <translation>Bukti dukung ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="89"/>
        <source>Evidence document withdrawn</source>
        <translation>Bukti dukung ditarik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="109"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="110"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="111"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="112"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="113"/>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="114"/>
        <source>Backup settings</source>
        <translation>Pengaturan cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="115"/>
        <source>Received before</source>
        <translation>Diterima sebelum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="116"/>
        <source>Wrong passwords before opening</source>
        <translation>Kata sandi salah sebelum dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="117"/>
        <source>By</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="118"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="119"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="120"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="121"/>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="122"/>
        <source>Number</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="123"/>
        <source>API key and token changed</source>
        <translation>Kunci API dan token diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="126"/>
        <source>Entries checked</source>
        <translation>Entri diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="127"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="128"/>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="129"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="130"/>
        <source>First broken entry</source>
        <translation>Entri rusak pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="131"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="132"/>
        <source>Complaints not as last recorded</source>
        <translation>Aduan tidak sesuai catatan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="135"/>
        <source>Complaints no entry accounts for</source>
        <translation>Aduan tanpa catatan audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="136"/>
        <source>Recorded complaints gone</source>
        <translation>Aduan tercatat yang hilang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="137"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="138"/>
        <source>Sync item</source>
        <translation>Item sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="139"/>
        <source>Local value</source>
        <translation>Nilai lokal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="140"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="141"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="142"/>
        <source>Known user name</source>
        <translation>Nama pengguna dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="143"/>
        <source>Linked to</source>
        <translation>Ditautkan ke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="144"/>
        <source>List entries</source>
        <translation>Entri daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="145"/>
        <source>Mapping entries</source>
        <translation>Entri pemetaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="146"/>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="147"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="148"/>
        <source>Replaced data kept as</source>
        <translation>Data lama disimpan sebagai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="149"/>
        <source>Identities in full</source>
        <translation>Identitas lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="150"/>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="151"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="152"/>
        <source>Entries</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="153"/>
        <source>Locked for (seconds)</source>
        <translation>Dikunci selama (detik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="155"/>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="156"/>
        <source>LAPOR! tracking ID</source>
        <translation>Nomor pelacakan LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="157"/>
        <source>Training mode</source>
        <translation>Mode latihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="158"/>
        <source>LAPOR! id</source>
        <translation>ID LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="159"/>
        <source>What</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="160"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="161"/>
        <source>Confidential reports withheld</source>
        <translation>Laporan rahasia yang isinya ditahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="162"/>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="164"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="165"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="166"/>
        <source>Issued report</source>
        <translation>Laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="167"/>
        <source>Issued reports</source>
        <translation>Laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="168"/>
        <source>Issued reports not as issued</source>
        <translation>Laporan terbit yang tidak lagi seperti saat diterbitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="171"/>
        <source>Seal</source>
        <translation>Segel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="173"/>
        <source>Size (bytes)</source>
        <translation>Ukuran (byte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="174"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="183"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="184"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="222"/>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="223"/>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="224"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="230"/>
        <location filename="../../desktop/ui/audit_texts.py" line="256"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="231"/>
        <location filename="../../desktop/ui/audit_texts.py" line="254"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="232"/>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="233"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="234"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="240"/>
        <source>audit trail</source>
        <translation>jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="241"/>
        <source>backup</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="242"/>
        <source>diagnostics for IT support</source>
        <translation>diagnostik untuk dukungan TI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="243"/>
        <source>a person&apos;s complaints</source>
        <translation>pengaduan seseorang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="244"/>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="245"/>
        <source>a report&apos;s complaint list</source>
        <translation>daftar pengaduan sebuah laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="246"/>
        <source>a copy of an issued report</source>
        <translation>salinan laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="247"/>
        <source>evidence documents (zip)</source>
        <translation>bukti dukung (zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="255"/>
        <source>phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="257"/>
        <source>command line</source>
        <translation>baris perintah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="263"/>
        <source>the person&apos;s request</source>
        <translation>permintaan orang yang bersangkutan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="264"/>
        <source>retention period ended</source>
        <translation>masa simpan berakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="270"/>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="271"/>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="272"/>
        <source>other names changed</source>
        <translation>nama lain diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="279"/>
        <source>complaints list, at the counter</source>
        <translation>daftar pengaduan, di loket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="285"/>
        <source>send again</source>
        <translation>kirim ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="286"/>
        <source>hold back</source>
        <translation>tahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="287"/>
        <source>send again after checking LAPOR!</source>
        <translation>kirim ulang setelah memeriksa LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="288"/>
        <source>found on LAPOR!</source>
        <translation>ditemukan di LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="294"/>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_texts.py" line="295"/>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="62"/>
        <source>&amp;Backups</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="66"/>
        <source>&amp;Back up now…</source>
        <translation>Cadangkan &amp;sekarang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="70"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="75"/>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Jadwal cadangan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="138"/>
        <source>IT staff: see the log file in the data folder.</source>
        <translation>Petugas TI: lihat berkas log di folder data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="142"/>
        <source>The automatic backup was not made. %1 It is tried again within the hour.</source>
        <translation>Cadangan otomatis tidak dibuat. %1 Akan dicoba lagi dalam satu jam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/feature.py" line="170"/>
        <source>An automatic backup is being made; restore when it is done.</source>
        <translation>Cadangan otomatis sedang dibuat; pulihkan setelah selesai.</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="46"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="50"/>
        <source>A backup holds the whole desk: the database and the attached files, encrypted with the desk&apos;s key. Keep a copy away from this computer (a USB drive kept locked away).</source>
        <translation>Cadangan berisi seluruh isi meja: basis data dan berkas lampiran, terenkripsi dengan kunci meja. Simpan satu salinan di luar komputer ini (flashdisk yang disimpan terkunci).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="57"/>
        <source>The desk&apos;s &amp;backups folder</source>
        <translation>Folder &amp;cadangan meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="62"/>
        <source>&amp;Another folder (a USB drive):</source>
        <translation>Folder &amp;lain (flashdisk):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="68"/>
        <source>No folder chosen</source>
        <translation>Belum ada folder dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="69"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="85"/>
        <source>&amp;Back up</source>
        <translation>Ca&amp;dangkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="102"/>
        <source>Folder for the backup</source>
        <translation>Folder untuk cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="111"/>
        <source>Choose the folder first.</source>
        <translation>Pilih foldernya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="115"/>
        <source>Backing up… this can take a few minutes on a large desk.</source>
        <translation>Mencadangkan… pada meja yang besar ini dapat memakan beberapa menit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="124"/>
        <source>Backup written: %1 (%2).</source>
        <translation>Cadangan tersimpan: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/backup_dialog.py" line="132"/>
        <source>No backup was made. %1</source>
        <translation>Cadangan tidak dibuat. %1</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="25"/>
        <source>Nothing was changed: the desk&apos;s data is as it was.</source>
        <translation>Tidak ada yang diubah: data meja tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="30"/>
        <source>This backup file is damaged (it does not read back whole or fails its check). Choose another backup, for example the one before it.</source>
        <translation>Berkas cadangan ini rusak (tidak terbaca utuh atau gagal diperiksa). Pilih cadangan lain, misalnya yang sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="35"/>
        <source>This backup is incomplete: attachment files it should hold are missing or damaged (%1). Choose another backup, for example the one before it.</source>
        <translation>Cadangan ini tidak lengkap: berkas lampiran yang seharusnya ada di dalamnya hilang atau rusak (%1). Pilih cadangan lain, misalnya cadangan sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="40"/>
        <source>This file is not a Meja Aduan backup. Choose a backup (.zip).</source>
        <translation>Berkas ini bukan cadangan Meja Aduan. Pilih berkas cadangan (.zip).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="43"/>
        <source>This backup belongs to another desk: this desk&apos;s key does not open it. Restore it on the desk that made it, or choose one of this desk&apos;s backups.</source>
        <translation>Cadangan ini milik meja lain: kunci meja ini tidak dapat membukanya. Pulihkan di meja yang membuatnya, atau pilih salah satu cadangan meja ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="48"/>
        <source>The current database cannot be opened with this desk&apos;s key. IT staff: restore from the command line (meja-aduan restore).</source>
        <translation>Basis data saat ini tidak dapat dibuka dengan kunci meja ini. Petugas TI: pulihkan melalui baris perintah (meja-aduan restore).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="53"/>
        <location filename="../../desktop/ui/backups/texts.py" line="58"/>
        <source>This backup was made by a newer version of Meja Aduan. Install that version first, then restore it.</source>
        <translation>Cadangan ini dibuat oleh versi Meja Aduan yang lebih baru. Pasang versi tersebut terlebih dahulu, lalu pulihkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="65"/>
        <source>This backup cannot be restored. Choose another backup.</source>
        <translation>Cadangan ini tidak dapat dipulihkan. Pilih cadangan lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="70"/>
        <source>The desk is in use: a synchronisation round or another copy of Meja Aduan has it open. Wait a minute (or close the other program) and try again.</source>
        <translation>Meja sedang dipakai: putaran sinkronisasi atau jendela Meja Aduan lain sedang membukanya. Tunggu sebentar (atau tutup program lain itu) lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="85"/>
        <source>The disk is full. Free some space (or choose a drive with more room) and try again; old backups in the backups folder can be moved to a USB drive.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang (atau pilih drive yang lebih lega) lalu coba lagi; cadangan lama di folder cadangan dapat dipindahkan ke flashdisk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="91"/>
        <source>The folder cannot be written to. Choose another folder, or ask IT staff to check its permissions.</source>
        <translation>Folder tidak dapat ditulisi. Pilih folder lain, atau minta petugas TI memeriksa izin aksesnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="101"/>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="102"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="103"/>
        <source>before an upgrade</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="104"/>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="112"/>
        <source>Made %1 (%2)</source>
        <translation>Dibuat %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="115"/>
        <source>database schema %1</source>
        <translation>skema basis data %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="121"/>
        <source>%1 complaint(s)</source>
        <translation>%1 pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="127"/>
        <source>%1 attached file(s)</source>
        <translation>%1 berkas lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/texts.py" line="133"/>
        <source>without attached files (they are kept as they are)</source>
        <translation>tanpa berkas lampiran (lampiran yang ada tetap disimpan)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="265"/>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="268"/>
        <source>&amp;Current password</source>
        <translation>Kata sandi saat &amp;ini</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="82"/>
        <source>Status over time (K11)</source>
        <translation>Status dari waktu ke waktu (K11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="83"/>
        <source>On time per step (K6, K7, K8)</source>
        <translation>Tepat waktu per tahap (K6, K7, K8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="84"/>
        <source>Backlog by age (K5)</source>
        <translation>Tunggakan menurut umur (K5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="85"/>
        <source>Channels (K16)</source>
        <translation>Saluran pengaduan (K16)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="209"/>
        <source>Completion</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="212"/>
        <source>First follow-up</source>
        <translation>Tindak lanjut pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="215"/>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="217"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="218"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="245"/>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="245"/>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="264"/>
        <source>Open at the cut-off</source>
        <translation>Terbuka pada batas data</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="50"/>
        <source>Correct personal data – %1</source>
        <translation>Perbaiki data pribadi – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="54"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="55"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="56"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="57"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="58"/>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/correct_dialog.py" line="78"/>
        <source>Change the fields as the person asked, then save.</source>
        <translation>Ubah isian sesuai permintaan yang bersangkutan, lalu simpan.</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <location filename="../../desktop/app/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../desktop/app/crash.py" line="90"/>
        <source>Sorry, Meja Aduan met an error it did not expect. Your saved complaints are safe. If you were typing a complaint, check it is still in the form before saving again.

A report for IT staff was written to:
%1</source>
        <translation>Maaf, Meja Aduan mengalami kesalahan yang tidak terduga. Pengaduan yang sudah disimpan tetap aman. Jika Anda sedang mengetik pengaduan, periksa bahwa isiannya masih ada di formulir sebelum menyimpan lagi.

Laporan untuk petugas TI ditulis di:
%1</translation>
    </message>
</context>
<context>
    <name>DataSubject</name>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="15"/>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri atas tepat 16 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="18"/>
        <source>Not a valid phone number. Example: 0812 3456 7890.</source>
        <translation>Nomor telepon tidak valid. Contoh: 0812 3456 7890.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="21"/>
        <source>Type at least 3 letters of the name.</source>
        <translation>Ketik paling sedikit 3 huruf dari nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="24"/>
        <source>The complaint no longer exists. Search again.</source>
        <translation>Pengaduan ini sudah tidak ada. Cari lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="27"/>
        <source>The personal data of this complaint has already been erased.</source>
        <translation>Data pribadi pengaduan ini sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="30"/>
        <source>Choose between 0 and 30 years.</source>
        <translation>Pilih antara 0 dan 30 tahun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="33"/>
        <source>Select one or more complaints first.</source>
        <translation>Pilih satu atau beberapa pengaduan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="48"/>
        <source>Only an administrator may handle requests about personal data.</source>
        <translation>Hanya administrator yang boleh menangani permintaan terkait data pribadi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/words.py" line="51"/>
        <source>Sign in again to continue.</source>
        <translation>Masuk lagi untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="28"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="31"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="32"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Pilih di kalender (Alt+Bawah)</translation>
    </message>
</context>
<context>
    <name>DeskGate</name>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="126"/>
        <source>Database not available</source>
        <translation>Basis data tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="129"/>
        <source>This data folder holds an unencrypted database from a test version of Meja Aduan, which this version does not open. IT staff: move the folder away (it holds personal data: delete it safely) and start again.</source>
        <translation>Folder data ini berisi basis data tanpa enkripsi dari versi uji Meja Aduan, yang tidak dibuka oleh versi ini. Petugas TI: pindahkan folder ini (berisi data pribadi: hapus dengan aman) lalu mulai lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="137"/>
        <source>The key file of this desk is missing. IT staff: open it with the recovery key.</source>
        <translation>Berkas kunci meja ini tidak ada. Petugas TI: buka dengan kunci pemulihan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="143"/>
        <source>The key file of this desk is damaged. IT staff: open it with the recovery key; the damaged file is kept aside.</source>
        <translation>Berkas kunci meja ini rusak. Petugas TI: buka dengan kunci pemulihan; berkas yang rusak disimpan terpisah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="158"/>
        <source>Database updated; finishing…</source>
        <translation>Basis data sudah diperbarui; menyelesaikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="161"/>
        <source>Updating the database for this version of Meja Aduan: making a backup first… Do not switch the computer off.</source>
        <translation>Memperbarui basis data untuk versi ini: membuat cadangan lebih dulu… Jangan matikan komputer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="167"/>
        <source>Updating the database for this version of Meja Aduan: step %1 of %2 done. Do not switch the computer off.</source>
        <translation>Memperbarui basis data untuk versi ini: langkah %1 dari %2 selesai. Jangan matikan komputer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="173"/>
        <source>Updating the database…</source>
        <translation>Memperbarui basis data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="211"/>
        <source>The database was updated for this version. The copy from before is kept in the backups folder.</source>
        <translation>Basis data sudah diperbarui untuk versi ini. Salinan dari sebelumnya disimpan di folder cadangan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/access/gate.py" line="243"/>
        <source>%n complaint(s) past the retention period anonymised.</source>
        <translation>
            <numerusform>%n pengaduan yang melewati masa retensi telah dianonimkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="273"/>
        <source>The database is still opening; try again in a moment.</source>
        <translation>Basis data masih dibuka; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="278"/>
        <source>Passwords cannot open this desk until IT staff open it once with the recovery key.</source>
        <translation>Kata sandi belum dapat membuka meja ini sampai petugas TI membukanya sekali dengan kunci pemulihan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="335"/>
        <source>The desk is already open: sign in with your own account.</source>
        <translation>Meja sudah terbuka: masuk dengan akun Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="359"/>
        <source>The desk is open. Officers can sign in with their own passwords.</source>
        <translation>Meja sudah terbuka. Petugas dapat masuk dengan kata sandi masing-masing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/gate.py" line="365"/>
        <source>That recovery key does not open this desk. Nothing was changed.</source>
        <translation>Kunci pemulihan itu tidak membuka meja ini. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>DeskRescueDialog</name>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="36"/>
        <source>The desk&apos;s database cannot be used</source>
        <translation>Basis data meja ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="42"/>
        <source>Restore the newest backup</source>
        <translation>Pulihkan cadangan terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="43"/>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="45"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="63"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_rescue.py" line="65"/>
        <source>Meja Aduan backups (*.zip)</source>
        <translation>Cadangan Meja Aduan (*.zip)</translation>
    </message>
</context>
<context>
    <name>DeskSetting</name>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="19"/>
        <source>Office &amp;code</source>
        <translation>&amp;Kode kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="20"/>
        <source>The office code starts every complaint number (for example 3201-2026-000123). Use the Kemendagri code of the office&apos;s region without dots.</source>
        <translation>Kode kantor menjadi awal setiap nomor pengaduan (misalnya 3201-2026-000123). Gunakan kode Kemendagri wilayah kantor tanpa titik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="25"/>
        <source>Office &amp;name</source>
        <translation>&amp;Nama kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="26"/>
        <source>The office&apos;s full name, printed at the top of every receipt.</source>
        <translation>Nama lengkap kantor, dicetak di bagian atas setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="29"/>
        <source>Office &amp;address</source>
        <translation>&amp;Alamat kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="30"/>
        <source>The office&apos;s address, printed on every receipt.</source>
        <translation>Alamat kantor, dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="31"/>
        <source>Office &amp;phone</source>
        <translation>&amp;Telepon kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="32"/>
        <source>The office&apos;s phone number as people write it, printed on every receipt.</source>
        <translation>Nomor telepon kantor seperti biasa ditulis, dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="35"/>
        <source>&amp;WhatsApp</source>
        <translation>WhatsA&amp;pp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="36"/>
        <source>A WhatsApp number for questions about complaints, printed on every receipt.</source>
        <translation>Nomor WhatsApp untuk pertanyaan tentang pengaduan, dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="39"/>
        <source>Office &amp;e-mail</source>
        <translation>E-&amp;mail kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="40"/>
        <source>The office&apos;s e-mail address for complaints, printed on every receipt.</source>
        <translation>Alamat e-mail kantor untuk pengaduan, dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="43"/>
        <source>Office web&amp;site</source>
        <translation>S&amp;itus web kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="44"/>
        <source>The office&apos;s website, printed on every receipt.</source>
        <translation>Situs web kantor, dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="45"/>
        <source>&amp;Head of unit</source>
        <translation>Kepala &amp;unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="46"/>
        <source>The name of the head of the complaint unit, with titles, who signs the reports.</source>
        <translation>Nama kepala unit pengaduan, dengan gelarnya, yang menandatangani laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="50"/>
        <source>Head&apos;s &amp;NIP</source>
        <translation>&amp;NIP kepala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="51"/>
        <source>The head of unit&apos;s civil servant number (NIP), printed under the signature.</source>
        <translation>Nomor Induk Pegawai (NIP) kepala unit, dicetak di bawah tanda tangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="55"/>
        <source>Head&apos;s &amp;position</source>
        <translation>&amp;Jabatan kepala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="56"/>
        <source>The position printed above the head of unit&apos;s signature.</source>
        <translation>Jabatan yang dicetak di atas tanda tangan kepala unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="57"/>
        <source>Place of si&amp;gning</source>
        <translation>&amp;Tempat penandatanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="58"/>
        <source>The town written before the date of a signed report.</source>
        <translation>Nama kota yang ditulis sebelum tanggal laporan yang ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="59"/>
        <source>Largest &amp;attachment</source>
        <translation>&amp;Ukuran lampiran terbesar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="60"/>
        <source>The largest file that may be attached to a complaint, in megabytes.</source>
        <translation>Ukuran berkas terbesar yang boleh dilampirkan pada pengaduan, dalam megabita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="63"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="64"/>
        <source>&amp;Lock the screen after</source>
        <translation>Kunci &amp;layar setelah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="65"/>
        <source>The screen locks after this many minutes without a key press or mouse use.</source>
        <translation>Layar terkunci setelah sekian menit tanpa tombol ditekan atau tetikus digunakan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="68"/>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="69"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="70"/>
        <source>&amp;Verification</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="71"/>
        <source>Working days to verify a complaint, from its receipt.</source>
        <translation>Hari kerja untuk memverifikasi pengaduan, sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="72"/>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="73"/>
        <source>&amp;First follow-up after disposition</source>
        <translation>&amp;Tindak lanjut pertama setelah disposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="74"/>
        <source>Working days from a complaint&apos;s disposition to its first follow-up.</source>
        <translation>Hari kerja sejak disposisi pengaduan sampai tindak lanjut pertamanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="77"/>
        <source>Completion: complaint (&amp;berkadar pengawasan)</source>
        <translation>Penyelesaian: pengaduan (&amp;berkadar pengawasan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="78"/>
        <source>Working days to complete a complaint implying wrongdoing by an official, from its receipt.</source>
        <translation>Hari kerja untuk menyelesaikan pengaduan yang menyangkut dugaan pelanggaran oleh pejabat, sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="83"/>
        <source>Completion: com&amp;plaint</source>
        <translation>Penyelesaian: &amp;pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="84"/>
        <source>Working days to complete any other complaint, from its receipt.</source>
        <translation>Hari kerja untuk menyelesaikan pengaduan lainnya, sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="87"/>
        <source>Completion: request for i&amp;nformation</source>
        <translation>Penyelesaian: permintaan i&amp;nformasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="88"/>
        <source>Working days to complete a request for information, from its receipt.</source>
        <translation>Hari kerja untuk menyelesaikan permintaan informasi, sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="91"/>
        <source>Completion: &amp;aspiration</source>
        <translation>Penyelesaian: &amp;aspirasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="92"/>
        <source>Working days to complete an aspiration, from its receipt.</source>
        <translation>Hari kerja untuk menyelesaikan aspirasi, sejak diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="93"/>
        <source>&amp;Cuti bersama stops the working-day clock</source>
        <translation>&amp;Cuti bersama menghentikan hitungan hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="94"/>
        <source>Whether joint leave days (cuti bersama) count as days off for every time limit.</source>
        <translation>Apakah hari cuti bersama dihitung sebagai hari libur untuk setiap batas waktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="98"/>
        <source>Desk&apos;s own &amp;days off</source>
        <translation>Hari &amp;libur tambahan kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="99"/>
        <source>Days off the national list lacks: a regional holiday, or a year&apos;s joint-leave decree the holidays package does not know yet.</source>
        <translation>Hari libur yang tidak ada di daftar nasional: libur daerah, atau keputusan cuti bersama suatu tahun yang belum dikenal paket hari libur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="104"/>
        <source>Holidays the office &amp;works</source>
        <translation>Hari libur yang tetap &amp;masuk kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="105"/>
        <source>Holidays on the national list on which the office works, because a decree moved them. A day cannot be both a day off and a day worked.</source>
        <translation>Hari libur dalam daftar nasional yang tetap masuk kerja karena dipindahkan oleh keputusan. Satu hari tidak bisa sekaligus libur dan masuk kerja.</translation>
    </message>
</context>
<context>
    <name>DeskSetup</name>
    <message>
        <location filename="../../desktop/ui/access/desk_setup.py" line="98"/>
        <source>IT staff&apos;s configuration file</source>
        <translation>Berkas konfigurasi dari petugas TI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_setup.py" line="110"/>
        <source>the file cannot be read (%1)</source>
        <translation>berkas tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_setup.py" line="115"/>
        <source>The desk was created, but the configuration file was not applied:
%1

Apply it in Settings › Apply a configuration file.</source>
        <translation>Meja sudah dibuat, tetapi berkas konfigurasi tidak diterapkan:
%1

Terapkan di Pengaturan › Terapkan berkas konfigurasi.</translation>
    </message>
</context>
<context>
    <name>DeskStorage</name>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="60"/>
        <source>Database not available</source>
        <translation>Basis data tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="62"/>
        <source>The desk&apos;s database cannot be used: see the window.</source>
        <translation>Basis data meja ini tidak dapat dipakai: lihat jendela pesannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="87"/>
        <source>Restoring the backup… Meja Aduan opens again by itself.</source>
        <translation>Memulihkan cadangan… Meja Aduan akan terbuka lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="95"/>
        <source>The backup was restored. Sign in again.</source>
        <translation>Cadangan sudah dipulihkan. Silakan masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="108"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="109"/>
        <source>The backup was not restored. %1</source>
        <translation>Cadangan tidak dipulihkan. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="119"/>
        <source>Read-only</source>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="121"/>
        <source>The desk is read-only</source>
        <translation>Meja ini hanya-baca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="126"/>
        <source>Database checked: no damage.</source>
        <translation>Basis data sudah diperiksa: tidak ada kerusakan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="137"/>
        <source>Database damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="138"/>
        <source>Database damaged: nothing can be saved.</source>
        <translation>Basis data rusak: tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="146"/>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/desk_storage.py" line="154"/>
        <source>The database could not be checked.</source>
        <translation>Basis data tidak dapat diperiksa.</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="77"/>
        <source>Complaint %1</source>
        <translation>Pengaduan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="80"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="85"/>
        <source>implies wrongdoing by an official</source>
        <translation>berkadar pengawasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="86"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="87"/>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="89"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="90"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="92"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="93"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="94"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="95"/>
        <source>Institution</source>
        <translation>Instansi tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="96"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="96"/>
        <source>Confidential report</source>
        <translation>Laporan rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="98"/>
        <source>Incident date</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="101"/>
        <source>Location</source>
        <translation>Lokasi kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="102"/>
        <source>Address</source>
        <translation>Alamat lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="103"/>
        <source>Privacy</source>
        <translation>Kerahasiaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="104"/>
        <source>LAPOR! tracking ID</source>
        <translation>Nomor pelacakan LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="104"/>
        <source>not yet sent</source>
        <translation>belum dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="106"/>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="115"/>
        <source>Only a verifikator or an admin may read a confidential report.</source>
        <translation>Hanya verifikator atau administrator yang boleh membaca laporan rahasia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="117"/>
        <source>Description</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="119"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="123"/>
        <source>Anonymous report: do not disclose the identity below.</source>
        <translation>Laporan anonim: jangan ungkapkan identitas di bawah ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="127"/>
        <source>Withheld: confidential report.</source>
        <translation>Tidak ditampilkan: laporan rahasia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="130"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="131"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="132"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="133"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="134"/>
        <source>Home address</source>
        <translation>Alamat rumah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="139"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="139"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="140"/>
        <source>Privacy notice given</source>
        <translation>Pemberitahuan privasi disampaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="143"/>
        <source>&amp;Show identity</source>
        <translation>&amp;Tampilkan identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="145"/>
        <source>Show the full NIK, phone and e-mail (recorded in the audit trail)</source>
        <translation>Tampilkan NIK, telepon dan e-mail secara lengkap (dicatat dalam jejak audit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="150"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="157"/>
        <source>Save a &amp;copy…</source>
        <translation>Simpan &amp;salinan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="168"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="171"/>
        <source>Receipt as P&amp;DF…</source>
        <translation>Tanda terima sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="181"/>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="182"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="241"/>
        <source>Save a copy of the attachment</source>
        <translation>Simpan salinan lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/detail.py" line="263"/>
        <source>The stored attachment is damaged or was changed outside Meja Aduan. Call IT staff to restore it from the latest backup.</source>
        <translation>Lampiran yang tersimpan rusak atau diubah di luar Meja Aduan. Hubungi petugas TI untuk memulihkannya dari cadangan terakhir.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="50"/>
        <source>Export &amp;diagnostics for IT support…</source>
        <translation>Ekspor &amp;diagnostik untuk dukungan TI…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="82"/>
        <source>Collecting diagnostics…</source>
        <translation>Mengumpulkan diagnostik…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="99"/>
        <source>Diagnostics written: %1</source>
        <translation>Diagnostik tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="129"/>
        <source>Diagnostics for IT support</source>
        <translation>Diagnostik untuk dukungan TI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="130"/>
        <source>The diagnostics were written to:
%1 (%2)

Send this file to IT support. It holds versions, settings without passwords, the end of the log files and figures about the database; no complaint and no personal data.</source>
        <translation>Diagnostik disimpan di:
%1 (%2)

Kirim berkas ini ke dukungan TI. Isinya versi program, pengaturan tanpa kata sandi, bagian akhir berkas log, dan angka-angka tentang basis data; tanpa pengaduan dan tanpa data pribadi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="142"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Buka foldernya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/diagnostics_export.py" line="118"/>
        <source>The diagnostics were not written. %1</source>
        <translation>Diagnostik tidak tersimpan. %1</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="33"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="35"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="46"/>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S atau Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="105"/>
        <source>Close without saving what you typed?</source>
        <translation>Tutup tanpa menyimpan yang sudah diketik?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="110"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dialog_keys.py" line="113"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjutkan mengisi</translation>
    </message>
</context>
<context>
    <name>DueDateUpkeep</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/due_date_upkeep.py" line="100"/>
        <source>Deadlines recalculated for %Ln complaint(s).</source>
        <translation>
            <numerusform>Batas waktu %Ln pengaduan sudah dihitung ulang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_date_upkeep.py" line="113"/>
        <source>Deadlines not recalculated. %1</source>
        <translation>Batas waktu belum dihitung ulang. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_date_upkeep.py" line="120"/>
        <source>Recalculating deadlines…</source>
        <translation>Menghitung ulang batas waktu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_date_upkeep.py" line="127"/>
        <source>Recalculating deadlines… %1 of %2</source>
        <translation>Menghitung ulang batas waktu… %1 dari %2</translation>
    </message>
</context>
<context>
    <name>DuplicateHints</name>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="79"/>
        <source>Possible d&amp;uplicates</source>
        <translation>Kemungkinan d&amp;uplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="205"/>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="206"/>
        <source>Save the new complaint linked to this one</source>
        <translation>Simpan pengaduan baru dengan tautan ke pengaduan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="207"/>
        <source>Link to %1</source>
        <translation>Tautkan ke %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="211"/>
        <source>Confidential report</source>
        <translation>Laporan rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="224"/>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="225"/>
        <source>Open this complaint, read-only</source>
        <translation>Buka pengaduan ini, hanya baca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="226"/>
        <source>View %1</source>
        <translation>Lihat %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="236"/>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="237"/>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="238"/>
        <source>similar title</source>
        <translation>judul mirip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/duplicate_hints.py" line="239"/>
        <source>similar description</source>
        <translation>uraian mirip</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="156"/>
        <source>Account %1</source>
        <translation>Akun %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="159"/>
        <source>leave empty to keep the password</source>
        <translation>kosongkan jika kata sandi tidak diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="164"/>
        <source>May sign in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="166"/>
        <source>&amp;Role</source>
        <translation>P&amp;eran</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="119"/>
        <source>not given</source>
        <translation>tidak diberikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="104"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="107"/>
        <source>&amp;Institution</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="110"/>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="115"/>
        <source>&amp;How</source>
        <translation>&amp;Cara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="121"/>
        <source>Complainant&apos;s &amp;rating</source>
        <translation>&amp;Penilaian pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="127"/>
        <source>Original text</source>
        <translation>Teks asli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="156"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="172"/>
        <source>The unit&apos;s &amp;answer</source>
        <translation>&amp;Tanggapan unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="174"/>
        <source>&amp;What the complainant is asked</source>
        <translation>&amp;Yang ditanyakan kepada pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="176"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="178"/>
        <source>&amp;Instructions</source>
        <translation>&amp;Instruksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="180"/>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="182"/>
        <source>&amp;Corrected text</source>
        <translation>Teks &amp;perbaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/event_dialog.py" line="183"/>
        <source>&amp;Remark (optional)</source>
        <translation>&amp;Keterangan (boleh kosong)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="85"/>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="332"/>
        <source>Evidence documents</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="91"/>
        <source>Show wit&amp;hdrawn documents</source>
        <translation>Tampilkan yang &amp;ditarik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="93"/>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="105"/>
        <source>for example: SK Tim Pengaduan 2026</source>
        <translation>misalnya: SK Tim Pengaduan 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="107"/>
        <source>PDF, office document or image</source>
        <translation>PDF, dokumen perkantoran atau gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="108"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="109"/>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="116"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>J&amp;udul:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="118"/>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="137"/>
        <source>&amp;Withdraw…</source>
        <translation>Ta&amp;rik…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="139"/>
        <source>&amp;Export zip…</source>
        <translation>&amp;Ekspor zip…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="141"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="177"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="191"/>
        <source>%n document(s) kept for %1.</source>
        <translation>
            <numerusform>%n dokumen tersimpan untuk tahun %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="204"/>
        <source>Choose the evidence document</source>
        <translation>Pilih berkas bukti dukung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="207"/>
        <source>Documents and images (*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.rtf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic);;All files (*)</source>
        <translation>Dokumen dan gambar (*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.rtf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="225"/>
        <source>Choose the file to keep.</source>
        <translation>Pilih berkas yang akan disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="231"/>
        <source>Encrypting and keeping the file…</source>
        <translation>Mengenkripsi dan menyimpan berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="258"/>
        <source>Withdraw an evidence document</source>
        <translation>Tarik bukti dukung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="259"/>
        <source>Why is “%1” withdrawn? It stays in the audit trail.</source>
        <translation>Mengapa “%1” ditarik? Penarikan ini tetap tercatat di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="268"/>
        <source>Write why the document is withdrawn.</source>
        <translation>Tulis alasan dokumen ditarik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="287"/>
        <source>Export the evidence documents</source>
        <translation>Ekspor bukti dukung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="288"/>
        <source>Zip files (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="296"/>
        <source>Writing the zip…</source>
        <translation>Menulis berkas zip…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="307"/>
        <source>Exported %n file(s) to %1, with their list and SHA-256.</source>
        <translation>
            <numerusform>%n berkas diekspor ke %1, beserta daftar dan SHA-256-nya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/evidence_dialog.py" line="324"/>
        <source>A kept file is missing or was changed outside Meja Aduan, so the zip was not written. Call IT staff.</source>
        <translation>Ada berkas tersimpan yang hilang atau diubah di luar Meja Aduan, sehingga zip tidak ditulis. Hubungi staf TI.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="72"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="73"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="74"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="75"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="76"/>
        <source>Added by</source>
        <translation>Ditambahkan oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="77"/>
        <source>Added at</source>
        <translation>Ditambahkan pada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="78"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="79"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="111"/>
        <source>%1 by %2: %3</source>
        <translation>%1 oleh %2: %3</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../desktop/ui/faults.py" line="31"/>
        <source>The data cannot be read</source>
        <translation>Data tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>FigureList</name>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="42"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="42"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="42"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="42"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="69"/>
        <source>What %1 counts (F1)</source>
        <translation>Yang dihitung %1 (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_list.py" line="102"/>
        <source>List these complaints (Enter or a click): %1</source>
        <translation>Tampilkan pengaduan ini (Enter atau klik): %1</translation>
    </message>
</context>
<context>
    <name>FigureRows</name>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="59"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="168"/>
        <source>median %1 WD, 90%: %2 WD</source>
        <translation>median %1 HK, 90%: %2 HK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="191"/>
        <source>rated 4 or more</source>
        <translation>nilai 4 ke atas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="197"/>
        <source>response rate</source>
        <translation>tingkat tanggapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="230"/>
        <source>mean %1</source>
        <translation>rata-rata %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="213"/>
        <source>median hours to acknowledgement</source>
        <translation>median jam sampai diterima LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="182"/>
        <source>median %1 WD</source>
        <translation>median %1 HK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figure_rows.py" line="226"/>
        <source>%1 of %2 officers</source>
        <translation>%1 dari %2 petugas</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="197"/>
        <source>Every word must occur; the start of a word is enough (Ctrl+F)</source>
        <translation>Setiap kata harus ada; awal kata sudah cukup (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="74"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="61"/>
        <source>Search complaints</source>
        <translation>Cari pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="62"/>
        <source>Find a complainant</source>
        <translation>Cari pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="65"/>
        <source>Search the complaints&apos; number and text (Ctrl+F), or find a returning complainant by name, phone number or NIK (Ctrl+Shift+F)</source>
        <translation>Cari di nomor dan isi pengaduan (Ctrl+F), atau temukan pelapor yang datang lagi lewat nama, nomor HP, atau NIK (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="77"/>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="80"/>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="83"/>
        <source>Any deadline</source>
        <translation>Semua batas waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="84"/>
        <source>Due soon</source>
        <translation>Segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="85"/>
        <source>Overdue</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="86"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="87"/>
        <source>All institutions</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="88"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="89"/>
        <source>Re&amp;ceived from</source>
        <translation>&amp;Diterima dari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="92"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="100"/>
        <source>Remove this filter: list every complaint again</source>
        <translation>Hapus filter ini: tampilkan lagi semua pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="101"/>
        <source>Remove the report&apos;s filter</source>
        <translation>Hapus filter dari laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="128"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="186"/>
        <source>Name, phone or NIK, then Enter</source>
        <translation>Nama, HP, atau NIK, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="189"/>
        <source>A NIK or phone number must match exactly and the search is recorded in the audit trail; a name is found by its words. Anonymous reports are never found.</source>
        <translation>NIK atau nomor HP harus sama persis dan pencariannya dicatat dalam jejak audit; nama dicari per kata. Laporan anonim tidak pernah ditemukan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="195"/>
        <source>Number, title, text… (Ctrl+F)</source>
        <translation>Nomor, judul, isi… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/filter_bar.py" line="223"/>
        <source>From the report: %1 (%2)</source>
        <translation>Dari laporan: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FindPersonTab</name>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="55"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="56"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="57"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="59"/>
        <source>NIK, phone number or part of the name</source>
        <translation>NIK, nomor telepon atau sebagian nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="60"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="75"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Perbaiki…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="76"/>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Hapus data pribadi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="115"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="121"/>
        <source>%n complaint(s) found.</source>
        <translation>
            <numerusform>%n pengaduan ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="141"/>
        <source>Export personal data</source>
        <translation>Ekspor data pribadi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="141"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="149"/>
        <source>%n complaint(s) exported.</source>
        <translation>
            <numerusform>%n pengaduan diekspor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="166"/>
        <source>The correction was saved.</source>
        <translation>Perbaikan sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="175"/>
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="177"/>
        <source>Erase the personal data of %n complaint(s)? The name, NIK, contact details, the text and the attachments are removed for good; only the number, dates and categories stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Hapus data pribadi dari %n pengaduan? Nama, NIK, kontak, isi laporan dan lampiran dihapus permanen; hanya nomor, tanggal dan kategori yang tetap disimpan untuk statistik. Tindakan ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/find_tab.py" line="193"/>
        <source>Personal data erased from %n complaint(s).</source>
        <translation>
            <numerusform>Data pribadi dihapus dari %n pengaduan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="20"/>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="21"/>
        <source>Ask the complainant</source>
        <translation>Tanya pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="22"/>
        <source>Complainant answered</source>
        <translation>Pelapor menjawab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="23"/>
        <source>Not our authority</source>
        <translation>Bukan wewenang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="24"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="25"/>
        <source>Pass to a unit</source>
        <translation>Disposisikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="26"/>
        <source>Work started</source>
        <translation>Mulai diproses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="27"/>
        <source>Answer</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="28"/>
        <source>Close</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="29"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="30"/>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="31"/>
        <source>Contact with complainant</source>
        <translation>Kontak dengan pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="32"/>
        <source>Linked to a duplicate</source>
        <translation>Ditautkan ke duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="33"/>
        <source>Merged into a duplicate</source>
        <translation>Digabung ke duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="34"/>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="44"/>
        <source>SP4N-LAPOR!: %1</source>
        <translation>SP4N-LAPOR!: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="46"/>
        <source>status here: %1</source>
        <translation>status di sini: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="53"/>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="54"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="55"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="56"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="62"/>
        <source>This step does not fit the complaint&apos;s status any more.</source>
        <translation>Langkah ini tidak lagi sesuai dengan status pengaduan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="65"/>
        <source>Write the text.</source>
        <translation>Tulis teksnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="66"/>
        <source>Choose the unit.</source>
        <translation>Pilih unitnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="67"/>
        <source>Choose the institution it goes to.</source>
        <translation>Pilih instansi tujuannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="70"/>
        <source>Give the reason.</source>
        <translation>Tuliskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="71"/>
        <source>A complaint is closed only after it has been answered.</source>
        <translation>Pengaduan baru dapat diselesaikan setelah ditanggapi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="74"/>
        <source>A rating is from 1 to 5.</source>
        <translation>Penilaian bernilai 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="77"/>
        <source>Choose how the complainant was contacted.</source>
        <translation>Pilih cara pelapor dihubungi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="80"/>
        <source>Choose the other complaint.</source>
        <translation>Pilih pengaduan lainnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="83"/>
        <source>Choose the entry to correct.</source>
        <translation>Pilih entri yang dikoreksi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="86"/>
        <source>No complaint has this number. Check it on the receipt.</source>
        <translation>Tidak ada pengaduan dengan nomor ini. Periksa nomornya pada tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="89"/>
        <source>This is the complaint itself. Give the other complaint&apos;s number.</source>
        <translation>Ini pengaduan itu sendiri. Masukkan nomor pengaduan yang lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="92"/>
        <source>That complaint was itself merged into another one. Merge into that one instead.</source>
        <translation>Pengaduan itu sudah digabung ke pengaduan lain. Gabungkan ke pengaduan tersebut saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="103"/>
        <source>Merged from %1</source>
        <translation>Digabung dari %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="105"/>
        <source>Linked from %1</source>
        <translation>Ditautkan dari %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="111"/>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="112"/>
        <source>First follow-up</source>
        <translation>Tindak lanjut pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="113"/>
        <source>Completion</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="119"/>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="120"/>
        <source>due soon</source>
        <translation>segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="121"/>
        <source>OVERDUE</source>
        <translation>LEWAT BATAS WAKTU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="122"/>
        <source>paused: waiting for the complainant</source>
        <translation>dijeda: menunggu pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="125"/>
        <source>done in time</source>
        <translation>selesai tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="126"/>
        <source>done late</source>
        <translation>selesai terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="138"/>
        <source>%1: by %2 (%3)</source>
        <translation>%1: paling lambat %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/worklist/follow_up_texts.py" line="140"/>
        <source>%1: by %2, %n working day(s) left (%3)</source>
        <translation>
            <numerusform>%1: paling lambat %2, sisa %n hari kerja (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldPage</name>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="34"/>
        <source>What personal data this desk holds</source>
        <translation>Data pribadi yang disimpan meja ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="37"/>
        <source>About complainants: name, NIK, phone number, e-mail and address.</source>
        <translation>Tentang pelapor: nama, NIK, nomor telepon, e-mail dan alamat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="39"/>
        <source>In the complaint: its title and description, the place of the incident, and attached files (photos may show people, documents may carry more personal data).</source>
        <translation>Dalam pengaduan: judul dan isi laporan, lokasi kejadian, serta berkas lampiran (foto dapat memperlihatkan orang, dokumen dapat memuat data pribadi lain).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="43"/>
        <source>About staff: accounts (username, full name, role) and the audit trail.</source>
        <translation>Tentang pegawai: akun (nama pengguna, nama lengkap, peran) dan jejak audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="46"/>
        <source>Why: the lawful basis</source>
        <translation>Mengapa: dasar hukum pemrosesan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="49"/>
        <source>Handling complaints is a public service and an exercise of the authority of this office (Law 25/2009 on Public Services; Law 27/2022 on Personal Data Protection). The data is used only to verify the report, pass it to the unit responsible and send the answer. The complainant hears this purpose from the privacy notice read at intake.</source>
        <translation>Penanganan pengaduan adalah pelayanan publik dan pelaksanaan kewenangan kantor ini (UU 25/2009 tentang Pelayanan Publik; UU 27/2022 tentang Pelindungan Data Pribadi). Data hanya dipakai untuk memverifikasi laporan, meneruskannya kepada unit yang berwenang dan menyampaikan jawabannya. Pelapor mengetahui tujuan ini dari pemberitahuan privasi yang dibacakan saat penerimaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="56"/>
        <source>Where it is kept</source>
        <translation>Tempat penyimpanan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="59"/>
        <source>In the desk&apos;s database, encrypted (SQLCipher) with a random key.</source>
        <translation>Di basis data meja, terenkripsi (SQLCipher) dengan kunci acak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="60"/>
        <source>Attached files in the desk&apos;s data folder, encrypted.</source>
        <translation>Berkas lampiran di folder data meja, terenkripsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="61"/>
        <source>Backups, encrypted with the same key; keep copies in a locked place.</source>
        <translation>Cadangan, terenkripsi dengan kunci yang sama; simpan salinannya di tempat terkunci.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="63"/>
        <source>Complaints sent to SP4N-LAPOR! are also held by the national system under its own rules.</source>
        <translation>Pengaduan yang dikirim ke SP4N-LAPOR! juga disimpan oleh sistem nasional tersebut menurut ketentuannya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="68"/>
        <source>Who can see it</source>
        <translation>Siapa yang dapat melihatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="72"/>
        <source>Front-desk officers (petugas): record and view complaints; NIK and phone are masked.</source>
        <translation>Petugas loket: mencatat dan melihat pengaduan; NIK dan telepon disamarkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="76"/>
        <source>Verifiers (verifikator): also the follow-up, confidential reports, and revealing an identity, which is recorded in the audit trail.</source>
        <translation>Verifikator: juga tindak lanjut, laporan rahasia, dan membuka identitas, yang dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="80"/>
        <source>Administrators: accounts, settings, backups, the audit trail and the requests of data subjects on this page.</source>
        <translation>Administrator: akun, pengaturan, cadangan, jejak audit, dan permintaan subjek data di halaman ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="85"/>
        <source>How long</source>
        <translation>Berapa lama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="88"/>
        <source>Until the retention period set on the Retention tab runs out (follow the regional archive schedule). Then the personal data, the text and the attachments are removed; the number, dates and categories stay for the statistics. The audit trail never contains personal data.</source>
        <translation>Sampai masa retensi yang diatur di tab Retensi berakhir (ikuti jadwal retensi arsip daerah). Setelah itu data pribadi, isi laporan dan lampiran dihapus; nomor, tanggal dan kategori tetap disimpan untuk statistik. Jejak audit tidak pernah memuat data pribadi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="94"/>
        <source>The rights of data subjects</source>
        <translation>Hak subjek data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="97"/>
        <source>To be told what data is held and why (this page, the privacy notice).</source>
        <translation>Mendapat informasi data apa yang disimpan dan untuk apa (halaman ini, pemberitahuan privasi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="98"/>
        <source>To get a copy: Find a person, then Export…</source>
        <translation>Mendapat salinan: Cari orang, lalu Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="99"/>
        <source>To have wrong data corrected: Find a person, then Correct…</source>
        <translation>Memperbaiki data yang salah: Cari orang, lalu Perbaiki…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="101"/>
        <source>To have data erased when it is no longer needed: Find a person, then Erase personal data…</source>
        <translation>Menghapus data yang tidak diperlukan lagi: Cari orang, lalu Hapus data pribadi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="105"/>
        <source>Check the identity of the person asking (their KTP) before you act, and keep their written request.</source>
        <translation>Periksa identitas pemohon (KTP-nya) sebelum bertindak, dan simpan permohonan tertulisnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="110"/>
        <source>If personal data leaks: the steps</source>
        <translation>Jika terjadi kebocoran data pribadi: langkah-langkahnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="114"/>
        <source>Contain the breach at once: disconnect the affected computer, recover or lock lost devices and backups, and stop the cause.</source>
        <translation>Segera batasi kebocoran: putuskan komputer yang terdampak dari jaringan, temukan kembali atau kunci perangkat dan cadangan yang hilang, dan hentikan penyebabnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="118"/>
        <source>Change the passwords of every account at the desk; if the recovery key or a backup may be exposed, ask IT staff to make a new recovery key.</source>
        <translation>Ganti kata sandi semua akun di meja ini; jika kunci pemulihan atau cadangan mungkin ikut bocor, minta petugas TI membuat kunci pemulihan baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="122"/>
        <source>Within 3 x 24 hours of finding out, notify in writing the people affected and the authority for personal data protection.</source>
        <translation>Dalam waktu 3 x 24 jam sejak diketahui, beri tahu secara tertulis orang yang terdampak dan lembaga pelindungan data pribadi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="126"/>
        <source>The notice says: what personal data was exposed; when and how it happened; what has been done to contain it and recover; and what the people affected can do, with a contact at this office.</source>
        <translation>Pemberitahuan memuat: data pribadi apa yang bocor; kapan dan bagaimana terjadinya; upaya yang telah dilakukan untuk menangani dan memulihkannya; serta apa yang dapat dilakukan oleh orang yang terdampak, disertai kontak di kantor ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/held_page.py" line="131"/>
        <source>Keep a record: what happened, when it was found, who was notified and when, and what was changed afterwards. Export the audit trail for it.</source>
        <translation>Buat catatan: apa yang terjadi, kapan diketahui, siapa yang diberi tahu dan kapan, serta apa yang diubah sesudahnya. Ekspor jejak audit untuk catatan ini.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="92"/>
        <source>Implies wrongdoing by an official (berkadar pengawasan)</source>
        <translation>Berkadar pengawasan (dugaan penyimpangan oleh pejabat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="94"/>
        <source>Type to search categories</source>
        <translation>Ketik untuk mencari kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="95"/>
        <source>Optional; type to search</source>
        <translation>Tidak wajib; ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="101"/>
        <source>What happened, when, where and who was involved, in order.</source>
        <translation>Apa yang terjadi, kapan, di mana dan siapa yang terlibat, secara berurutan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="107"/>
        <source>Street, house number, RT/RW, landmark</source>
        <translation>Jalan, nomor rumah, RT/RW, patokan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="110"/>
        <source>Anonymous: identity hidden from the reported party and the public</source>
        <translation>Anonim: identitas tidak ditampilkan kepada terlapor dan publik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="112"/>
        <source>Confidential: content not published</source>
        <translation>Rahasia: isi laporan tidak dipublikasikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="117"/>
        <source>16 digits, from the KTP</source>
        <translation>16 angka, dari KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="121"/>
        <source>name@example.id</source>
        <translation>nama@contoh.id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="124"/>
        <source>The complainant was told how their personal data is used</source>
        <translation>Pelapor sudah diberi tahu penggunaan data pribadinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="126"/>
        <source>Privacy notice…</source>
        <translation>Pemberitahuan privasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="135"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="138"/>
        <source>Clear the form for the next complainant (Ctrl+N)</source>
        <translation>Kosongkan formulir untuk pelapor berikutnya (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="140"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="143"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="147"/>
        <source>T&amp;ype</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="150"/>
        <source>&amp;Category</source>
        <translation>Kate&amp;gori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="151"/>
        <source>&amp;Institution</source>
        <translation>&amp;Instansi tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="152"/>
        <source>&amp;Title</source>
        <translation>Ju&amp;dul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="132"/>
        <source>Save complaint</source>
        <translation>Simpan pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="137"/>
        <source>New &amp;form</source>
        <translation>Formulir &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="153"/>
        <source>Desc&amp;ription</source>
        <translation>Isi la&amp;poran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="154"/>
        <source>Incident &amp;date</source>
        <translation>&amp;Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="155"/>
        <source>&amp;Location</source>
        <translation>L&amp;okasi kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="156"/>
        <source>Addre&amp;ss</source>
        <translation>&amp;Alamat lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="158"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="163"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="164"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="165"/>
        <source>&amp;Phone</source>
        <translation>&amp;HP / Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="166"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="167"/>
        <source>Ho&amp;me address</source>
        <translation>Alamat &amp;rumah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="177"/>
        <source>Attachments (scanned letters, photos, documents)</source>
        <translation>Lampiran (surat pindaian, foto, dokumen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="503"/>
        <source>No region has the code %1 given by this NIK. Check the NIK against the KTP; an old NIK may keep a code that no longer exists.</source>
        <translation>Tidak ada wilayah berkode %1 menurut NIK ini. Cocokkan NIK dengan KTP; NIK lama bisa memakai kode wilayah yang sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="535"/>
        <location filename="../../desktop/ui/intake/form.py" line="560"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Belum tersimpan: perbaiki isian yang ditandai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="542"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="551"/>
        <source>Saved as %1.</source>
        <translation>Tersimpan dengan nomor %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="563"/>
        <source>Not saved.</source>
        <translation>Tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="566"/>
        <source>The complaint was not saved</source>
        <translation>Pengaduan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="569"/>
        <source>Everything you typed is still in the form.</source>
        <translation>Semua yang sudah diketik masih ada di formulir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="587"/>
        <source>New form</source>
        <translation>Formulir baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/form.py" line="588"/>
        <source>Clear the form? What has been typed and not saved will be lost.</source>
        <translation>Kosongkan formulir? Isian yang belum disimpan akan hilang.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="26"/>
        <source>Issue a report</source>
        <translation>Terbitkan laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="29"/>
        <source>Issue the report of %1 as it stands now. It is saved where you choose, to send, and kept in the register of issued reports exactly as sent: it cannot be changed or removed afterwards.</source>
        <translation>Terbitkan laporan %1 menurut keadaan saat ini. Berkasnya disimpan di tempat yang Anda pilih untuk dikirim, dan disimpan di daftar laporan terbit persis seperti dikirim: sesudahnya tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="43"/>
        <source>%1, of the figure %2</source>
        <translation>%1, dari angka %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="49"/>
        <source>Show &amp;identities in the detail list (full NIK)</source>
        <translation>Tampilkan &amp;identitas di daftar rinci (NIK lengkap)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="57"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Terbitkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/issue_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>IssuedReportsDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="70"/>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="217"/>
        <source>Issued reports</source>
        <translation>Laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="75"/>
        <source>Each report is kept exactly as it was issued. Open one to save a copy of the file that was sent; it is checked against its SHA-256 first.</source>
        <translation>Setiap laporan disimpan persis seperti saat diterbitkan. Buka laporan untuk menyimpan salinan berkas yang dikirim; berkas diperiksa dulu terhadap SHA-256-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="90"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="91"/>
        <source>Save a copy of the issued file and open it</source>
        <translation>Simpan salinan berkas yang diterbitkan lalu buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="95"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="97"/>
        <source>&amp;Evidence documents…</source>
        <translation>&amp;Bukti dukung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="99"/>
        <source>The year&apos;s evidence documents, to export as one zip with the reports chosen</source>
        <translation>Bukti dukung tahun ini, untuk diekspor sebagai satu zip bersama laporan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="121"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/register_dialog.py" line="135"/>
        <source>%n report(s) issued.</source>
        <translation>
            <numerusform>%n laporan terbit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="139"/>
        <source>No report has been issued yet.</source>
        <translation>Belum ada laporan yang diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="148"/>
        <source>Computing today&apos;s figures…</source>
        <translation>Menghitung angka hari ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="160"/>
        <source>Today&apos;s figures for %1 against the issued report:</source>
        <translation>Angka hari ini untuk %1 dibandingkan dengan laporan terbit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="164"/>
        <source>Today&apos;s figures for %1 are the same as in the issued report.</source>
        <translation>Angka hari ini untuk %1 sama dengan yang ada di laporan terbit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="180"/>
        <source>Save a copy of the issued report</source>
        <translation>Simpan salinan laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="188"/>
        <source>Checking and saving the file…</source>
        <translation>Memeriksa dan menyimpan berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="199"/>
        <source>Saved to %1, unchanged since it was issued.</source>
        <translation>Disimpan ke %1, tidak berubah sejak diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_dialog.py" line="209"/>
        <source>The kept file of this report is missing or was changed outside Meja Aduan: it is not the file that was issued, and no copy was saved. Call IT staff.</source>
        <translation>Berkas tersimpan laporan ini hilang atau diubah di luar Meja Aduan: berkas itu bukan berkas yang diterbitkan, dan tidak ada salinan yang disimpan. Hubungi staf TI.</translation>
    </message>
</context>
<context>
    <name>IssuedReportsModel</name>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="28"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="29"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="30"/>
        <source>Cut-off</source>
        <translation>Batas data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="31"/>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="32"/>
        <source>Issued at</source>
        <translation>Diterbitkan pada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_model.py" line="33"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="45"/>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="46"/>
        <source>Send it at the next round (after fixing its cause)</source>
        <translation>Kirim pada putaran berikutnya (setelah penyebabnya dibereskan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="47"/>
        <source>&amp;Hold back</source>
        <translation>&amp;Tahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="48"/>
        <source>Do not send it; it stays in this list</source>
        <translation>Jangan dikirim; item tetap ada di daftar ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="49"/>
        <source>Not there: send a&amp;gain…</source>
        <translation>Tidak ada: kirim &amp;lagi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="51"/>
        <source>You checked LAPOR! and the selected items are not there: send them once more</source>
        <translation>Anda sudah memeriksa LAPOR! dan item yang dipilih tidak ada di sana: kirim sekali lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="53"/>
        <source>Send &amp;anyway…</source>
        <translation>Kirim s&amp;aja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="55"/>
        <source>You read the flagged reports: they may go to LAPOR! as they are</source>
        <translation>Anda sudah membaca laporan yang ditandai: boleh dikirim ke LAPOR! apa adanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="61"/>
        <source>&amp;Found on LAPOR!: confirm its number</source>
        <translation>&amp;Ditemukan di LAPOR!: konfirmasi nomornya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="154"/>
        <source>%n item(s) may already have reached LAPOR! (%1): the connection broke before the answer came. Sending again what is there makes a duplicate that the national side has to close by hand.

Send again only after searching LAPOR! for each and not finding it. If you found one, enter its number instead.</source>
        <translation>
            <numerusform>%n item mungkin sudah sampai di LAPOR! (%1): sambungan putus sebelum jawabannya datang. Mengirim lagi yang sudah ada di sana membuat duplikat yang harus ditutup manual oleh pihak nasional.

Kirim lagi hanya setelah mencari masing-masing di LAPOR! dan tidak menemukannya. Jika ada yang ditemukan, masukkan nomornya saja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="171"/>
        <source>Send anyway?</source>
        <translation>Kirim saja?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="173"/>
        <source>%n anonymous report(s) seem to hold personal data (a NIK, phone number or e-mail) in the title or description. Sent as they are, LAPOR! may learn, or show, who the complainant is.

Send anyway only if you read them and the complainant agrees; otherwise correct the complaint first.</source>
        <translation>
            <numerusform>%n laporan anonim tampaknya memuat data pribadi (NIK, nomor telepon atau e-mail) di judul atau uraiannya. Jika dikirim apa adanya, LAPOR! dapat mengetahui, atau menampilkan, siapa pelapornya.

Kirim saja hanya jika Anda sudah membacanya dan pelapor setuju; jika tidak, perbaiki pengaduannya lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="58"/>
        <source>LAPOR! number, e.g. 4512873</source>
        <translation>Nomor LAPOR!, mis. 4512873</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="63"/>
        <source>You found this complaint on LAPOR!: its number settles it without sending</source>
        <translation>Pengaduan ini ditemukan di LAPOR!: nomornya menyelesaikan item tanpa mengirim ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="75"/>
        <source>&amp;Number on LAPOR!:</source>
        <translation>&amp;Nomor di LAPOR!:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="152"/>
        <source>Send again?</source>
        <translation>Kirim ulang?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="189"/>
        <source>Digits only: the number LAPOR! shows for the complaint, e.g. 4512873.</source>
        <translation>Hanya angka: nomor yang ditampilkan LAPOR! untuk pengaduan ini, mis. 4512873.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="213"/>
        <source>A round settled this item meanwhile; the list shows where it is now.</source>
        <translation>Sementara itu sebuah putaran sinkronisasi sudah menyelesaikan item ini; daftar menunjukkan keadaannya sekarang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/item_actions.py" line="217"/>
        <source>Only a verifier may act on items that wait.</source>
        <translation>Hanya verifikator yang boleh menindaklanjuti item yang menunggu.</translation>
    </message>
</context>
<context>
    <name>JoinCodeField</name>
    <message>
        <location filename="../../desktop/ui/office/join_field.py" line="20"/>
        <source>&lt;b&gt;Office server&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;Server kantor&lt;/b&gt; (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_field.py" line="23"/>
        <source>In an office with several desks, paste the join code the office server&apos;s administrator made for this desk: it then shares one register with the other desks. Without one, this desk works on its own (join later in Settings).</source>
        <translation>Di kantor dengan beberapa meja, tempelkan kode gabung yang dibuat administrator server kantor untuk meja ini: meja ini lalu berbagi satu register dengan meja lainnya. Tanpa kode, meja ini bekerja sendiri (bergabung nanti lewat Pengaturan).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_field.py" line="33"/>
        <source>&amp;Join code</source>
        <translation>Kode &amp;gabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_field.py" line="53"/>
        <source>From the configuration file.</source>
        <translation>Dari berkas konfigurasi.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="61"/>
        <source>Join an office server</source>
        <translation>Gabung ke server kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="68"/>
        <source>&amp;Join code</source>
        <translation>Kode &amp;gabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="75"/>
        <source>&amp;Join</source>
        <translation>&amp;Gabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="88"/>
        <source>This desk is desk %1 of the office server %2 already.</source>
        <translation>Meja ini sudah menjadi meja %1 pada server kantor %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="97"/>
        <source>Paste the join code the office server&apos;s administrator made for this desk. The desk then shares one register with the office&apos;s other desks: what it holds goes to the office once, and it stops sending to SP4N-LAPOR! itself (the server does).</source>
        <translation>Tempelkan kode gabung yang dibuat administrator server kantor untuk meja ini. Meja ini lalu berbagi satu register dengan meja lain di kantor: isinya dikirim ke kantor satu kali, dan meja ini tidak lagi mengirim sendiri ke SP4N-LAPOR! (server yang mengirim).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/join_dialog.py" line="120"/>
        <source>Joining the office server…</source>
        <translation>Bergabung ke server kantor…</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../desktop/ui/worklist/link_dialog.py" line="60"/>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/link_dialog.py" line="70"/>
        <source>Other complaint&apos;s &amp;number</source>
        <translation>&amp;Nomor pengaduan lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/link_dialog.py" line="113"/>
        <source>received %1</source>
        <translation>diterima %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/link_dialog.py" line="114"/>
        <source>Confidential report</source>
        <translation>Laporan rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/link_dialog.py" line="136"/>
        <source>Merge this complaint into %1? It will be archived as a duplicate; its history stays, and it can be reopened.</source>
        <translation>Gabungkan pengaduan ini ke %1? Pengaduan ini akan diarsipkan sebagai duplikat; riwayatnya tetap ada, dan dapat dibuka kembali.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="29"/>
        <location filename="../../desktop/ui/access/login_page.py" line="71"/>
        <source>Sign in to Meja Aduan</source>
        <translation>Masuk ke Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="45"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="47"/>
        <location filename="../../desktop/ui/access/recovery_sheet.py" line="22"/>
        <source>Open with the &amp;recovery key…</source>
        <translation>Buka dengan &amp;kunci pemulihan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="53"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="54"/>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="72"/>
        <source>Each officer signs in with their own account.</source>
        <translation>Setiap petugas masuk dengan akunnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="78"/>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="81"/>
        <source>%1&apos;s work is kept. Type the password to go on, or sign in as another officer.</source>
        <translation>Pekerjaan %1 tetap tersimpan. Ketik kata sandi untuk melanjutkan, atau masuk sebagai petugas lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="97"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/login_page.py" line="130"/>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Complaints</source>
        <translation>Daftar pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Desk</source>
        <translation>&amp;Meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;New complaint</source>
        <translation>Pengaduan &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>&amp;Complaints list</source>
        <translation>&amp;Daftar pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77"/>
        <location filename="../../desktop/ui/menus.py" line="91"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;Lock screen</source>
        <translation>K&amp;unci layar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>S&amp;witch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85"/>
        <source>Change my &amp;password…</source>
        <translation>Ubah kata &amp;sandi saya…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>&amp;Issued reports…</source>
        <translation>Laporan &amp;terbit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96"/>
        <source>&amp;Evidence documents…</source>
        <translation>&amp;Bukti dukung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Office…</source>
        <translation>&amp;Kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>Categories and &amp;institutions…</source>
        <translation>Kategori dan &amp;instansi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Akun…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Jejak audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107"/>
        <source>&amp;Personal data protection…</source>
        <translation>&amp;Pelindungan data pribadi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="119"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121"/>
        <source>&amp;About Meja Aduan</source>
        <translation>&amp;Tentang Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>New desk</source>
        <translation>Meja baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Encrypted: sign in to open</source>
        <translation>Terenkripsi: masuk untuk membuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>Database open</source>
        <translation>Basis data terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>Your draft was restored: the complaint you had not saved is back in the form.</source>
        <translation>Draf Anda dipulihkan: pengaduan yang belum Anda simpan ada lagi di formulir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>Database not available</source>
        <translation>Basis data tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="479"/>
        <source>Office not configured: Settings › Office</source>
        <translation>Kantor belum diatur: Pengaturan › Kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="483"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="605"/>
        <source>The form still holds an unsaved complaint. Ctrl+N again clears it.</source>
        <translation>Formulir masih berisi pengaduan yang belum disimpan. Tekan Ctrl+N sekali lagi untuk mengosongkannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="148"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="149"/>
        <source>The new language is used the next time Meja Aduan starts.</source>
        <translation>Bahasa baru dipakai saat Meja Aduan dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="158"/>
        <source>About Meja Aduan</source>
        <translation>Tentang Meja Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="159"/>
        <source>Meja Aduan %1
Complaint desk for public services, working offline and synchronising with SP4N-LAPOR!.</source>
        <translation>Meja Aduan %1
Meja pengaduan pelayanan publik yang bekerja tanpa internet dan disinkronkan dengan SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>Still saving; close again when it is done.</source>
        <translation>Masih menyimpan; tutup lagi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="574"/>
        <source>Another officer&apos;s unsaved complaint is kept until they sign in again; quitting loses it. Quit anyway?</source>
        <translation>Pengaduan petugas lain yang belum disimpan disimpan sementara sampai ia masuk lagi; jika aplikasi ditutup, pengaduan itu hilang. Tetap keluar?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="579"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="571"/>
        <source>The form holds a complaint that is not saved. Quit anyway?</source>
        <translation>Formulir berisi pengaduan yang belum disimpan. Tetap keluar?</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="47"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="48"/>
        <source>Classifications (type)</source>
        <translation>Klasifikasi (jenis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="49"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="50"/>
        <source>Institutions</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="51"/>
        <source>Locations (regions)</source>
        <translation>Lokasi (wilayah)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="52"/>
        <source>National statuses</source>
        <translation>Status nasional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="68"/>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="86"/>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="69"/>
        <source>On LAPOR!</source>
        <translation>Di LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="70"/>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="82"/>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="88"/>
        <source>Set by</source>
        <translation>Diisi oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="80"/>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="283"/>
        <source>LAPOR! status code</source>
        <translation>Kode status LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="81"/>
        <source>Status here</source>
        <translation>Status di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="87"/>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="287"/>
        <source>LAPOR! id</source>
        <translation>ID LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="106"/>
        <source>IT staff</source>
        <translation>Staf TI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="108"/>
        <source>LAPOR! lists</source>
        <translation>Daftar LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="127"/>
        <source>LAPOR! mapping</source>
        <translation>Pemetaan LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="145"/>
        <source>&amp;Set</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="147"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="152"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="198"/>
        <source>default (complaints without a target institution)</source>
        <translation>default (pengaduan tanpa instansi tujuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="230"/>
        <source>seen on LAPOR!, needs an entry</source>
        <translation>terlihat di LAPOR!, perlu diisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="240"/>
        <source>Each institution here, and &quot;default&quot;: the LAPOR! institution id used when a complaint names no target institution (usually the desk&apos;s own government).</source>
        <translation>Setiap instansi di sini, dan &quot;default&quot;: ID instansi LAPOR! yang dipakai bila pengaduan tidak menyebut instansi tujuan (biasanya pemerintah daerah meja ini sendiri).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="245"/>
        <source>Each LAPOR! status code and the status it means here. A code without an entry is read by LAPOR!&apos;s name for it where the name is a known one, otherwise it is shown in the timeline in LAPOR!&apos;s words without changing the complaint&apos;s status. Codes seen that need an entry are listed last.</source>
        <translation>Setiap kode status LAPOR! dan status yang dimaksudnya di sini. Kode tanpa entri dibaca dari nama yang diberikan LAPOR! bila nama itu dikenal; bila tidak, kode ditampilkan di riwayat dengan kata-kata LAPOR! tanpa mengubah status aduan. Kode yang terlihat dan perlu diisi ada di bagian akhir daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="252"/>
        <source>Kemendagri region codes are sent as they are unless mapped here.</source>
        <translation>Kode wilayah Kemendagri dikirim apa adanya, kecuali dipetakan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="258"/>
        <source>Each value here and the LAPOR! id it is sent as.</source>
        <translation>Setiap nilai di sini dan ID LAPOR! yang dikirim untuknya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="285"/>
        <source>value here</source>
        <translation>nilai di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="322"/>
        <source>Choose or type the value here first.</source>
        <translation>Pilih atau ketik dulu nilai di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="327"/>
        <source>A LAPOR! id is a number, e.g. 1017.</source>
        <translation>ID LAPOR! berupa angka, mis. 1017.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="337"/>
        <source>%n item(s) held back for a missing entry go back in the queue.</source>
        <translation>
            <numerusform>%n item yang ditahan karena pemetaan belum ada masuk kembali ke antrean.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="346"/>
        <source>“%1” names nothing on this desk: choose it from the list, or type a category&apos;s path (Parent › Child), an institution&apos;s name, or its id.</source>
        <translation>“%1” tidak menunjuk apa pun di meja ini: pilih dari daftar, atau ketik jalur kategori (Induk › Anak), nama instansi, atau id-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/mapping_dialog.py" line="356"/>
        <source>Only IT staff may change the mapping.</source>
        <translation>Hanya petugas TI yang boleh mengubah pemetaan.</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="57"/>
        <source>Narrative report</source>
        <translation>Laporan naratif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="59"/>
        <source>&amp;Cases</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="60"/>
        <source>&amp;Text</source>
        <translation>&amp;Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="61"/>
        <source>&amp;Signature</source>
        <translation>Penanda&amp;tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="63"/>
        <source>&amp;Make PDF…</source>
        <translation>&amp;Buat PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="72"/>
        <source>Complaint number, e.g. 3201-2026-000123</source>
        <translation>Nomor pengaduan, mis. 3201-2026-000123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="74"/>
        <source>Why it is worth telling (optional)</source>
        <translation>Mengapa layak diceritakan (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="77"/>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="80"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="80"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="83"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="106"/>
        <source>&amp;Obstacles</source>
        <translation>K&amp;endala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="107"/>
        <source>C&amp;onclusions</source>
        <translation>Ke&amp;simpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="108"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="109"/>
        <source>&amp;Legal basis (one per line)</source>
        <translation>&amp;Dasar hukum (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="120"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="121"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="122"/>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="123"/>
        <source>Pl&amp;ace</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_dialog.py" line="211"/>
        <source>No complaint has the number %1. Correct or remove it.</source>
        <translation>Tidak ada pengaduan bernomor %1. Perbaiki atau hapus.</translation>
    </message>
</context>
<context>
    <name>NarrativeReport</name>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="25"/>
        <source>(nothing written)</source>
        <translation>(tidak ada isian)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="35"/>
        <source>Complaint desk (office not yet configured)</source>
        <translation>Meja pengaduan (kantor belum diatur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="36"/>
        <source>COMPLAINT HANDLING REPORT</source>
        <translation>LAPORAN PENGELOLAAN PENGADUAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="38"/>
        <source>Public service complaints, aspirations and requests for information</source>
        <translation>Pengaduan, aspirasi dan permintaan informasi pelayanan publik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="41"/>
        <source>Data as of %1</source>
        <translation>Keadaan data per %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="62"/>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="109"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="63"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="64"/>
        <source>Figure</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="65"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="66"/>
        <source>Counted over</source>
        <translation>Dihitung atas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="93"/>
        <source>No case was chosen for this report.</source>
        <translation>Tidak ada kasus yang dipilih untuk laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="95"/>
        <source>(confidential)</source>
        <translation>(rahasia)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="110"/>
        <source>Number, received</source>
        <translation>Nomor, diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="111"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="113"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="125"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="146"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="150"/>
        <source>Summary of figures</source>
        <translation>Ringkasan angka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="154"/>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="161"/>
        <source>Notable cases</source>
        <translation>Kasus menonjol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="162"/>
        <source>Obstacles</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="163"/>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="164"/>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_content.py" line="183"/>
        <source>Cohort figures count the complaints received in the period as they stood at the cut-off; flow figures count what happened in the period; snapshot figures count everything open at the cut-off. Working days follow the desk&apos;s calendar, time on hold not counted. Where no official formula is published, the desk&apos;s definition is used as given in the recap workbook.</source>
        <translation>Angka kohort menghitung pengaduan yang diterima dalam periode menurut keadaannya pada saat penghitungan; angka arus menghitung apa yang terjadi dalam periode; angka sesaat menghitung semua yang masih terbuka pada saat penghitungan. Hari kerja mengikuti kalender meja, masa tunda tidak dihitung. Bila rumus resmi tidak diterbitkan, dipakai definisi meja sebagaimana tertulis dalam buku kerja rekapitulasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/narrative_pdf.py" line="40"/>
        <source>Complaint handling report</source>
        <translation>Laporan pengelolaan pengaduan</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="124"/>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/accounts_dialog.py" line="129"/>
        <source>&amp;Role</source>
        <translation>P&amp;eran</translation>
    </message>
</context>
<context>
    <name>OfficeFeature</name>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="70"/>
        <source>E&amp;xchange with the office server now</source>
        <translation>&amp;Tukar data dengan server kantor sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="77"/>
        <source>&amp;Join an office server…</source>
        <translation>&amp;Gabung ke server kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="131"/>
        <location filename="../../desktop/ui/office/feature.py" line="161"/>
        <source>Office server</source>
        <translation>Server kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="145"/>
        <source>Joining the office server…</source>
        <translation>Bergabung ke server kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="163"/>
        <source>This desk did not join the office server:
%1

Join it later in Settings › Join an office server…</source>
        <translation>Meja ini tidak bergabung ke server kantor:
%1

Bergabunglah nanti lewat Pengaturan › Gabung ke server kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/feature.py" line="174"/>
        <source>This desk joined the office as desk %1; its history goes to the office now.</source>
        <translation>Meja ini bergabung ke kantor sebagai meja %1; riwayatnya kini dikirim ke kantor.</translation>
    </message>
</context>
<context>
    <name>OfficeStatusArea</name>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="59"/>
        <source>Office server: connected</source>
        <translation>Server kantor: tersambung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="61"/>
        <source>Office server: disconnected</source>
        <translation>Server kantor: terputus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/office/status_area.py" line="63"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="65"/>
        <source>Desk %1 of the office server %2</source>
        <translation>Meja %1 pada server kantor %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="70"/>
        <source>Exchanging with the office server…</source>
        <translation>Sedang bertukar data dengan server kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="73"/>
        <source>Last exchange: %1</source>
        <translation>Pertukaran terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="78"/>
        <source>No exchange yet.</source>
        <translation>Belum ada pertukaran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/status_area.py" line="82"/>
        <source>Click or press F9 to exchange now.</source>
        <translation>Klik atau tekan F9 untuk bertukar data sekarang.</translation>
    </message>
</context>
<context>
    <name>OfficeTexts</name>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="17"/>
        <source>The office server refused some of this desk&apos;s changes; they stay here. IT staff: see the desk&apos;s log (logs/meja-aduan.log) and the server&apos;s.</source>
        <translation>Server kantor menolak sebagian perubahan dari meja ini; perubahan itu tetap tersimpan di sini. Petugas TI: lihat log meja (logs/meja-aduan.log) dan log server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="21"/>
        <source>The office server cannot be reached. Work goes on here and nothing is lost: the changes go once the server is back. If it lasts, check that the server PC is on and this PC is on the office network.</source>
        <translation>Server kantor tidak dapat dihubungi. Pekerjaan tetap berjalan di sini dan tidak ada yang hilang: perubahan dikirim begitu server kembali. Jika berlangsung lama, periksa bahwa PC server menyala dan PC ini terhubung ke jaringan kantor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="26"/>
        <source>The office server no longer accepts this desk (its secret or the server&apos;s certificate changed). Changes stay here. IT staff: make a new join code and join this desk again.</source>
        <translation>Server kantor tidak lagi menerima meja ini (rahasia meja atau sertifikat server berubah). Perubahan tetap tersimpan di sini. Petugas TI: buat kode gabung baru dan gabungkan meja ini lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="31"/>
        <source>The office server does not accept this version of Meja Aduan. Changes stay here. IT staff: update the office server first, then this desk.</source>
        <translation>Server kantor tidak menerima versi Meja Aduan ini. Perubahan tetap tersimpan di sini. Petugas TI: perbarui server kantor lebih dulu, lalu meja ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="41"/>
        <source>This is not a whole join code: copy it again from the server&apos;s administrator (it starts with MA1-).</source>
        <translation>Ini bukan kode gabung yang utuh: salin lagi dari administrator server (diawali MA1-).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="46"/>
        <source>The office server at %1 cannot be reached. Check that it is running and that this PC is on the office network, then try again.</source>
        <translation>Server kantor di %1 tidak dapat dihubungi. Periksa bahwa server berjalan dan PC ini terhubung ke jaringan kantor, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="50"/>
        <source>This desk has joined an office already.</source>
        <translation>Meja ini sudah bergabung ke sebuah kantor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="52"/>
        <source>The server at %1 does not show the certificate this code names. Do not join: another computer may be answering at that address. Tell IT staff.</source>
        <translation>Server di %1 tidak menunjukkan sertifikat yang disebut kode ini. Jangan bergabung: mungkin komputer lain yang menjawab di alamat itu. Beri tahu petugas TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="56"/>
        <source>This join code has been used already. Ask the server&apos;s administrator for a new one.</source>
        <translation>Kode gabung ini sudah pernah dipakai. Minta kode baru kepada administrator server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="59"/>
        <source>This join code has expired. Ask the server&apos;s administrator for a new one.</source>
        <translation>Kode gabung ini sudah kedaluwarsa. Minta kode baru kepada administrator server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="62"/>
        <source>The server at %1 did not issue this join code. Check that the code is for this office.</source>
        <translation>Server di %1 tidak menerbitkan kode gabung ini. Periksa bahwa kode ini untuk kantor ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="65"/>
        <source>The office server does not accept this version of Meja Aduan: update the server first, then the desks.</source>
        <translation>Server kantor tidak menerima versi Meja Aduan ini: perbarui server lebih dulu, lalu meja-mejanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="69"/>
        <source>This desk is sending to SP4N-LAPOR! right now. Try joining again in a minute.</source>
        <translation>Meja ini sedang mengirim ke SP4N-LAPOR!. Coba bergabung lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office/texts.py" line="74"/>
        <source>The office server refused to join this desk: %1</source>
        <translation>Server kantor menolak menggabungkan meja ini: %1</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="30"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="31"/>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="32"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="33"/>
        <location filename="../../desktop/ui/reports/period_picker.py" line="43"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="34"/>
        <source>Dates</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="37"/>
        <source>Kind of period</source>
        <translation>Jenis periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="40"/>
        <source>Which one</source>
        <translation>Yang mana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="47"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="88"/>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_picker.py" line="91"/>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
</context>
<context>
    <name>PersonMatchModel</name>
    <message>
        <location filename="../../desktop/ui/data_subject/matches_model.py" line="20"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/matches_model.py" line="20"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/matches_model.py" line="20"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/matches_model.py" line="20"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/matches_model.py" line="43"/>
        <source>(erased)</source>
        <translation>(dihapus)</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="13"/>
        <source>a NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="14"/>
        <source>a phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="15"/>
        <source>an e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="21"/>
        <source>This seems to hold %1. The report is anonymous: LAPOR! should not learn who the complainant is. Leave it out unless the complainant wants it sent.</source>
        <translation>Isian ini tampaknya memuat %1. Laporan ini anonim: LAPOR! tidak boleh mengetahui siapa pelapornya. Hapus kecuali pelapor ingin data itu dikirim.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="30"/>
        <source>the title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="31"/>
        <source>the description</source>
        <translation>uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/personal_data_texts.py" line="44"/>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
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
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../desktop/ui/privacy_dialog.py" line="31"/>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialog.py" line="37"/>
        <source>Find a person</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialog.py" line="38"/>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy_dialog.py" line="39"/>
        <source>What we hold</source>
        <translation>Data yang disimpan</translation>
    </message>
</context>
<context>
    <name>ProvisionFilePanel</name>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="68"/>
        <source>No file: set the desk up by hand afterwards</source>
        <translation>Tanpa berkas: atur meja secara manual nanti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="69"/>
        <source>C&amp;hoose file…</source>
        <translation>P&amp;ilih berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="71"/>
        <source>Do&amp;n&apos;t use a file</source>
        <translation>&amp;Jangan pakai berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="86"/>
        <source>Problems in the file</source>
        <translation>Masalah dalam berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="100"/>
        <source>LAPOR! API &amp;key</source>
        <translation>K&amp;unci API LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="105"/>
        <source>LAPOR! &amp;token</source>
        <translation>T&amp;oken LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="149"/>
        <source>The file is still being checked; a moment.</source>
        <translation>Berkas masih diperiksa; tunggu sebentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="154"/>
        <source>Correct the problems listed below in the file, or don&apos;t use it.</source>
        <translation>Perbaiki masalah yang tercantum di bawah dalam berkas, atau jangan pakai berkas ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="160"/>
        <source>Type the token too, or clear the key.</source>
        <translation>Ketik juga tokennya, atau kosongkan kuncinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="163"/>
        <source>Type the API key too, or clear the token.</source>
        <translation>Ketik juga kunci API-nya, atau kosongkan tokennya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="208"/>
        <source>Desk configuration file</source>
        <translation>Berkas konfigurasi meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="210"/>
        <source>Desk configuration (*.toml);;All files (*)</source>
        <translation>Konfigurasi meja (*.toml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="226"/>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="229"/>
        <source>larger than any configuration file</source>
        <translation>lebih besar daripada berkas konfigurasi mana pun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="272"/>
        <source>%n problem(s) in the file; nothing will be applied until it is corrected.</source>
        <translation>
            <numerusform>%n masalah dalam berkas; tidak ada yang diterapkan sampai diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="300"/>
        <source>This file cannot be read (%1). Choose a desk configuration file (.toml).</source>
        <translation>Berkas ini tidak dapat dibaca (%1). Pilih berkas konfigurasi meja (.toml).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="298"/>
        <source>not text</source>
        <translation>bukan teks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="75"/>
        <source>Also t&amp;ry the SP4N-LAPOR! address (needs the network)</source>
        <translation>&amp;Coba juga alamat SP4N-LAPOR! (perlu jaringan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="303"/>
        <source>The file could not be checked. %1</source>
        <translation>Berkas tidak dapat diperiksa. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="309"/>
        <source>The file could not be checked (%1). Try again.</source>
        <translation>Berkas tidak dapat diperiksa (%1). Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="323"/>
        <source>Office: %1 (%2)</source>
        <translation>Kantor: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="330"/>
        <source>Desk: %1</source>
        <translation>Meja: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="335"/>
        <source> (training mode)</source>
        <translation> (mode latihan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="340"/>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="342"/>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="345"/>
        <source>SP4N-LAPOR!: %1, synchronisation %2</source>
        <translation>SP4N-LAPOR!: %1, sinkronisasi %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="351"/>
        <source>API key and token read from %1</source>
        <translation>Kunci API dan token dibaca dari %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="358"/>
        <source>National id mappings: %1</source>
        <translation>Pemetaan ID nasional: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/file_panel.py" line="363"/>
        <source>No problems found: ready to apply.</source>
        <translation>Tidak ada masalah: siap diterapkan.</translation>
    </message>
</context>
<context>
    <name>ProvisionOutcome</name>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="22"/>
        <source>The configuration was applied. Settings changed: %1; national id mappings set: %2.</source>
        <translation>Konfigurasi diterapkan. Pengaturan yang berubah: %1; pemetaan ID nasional yang diatur: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="31"/>
        <source>The LAPOR! API key and token could not be stored on this computer (%1). Enter them in Settings › SP4N-LAPOR! synchronisation.</source>
        <translation>Kunci API dan token LAPOR! tidak dapat disimpan di komputer ini (%1). Masukkan di Pengaturan › Sinkronisasi SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="39"/>
        <source>The LAPOR! API key and token are kept in this computer&apos;s keyring.</source>
        <translation>Kunci API dan token LAPOR! disimpan di penyimpanan kredensial sistem (keyring) komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="44"/>
        <source>The LAPOR! API key and token are kept in the desk&apos;s encrypted file.</source>
        <translation>Kunci API dan token LAPOR! disimpan di berkas terenkripsi milik meja ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="51"/>
        <source>The credentials file %1 is no longer needed: delete it (the desk keeps its own copy).</source>
        <translation>Berkas kredensial %1 tidak diperlukan lagi: hapus berkas itu (meja menyimpan salinannya sendiri).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="59"/>
        <source>No LAPOR! API key and token are stored yet: enter them in Settings › SP4N-LAPOR! synchronisation before the first synchronisation.</source>
        <translation>Belum ada kunci API dan token LAPOR! yang tersimpan: masukkan di Pengaturan › Sinkronisasi SP4N-LAPOR! sebelum sinkronisasi pertama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/outcome.py" line="68"/>
        <source>The file&apos;s language is used the next time Meja Aduan starts.</source>
        <translation>Bahasa dari berkas dipakai saat Meja Aduan dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>ProvisionTexts</name>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="14"/>
        <source>text in quotes</source>
        <translation>teks dalam tanda kutip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="15"/>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="16"/>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="17"/>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="18"/>
        <source>a [section] table</source>
        <translation>tabel [bagian]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="19"/>
        <source>a list of dates like [2026-08-17]</source>
        <translation>daftar tanggal seperti [2026-08-17]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="22"/>
        <source>a list of text like [&quot;PUPR&quot;, &quot;Dinas PU&quot;]</source>
        <translation>daftar teks seperti [&quot;PUPR&quot;, &quot;Dinas PU&quot;]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="39"/>
        <source>out of the allowed range</source>
        <translation>di luar rentang yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="41"/>
        <source>must be from %1 to %2</source>
        <translation>harus dari %1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="46"/>
        <source>too long: at most %1 characters</source>
        <translation>terlalu panjang: paling banyak %1 karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="50"/>
        <source>must be %1</source>
        <translation>harus berupa %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="54"/>
        <source>must be one of: %1</source>
        <translation>harus salah satu dari: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="58"/>
        <source>a day cannot be both off and worked: %1</source>
        <translation>satu hari tidak bisa sekaligus libur dan hari kerja: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="62"/>
        <source>dates given more than once: %1</source>
        <translation>tanggal disebut lebih dari sekali: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="66"/>
        <source>names nothing on this desk: check the spelling</source>
        <translation>tidak merujuk apa pun di meja ini: periksa ejaannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="70"/>
        <source>holds a control character (an invisible code such as NUL or a terminal escape): retype the value</source>
        <translation>berisi karakter kontrol (kode tak terlihat seperti NUL atau kode escape terminal): ketik ulang nilainya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="77"/>
        <source>file not found: %1</source>
        <translation>berkas tidak ditemukan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="83"/>
        <source>this is not a valid TOML file (%1)</source>
        <translation>ini bukan berkas TOML yang sah (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="87"/>
        <source>no answer from this address (%1): check the address, the network and the proxy</source>
        <translation>tidak ada jawaban dari alamat ini (%1): periksa alamat, jaringan, dan proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="92"/>
        <source>unknown section: check its spelling</source>
        <translation>bagian tidak dikenal: periksa ejaannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="95"/>
        <source>unknown key: check its spelling</source>
        <translation>kunci tidak dikenal: periksa ejaannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="98"/>
        <source>names nothing on this desk: give a category&apos;s path (Parent › Child) or id, an institution&apos;s name or id, or a channel or classification code</source>
        <translation>tidak menunjuk apa pun di meja ini: tulis jalur kategori (Induk › Anak) atau id-nya, nama instansi atau id-nya, atau kode kanal atau klasifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="103"/>
        <source>required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="104"/>
        <source>an office code is 2 to 12 capital letters or digits</source>
        <translation>kode kantor terdiri dari 2 sampai 12 huruf kapital atau angka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="107"/>
        <source>not a whole join code: copy it again from the office server (it starts with MA1-)</source>
        <translation>bukan kode gabung yang utuh: salin lagi dari server kantor (diawali MA1-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="111"/>
        <source>not a phone number (e.g. (0251) 8765432 or 0812 3456 7890)</source>
        <translation>bukan nomor telepon (mis. (0251) 8765432 atau 0812 3456 7890)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="114"/>
        <source>not an e-mail address (e.g. pengaduan@bogorkab.go.id)</source>
        <translation>bukan alamat e-mail (mis. pengaduan@bogorkab.go.id)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="117"/>
        <source>not a website address (e.g. https://bogorkab.go.id)</source>
        <translation>bukan alamat situs web (mis. https://bogorkab.go.id)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="120"/>
        <source>required when synchronisation is enabled</source>
        <translation>wajib diisi bila sinkronisasi aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="123"/>
        <source>not an http(s) address with a host (and without user, query or #)</source>
        <translation>bukan alamat http(s) dengan nama host (tanpa pengguna, kueri, atau #)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="126"/>
        <source>must start with https:// for a host not on this PC</source>
        <translation>harus diawali https:// untuk host yang bukan di PC ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="129"/>
        <source>give a full path (from the drive letter or /)</source>
        <translation>tulis jalur lengkap (dari huruf drive atau /)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="132"/>
        <source>not a PEM file of certificates</source>
        <translation>bukan berkas sertifikat PEM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="135"/>
        <source>not a proxy address like http://host:port</source>
        <translation>bukan alamat proxy seperti http://host:port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="138"/>
        <source>the credentials file cannot be read</source>
        <translation>berkas kredensial tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="141"/>
        <source>a file for all users of this PC must not hold the proxy&apos;s password: leave it out and enter it in Settings after the set-up</source>
        <translation>berkas untuk semua pengguna PC ini tidak boleh memuat kata sandi proxy: hapus dari berkas dan masukkan di Pengaturan sesudah meja disiapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="146"/>
        <source>a file for all users of this PC must not hold a join code (it joins one desk, once): paste this desk&apos;s own code below instead</source>
        <translation>berkas untuk semua pengguna PC ini tidak boleh memuat kode gabung (kode itu menggabungkan satu meja, satu kali): tempelkan kode milik meja ini di bawah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="151"/>
        <source>a file for all users of this PC must not name a credentials file: type the key and token below instead</source>
        <translation>berkas untuk semua pengguna PC ini tidak boleh menyebut berkas kredensial: ketik kunci dan token di bawah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="156"/>
        <source>the credentials file must hold only key = &quot;...&quot; and token = &quot;...&quot;</source>
        <translation>berkas kredensial hanya boleh berisi key = &quot;...&quot; dan token = &quot;...&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/texts.py" line="168"/>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
</context>
<context>
    <name>ProvisioningFeature</name>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="53"/>
        <source>Apply a &amp;configuration file…</source>
        <translation>&amp;Terapkan berkas konfigurasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="56"/>
        <source>E&amp;xport the desk configuration…</source>
        <translation>Ek&amp;spor konfigurasi meja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="86"/>
        <location filename="../../desktop/ui/provisioning/feature.py" line="109"/>
        <location filename="../../desktop/ui/provisioning/feature.py" line="130"/>
        <source>Export the desk configuration</source>
        <translation>Ekspor konfigurasi meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="88"/>
        <source>Desk configuration (*.toml)</source>
        <translation>Konfigurasi meja (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="110"/>
        <source>The desk configuration was written to %1. It holds no passwords, API key or token and no personal data; the next desk needs its own key and token.</source>
        <translation>Konfigurasi meja ditulis ke %1. Berkas ini tidak memuat kata sandi, kunci API, token, maupun data pribadi; meja berikutnya memerlukan kunci dan tokennya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/provisioning/feature.py" line="122"/>
        <source>The file cannot be written there (%1). Choose another folder.</source>
        <translation>Berkas tidak dapat ditulis di sana (%1). Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="129"/>
        <source>Complaint desk (office not yet configured)</source>
        <translation>Meja pengaduan (kantor belum diatur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="38"/>
        <source>Complaint number</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="42"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="45"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="46"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="48"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="56"/>
        <location filename="../../desktop/ui/receipt_content.py" line="174"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="50"/>
        <source>(confidential: not printed)</source>
        <translation>(rahasia: tidak dicetak)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="58"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="63"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="65"/>
        <source>To be verified by</source>
        <translation>Diverifikasi paling lambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="73"/>
        <source>To be completed by</source>
        <translation>Diselesaikan paling lambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="80"/>
        <source>SP4N-LAPOR! tracking number</source>
        <translation>Nomor pelacakan SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="90"/>
        <source>Phone %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="91"/>
        <source>WhatsApp %1</source>
        <translation>WhatsApp %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="92"/>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="93"/>
        <source>Website %1</source>
        <translation>Situs web %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="97"/>
        <source>Ask at this desk about its progress, quoting the complaint number.</source>
        <translation>Tanyakan perkembangannya di loket ini dengan menyebutkan nomor pengaduan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="100"/>
        <source>Ask this office about its progress, quoting the complaint number: %1.</source>
        <translation>Tanyakan perkembangannya kepada kantor ini dengan menyebutkan nomor pengaduan: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="108"/>
        <source>Or follow it online at SP4N-LAPOR! (%1) with tracking number %2.</source>
        <translation>Atau pantau secara daring di SP4N-LAPOR! (%1) dengan nomor pelacakan %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="114"/>
        <source>Or follow it online at SP4N-LAPOR! (%1): the office gives you its tracking number there once the complaint has been sent.</source>
        <translation>Atau pantau secara daring di SP4N-LAPOR! (%1): kantor memberikan nomor pelacakannya setelah pengaduan dikirim ke sana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="143"/>
        <source>After verification it is passed to the unit responsible, which must follow it up.</source>
        <translation>Setelah diverifikasi, laporan diteruskan kepada unit yang berwenang untuk ditindaklanjuti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="147"/>
        <source>You are contacted with the answer. Quote the complaint number when you ask about its progress.</source>
        <translation>Anda akan dihubungi dengan jawabannya. Sebutkan nomor pengaduan saat menanyakan perkembangannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="156"/>
        <source>This report is confidential: its content is not published.</source>
        <translation>Laporan ini rahasia: isinya tidak dipublikasikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="162"/>
        <source>This report is anonymous: your identity is not shown to the party you report about or to the public.</source>
        <translation>Laporan ini anonim: identitas Anda tidak ditampilkan kepada pihak yang dilaporkan maupun kepada publik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="186"/>
        <source>COMPLAINT RECEIPT</source>
        <translation>TANDA TERIMA PENGADUAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="187"/>
        <source>What happens next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="188"/>
        <source>How to follow your complaint</source>
        <translation>Cara memantau pengaduan Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="189"/>
        <source>Keep this receipt.</source>
        <translation>Simpan tanda terima ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_content.py" line="169"/>
        <source>Receiving officer</source>
        <translation>Petugas penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="45"/>
        <location filename="../../desktop/ui/receipt.py" line="56"/>
        <source>Complaint receipt</source>
        <translation>Tanda terima pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="85"/>
        <source>receipt</source>
        <translation>tanda-terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="89"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="91"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt.py" line="100"/>
        <source>Receipt not saved</source>
        <translation>Tanda terima tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ReceiptTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/receipt_content.py" line="70"/>
        <source>(%n working days)</source>
        <translation>
            <numerusform>(%n hari kerja)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/receipt_content.py" line="139"/>
        <source>A verifier checks your report within %n working days.</source>
        <translation>
            <numerusform>Verifikator memeriksa laporan Anda dalam %n hari kerja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="125"/>
        <source>Open with the recovery key</source>
        <translation>Buka dengan kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="128"/>
        <source>For IT staff: type the recovery key given when this desk was set up. Officers then sign in as usual.</source>
        <translation>Untuk petugas TI: ketik kunci pemulihan yang diberikan saat meja ini disiapkan. Setelah itu petugas masuk seperti biasa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="152"/>
        <source>Type the whole recovery key.</source>
        <translation>Ketik kunci pemulihan secara lengkap.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyShownDialog</name>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="36"/>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="39"/>
        <source>Write this recovery key down or print it, and keep it locked away (IT staff). It is shown only this once. Without it, the data cannot be opened if every password is forgotten, or if the key this PC&apos;s system keeps for it (on Windows: Credential Manager) is lost, for example when the system is reinstalled.</source>
        <translation>Catat atau cetak kunci pemulihan ini, lalu simpan di tempat terkunci (petugas TI). Kunci ini hanya ditampilkan sekali ini. Tanpa kunci ini, data tidak dapat dibuka jika semua kata sandi terlupa, atau jika kunci yang disimpan sistem PC ini untuknya (di Windows: Manajer Kredensial) hilang, misalnya karena sistem dipasang ulang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="53"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="54"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="57"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Saya sudah mencatat atau mencetak kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="89"/>
        <source>Sent to the printer.</source>
        <translation>Sudah dikirim ke printer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/access/recovery_key.py" line="100"/>
        <source>Copied. The clipboard is emptied in %n second(s), or when this window closes.</source>
        <translation>
            <numerusform>Disalin. Papan klip dikosongkan dalam %n detik, atau saat jendela ini ditutup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_key.py" line="111"/>
        <source>The recovery key was taken off the clipboard.</source>
        <translation>Kunci pemulihan sudah dihapus dari papan klip.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/ui/access/recovery_sheet.py" line="17"/>
        <source>Meja Aduan: recovery key</source>
        <translation>Meja Aduan: kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_sheet.py" line="24"/>
        <source>Use it only when the desk cannot be opened otherwise (every password forgotten, or the key this PC keeps for it lost): on the sign-in page choose “%1” and type it.</source>
        <translation>Gunakan hanya jika meja tidak dapat dibuka dengan cara lain (semua kata sandi terlupa, atau kunci yang disimpan PC ini untuknya hilang): di halaman masuk pilih “%1”, lalu ketik kunci ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_sheet.py" line="29"/>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/recovery_sheet.py" line="38"/>
        <source>This key opens all the data of this desk on its own. Keep this page locked away, not beside the desk PC, and do not photograph or copy it.</source>
        <translation>Kunci ini sendiri sudah cukup untuk membuka semua data meja ini. Simpan lembar ini di tempat terkunci, jangan di dekat PC meja, dan jangan difoto atau disalin.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="52"/>
        <source>Categories and institutions</source>
        <translation>Kategori dan instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="58"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="59"/>
        <source>Institutions</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="70"/>
        <source>Other names (acronyms)</source>
        <translation>Nama lain (singkatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="77"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="78"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Ubah nama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="79"/>
        <source>Other na&amp;mes…</source>
        <translation>Nama &amp;lain…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="81"/>
        <source>Acronyms and short names officers type to find this entry (PUPR, PDAM)</source>
        <translation>Singkatan dan nama pendek yang diketik petugas untuk menemukan entri ini (PUPR, PDAM)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="83"/>
        <source>Switch &amp;on/off</source>
        <translation>&amp;Aktifkan/nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="87"/>
        <source>Add &amp;sub-category…</source>
        <translation>Tambah &amp;subkategori…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="129"/>
        <source>Switched off: not offered for new complaints</source>
        <translation>Nonaktif: tidak ditawarkan untuk pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="210"/>
        <source>An entry may have at most %1 other names, each at most %2 characters long.</source>
        <translation>Satu entri boleh punya paling banyak %1 nama lain, masing-masing paling panjang %2 karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="70"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="139"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="152"/>
        <source>Rename</source>
        <translation>Ubah nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="162"/>
        <source>Other names of %1</source>
        <translation>Nama lain untuk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="163"/>
        <source>Acronyms or short names, separated by commas (for example: PUPR, Dinas PU)</source>
        <translation>Singkatan atau nama pendek, dipisahkan koma (misalnya: PUPR, Dinas PU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="200"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="203"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="208"/>
        <location filename="../../desktop/ui/reference_dialog.py" line="216"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="200"/>
        <source>The name cannot be empty.</source>
        <translation>Nama tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reference_dialog.py" line="203"/>
        <source>That name is already in the list.</source>
        <translation>Nama itu sudah ada di daftar.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="33"/>
        <location filename="../../desktop/ui/intake/region_picker.py" line="39"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="34"/>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="35"/>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="36"/>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa / kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="40"/>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="41"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/region_picker.py" line="42"/>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="112"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="120"/>
        <source>Show &amp;identities in detail lists</source>
        <translation>Tampilkan &amp;identitas di daftar rinci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="123"/>
        <source>Full NIKs in the detail list; recorded in the audit trail</source>
        <translation>NIK lengkap di daftar rinci; dicatat di jejak audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="128"/>
        <source>Save the figures on screen as a file (the detail list: the selected figure&apos;s)</source>
        <translation>Simpan angka di layar sebagai berkas (daftar rinci: pengaduan dari angka yang dipilih)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="130"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Terbitkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="132"/>
        <source>Save a report to send and keep it, unchangeable, in the register</source>
        <translation>Simpan laporan untuk dikirim dan catat di daftar laporan terbit, tanpa dapat diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="209"/>
        <source>Opening the narrative report…</source>
        <translation>Membuka laporan naratif…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="257"/>
        <source>Issue %1: save the file to send</source>
        <translation>Terbitkan %1: simpan berkas yang akan dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="261"/>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="282"/>
        <source>Writing %1 to %2…</source>
        <translation>Menulis %1 ke %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="311"/>
        <source>The report was issued and saved to:
%1

It is kept unchanged in the register of issued reports, with SHA-256 %2.</source>
        <translation>Laporan diterbitkan dan disimpan di:
%1

Laporan ini disimpan tanpa perubahan di daftar laporan terbit, dengan SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="315"/>
        <source>Issued and saved: %1</source>
        <translation>Diterbitkan dan disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="317"/>
        <source>%1 was saved to:
%2</source>
        <translation>%1 disimpan di:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="319"/>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="321"/>
        <source>Open the &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="327"/>
        <source>Open the &amp;register of issued reports</source>
        <translation>Buka &amp;daftar laporan terbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="340"/>
        <source>The report was saved but not issued: %1</source>
        <translation>Laporan disimpan tetapi tidak diterbitkan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/exports.py" line="357"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="40"/>
        <source>Unit: {name}</source>
        <translation>Unit: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="41"/>
        <source>Period: {first} to {last} ({kind})</source>
        <translation>Periode: {first} s.d. {last} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="42"/>
        <source>Figures as of {moment} (cut-off)</source>
        <translation>Data per {moment} (batas waktu data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="43"/>
        <source>Scope: {scope}</source>
        <translation>Cakupan: {scope}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="56"/>
        <source>Receipt to verification</source>
        <translation>Diterima sampai terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="57"/>
        <source>Disposition to first follow-up</source>
        <translation>Disposisi sampai tindak lanjut pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="58"/>
        <source>Receipt to completion</source>
        <translation>Diterima sampai selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="61"/>
        <source>0-3 working days</source>
        <translation>0-3 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="62"/>
        <source>4-5 working days</source>
        <translation>4-5 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="63"/>
        <source>6-14 working days</source>
        <translation>6-14 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="64"/>
        <source>15-60 working days</source>
        <translation>15-60 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="65"/>
        <source>More than 60 working days</source>
        <translation>Lebih dari 60 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="69"/>
        <source>%1 WD</source>
        <translation>%1 HK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="72"/>
        <source>Complaint handling recap</source>
        <translation>Rekapitulasi penanganan pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="73"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="74"/>
        <source>Classification x status</source>
        <translation>Klasifikasi x status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="75"/>
        <location filename="../../desktop/ui/reports/texts.py" line="97"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="76"/>
        <location filename="../../desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../desktop/ui/reports/texts.py" line="181"/>
        <source>Backlog by age</source>
        <translation>Tunggakan menurut umur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="78"/>
        <source>Where no official formula is published (K6-K10, K14, K15), the definition in the last column is the one this desk used. Merged duplicates count once, under the complaint they were merged into; reopened complaints count their first closure and are counted apart.</source>
        <translation>Untuk indikator yang rumus resminya tidak dipublikasikan (K6-K10, K14, K15), definisi pada kolom terakhir adalah definisi yang dipakai meja aduan ini. Pengaduan ganda yang digabung dihitung sekali, pada pengaduan tujuan penggabungan; pengaduan yang dibuka kembali dihitung menurut penyelesaian pertamanya dan dihitung tersendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="83"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="84"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="85"/>
        <source>Numerator</source>
        <translation>Pembilang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="86"/>
        <source>Denominator</source>
        <translation>Penyebut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="87"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="88"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="89"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="90"/>
        <source>Definition used</source>
        <translation>Definisi yang dipakai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="91"/>
        <location filename="../../desktop/ui/reports/texts.py" line="128"/>
        <location filename="../../desktop/ui/reports/texts.py" line="200"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="92"/>
        <source>% of received</source>
        <translation>% dari diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="93"/>
        <location filename="../../desktop/ui/reports/texts.py" line="201"/>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="94"/>
        <location filename="../../desktop/ui/reports/texts.py" line="202"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="95"/>
        <location filename="../../desktop/ui/reports/texts.py" line="184"/>
        <source>Completed on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="96"/>
        <source>Limit passed or closed</source>
        <translation>Lewat batas atau selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="98"/>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="99"/>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="100"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="101"/>
        <source>{step}: median (working days)</source>
        <translation>{step}: median (hari kerja)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="102"/>
        <source>{step}: 90th percentile (working days)</source>
        <translation>{step}: persentil ke-90 (hari kerja)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="103"/>
        <source>Mean rating (1-5)</source>
        <translation>Rata-rata penilaian (1-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="104"/>
        <source>Rated 4 or 5</source>
        <translation>Dinilai 4 atau 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="105"/>
        <source>Response rate (rated / closed)</source>
        <translation>Tingkat tanggapan (dinilai / selesai)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="106"/>
        <source>Median hours from receipt to SP4N-LAPOR!</source>
        <translation>Median jam dari diterima sampai tercatat di SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="107"/>
        <source>Reopened at least once (counted apart)</source>
        <translation>Dibuka kembali minimal sekali (dihitung tersendiri)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="108"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="109"/>
        <source>Completed on time: {name}</source>
        <translation>Selesai tepat waktu: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="110"/>
        <source>Complaints by status group</source>
        <translation>Pengaduan menurut kelompok status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="111"/>
        <location filename="../../desktop/ui/reports/texts.py" line="192"/>
        <source>Channel mix</source>
        <translation>Sebaran kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="113"/>
        <source>On time per step</source>
        <translation>Tepat waktu per tahap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="57"/>
        <source>Recap (XLSX)</source>
        <translation>Rekap (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="58"/>
        <source>Detail list (XLSX)</source>
        <translation>Daftar rinci (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="59"/>
        <source>Detail list (CSV)</source>
        <translation>Daftar rinci (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="60"/>
        <source>Narrative report (PDF)</source>
        <translation>Laporan naratif (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="66"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="69"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="75"/>
        <source>Complaint recap</source>
        <translation>Rekap pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="76"/>
        <location filename="../../desktop/ui/reports/report_files.py" line="77"/>
        <location filename="../../desktop/ui/reports/texts.py" line="114"/>
        <source>Complaint list</source>
        <translation>Daftar pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="78"/>
        <source>Complaint report</source>
        <translation>Laporan pengelolaan pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="186"/>
        <source>The disk is full, so the file was not saved. Free some space or choose a folder on another disk (a flash drive), then try again.</source>
        <translation>Disk penuh, jadi berkas tidak disimpan. Kosongkan sebagian ruang atau pilih folder di disk lain (flashdisk), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="192"/>
        <source>The folder %1 does not exist (any more): a flash drive taken out, or a folder moved. Choose another folder and try again.</source>
        <translation>Folder %1 tidak ada (lagi): flashdisk dicabut, atau folder dipindahkan. Pilih folder lain lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="198"/>
        <source>Meja Aduan may not write in the folder %1. Choose another folder, for example Documents, and try again.</source>
        <translation>Meja Aduan tidak boleh menulis di folder %1. Pilih folder lain, misalnya Dokumen, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/report_files.py" line="204"/>
        <source>The file could not be saved in %1 (%2). Close it if another program has it open, or choose another folder, and try again.</source>
        <translation>Berkas tidak dapat disimpan di %1 (%2). Tutup berkas itu bila sedang dibuka program lain, atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="116"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="117"/>
        <source>SP4N-LAPOR! tracking ID</source>
        <translation>Nomor tiket SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="119"/>
        <location filename="../../desktop/ui/reports/texts.py" line="376"/>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="120"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="121"/>
        <source>Description (shortened)</source>
        <translation>Uraian (diringkas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="122"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="123"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="124"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="125"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="126"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="127"/>
        <source>Incident date</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="130"/>
        <source>(confidential report: content withheld)</source>
        <translation>(laporan rahasia: isi tidak ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="132"/>
        <source>NIK masked. Anonymous reports show no reporter; confidential reports show their content only to roles that may read them.</source>
        <translation>NIK disamarkan. Laporan anonim tidak menampilkan pelapor; isi laporan rahasia hanya ditampilkan bagi peran yang berwenang membacanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="136"/>
        <source>NIK in full (recorded in the audit trail). Keep this file as personal data under UU 27/2022. Anonymous reports show no reporter.</source>
        <translation>NIK ditampilkan lengkap (tercatat di jejak audit). Simpan berkas ini sebagai data pribadi menurut UU 27/2022. Laporan anonim tidak menampilkan pelapor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="139"/>
        <source>Exported {moment} by {name}</source>
        <translation>Diekspor {moment} oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="145"/>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="146"/>
        <source>quarter</source>
        <translation>triwulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="147"/>
        <source>semester</source>
        <translation>semester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="148"/>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="149"/>
        <source>chosen dates</source>
        <translation>tanggal pilihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="155"/>
        <source>cohort</source>
        <translation>kohort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="156"/>
        <source>flow</source>
        <translation>arus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="157"/>
        <source>snapshot</source>
        <translation>posisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="164"/>
        <source>cohort: the complaints received in the period, as they stand at the cut-off</source>
        <translation>kohort: pengaduan yang diterima dalam periode, menurut keadaannya pada batas waktu data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="167"/>
        <source>flow: what happened in the period, whatever the month received</source>
        <translation>arus: yang terjadi dalam periode, apa pun bulan diterimanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="170"/>
        <source>snapshot: everything open at the cut-off, whatever the month received</source>
        <translation>posisi: semua yang masih terbuka pada batas waktu data, apa pun bulan diterimanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="177"/>
        <source>Complaints received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="178"/>
        <source>% followed up</source>
        <translation>% tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="179"/>
        <source>% completed</source>
        <translation>% penyelesaian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="180"/>
        <source>% in process</source>
        <translation>% dalam proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="182"/>
        <source>Verified on time</source>
        <translation>Verifikasi tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="183"/>
        <source>First follow-up on time</source>
        <translation>Tindak lanjut pertama tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="185"/>
        <source>Handling time</source>
        <translation>Lama penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="186"/>
        <source>Complainant satisfaction</source>
        <translation>Kepuasan pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="187"/>
        <source>Status distribution</source>
        <translation>Sebaran status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="188"/>
        <source>Archived or rejected</source>
        <translation>Diarsipkan atau ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="189"/>
        <source>Forwarded (not our authority)</source>
        <translation>Diteruskan (bukan wewenang)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="190"/>
        <source>Recorded in SP4N-LAPOR!</source>
        <translation>Tercatat di SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="191"/>
        <source>Active officers</source>
        <translation>Keaktifan petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="203"/>
        <source>In process</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="204"/>
        <source>Backlog</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="205"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="206"/>
        <source>Active officers</source>
        <comment>indicator</comment>
        <translation>Petugas aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="207"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="214"/>
        <source>No evaluator publishes this formula: this is the desk&apos;s own definition.</source>
        <translation>Rumus resminya tidak dipublikasikan: ini definisi yang dipakai meja ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="222"/>
        <source>The complaints received in the period, whatever their status now. A duplicate merged into another complaint counts once, under that complaint. Anonymous and confidential complaints count like any other.</source>
        <translation>Pengaduan yang diterima dalam periode, apa pun statusnya sekarang. Duplikat yang digabungkan ke pengaduan lain dihitung sekali, pada pengaduan tersebut. Pengaduan anonim dan rahasia dihitung seperti pengaduan lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="227"/>
        <source>Complaints received in the period that are in process or completed at the cut-off, over the complaints received (K2 = K3 + K4). The figure of KemenPANRB&apos;s review of SP4N-LAPOR!.</source>
        <translation>Pengaduan yang diterima dalam periode dan sedang diproses atau sudah selesai pada batas data, dibagi jumlah pengaduan yang diterima (K2 = K3 + K4). Angka yang dipakai reviu SP4N-LAPOR! oleh KemenPANRB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="232"/>
        <source>Complaints received in the period that are completed at the cut-off (LAPOR!&apos;s group Terdisposisi Selesai), over the complaints received. The regional performance figure of the Minister of Home Affairs&apos; circular SE 490/1921/SJ.</source>
        <translation>Pengaduan yang diterima dalam periode dan sudah selesai pada batas data (kelompok Terdisposisi Selesai di LAPOR!), dibagi jumlah pengaduan yang diterima. Indikator kinerja daerah menurut Surat Edaran Mendagri 490/1921/SJ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="237"/>
        <source>Complaints received in the period that a unit has started on or answered but not closed at the cut-off (LAPOR!&apos;s group Terdisposisi Sedang Diproses), over the complaints received.</source>
        <translation>Pengaduan yang diterima dalam periode, sudah mulai ditangani atau dijawab unit kerja tetapi belum ditutup pada batas data (kelompok Terdisposisi Sedang Diproses di LAPOR!), dibagi jumlah pengaduan yang diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="242"/>
        <source>Complaints still open at the cut-off, whenever received, by age in working days (HK) of the desk&apos;s calendar, time on hold not counted: 0-3, 4-5, 6-14, 15-60 and over 60 HK.</source>
        <translation>Pengaduan yang masih terbuka pada batas data, kapan pun diterima, menurut umurnya dalam hari kerja (HK) kalender meja ini, tanpa masa tunda: 0-3, 4-5, 6-14, 15-60 dan lebih dari 60 HK.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="248"/>
        <source>Complaints received in the period and verified within the verification limit (3 HK), over those verified plus those still unverified past the limit.</source>
        <translation>Pengaduan yang diterima dalam periode dan diverifikasi dalam batas waktu verifikasi (3 HK), dibagi pengaduan yang sudah diverifikasi ditambah yang belum diverifikasi padahal batas waktunya lewat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="254"/>
        <source>Complaints received in the period whose first follow-up came within 5 HK of their disposition, over those disposed whose 5 HK have run.</source>
        <translation>Pengaduan yang diterima dalam periode dan tindak lanjut pertamanya datang dalam 5 HK sejak disposisi, dibagi pengaduan terdisposisi yang 5 HK-nya sudah lewat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="260"/>
        <source>Complaints received in the period and closed within their limit (5, 14 or 60 HK by type, or the desk&apos;s own table), over those whose limit has passed plus those closed early. A reopened complaint counts its first closure.</source>
        <translation>Pengaduan yang diterima dalam periode dan selesai dalam batas waktunya (5, 14 atau 60 HK menurut jenis, atau tabel meja ini sendiri), dibagi pengaduan yang batas waktunya sudah lewat ditambah yang selesai lebih awal. Pengaduan yang dibuka kembali dihitung menurut penyelesaian pertamanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="267"/>
        <source>Median and 90th percentile, in working days, of three steps: receipt to verification, disposition to first follow-up, receipt to closure; over the complaints received in the period that went through the step.</source>
        <translation>Median dan persentil ke-90, dalam hari kerja, untuk tiga tahap: diterima sampai diverifikasi, disposisi sampai tindak lanjut pertama, diterima sampai selesai; atas pengaduan yang diterima dalam periode dan sudah melewati tahap itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="274"/>
        <source>Over the complaints closed in the period: the mean rating, the share rated 4 or more (of those rated) and the response rate (rated over closed). Compare the item on complaint handling of the satisfaction survey (IKM/SKM).</source>
        <translation>Atas pengaduan yang selesai dalam periode: nilai rata-rata, bagian yang bernilai 4 ke atas (dari yang dinilai) dan tingkat tanggapan (yang dinilai dibagi yang selesai). Bandingkan dengan unsur penanganan pengaduan dalam survei kepuasan masyarakat (IKM/SKM).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="280"/>
        <source>The complaints received in the period in LAPOR!&apos;s status groups at the cut-off; each is in exactly one group. Verified but not yet disposed counts as Terdisposisi Belum Ditindaklanjuti: LAPOR! verifies and disposes in one step.</source>
        <translation>Pengaduan yang diterima dalam periode menurut kelompok status LAPOR! pada batas data; setiap pengaduan tepat di satu kelompok. Yang sudah diverifikasi tetapi belum didisposisikan dihitung sebagai Terdisposisi Belum Ditindaklanjuti: di LAPOR! verifikasi dan disposisi satu langkah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="285"/>
        <source>Complaints received in the period that were archived or rejected, by reason, over the complaints received.</source>
        <translation>Pengaduan yang diterima dalam periode lalu diarsipkan atau ditolak, menurut alasannya, dibagi jumlah pengaduan yang diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="289"/>
        <source>Complaints received in the period that were forwarded to the institution they concern (not our authority), over the complaints received.</source>
        <translation>Pengaduan yang diterima dalam periode lalu diteruskan ke instansi yang berwenang (bukan wewenang), dibagi jumlah pengaduan yang diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="294"/>
        <source>Walk-in and letter complaints received in the period that the national system acknowledged, over the walk-in and letter complaints received; with the median hours from receipt to acknowledgement.</source>
        <translation>Pengaduan langsung dan surat yang diterima dalam periode dan sudah diterima sistem nasional, dibagi pengaduan langsung dan surat yang diterima; dengan median jam sejak diterima sampai tercatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="301"/>
        <source>Officers with at least one action in the 30 days before the cut-off, over the active accounts, after KemenPANRB&apos;s share of agencies active in the last month.</source>
        <translation>Petugas dengan sedikitnya satu tindakan dalam 30 hari sebelum batas data, dibagi akun yang aktif, mengikuti persentase instansi yang aktif sebulan terakhir dalam reviu KemenPANRB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="306"/>
        <source>The complaints received in the period per channel, over the complaints received.</source>
        <translation>Pengaduan yang diterima dalam periode per saluran, dibagi jumlah pengaduan yang diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="313"/>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="315"/>
        <source>Complaint with supervisory content</source>
        <translation>Pengaduan berkadar pengawasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="318"/>
        <source>Complaint without supervisory content</source>
        <translation>Pengaduan tidak berkadar pengawasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="320"/>
        <source>Request for information</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="327"/>
        <source>Belum Terverifikasi</source>
        <translation>Belum Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="329"/>
        <source>Terdisposisi Belum Ditindaklanjuti</source>
        <translation>Terdisposisi Belum Ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="331"/>
        <source>Terdisposisi Sedang Diproses</source>
        <translation>Terdisposisi Sedang Diproses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="332"/>
        <source>Terdisposisi Selesai</source>
        <translation>Terdisposisi Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="333"/>
        <source>Laporan Tertunda</source>
        <translation>Laporan Tertunda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="334"/>
        <source>Laporan Arsip</source>
        <translation>Laporan Arsip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="341"/>
        <source>Unverified</source>
        <translation>Belum diverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="342"/>
        <source>Not followed up</source>
        <translation>Belum ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="343"/>
        <source>In process</source>
        <comment>status group</comment>
        <translation>Diproses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="344"/>
        <source>Completed</source>
        <comment>status group</comment>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="345"/>
        <source>On hold</source>
        <comment>status group</comment>
        <translation>Tertunda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="346"/>
        <source>Archive</source>
        <comment>status group</comment>
        <translation>Arsip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="359"/>
        <source>Quarter %1 %2</source>
        <translation>Triwulan %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="365"/>
        <source>Semester %1 %2</source>
        <translation>Semester %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="370"/>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="377"/>
        <source>Per channel</source>
        <translation>Per kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="378"/>
        <source>Per category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="379"/>
        <source>Per target institution</source>
        <translation>Per instansi tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="380"/>
        <source>Per unit</source>
        <translation>Per unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="381"/>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="382"/>
        <source>Per desa/kelurahan</source>
        <translation>Per desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="383"/>
        <source>Per desk</source>
        <translation>Per meja aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/texts.py" line="384"/>
        <source>Per officer</source>
        <translation>Per petugas</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="16"/>
        <source>Workbook (XLSX)</source>
        <translation>Rekap (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="17"/>
        <source>Narrative (PDF)</source>
        <translation>Laporan naratif (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="18"/>
        <source>Detail list (CSV)</source>
        <translation>Daftar rinci (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="30"/>
        <source>Complaint team decree (SK)</source>
        <translation>SK tim pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="33"/>
        <source>Standard operating procedure (SOP)</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="36"/>
        <source>Service notice (maklumat)</source>
        <translation>Maklumat pelayanan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="39"/>
        <source>Outreach</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="40"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="41"/>
        <source>Evaluation meeting minutes</source>
        <translation>Notulen evaluasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="44"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="60"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="76"/>
        <source>The file cannot be read. Check that it still exists.</source>
        <translation>Berkas tidak dapat dibaca. Periksa apakah berkas masih ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="79"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="80"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Berkas lebih besar dari %1 MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="83"/>
        <source>Only PDF, office documents and images can be kept.</source>
        <translation>Hanya PDF, dokumen perkantoran dan gambar yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="86"/>
        <source>The file is not of the report&apos;s format.</source>
        <translation>Berkas tidak sesuai dengan format laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="89"/>
        <source>The report has no cut-off time zone.</source>
        <translation>Batas data laporan tidak memiliki zona waktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="92"/>
        <source>The report&apos;s options cannot be kept.</source>
        <translation>Pilihan laporan tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="95"/>
        <source>Write a title.</source>
        <translation>Tulis judul.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="96"/>
        <source>The title is too long.</source>
        <translation>Judul terlalu panjang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="99"/>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Pilih tahun antara 2000 dan 2100.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="102"/>
        <source>Write why the document is withdrawn.</source>
        <translation>Tulis alasan dokumen ditarik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="111"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/register_texts.py" line="114"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="74"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="76"/>
        <source>&amp;Compute</source>
        <translation>&amp;Hitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="77"/>
        <source>Compute the figures of this period now (F5)</source>
        <translation>Hitung angka periode ini sekarang (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="164"/>
        <source>Computing the figures of %1…</source>
        <translation>Menghitung angka %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="191"/>
        <source>Data as of %1</source>
        <translation>Data per %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="195"/>
        <source>The cut-off: the figures count the complaints as they stood at this moment. Computing again later may give other figures.</source>
        <translation>Batas data: angka menghitung pengaduan menurut keadaannya pada saat ini. Dihitung lagi nanti, angkanya bisa berbeda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="221"/>
        <source>Another period: press Compute (F5) for its figures.</source>
        <translation>Periode lain: tekan Hitung (F5) untuk angkanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="228"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/tab.py" line="230"/>
        <source>Choose a period, then Compute (F5).</source>
        <translation>Pilih periode, lalu Hitung (F5).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="53"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="55"/>
        <source>Choose the backup to restore:</source>
        <translation>Pilih cadangan yang akan dipulihkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="59"/>
        <source>Another &amp;file…</source>
        <translation>&amp;Berkas lain…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="72"/>
        <source>I understand that what was entered after that time will be gone</source>
        <translation>Saya mengerti bahwa data yang dimasukkan setelah waktu itu akan hilang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="78"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="93"/>
        <source>Reading the backups folder…</source>
        <translation>Membaca folder cadangan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="108"/>
        <source>There is no backup in %1. Choose a backup file with “Another file”.</source>
        <translation>Tidak ada cadangan di %1. Pilih berkas cadangan dengan “Berkas lain”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="124"/>
        <source>Backup to restore</source>
        <translation>Cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="126"/>
        <source>Meja Aduan backups (*.zip)</source>
        <translation>Cadangan Meja Aduan (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="142"/>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="158"/>
        <source>%1
The backup is whole and belongs to this desk.
%2</source>
        <translation>%1
Cadangan ini utuh dan milik meja ini.
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="164"/>
        <source>Everything entered or changed after %1 will be gone: complaints, follow-ups, accounts and settings. The current data is first kept as a “before restore” backup in the backups folder. Everyone is signed out and must sign in again.</source>
        <translation>Semua yang dimasukkan atau diubah setelah %1 akan hilang: pengaduan, tindak lanjut, akun, dan pengaturan. Data saat ini lebih dulu disimpan sebagai cadangan “sebelum pemulihan” di folder cadangan. Semua petugas dikeluarkan dan harus masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_dialog.py" line="185"/>
        <source>This backup cannot be restored. %1</source>
        <translation>Cadangan ini tidak dapat dipulihkan. %1</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/backups/restore_flow.py" line="58"/>
        <source>Restoring the backup… Meja Aduan opens again by itself.</source>
        <translation>Memulihkan cadangan… Meja Aduan akan terbuka lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_flow.py" line="80"/>
        <source>The backup was not restored. %1</source>
        <translation>Cadangan tidak dipulihkan. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_flow.py" line="86"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/restore_flow.py" line="93"/>
        <source>The backup of %1 was restored. The data it replaced is kept as %2 in the backups folder. Sign in again.</source>
        <translation>Cadangan %1 telah dipulihkan. Data yang digantikannya disimpan sebagai %2 di folder cadangan. Silakan masuk lagi.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="48"/>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="49"/>
        <source>Keep forever</source>
        <translation>Simpan selamanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="52"/>
        <source>&amp;Apply now</source>
        <translation>&amp;Terapkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="57"/>
        <source>Complaints received longer ago than this period are anonymised: the complainant&apos;s identity and contact details, the text and the attachments are removed; the number, dates and categories stay for the statistics. Follow the archive schedule (JRA) of your region. 0 keeps everything.</source>
        <translation>Pengaduan yang diterima lebih lama dari masa ini dianonimkan: identitas dan kontak pelapor, isi laporan dan lampiran dihapus; nomor, tanggal dan kategori tetap disimpan untuk statistik. Ikuti jadwal retensi arsip (JRA) daerah Anda. 0 berarti semua disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="66"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Masa retensi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="98"/>
        <source>Saved: personal data is kept without a time limit.</source>
        <translation>Tersimpan: data pribadi disimpan tanpa batas waktu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="100"/>
        <source>Saved: personal data is kept for %n year(s).</source>
        <translation>
            <numerusform>Tersimpan: data pribadi disimpan selama %n tahun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="107"/>
        <source>Nothing to apply: personal data is kept without a time limit.</source>
        <translation>Tidak ada yang diterapkan: data pribadi disimpan tanpa batas waktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="112"/>
        <source>Apply the retention period</source>
        <translation>Terapkan masa retensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="114"/>
        <source>Every complaint received more than %n year(s) ago loses its personal data for good. This cannot be undone. Save this period and apply it now?</source>
        <translation>
            <numerusform>Data pribadi setiap pengaduan yang diterima lebih dari %n tahun lalu akan dihapus permanen. Tindakan ini tidak dapat dibatalkan. Simpan masa ini dan terapkan sekarang?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="124"/>
        <source>Anonymising old complaints…</source>
        <translation>Menganonimkan pengaduan lama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/data_subject/retention_tab.py" line="136"/>
        <source>%n complaint(s) anonymised.</source>
        <translation>
            <numerusform>%n pengaduan dianonimkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundMessages</name>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="99"/>
        <source>SP4N-LAPOR!: checking unsure items… %1 of %2</source>
        <translation>SP4N-LAPOR!: memeriksa item yang belum pasti… %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="100"/>
        <source>SP4N-LAPOR!: sending… %1 of %2</source>
        <translation>SP4N-LAPOR!: mengirim… %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="101"/>
        <source>SP4N-LAPOR!: reading news… %1 of %2</source>
        <translation>SP4N-LAPOR!: membaca kabar terbaru… %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="102"/>
        <source>SP4N-LAPOR!: %1 of %2</source>
        <translation>SP4N-LAPOR!: %1 dari %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/status_area.py" line="115"/>
        <source>%n item(s) sent to SP4N-LAPOR!.</source>
        <translation>
            <numerusform>%n item terkirim ke SP4N-LAPOR!.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="32"/>
        <source>Complaint saved</source>
        <translation>Pengaduan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="33"/>
        <source>The complaint was saved with number</source>
        <translation>Pengaduan tersimpan dengan nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="42"/>
        <source>Hand the complainant a receipt with this number.</source>
        <translation>Serahkan tanda terima dengan nomor ini kepada pelapor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="47"/>
        <source>It is linked to complaint %1 as a possible duplicate.</source>
        <translation>Pengaduan ini ditautkan ke pengaduan %1 sebagai kemungkinan duplikat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="59"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="60"/>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Simpan tanda terima sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="61"/>
        <source>Open the &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="83"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Tanda terima sudah dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/saved_dialog.py" line="91"/>
        <source>The receipt was saved as %1</source>
        <translation>Tanda terima disimpan sebagai %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="41"/>
        <source>Backup schedule</source>
        <translation>Jadwal cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="42"/>
        <source>Back the desk up &amp;automatically every day</source>
        <translation>Cadangkan meja secara &amp;otomatis setiap hari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="44"/>
        <source>When the last one is 24 hours old</source>
        <translation>Saat cadangan terakhir berumur 24 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="46"/>
        <source>From %1:00</source>
        <translation>Mulai pukul %1.00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="52"/>
        <source>A PC switched off at the hour makes the day&apos;s backup when it next starts. Backups made from the menu are never deleted by the desk.</source>
        <translation>Komputer yang mati pada jam itu membuat cadangan hari itu saat dinyalakan berikutnya. Cadangan yang dibuat dari menu tidak pernah dihapus oleh meja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="60"/>
        <source>&amp;Time</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="61"/>
        <source>Keep &amp;daily backups</source>
        <translation>Simpan cadangan &amp;harian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="62"/>
        <source>Keep &amp;weekly backups</source>
        <translation>Simpan cadangan &amp;mingguan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups/schedule_dialog.py" line="63"/>
        <source>Keep &amp;monthly backups</source>
        <translation>Simpan cadangan &amp;bulanan</translation>
    </message>
</context>
<context>
    <name>SearchableComboBox</name>
    <message>
        <location filename="../../desktop/ui/widgets/searchable_combo.py" line="72"/>
        <source>Also: %1</source>
        <translation>Juga: %1</translation>
    </message>
</context>
<context>
    <name>SettingTexts</name>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="139"/>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="154"/>
        <source>Between %1 (%2) and %3 %4.</source>
        <translation>Antara %1 (%2) dan %3 %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="161"/>
        <source>Between %1 and %2 %3.</source>
        <translation>Antara %1 dan %2 %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="169"/>
        <source>Required, at most %1 characters.</source>
        <translation>Wajib diisi, paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="172"/>
        <source>At most %1 characters.</source>
        <translation>Paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="179"/>
        <source>2 to 12 letters or digits, e.g. %1.</source>
        <translation>2 sampai 12 huruf atau angka, mis. %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="182"/>
        <source>Not a phone number. Example: %1.</source>
        <translation>Bukan nomor telepon. Contoh: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="183"/>
        <source>Not an e-mail address. Example: %1.</source>
        <translation>Bukan alamat e-mail. Contoh: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setting_texts.py" line="186"/>
        <source>Not a website address. Example: %1.</source>
        <translation>Bukan alamat situs web. Contoh: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67"/>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125"/>
        <source>&amp;Office</source>
        <translation>&amp;Kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="126"/>
        <source>&amp;Time limits</source>
        <translation>Batas &amp;waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="127"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="133"/>
        <source>S&amp;ynchronisation</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="198"/>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="114"/>
        <source>Set up this desk</source>
        <translation>Siapkan meja ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="121"/>
        <source>All data at this desk will be encrypted; you will be shown a recovery key once, for IT staff to keep.</source>
        <translation>Semua data di meja ini akan dienkripsi; kunci pemulihan ditampilkan sekali untuk disimpan petugas TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="127"/>
        <source>&lt;b&gt;1. IT staff&apos;s configuration file&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;1. Berkas konfigurasi dari petugas TI&lt;/b&gt; (boleh dilewati)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="130"/>
        <source>A desk configuration file (.toml) sets the office, the SP4N-LAPOR! connection and the rest in one go. Without one, set them in Settings afterwards.</source>
        <translation>Berkas konfigurasi meja (.toml) mengatur kantor, koneksi SP4N-LAPOR!, dan lainnya sekaligus. Tanpa berkas, atur semuanya di Pengaturan nanti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="140"/>
        <source>The installation left this file for every desk on this PC: check what it sets, or choose another.</source>
        <translation>Pemasangan menyiapkan berkas ini untuk setiap meja di PC ini: periksa isinya, atau pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="150"/>
        <source>&lt;b&gt;2. The administrator account&lt;/b&gt;</source>
        <translation>&lt;b&gt;2. Akun administrator&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="152"/>
        <source>The administrator adds the officers&apos; accounts afterwards.</source>
        <translation>Administrator menambahkan akun para petugas sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="157"/>
        <source>&amp;Create the desk</source>
        <translation>&amp;Buat meja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/setup_page.py" line="213"/>
        <source>Creating the encrypted database…</source>
        <translation>Membuat basis data terenkripsi…</translation>
    </message>
</context>
<context>
    <name>StartErrors</name>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="29"/>
        <source>The key held for this desk does not open its database. IT staff: open it with the recovery key. Nothing was changed.</source>
        <translation>Kunci yang tersimpan untuk meja ini tidak membuka basis datanya. Petugas TI: buka dengan kunci pemulihan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="35"/>
        <source>This database was last used by a newer version of Meja Aduan (database schema %1), and this older version cannot read it safely. Install the newer version again (or a newer one); nothing was changed.</source>
        <translation>Basis data ini terakhir dipakai oleh versi Meja Aduan yang lebih baru (skema basis data %1), dan versi lama ini tidak dapat membacanya dengan aman. Pasang lagi versi yang lebih baru itu (atau yang lebih baru lagi); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="44"/>
        <source>The desk&apos;s database is in use by another program (a synchronisation round or a restore started from the command line). Wait a minute, then start Meja Aduan again.</source>
        <translation>Basis data meja sedang dipakai program lain (putaran sinkronisasi atau pemulihan yang dijalankan dari baris perintah). Tunggu sebentar, lalu buka Meja Aduan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="59"/>
        <source>(none was made)</source>
        <translation>(tidak ada yang dibuat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="62"/>
        <source>Updating the database for this version of Meja Aduan failed (schema %1 to %2). The database was put back exactly as it was before the update: no data was lost. IT staff: reinstall the previous version of Meja Aduan so the desk can keep working, and send the log folder (logs in the data folder) to support. The copy made before the update is:
%3</source>
        <translation>Pembaruan basis data untuk versi Meja Aduan ini gagal (skema %1 ke %2). Basis data telah dikembalikan persis seperti sebelum pembaruan: tidak ada data yang hilang. Petugas TI: pasang kembali versi Meja Aduan sebelumnya agar meja dapat terus bekerja, dan kirim folder log (logs di folder data) ke dukungan TI. Salinan yang dibuat sebelum pembaruan:
%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_errors.py" line="71"/>
        <source>Updating the database for this version of Meja Aduan failed (schema %1 to %2), and the database could not be put back by itself. Do not delete anything in the data folder. IT staff: the copy made before the update is:
%3
Install the previous version of Meja Aduan, then restore that copy from the command line: meja-aduan --data-dir &quot;&lt;data folder&gt;&quot; restore &quot;&lt;that file&gt;&quot; (see the IT guide, docs/it-guide.md, &quot;Upgrades&quot;). Then send the log folder to support.</source>
        <translation>Pembaruan basis data untuk versi Meja Aduan ini gagal (skema %1 ke %2), dan basis data tidak dapat dikembalikan secara otomatis. Jangan hapus apa pun di folder data. Petugas TI: salinan yang dibuat sebelum pembaruan:
%3
Pasang versi Meja Aduan sebelumnya, lalu pulihkan salinan itu melalui baris perintah: meja-aduan --data-dir &quot;&lt;folder data&gt;&quot; restore &quot;&lt;berkas itu&gt;&quot; (lihat panduan TI, docs/it-guide.md, &quot;Upgrades&quot;). Lalu kirim folder log ke dukungan TI.</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="56"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln jatuh tempo hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="57"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln lewat batas waktu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="15"/>
        <source>The database of this desk is missing from its data folder (%1). This folder has held a desk, so Meja Aduan does not set up a new one here.</source>
        <translation>Basis data meja ini tidak ada di folder datanya (%1). Folder ini pernah berisi sebuah meja, jadi Meja Aduan tidak menyiapkan meja baru di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="20"/>
        <source>The database of this desk is empty (0 bytes): the complaints are not in it (%1). Meja Aduan does not set up a new desk over it.</source>
        <translation>Basis data meja ini kosong (0 bita): aduan-aduannya tidak ada di dalamnya (%1). Meja Aduan tidak menyiapkan meja baru di atasnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="25"/>
        <source>The file in place of this desk&apos;s database is not a Meja Aduan database (%1).</source>
        <translation>Berkas di tempat basis data meja ini bukan basis data Meja Aduan (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="29"/>
        <source>The key of this desk is right, but its database file is damaged (%1). Do not delete anything.</source>
        <translation>Kunci meja ini benar, tetapi berkas basis datanya rusak (%1). Jangan hapus apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="40"/>
        <source>No backup that reads back whole is in the backups folder. IT staff: restore a backup kept elsewhere (a USB drive) with Restore a backup…, or from the command line: meja-aduan --data-dir &lt;data folder&gt; restore &lt;file&gt;.</source>
        <translation>Tidak ada cadangan yang terbaca utuh di folder cadangan. Petugas TI: pulihkan cadangan yang disimpan di tempat lain (diska USB) dengan Pulihkan cadangan…, atau dari baris perintah: meja-aduan --data-dir &lt;folder data&gt; restore &lt;berkas&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="46"/>
        <source>The newest backup that reads back whole is:
%1
Restore it to go on working; the file it replaces is kept in the backups folder.</source>
        <translation>Cadangan terbaru yang terbaca utuh adalah:
%1
Pulihkan cadangan itu untuk bekerja lagi; berkas yang digantikannya disimpan di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="55"/>
        <source>The disk is full: %1. Meja Aduan opened the desk read-only: complaints can be read, searched and exported, and the desk can be backed up to another drive (Desk › Backups), but nothing can be saved. Free some space on that drive, then start Meja Aduan again.</source>
        <translation>Disk penuh: %1. Meja Aduan membuka meja ini dalam mode hanya-baca: aduan dapat dibaca, dicari, dan diekspor, dan meja dapat dicadangkan ke drive lain (Meja › Cadangan), tetapi tidak ada yang dapat disimpan. Kosongkan sebagian ruang di drive itu, lalu jalankan Meja Aduan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="63"/>
        <source>The data folder is read-only: %1. Meja Aduan opened the desk read-only: complaints can be read, searched and exported, and the desk can be backed up to another drive (Desk › Backups), but nothing can be saved. Remove the write protection (or ask IT staff to fix the folder&apos;s permissions), then start Meja Aduan again.</source>
        <translation>Folder data hanya-baca: %1. Meja Aduan membuka meja ini dalam mode hanya-baca: aduan dapat dibaca, dicari, dan diekspor, dan meja dapat dicadangkan ke drive lain (Meja › Cadangan), tetapi tidak ada yang dapat disimpan. Lepaskan proteksi tulis (atau minta petugas TI membetulkan izin folder itu), lalu jalankan Meja Aduan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="75"/>
        <source>The full check of the database found damage (%1). Nothing more will be saved to this desk, so the damage does not spread. Do not delete anything.</source>
        <translation>Pemeriksaan menyeluruh menemukan kerusakan pada basis data (%1). Tidak ada lagi yang disimpan ke meja ini, agar kerusakannya tidak menyebar. Jangan hapus apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/access/storage_texts.py" line="85"/>
        <source>An administrator restores it from Desk › Backups › Restore from a backup.</source>
        <translation>Administrator memulihkannya dari Meja › Cadangan › Pulihkan dari cadangan.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../../desktop/ui/national_sync/feature.py" line="64"/>
        <source>S&amp;ynchronisation</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/feature.py" line="67"/>
        <source>&amp;Send now to SP4N-LAPOR!</source>
        <translation>&amp;Kirim sekarang ke SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/feature.py" line="72"/>
        <source>Synchronisation &amp;panel…</source>
        <translation>&amp;Panel sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/feature.py" line="77"/>
        <source>LAPOR! &amp;mapping…</source>
        <translation>Pe&amp;metaan LAPOR!…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/feature.py" line="88"/>
        <source>SP4N-LAPOR! s&amp;ynchronisation…</source>
        <translation>Si&amp;nkronisasi SP4N-LAPOR!…</translation>
    </message>
</context>
<context>
    <name>SyncItemsModel</name>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="35"/>
        <source>Complaint number</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="36"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="37"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="38"/>
        <source>Received here</source>
        <translation>Diterima di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="39"/>
        <source>Sent to LAPOR!</source>
        <translation>Dikirim ke LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="40"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="41"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="42"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/items_model.py" line="43"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="54"/>
        <source>Synchronisation with SP4N-LAPOR!</source>
        <translation>Sinkronisasi dengan SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="73"/>
        <location filename="../../desktop/ui/national_sync/panel.py" line="210"/>
        <source>&amp;Send now (F9)</source>
        <translation>&amp;Kirim sekarang (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="78"/>
        <source>Check on LAPOR!</source>
        <translation>Periksa di LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="126"/>
        <source>Waiting to be sent: %1</source>
        <translation>Menunggu dikirim: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="129"/>
        <source>Outcome unknown: %1</source>
        <translation>Hasil belum pasti: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="132"/>
        <source>Held back: %1</source>
        <translation>Ditahan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="140"/>
        <source>Last sent: %1</source>
        <translation>Terkirim terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="146"/>
        <source>Last round: %1</source>
        <translation>Putaran terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="153"/>
        <source>Training mode: connected to the training hub at %1, not to LAPOR!.</source>
        <translation>Mode latihan: tersambung ke hub latihan di %1, bukan ke LAPOR! yang sebenarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="167"/>
        <source>No round yet since synchronisation was set up.</source>
        <translation>Belum ada putaran sejak sinkronisasi disiapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="170"/>
        <source>The server said: %1</source>
        <translation>Keterangan server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="181"/>
        <source>LAPOR! offers no look-up by the desk&apos;s reference: a complaint whose answer was lost waits below for someone to check it on LAPOR!.</source>
        <translation>LAPOR! tidak menyediakan pencarian menurut rujukan meja: aduan yang jawabannya hilang menunggu di bawah untuk diperiksa seseorang di LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="188"/>
        <source>LAPOR! offers no list of categories: IT staff map them by hand (Synchronisation menu, LAPOR! mapping).</source>
        <translation>LAPOR! tidak menyediakan daftar kategori: staf TI memetakannya secara manual (menu Sinkronisasi, Pemetaan LAPOR!).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="194"/>
        <source>Categories still without a LAPOR! id: %1</source>
        <translation>Kategori yang belum punya id LAPOR!: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="200"/>
        <source>LAPOR! status codes to map: %1</source>
        <translation>Kode status LAPOR! yang perlu dipetakan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="210"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="234"/>
        <source>Nothing waits.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/panel.py" line="236"/>
        <source>Check on LAPOR!: %n item(s) wait for a person</source>
        <translation>
            <numerusform>Periksa di LAPOR!: %n item menunggu tindakan petugas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/panel.py" line="238"/>
        <source>No item waits for a person.</source>
        <translation>Tidak ada item yang menunggu tindakan petugas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/panel.py" line="241"/>
        <source>%n item(s) the desk sends again by itself</source>
        <translation>
            <numerusform>%n item dikirim ulang otomatis oleh meja ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSettingsTab</name>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="49"/>
        <source>Between %1 and %2 minutes.</source>
        <translation>Antara %1 dan %2 menit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="51"/>
        <source>Between %1 and %2 seconds.</source>
        <translation>Antara %1 dan %2 detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="55"/>
        <source>Write the address of the LAPOR! API, e.g. https://api.lapor.go.id/v3.</source>
        <translation>Tulis alamat API LAPOR!, mis. https://api.lapor.go.id/v3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="59"/>
        <source>Not an address: write it as https://host/path, without a user name or query.</source>
        <translation>Bukan alamat yang benar: tulis sebagai https://host/jalur, tanpa nama pengguna atau query.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="63"/>
        <source>Only https:// is allowed: plain http:// would send the complaints unencrypted. http:// is accepted only for the training hub on this computer (127.0.0.1).</source>
        <translation>Hanya https:// yang diizinkan: http:// biasa mengirim pengaduan tanpa enkripsi. http:// hanya diterima untuk hub latihan di komputer ini (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="68"/>
        <source>Give the file&apos;s full path (choose it with Browse).</source>
        <translation>Berikan jalur lengkap berkasnya (pilih dengan Telusuri).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="71"/>
        <source>The file cannot be found or read.</source>
        <translation>Berkas tidak ditemukan atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="74"/>
        <source>The file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Berkas tidak berisi sertifikat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="77"/>
        <source>Write the proxy as http://host:port (user:password@ may come before the host).</source>
        <translation>Tulis proxy sebagai http://host:port (pengguna:sandi@ boleh ditulis sebelum host).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="86"/>
        <source>No API key and token are stored on this computer yet.</source>
        <translation>Belum ada kunci API dan token yang tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="90"/>
        <source>The API key and token are kept in the system&apos;s credential store.</source>
        <translation>Kunci API dan token disimpan di penyimpanan kredensial sistem (keyring).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="93"/>
        <source>The API key and token are kept in an encrypted file in the data folder.</source>
        <translation>Kunci API dan token disimpan dalam berkas terenkripsi di folder data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="112"/>
        <source>&amp;Send complaints to SP4N-LAPOR!</source>
        <translation>Kiri&amp;m pengaduan ke SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="115"/>
        <source>T&amp;raining mode (a sandbox hub, not the real LAPOR!)</source>
        <translation>Mode &amp;latihan (hub sandbox, bukan LAPOR! yang sebenarnya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="124"/>
        <source>empty: the system&apos;s certificates</source>
        <translation>kosong: sertifikat sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="126"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="136"/>
        <source>empty: no proxy; e.g. http://proxy.kantor:3128</source>
        <translation>kosong: tanpa proxy; mis. http://proxy.kantor:3128</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="142"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="149"/>
        <source>empty: keep the stored one</source>
        <translation>kosong: tetap memakai yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="168"/>
        <source>LAPOR! API &amp;address</source>
        <translation>&amp;Alamat API LAPOR!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="174"/>
        <source>&amp;CA certificates (PEM)</source>
        <translation>Sertifikat &amp;CA (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="178"/>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="182"/>
        <source>Send &amp;every</source>
        <translation>Kirim s&amp;etiap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="186"/>
        <source>API &amp;key</source>
        <translation>&amp;Kunci API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="190"/>
        <source>API &amp;token</source>
        <translation>T&amp;oken API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="195"/>
        <source>The key and token come from LAPOR!&apos;s administrator for this office. In training mode the desk talks to a sandbox hub (python -m sync.hub) at an address such as %1: nothing reaches the real LAPOR!.</source>
        <translation>Kunci dan token diberikan administrator LAPOR! untuk kantor ini. Dalam mode latihan, meja ini terhubung ke hub sandbox (python -m sync.hub) di alamat seperti %1: tidak ada yang sampai ke LAPOR! yang sebenarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="240"/>
        <source>CA certificates</source>
        <translation>Sertifikat CA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="242"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="277"/>
        <source>Enter the API key and the token together.</source>
        <translation>Isi kunci API dan token bersama-sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/settings_tab.py" line="285"/>
        <source>Synchronisation needs the API key and token that LAPOR! issued.</source>
        <translation>Sinkronisasi memerlukan kunci API dan token yang diterbitkan LAPOR!.</translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="44"/>
        <source>Synchronisation with SP4N-LAPOR! (Ctrl+F9)</source>
        <translation>Sinkronisasi dengan SP4N-LAPOR! (Ctrl+F9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="45"/>
        <source>SP4N-LAPOR!: …</source>
        <translation>SP4N-LAPOR!: …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="65"/>
        <source>SP4N-LAPOR!: not active</source>
        <translation>SP4N-LAPOR!: tidak aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="67"/>
        <source>SP4N-LAPOR!: sending…</source>
        <translation>SP4N-LAPOR!: mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="69"/>
        <source>SP4N-LAPOR!: not connected</source>
        <translation>SP4N-LAPOR!: tidak tersambung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="71"/>
        <source>SP4N-LAPOR! (training mode)</source>
        <translation>SP4N-LAPOR! (mode latihan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="73"/>
        <source>SP4N-LAPOR!: connected</source>
        <translation>SP4N-LAPOR!: tersambung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/national_sync/status_area.py" line="74"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/status_area.py" line="76"/>
        <source>Last sent %1</source>
        <translation>Terkirim terakhir %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="16"/>
        <source>Everything recorded here has been sent to SP4N-LAPOR!.</source>
        <translation>Semua yang dicatat di sini sudah terkirim ke SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="19"/>
        <source>The round went through, but some items still wait: see the list below. They are sent again on their own, or wait for a verifier&apos;s decision.</source>
        <translation>Putaran berhasil, tetapi beberapa item masih menunggu: lihat daftar di bawah. Item itu dikirim ulang otomatis, atau menunggu keputusan verifikator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="24"/>
        <source>Not connected to SP4N-LAPOR!. Complaints stay saved here and are sent automatically once the connection is back.</source>
        <translation>Tidak tersambung ke SP4N-LAPOR!. Pengaduan tetap tersimpan dan akan dikirim otomatis saat tersambung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="35"/>
        <source>Another synchronisation (a scheduled one) was running on this computer; this desk tries again at the next round.</source>
        <translation>Sinkronisasi lain (yang terjadwal) sedang berjalan di komputer ini; meja ini mencoba lagi pada putaran berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="29"/>
        <source>SP4N-LAPOR! refused this desk&apos;s API key or token. Nothing is sent until it is fixed. IT staff: check the key and token in Settings › SP4N-LAPOR! synchronisation.</source>
        <translation>SP4N-LAPOR! menolak kunci API atau token meja ini. Tidak ada yang dikirim sampai diperbaiki. Staf TI: periksa kunci dan token di Pengaturan › Sinkronisasi SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="40"/>
        <source>Synchronisation with SP4N-LAPOR! is not set up: IT staff turn it on, with the address, API key and token, in Settings › SP4N-LAPOR! synchronisation. Complaints are kept here meanwhile.</source>
        <translation>Sinkronisasi dengan SP4N-LAPOR! belum disiapkan: petugas TI menyalakannya, dengan alamat, kunci API dan token, di Pengaturan › Sinkronisasi SP4N-LAPOR!. Sementara itu pengaduan tetap tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="51"/>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="52"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="53"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="54"/>
        <source>Forward</source>
        <translation>Penerusan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="60"/>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="61"/>
        <source>Being sent</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="62"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="63"/>
        <source>Outcome unknown</source>
        <translation>Hasil tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="76"/>
        <source>SP4N-LAPOR! had a server error.</source>
        <translation>SP4N-LAPOR! mengalami galat server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="79"/>
        <source>SP4N-LAPOR! asked to slow down.</source>
        <translation>SP4N-LAPOR! meminta pengiriman diperlambat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="89"/>
        <source>No answer after sending: it may have arrived.</source>
        <translation>Tidak ada jawaban setelah dikirim: mungkin sudah sampai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="92"/>
        <source>The connection broke before it was sent: it did not arrive.</source>
        <translation>Sambungan putus sebelum terkirim: belum sampai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="95"/>
        <source>It may have arrived, and the desk cannot tell: look for it on the LAPOR! site (by its title, date and attachments). Found: enter its number. Not there: send it again.</source>
        <translation>Mungkin sudah sampai, dan meja ini tidak dapat memastikannya: cari di situs LAPOR! (menurut judul, tanggal dan lampirannya). Ditemukan: masukkan nomornya. Tidak ada: kirim lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="101"/>
        <source>An anonymous report that seems to hold personal data: edit the complaint, or send it anyway.</source>
        <translation>Laporan anonim yang tampaknya memuat data pribadi: ubah pengaduannya, atau kirim saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="126"/>
        <source>The register was restored from a backup: it may have been sent since.</source>
        <translation>Register dipulihkan dari cadangan: mungkin sudah terkirim sejak itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="140"/>
        <source>Waits for a person.</source>
        <translation>Menunggu tindakan petugas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="142"/>
        <source>The desk looks for it on LAPOR! by itself at the next round.</source>
        <translation>Meja ini mencarinya sendiri di LAPOR! pada putaran berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="145"/>
        <source>The desk sends it again by itself.</source>
        <translation>Meja ini mengirimnya ulang secara otomatis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="64"/>
        <source>Held back</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="73"/>
        <source>No connection to SP4N-LAPOR!.</source>
        <translation>Tidak ada sambungan ke SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="82"/>
        <source>Another page answered instead of SP4N-LAPOR! (a hotspot login or a proxy?).</source>
        <translation>Halaman lain yang menjawab, bukan SP4N-LAPOR! (halaman login hotspot atau proxy?).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="86"/>
        <source>SP4N-LAPOR!&apos;s answer could not be read.</source>
        <translation>Jawaban SP4N-LAPOR! tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="106"/>
        <source>SP4N-LAPOR! refused it. Its reason:</source>
        <translation>SP4N-LAPOR! menolaknya. Alasannya:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="109"/>
        <source>A local value has no national id: IT staff add it in Synchronisation › LAPOR! mapping.</source>
        <translation>Ada nilai lokal yang belum punya ID nasional: petugas TI menambahkannya di Sinkronisasi › Pemetaan LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="114"/>
        <source>The attachment is too large for SP4N-LAPOR!.</source>
        <translation>Lampiran terlalu besar untuk SP4N-LAPOR!.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="117"/>
        <source>The attachment file cannot be read.</source>
        <translation>Berkas lampiran tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="120"/>
        <source>The API key or token was refused.</source>
        <translation>Kunci API atau token ditolak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="123"/>
        <source>Sending was cut off (the program stopped).</source>
        <translation>Pengiriman terputus (program berhenti).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="129"/>
        <source>Held back by a verifier.</source>
        <translation>Ditahan oleh verifikator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/national_sync/texts.py" line="130"/>
        <source>The complainant&apos;s data was erased before it was sent.</source>
        <translation>Data pelapor sudah dihapus sebelum dikirim.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/ui/texts.py" line="23"/>
        <source>Walk-in (in person)</source>
        <translation>Tatap muka (datang langsung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="24"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="25"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="26"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="27"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="28"/>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="29"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="35"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="36"/>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="37"/>
        <source>Request for information</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="45"/>
        <source>Not yet verified</source>
        <translation>Belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="46"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="47"/>
        <source>On hold (waiting for complainant)</source>
        <translation>Ditunda (menunggu pelapor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="48"/>
        <source>Not our authority</source>
        <translation>Bukan wewenang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="49"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="50"/>
        <source>Passed to a unit</source>
        <translation>Didisposisikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="51"/>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="52"/>
        <source>Answered</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="53"/>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="65"/>
        <source>User name: %1</source>
        <translation>Nama pengguna: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="73"/>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="75"/>
        <source>Too short: write at least %n characters.</source>
        <translation>
            <numerusform>Terlalu pendek: tulis paling sedikit %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="77"/>
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Terlalu panjang: paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="79"/>
        <source>A NIK contains digits only.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="81"/>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri atas tepat 16 angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="83"/>
        <source>Digits 7 to 12 of a NIK are a birth date (DDMMYY, women +40 on the day).</source>
        <translation>Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (HHBBTT, untuk perempuan tanggal ditambah 40).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="87"/>
        <source>This looks like a number, not a name. Write the complainant&apos;s name in letters; the NIK and phone have their own fields.</source>
        <translation>Ini tampak seperti nomor, bukan nama. Tulis nama pelapor dengan huruf; NIK dan nomor telepon punya isian sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="93"/>
        <source>Not a valid phone number. Example: 0812 3456 7890 or +62 21 1234567.</source>
        <translation>Nomor telepon tidak valid. Contoh: 0812 3456 7890 atau +62 21 1234567.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="97"/>
        <source>Not a valid e-mail address. Example: nama@contoh.id.</source>
        <translation>Alamat e-mail tidak valid. Contoh: nama@contoh.id.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="101"/>
        <source>Write the date as DD-MM-YYYY, for example 17-08-2026.</source>
        <translation>Tulis tanggal sebagai HH-BB-TTTT, misalnya 17-08-2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="105"/>
        <source>The date cannot be in the future.</source>
        <translation>Tanggal tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="107"/>
        <source>Choose at least the regency or city.</source>
        <translation>Pilih paling tidak kabupaten atau kota.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="109"/>
        <source>Unknown region: choose it from the list.</source>
        <translation>Wilayah tidak dikenal: pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="111"/>
        <source>Not in the list: choose one of the suggestions.</source>
        <translation>Tidak ada di daftar: pilih salah satu usulan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="115"/>
        <source>Give a phone number, e-mail or address so the answer can be delivered.</source>
        <translation>Isi nomor telepon, e-mail atau alamat agar jawaban dapat disampaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="119"/>
        <source>Read the privacy notice to the complainant and tick this box.</source>
        <translation>Bacakan pemberitahuan privasi kepada pelapor, lalu centang kotak ini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="123"/>
        <source>The file is larger than %n MB.</source>
        <translation>
            <numerusform>Berkas lebih besar dari %n MB.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="125"/>
        <source>Only images, PDF and office documents can be attached.</source>
        <translation>Hanya gambar, PDF dan dokumen perkantoran yang dapat dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="129"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="131"/>
        <source>The file cannot be read; it may have been moved or deleted.</source>
        <translation>Berkas tidak dapat dibaca; mungkin sudah dipindahkan atau dihapus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/texts.py" line="135"/>
        <source>At most %n files per complaint.</source>
        <translation>
            <numerusform>Paling banyak %n berkas per pengaduan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="142"/>
        <source>The database is being used by another program and did not become free in time. Wait a moment and save again; if this keeps happening, close other copies of Meja Aduan on this computer.</source>
        <translation>Basis data sedang dipakai program lain dan tidak segera bebas. Tunggu sebentar lalu simpan lagi; jika terus terjadi, tutup jendela Meja Aduan lain di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="148"/>
        <source>The disk is full. Free some space (empty the recycle bin, remove old downloads) and save again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang (kosongkan Recycle Bin, hapus unduhan lama) lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="153"/>
        <source>The data folder cannot be written to. Ask IT staff to check its permissions.</source>
        <translation>Folder data tidak dapat ditulisi. Minta petugas TI memeriksa izin aksesnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="156"/>
        <source>The database file is damaged. Do not delete anything; call IT staff to restore the latest backup.</source>
        <translation>Berkas basis data rusak. Jangan menghapus apa pun; hubungi petugas TI untuk memulihkan cadangan terakhir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="161"/>
        <source>A file could not be read or written. Check that attached files still exist and that the disk works, then save again.</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis. Periksa bahwa berkas lampiran masih ada dan disk berfungsi, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>TimeLimitsTab</name>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="49"/>
        <source>Working days allowed for each step. A change applies to the deadlines of open complaints too, not only to new ones.</source>
        <translation>Jumlah hari kerja untuk setiap tahap. Perubahan berlaku juga untuk batas waktu pengaduan yang masih berjalan, bukan hanya pengaduan baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="55"/>
        <source>Working days allowed</source>
        <translation>Hari kerja yang diberikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="71"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Gunakan nilai bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="73"/>
        <source>Put back the limits of the regulation (saved only with Save)</source>
        <translation>Kembalikan batas sesuai peraturan (baru tersimpan setelah Simpan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="81"/>
        <source>Working days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="87"/>
        <source>e.g. 02-01-2027, 14-08-2027</source>
        <translation>mis. 02-01-2027, 14-08-2027</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="90"/>
        <source>e.g. 01-06-2026</source>
        <translation>mis. 01-06-2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="102"/>
        <source>Monday to Friday count, except national holidays. Add days off the national list lacks (a regional holiday, a new joint-leave decree), and holidays on which the office works because a decree moved them. Dates as day-month-year, separated by commas.</source>
        <translation>Senin sampai Jumat dihitung, kecuali hari libur nasional. Tambahkan hari libur yang tidak ada di daftar nasional (libur daerah, keputusan cuti bersama yang baru), dan hari libur yang tetap masuk kerja karena dipindahkan oleh keputusan. Tanggal sebagai hari-bulan-tahun, dipisahkan koma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="134"/>
        <source>Dates as day-month-year, separated by commas.</source>
        <translation>Tanggal sebagai hari-bulan-tahun, dipisahkan koma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_limits_tab.py" line="152"/>
        <source>A day cannot be both a day off and a day worked: keep it in one list.</source>
        <translation>Satu hari tidak bisa sekaligus libur dan masuk kerja: cantumkan di satu daftar saja.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="96"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Koreksi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="98"/>
        <source>Correct the selected entry&apos;s text; the original stays in the history</source>
        <translation>Koreksi teks catatan yang dipilih; teks asli tetap ada di riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="135"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="139"/>
        <source>Nothing followed up yet.</source>
        <translation>Belum ada tindak lanjut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="177"/>
        <source>Closed: it can be reopened.</source>
        <translation>Selesai: dapat dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="188"/>
        <source>[corrected]</source>
        <translation>[dikoreksi]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="192"/>
        <source>[not applied]</source>
        <translation>[tidak berlaku]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="216"/>
        <source>rating %1/5</source>
        <translation>penilaian %1/5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="236"/>
        <source>Overtaken: when it reached the office server the status was already %1; it was not applied.</source>
        <translation>Didahului: saat sampai di server kantor statusnya sudah %1; perubahan ini tidak diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="241"/>
        <source>Overtaken: %1 by %2 (%3) reached the office server first; this change was not applied and the status stayed %4.</source>
        <translation>Didahului: %1 oleh %2 (%3) lebih dulu sampai di server kantor; perubahan ini tidak diterapkan dan status tetap %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/timeline.py" line="290"/>
        <source>Withheld: confidential report.</source>
        <translation>Tidak ditampilkan: laporan rahasia.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="64"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="65"/>
        <source>Step</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="66"/>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="67"/>
        <source>How late</source>
        <translation>Keterlambatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="69"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="138"/>
        <source>Confidential report</source>
        <translation>Laporan rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="149"/>
        <source>due today</source>
        <translation>hari ini</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="87"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="88"/>
        <source>Reload what is due (F5)</source>
        <translation>Muat ulang yang jatuh tempo (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="113"/>
        <source>Due today and &amp;overdue, longest overdue first</source>
        <translation>Jatuh tempo hari ini dan &amp;terlambat, yang paling lama terlambat di atas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="115"/>
        <source>Nothing due today. Well done.</source>
        <translation>Tidak ada yang jatuh tempo hari ini. Bagus sekali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="174"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_panel.py" line="187"/>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_panel.py" line="202"/>
        <source>…and %Ln more, not listed here: find them in the Complaints tab.</source>
        <translation>
            <numerusform>…dan %Ln lagi yang tidak tercantum di sini: temukan di tab Daftar pengaduan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/today_model.py" line="148"/>
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsList</name>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="27"/>
        <source>All complaints</source>
        <translation>Semua pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="28"/>
        <source>To verify</source>
        <translation>Perlu diverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="29"/>
        <source>Overdue</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="30"/>
        <source>Due soon</source>
        <translation>Segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="31"/>
        <source>Waiting for the complainant</source>
        <translation>Menunggu pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="32"/>
        <source>With a unit</source>
        <translation>Di unit kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="33"/>
        <source>Answered, to close</source>
        <translation>Perlu ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="44"/>
        <source>Standard views; the number is how many complaints each holds</source>
        <translation>Tampilan baku; angka menunjukkan jumlah pengaduan di tiap tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_list.py" line="61"/>
        <source>Saved views</source>
        <translation>Tampilan tersimpan</translation>
    </message>
</context>
<context>
    <name>ViewsPane</name>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="42"/>
        <source>Sa&amp;ve view…</source>
        <translation>Simpan &amp;tampilan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="43"/>
        <source>Keep the current filters under a name</source>
        <translation>Simpan filter saat ini dengan sebuah nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="44"/>
        <source>Delete view</source>
        <translation>Hapus tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="91"/>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="124"/>
        <source>Save view</source>
        <translation>Simpan tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="92"/>
        <source>Name of the view (the desk&apos;s officers all see it):</source>
        <translation>Nama tampilan (terlihat oleh semua petugas meja ini):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="118"/>
        <source>Give the view a name of at most 60 characters.</source>
        <translation>Beri tampilan nama paling banyak 60 karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/views_pane.py" line="120"/>
        <source>The desk already keeps 30 views. Delete one first.</source>
        <translation>Meja ini sudah menyimpan 30 tampilan. Hapus salah satu dulu.</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="77"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="78"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="79"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="80"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="81"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="83"/>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="84"/>
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="181"/>
        <source>Confidential report</source>
        <translation>Laporan rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="190"/>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="106"/>
        <location filename="../../desktop/ui/worklist/model.py" line="191"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="196"/>
        <source>On hold</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="103"/>
        <location filename="../../desktop/ui/worklist/model.py" line="199"/>
        <source>Overdue · %1</source>
        <translation>Lewat · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/model.py" line="104"/>
        <location filename="../../desktop/ui/worklist/model.py" line="201"/>
        <source>Due soon · %1</source>
        <translation>Segera · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_model.py" line="70"/>
        <location filename="../../desktop/ui/worklist/model.py" line="85"/>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="90"/>
        <source>Reload the list (F5)</source>
        <translation>Muat ulang daftar (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="92"/>
        <source>Show the selected complaint (Enter)</source>
        <translation>Tampilkan pengaduan yang dipilih (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="186"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="274"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="335"/>
        <source>%1 complaints of the complainant searched</source>
        <translation>%1 pengaduan dari pelapor yang dicari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="338"/>
        <source>%1 complaints match</source>
        <translation>%1 pengaduan cocok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worklist/panel.py" line="340"/>
        <source>%1 complaints</source>
        <translation>%1 pengaduan</translation>
    </message>
</context>
</TS>
