"""Screenshots of the main screens for the README: `make screenshots` (python -m tests.screenshots
DIR [LANG]). Runs the real interface on a seeded temporary desk at 1366x768, in Indonesian unless
LANG is "en" (the Makefile puts the English set in DIR/en)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path, language: str = "id") -> None:
    from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.app.i18n import install_translations
    from desktop.app.paths import regions_csv, set_application_names
    from desktop.app.wiring import national_sync_for, office_sync_for, report_figures_for
    from desktop.domain.access import Role
    from desktop.services.account_values import NewAccount
    from desktop.services.desk import create_desk
    from desktop.services.seed import seed_complaints
    from desktop.services.values import DeskSettings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.receipt import receipt_html
    from desktop.ui.tasks import TaskRunner
    from tests.helpers.desks import good_draft
    from tests.helpers.keyrings import keep_off_the_os_keyring

    keep_off_the_os_keyring()  # the scratch desk's key and the hub's credentials are thrown away
    out.mkdir(parents=True, exist_ok=True)
    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv)
    translators = install_translations(app, language)
    scratch = Path(tempfile.mkdtemp(prefix="meja-aduan-shots-"))
    password = "Kantor-camat-2026"
    admin = NewAccount("sri", "Sri Wahyuni", Role.ADMIN, password, password)
    desk = create_desk(scratch, regions_csv(), admin).opened.desk
    desk.accounts.create(
        NewAccount("rudi", "Rudi Hartono", Role.PETUGAS, "Loket-pagi-2026", "Loket-pagi-2026")
    )
    desk.settings.save(
        DeskSettings(
            office_code="3201",
            office_name="Kecamatan Cibinong, Kabupaten Bogor",
            office_address="Jl. Tegar Beriman No. 1, Cibinong",
        )
    )
    seed_complaints(desk.database, desk.settings, 5000, now=dt.datetime.now(dt.UTC), rng_seed=4)
    runner = TaskRunner("screenshots")
    window = MainWindow(
        runner,
        language,
        lambda _code: None,
        national_sync=national_sync_for,
        report_figures=report_figures_for,
        office_sync=office_sync_for,
    )
    window.resize(QSize(1366, 740))
    window.show()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: object, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    window.show_setup()
    shoot_setup_file(window, scratch, settle, shot)
    form_fields = window.setup_page.account
    form_fields.full_name.setText("Sri Wahyuni")
    form_fields.username.setText("sri")
    form_fields.password.setText("pendek")
    form_fields.password_again.setText("pendek")
    from desktop.domain.access import PasswordProblem
    from desktop.services.account_values import AccountField
    from desktop.ui.access.texts import account_problem_message

    form_fields.show_message(
        AccountField.PASSWORD, account_problem_message(PasswordProblem.TOO_SHORT)
    )
    shot(window, "setup.png")
    window.database_opened(desk)
    window.show_login()
    window.login_page.username.setText("rudi")
    shot(window, "sign-in.png")
    shoot_upgrade(window, runner, scratch, shot)
    window.set_desk(desk)

    settle(800)
    shot(window, "today.png")  # where an officer lands after signing in

    window.menus.new_complaint.trigger()
    settle()
    shot(window, "intake.png")

    form = window.intake
    form.title.setText("Jalan")
    form.reporter_nik.setText("3201 0145 0890")
    form.reporter_phone.setText("12345")
    form.incident_date.line.setText("31-12-2099")
    form.save_button.click()
    shot(window, "intake-validation.png")

    form.clear()
    draft = good_draft(desk)
    form.category.set_current_key(draft.category_id)
    form.title.setText(draft.title)
    form.description.setPlainText(draft.description)
    form.incident_date.line.setText("20-11-2026")
    form.region.set_code("32.01.01.1001")
    form.reporter_name.setText("Siti Rahmawati")
    form.reporter_nik.setText("3201014508900002")
    form.reporter_phone.setText("0812-3456-7890")
    form.privacy.setChecked(True)
    form.save_button.click()
    for _ in range(50):
        settle(100)
        if window.saved_dialog is not None:
            break
    assert window.saved_dialog is not None
    settle()
    full = window.grab()
    painter = QPainter(full)
    dialog = window.saved_dialog
    painter.drawPixmap(dialog.mapTo(window, dialog.rect().topLeft()), dialog.grab())
    painter.end()
    full.save(str(out / "saved.png"))
    print(out / "saved.png")
    dialog.close()

    # The same complainant comes back about the same road: the form offers the first complaint.
    form.title.setText("Jalan berlubang di depan SDN 2 belum diperbaiki")
    form.reporter_nik.setText("3201 0145 0890 0002")
    form.reporter_phone.setText("0812-3456-7890")
    for _ in range(50):
        settle(100)
        if form.duplicate_hints.link_boxes():
            break
    form.duplicate_hints.link_boxes()[0].setChecked(True)
    shot(window, "intake-duplicates.png")
    form.clear()

    window.menus.complaints.trigger()
    settle(800)
    shot(window, "worklist.png")
    window.worklist.open_selected()
    detail = window.worklist.detail_dialog
    assert detail is not None
    shot(detail, "detail.png")
    detail.close()

    # The follow-up tab of the same complaint, verified and passed to a unit.
    from desktop.domain.follow_up import EventKind, FollowUpEvent

    first_id = window.worklist.model.id_at(0)
    unit = desk.reference.institutions()[4].id
    for step in (
        FollowUpEvent(EventKind.VERIFIED, dt.datetime.now(dt.UTC), text="Lokasi sesuai."),
        FollowUpEvent(
            EventKind.DISPOSED,
            dt.datetime.now(dt.UTC),
            unit_id=unit,
            text="Mohon ditinjau dan ditambal dalam minggu ini.",
        ),
    ):
        desk.follow_up.add(first_id, step)
    window.worklist.open_selected()
    detail = window.worklist.detail_dialog
    assert detail is not None
    detail.tabs.setCurrentIndex(1)
    settle(600)
    shot(detail, "follow-up.png")
    detail.close()

    # The late ones, found by the standard view: marked in words and colour.
    from desktop.domain.worklist_query import StandardView

    window.worklist.show_view(StandardView.OVERDUE)
    settle(1200)
    shot(window, "worklist-overdue.png")
    window.worklist.show_view(StandardView.ALL)
    settle(800)
    shoot_reports(window, scratch, settle, shot, out)

    from desktop.ui.settings_dialog import SettingsDialog

    settings_dialog = SettingsDialog(desk.settings, runner, window)
    settings_dialog.tabs.setCurrentWidget(settings_dialog.time_limits)
    settings_dialog.show()
    shot(settings_dialog, "settings-time-limits.png")
    settings_dialog.close()

    from desktop.ui.access.accounts_dialog import AccountsDialog
    from desktop.ui.audit_dialog import AuditDialog
    from desktop.ui.privacy_dialog import PrivacyDialog

    for dialog_class, service, name in (
        (AccountsDialog, desk.accounts, "accounts.png"),
        (AuditDialog, desk.audit, "audit.png"),
        (PrivacyDialog, desk.people, "privacy.png"),
    ):
        extra = dialog_class(service, runner, window)  # type: ignore[operator]
        extra.show()
        settle(600)
        shot(extra, name)
        extra.close()

    window.lock()
    shot(window, "locked.png")
    desk.accounts.sign_in("sri", password)  # what the sign-in page does through the gate
    window.enter_workspace(desk)

    record_id = desk.worklist.ids(limit=1)[0]  # the list itself reloads after the lock
    receipt = desk.receipts.for_complaint(record_id)
    assert receipt is not None
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(receipt_html(receipt))
    document.setTextWidth(620)
    image = QImage(680, int(document.size().height()) + 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(30, 20)
    document.drawContents(painter)
    painter.end()
    image.save(str(out / "receipt.png"))
    print(out / "receipt.png")

    shoot_sync(window, desk, runner, scratch, settle, shot)
    shoot_backups(window, desk, settle, shot)
    shoot_apply_file(window, scratch, settle, shot)
    shoot_office(window, desk, password, scratch, settle, shot)  # last: it joins an office

    window.intake.clear()
    window.close()
    runner.shutdown()
    desk.close()
    del translators


SETUP_FILE = """\
[office]
code = "3201"
name = "Kecamatan Cibinong, Kabupaten Bogor"

[desk]
id = "loket-1"
language = "id"

[lapor]
base_url = "https://api.lapor.go.id/v3"
enabled = true

[mapping.channel]
walk_in = "1"
sms = "3"

[sla]
verify = 3
"""


def shoot_reports(window: Any, scratch: Path, settle: Any, shot: Any, out: Path) -> None:
    """The "Laporan" tab on the seeded desk, computed by the report engine: the figures, the
    export menu open, the narrative report's dialog, and the register after issuing the recap."""
    import datetime as dt

    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtGui import QPainter

    from desktop.domain.report_figures import ReportPeriod

    window.menus.reports.trigger()
    tab = window.reports
    last_month = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    tab.picker.set_period(ReportPeriod.month(last_month.year, last_month.month))
    tab.compute()
    for _ in range(100):
        settle(200)
        if tab.figures is not None:
            break
    tab.figure_list.setCurrentItem(tab.figure_list.topLevelItem(1))  # K2, its definition below
    shot(window, "reports.png")

    # The export menu, open under its button (a popup: drawn over the window's picture). The
    # offscreen screen is smaller than the window, so the menu is placed here as Qt would on a
    # 1366 px screen: under the button, its right edge with the button's.
    exports = tab.exports
    menu = exports.export_menu
    exports.export_menu.aboutToShow.emit()
    button = exports.export_button
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    settle()
    under = button.mapTo(window, QPoint(button.width() - menu.width(), button.height()))
    full = window.grab()
    painter = QPainter(full)
    painter.drawPixmap(under, menu.grab())
    painter.end()
    full.save(str(out / "reports-export-menu.png"))
    print(out / "reports-export-menu.png")
    menu.hide()

    # The narrative report: what the head of unit types before the PDF is made.
    from desktop.ui.reports.report_files import ReportKind

    exports.export(ReportKind.NARRATIVE)
    for _ in range(50):
        settle(100)
        if exports.narrative_dialog is not None:
            break
    dialog = exports.narrative_dialog
    dialog.tabs.setCurrentIndex(1)
    dialog.obstacles.setPlainText(
        "Jaringan internet di kantor kecamatan sering putus pada siang hari, sehingga "
        "pengaduan tatap muka baru tercatat di SP4N-LAPOR! keesokan harinya."
    )
    dialog.conclusions.setPlainText(
        "Tindak lanjut membaik dibanding bulan sebelumnya; tunggakan lebih dari 60 hari kerja "
        "tinggal sedikit."
    )
    dialog.recommendations.setPlainText("Tambah satu petugas loket pada hari pasar.")
    shot(dialog, "reports-narrative.png")
    dialog.reject()

    # Terbitkan the recap (saved in the scratch folder), then the register of issued reports.
    exports.ask_save_path = lambda _parent, _title, suggested, _filter: scratch / suggested.name
    exports.export(ReportKind.RECAP, issue=True)
    for _ in range(150):
        settle(200)
        if exports.result_box is not None:
            break
    exports.result_box.close()
    exports.open_register()
    register = exports.register_dialog
    register.resize(QSize(920, 380))
    for _ in range(100):
        settle(200)
        if register.model.rowCount():
            break
    compared: list[int] = []
    register.differencesShown.connect(compared.append)
    register.table.selectRow(0)
    for _ in range(150):
        settle(200)
        if compared:
            break
    shot(register, "reports-register.png")
    register.close()

    # A click on K3 lists its complaints in the worklist, with the report's filter shown.
    tab.figure_list.setCurrentItem(tab.figure_list.topLevelItem(2))
    tab.figure_list._choose(tab.figure_list.currentItem())
    settle(1500)
    shot(window, "worklist-from-report.png")
    window.worklist.filters.clear_all()
    settle(800)


def shoot_setup_file(window: Any, scratch: Path, settle: Any, shot: Any) -> None:
    """The set-up page with IT staff's file: first with mistakes, then corrected."""
    panel = window.setup_page.provisioning
    file = scratch / "usb" / "meja-cibinong.toml"
    file.parent.mkdir()
    file.write_text(
        SETUP_FILE.replace('"3201"', '"32.01"')
        .replace("https://", "http://")
        .replace("verify = 3", "verify = 0"),
        encoding="utf-8",
    )

    def check() -> None:
        panel.choose_file(file)
        while panel.checked is None:
            settle(100)

    check()
    shot(window, "setup-file-problems.png")
    file.write_text(SETUP_FILE, encoding="utf-8")
    check()


def shoot_upgrade(window: Any, runner: Any, scratch: Path, shot: Any) -> None:
    """The sign-in page while a new version upgrades the database: step 3 of 8."""
    from desktop.app.paths import regions_csv
    from desktop.store.migrate import UpgradeStep
    from desktop.ui.access.gate import DeskGate

    gate = DeskGate(scratch / "upgrading", regions_csv(), runner, window)
    gate._show_upgrading(UpgradeStep("0001", "0009", 3, 9, "0003"))
    shot(window, "upgrade.png")
    window.login_page.progress.hide()
    window.login_page.show_welcome()
    window.statusBar().clearMessage()  # the staged upgrade never finishes to say so itself


def shoot_apply_file(window: Any, scratch: Path, settle: Any, shot: Any) -> None:
    """Pengaturan › Terapkan berkas konfigurasi, with a sound file checked."""
    dialog = window.provisioning.open_apply_dialog()
    dialog.panel.choose_file(scratch / "usb" / "meja-cibinong.toml")
    while dialog.panel.checked is None:
        settle(100)
    dialog.panel.key.setText("kunci-api-contoh")
    shot(dialog, "apply-configuration.png")
    dialog.reject()


def shoot_backups(window: Any, desk: Any, settle: Any, shot: Any) -> None:
    """Meja › Cadangan: a backup just written, the restore dialog with a checked backup, and the
    result of Bantuan › Ekspor diagnostik."""
    from desktop.app.wiring import national_sync_for
    from desktop.ui.backups.backup_dialog import BackupNowDialog
    from desktop.ui.backups.restore_dialog import RestoreDialog
    from desktop.ui.diagnostics_export import result_box, sync_summary

    backup_dialog = BackupNowDialog(desk.backups, desk.paths.backups, window.backups.work, window)
    backup_dialog.show()
    backup_dialog.back_up()
    for _ in range(300):
        settle(100)
        if backup_dialog.made is not None:
            break
    shot(backup_dialog, "backup-now.png")
    backup_dialog.close()

    restore_dialog = RestoreDialog(desk.backups, desk.paths.backups, window.backups.work, window)
    restore_dialog.show()
    for _ in range(100):
        settle(100)
        if restore_dialog.list.count():
            break
    restore_dialog.list.setCurrentRow(0)
    for _ in range(300):
        settle(100)
        if restore_dialog.checked is not None:
            break
    restore_dialog.understood.setChecked(True)
    shot(restore_dialog, "restore.png")
    restore_dialog.close()

    made = desk.diagnostics.export(
        desk.paths.data_dir / "diagnostics", {"sync": sync_summary(national_sync_for(desk))}
    )
    box = result_box(made, window)
    box.show()
    shot(box, "diagnostics.png")
    box.close()


def shoot_sync(window: Any, desk: Any, runner: Any, scratch: Path, settle: Any, shot: Any) -> None:
    """The sync status area, the sync panel with items that wait, the Sinkronisasi settings
    tab and the mapping editor, against a sandbox hub started here (mode latihan)."""
    from desktop.domain.outbox import OutboxState, SyncProblem
    from desktop.services.sync_config import SyncConfig
    from desktop.services.sync_credentials import ApiCredentials
    from desktop.store import outbox
    from desktop.ui.national_sync.mapping_dialog import MappingDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from sync.desk import NationalSync
    from sync.hub.server import start_hub
    from tests.helpers.desks import good_draft

    hub = start_hub(scratch / "hub.sqlite", key="kunci-latihan", token="token-latihan", seed=1)
    try:
        national_sync = NationalSync(desk)
        config = SyncConfig(base_url=hub.url, training=True, enabled=True)
        assert not national_sync.save_config(config, ApiCredentials(hub.key, hub.token))
        national_sync.set_mapping("institution", "default", "1017")
        window.sync.runner.send_now()  # the complaint recorded above goes
        for _ in range(100):
            settle(100)
            if window.sync.runner.last_report is not None and not window.sync.runner.running:
                break
        # Two that wait: one the national side refused, one whose answer never came.
        now = dt.datetime.now(dt.UTC)
        for title, state, problem, detail in (
            (
                "Lampu penerangan jalan mati di Jl. Raya Bogor",
                OutboxState.QUARANTINED,
                SyncProblem.REFUSED,
                "422 category_id: kategori tidak dikenal",
            ),
            (
                "Sampah menumpuk di pasar Cibinong",
                OutboxState.UNKNOWN,
                SyncProblem.NO_ANSWER,
                "ReadTimeout",
            ),
        ):
            desk.intake.record(good_draft(desk, title=title))
            with desk.database.writing() as session:
                item = outbox.entries(session, [OutboxState.PENDING])[0]
                outbox.claim(session, item.id, now)  # as a round does before sending
                outbox.settle(session, item.id, state, now, problem=problem, detail=detail)
        window.sync.runner.refresh()
        settle(800)
        shot(window, "sync-status.png")

        window.sync.open_panel()
        panel = window.sync.panel
        settle(800)
        panel.table.selectRow(0)
        shot(panel, "sync-panel.png")
        panel.close()

        settings_dialog = SettingsDialog(desk.settings, runner, window, sync=national_sync)
        assert settings_dialog.sync_tab is not None
        settings_dialog.tabs.setCurrentWidget(settings_dialog.sync_tab)
        settings_dialog.show()
        settle(600)
        shot(settings_dialog, "settings-sync.png")
        settings_dialog.close()

        mapping = MappingDialog(national_sync, desk, runner, window)
        mapping.kind.setCurrentIndex(mapping.kind.findData("institution"))
        mapping.show()
        settle(600)
        shot(mapping, "sync-mapping.png")
        mapping.close()
    finally:
        window.sync.stop()
        hub.stop()


# What the other counter of the office recorded this morning (shown at the top of the list).
OTHER_DESK_TITLES = (
    "Lampu penerangan jalan mati di Jl. Raya Bogor depan Pasar Cibinong",
    "Air PDAM keruh sejak tiga hari di Perumahan Griya Asri",
    "Permohonan salinan data penerima bantuan sosial Kelurahan Pakansari",
    "Sampah menumpuk di TPS Jl. Mayor Oking belum diangkut",
)
# ...and a week ago: late to verify, so "Hari ini" lists them.
OTHER_DESK_LATE_TITLES = (
    "Jembatan penyeberangan di Jl. Raya Jakarta-Bogor KM 43 berkarat dan berlubang",
    "Pungutan tidak resmi saat mengurus surat keterangan domisili di kelurahan",
)
OTHER_DESK_REPORTERS = ("Bambang Sutrisno", "Yohana Simanjuntak", "Ahmad Fauzi", "Nur Aini")


def shoot_office(
    window: Any, desk: Any, password: str, scratch: Path, settle: Any, shot: Any
) -> None:
    """A desk that joined an office, at 1366x768, against an office server started here: its
    worklist (worklist-office.png) and "Hari ini" (today-office.png) with both counters'
    complaints and "Dicatat oleh" (officer and desk), and the follow-up of a complaint the
    other counter recorded (follow-up-office.png): who did what at which desk, and a change
    the other counter made on an outdated view, overtaken."""
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.app.paths import regions_csv
    from desktop.app.wiring import office_sync_for
    from desktop.domain.access import Role
    from desktop.domain.complaint import Reporter
    from desktop.domain.follow_up import EventKind, FollowUpEvent
    from desktop.services.account_values import NewAccount
    from desktop.services.desk import create_desk
    from sync.office.join import join_office
    from tests.helpers.clocks import Clock
    from tests.helpers.desks import good_draft
    from tests.helpers.office import OfficeServer

    window.idle.stop()
    server = OfficeServer(scratch / "office-server", "")
    server.start()
    other = None
    try:
        secret = "Loket-dua-2026"
        siti = NewAccount("siti", "Siti Rahmawati Nasution", Role.ADMIN, secret, secret)
        clock = Clock(dt.datetime.now(dt.UTC))
        other = create_desk(scratch / "loket-2", regions_csv(), siti, clock=clock).opened.desk
        join_office(desk, server.join_code(label="Loket 1"))  # L1
        join_office(other, server.join_code(label="Loket 2"))  # L2
        window.office.set_desk(desk, office_sync_for(desk))  # as the window does for a desk

        def exchanged(after: dt.datetime) -> None:
            """Until this desk's exchange after `after` left nothing waiting."""
            for _ in range(600):
                settle(200)
                status = window.office.runner.status
                last = status.last_exchange_at if status is not None else None
                if status is not None and status.waiting == 0 and last and last > after:
                    break

        exchanged(dt.datetime.now(dt.UTC))  # this desk's history goes to the office first

        def record(title: str, name: str) -> Any:
            reporter = Reporter(name=name, phone="0812-3456-7890", address="Cibinong")
            return other.intake.record(good_draft(other, title=title, reporter=reporter))

        clock.now = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
        for title, name in zip(OTHER_DESK_LATE_TITLES, OTHER_DESK_REPORTERS, strict=False):
            record(title, name)
        clock.now = dt.datetime.now(dt.UTC)
        recorded = [
            record(title, name)
            for title, name in zip(OTHER_DESK_TITLES, OTHER_DESK_REPORTERS, strict=True)
        ]
        clock.now = dt.datetime.now(dt.UTC)
        office_sync_for(other).exchange()
        if desk.access.current is None:  # the idle lock, after the minutes the run took
            desk.accounts.sign_in("sri", password)
            window.enter_workspace(desk)
        window.idle.stop()  # nobody touches the offscreen window: it must not lock meanwhile
        window.menus.complaints.trigger()
        for _ in range(300):
            settle(200)
            worklist = window.worklist
            titles = {worklist.model.data(worklist.model.index(row, 4)) for row in range(4)}
            if set(OTHER_DESK_TITLES) <= titles:
                break
        worklist.table.selectRow(1)
        settle(800)
        shot(window, "worklist-office.png")

        window.tabs.setCurrentWidget(window.today)
        settle(1200)
        today = window.today  # the other counter's late ones, among this desk's
        numbers = [
            today.model.item_at(row).summary.local_number for row in range(today.model.rowCount())
        ]
        theirs = [row for row, number in enumerate(numbers) if "-L2-" in number]
        if theirs:
            today.table.selectRow(theirs[0])
            centre = QAbstractItemView.ScrollHint.PositionAtCenter
            today.table.scrollTo(today.model.index(theirs[0], 0), centre)
        shot(window, "today-office.png")

        # Sri verifies the water complaint here; Siti, at her counter, has not seen that yet
        # and archives it as a duplicate: hers reaches the server second and is overtaken.
        water = recorded[1]
        numbers = [worklist.model.data(worklist.model.index(row, 0)) for row in range(4)]
        water_here = worklist.model.id_at(numbers.index(water.local_number))  # this desk's id
        now = dt.datetime.now(dt.UTC)
        desk.follow_up.add(
            water_here, FollowUpEvent(EventKind.VERIFIED, now, text="Lokasi dan pelapor sesuai.")
        )
        window.office.local_change()
        exchanged(now)
        clock.now = now + dt.timedelta(minutes=2)
        other.follow_up.add(
            water.id,
            FollowUpEvent(
                EventKind.ARCHIVED, clock.now, reason="Sama dengan laporan kemarin di Loket 2."
            ),
        )
        office_sync_for(other).exchange()
        clock.now = now + dt.timedelta(minutes=6)
        unit = other.reference.institutions()[4].id
        other.follow_up.add(
            water.id,
            FollowUpEvent(
                EventKind.DISPOSED,
                clock.now,
                unit_id=unit,
                text="Mohon dicek kualitas air di perumahan ini.",
            ),
        )
        office_sync_for(other).exchange()
        pulled = dt.datetime.now(dt.UTC)
        window.office.local_change()
        exchanged(pulled)
        window.show_complaint(water_here)
        detail = window.worklist.detail_dialog
        detail.tabs.setCurrentIndex(1)
        settle(1200)
        shot(detail, "follow-up-office.png")
        detail.close()
    finally:
        window.office.stop()
        server.stop()
        if other is not None:
            other.close()


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else "id",
    )
