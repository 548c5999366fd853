"""The main window: a thin frame around the sign-in pages, the "Today" overview, the intake
form and the worklist.

It is shown before the database is open (that happens on a worker thread) with the sign-in or
set-up page; the workspace (today, intake and worklist) appears once an officer is signed in, and
stays intact behind the lock screen, so an unsaved form survives the idle lock and a change of
user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop.domain.desk_settings import IDLE_LOCK_MINUTES
from desktop.services.values import DeskSettings, RecordedComplaint, StorageFault
from desktop.ui import desk_dialogs
from desktop.ui.access.idle import IdleWatcher
from desktop.ui.access.login_page import LoginPage
from desktop.ui.access.texts import role_label
from desktop.ui.backups.feature import BackupFeature
from desktop.ui.diagnostics_export import DiagnosticsFeature
from desktop.ui.due_date_upkeep import DueDateUpkeep
from desktop.ui.faults import read_or_warn
from desktop.ui.menus import build_menus
from desktop.ui.national_sync.feature import SyncFeature
from desktop.ui.office.feature import OfficeFeature
from desktop.ui.provisioning.feature import ProvisioningFeature
from desktop.ui.reports import REPORTS_PERMISSION, ComputeFigures
from desktop.ui.start_errors import start_error_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.provisioning_file import Provisioned
    from desktop.ui.access.setup_page import SetupPage
    from desktop.ui.intake.form import IntakeForm
    from desktop.ui.intake.kept_draft import KeptDraft
    from desktop.ui.intake.saved_dialog import SavedDialog
    from desktop.ui.reports.tab import ReportsTab
    from desktop.ui.today_panel import TodayPanel
    from desktop.ui.worklist.panel import WorklistPanel
    from sync.desk import NationalSync
    from sync.office.desk import OfficeSync

# Dialogs (and QtPrintSupport behind the receipt) are imported when first opened: the first
# window must come up fast, and none of them is on it.


class MainWindow(QMainWindow):
    """Signals:
    dueDatesChanged(): the stored due dates were recomputed (new time limits or calendar), so
        lists showing them should reload.
    """

    dueDatesChanged = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        language: str,
        choose_language: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        national_sync: Callable[[Desk], NationalSync],
        report_figures: Callable[[Desk], ComputeFigures | None] | None = None,
        office_sync: Callable[[Desk], OfficeSync] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        # From the composition root (desktop.app.wiring): built once for each desk that opens.
        self._national_sync_for = national_sync
        # The report service's computation for a desk (None: no "Laporan" tab).
        self._report_figures_for = report_figures
        # The desk's side of office mode (None: the window offers no office mode).
        self._office_sync_for = office_sync
        self._language = language  # the language chosen for the next start (this one's, first)
        self._choose_language = choose_language
        self._desk: Desk | None = None
        self._workspace_desk: Desk | None = None  # the desk the panels show (a restore swaps it)
        self.saved_dialog: SavedDialog | None = None
        self._recorded_while_locked: RecordedComplaint | None = None
        self._signed_in_as: str | None = None  # who had the workspace last
        # Half-typed complaints of officers who were followed by another, by user name: each
        # gets theirs back when signing in again (in memory only, like the form itself).
        self._kept_drafts: dict[str, KeptDraft] = {}
        self.setWindowTitle("Meja Aduan")
        self.resize(1280, 720)

        # The workspace (intake form, worklist) is built when someone first signs in: the
        # sign-in page comes first, and the form (its modules, six combo boxes) costs start-up.
        self._intake: IntakeForm | None = None
        self.worklist: WorklistPanel | None = None
        self.today: TodayPanel | None = None
        self.reports: ReportsTab | None = None  # for the roles that may see it, built once
        self._reports_desk: Desk | None = None
        self._worklist_placeholder = QLabel(self.tr("Opening the database…"), self)
        self._worklist_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._worklist_placeholder.hide()  # until it is a tab: not at (0, 0) under the menus
        self.tabs = QTabWidget(self)
        self.opening_page = QLabel(self.tr("Opening the database…"), self)
        self.opening_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.login_page = LoginPage(self)
        self._setup_page: SetupPage | None = None  # only a new desk needs it
        self.pages = QStackedWidget(self)
        for page in (self.opening_page, self.login_page, self.tabs):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.database_label = QLabel(self.tr("Opening the database…"), self)
        self.office_label = QLabel(self)
        self.office_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label = QLabel(self)
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.office_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.due_dates = DueDateUpkeep(self.statusBar(), self)
        self.due_dates.finished.connect(self._due_dates_recomputed)
        self.menus = build_menus(self, language, self.take_language)
        self._connect_menus()
        self.sync = SyncFeature(self, self.menus, runner)
        self.sync.settingsSaved.connect(self.settings_changed)
        self.office = OfficeFeature(self, self.menus, runner, self.sync)
        self.office.runner.officeChanged.connect(self._office_changed)
        self.office.joined.connect(lambda _outcome: self.settings_changed())
        self.office.runner.statusChanged.connect(self._show_office_mode)
        self.backups = BackupFeature(self, self.menus)
        self.diagnostics = DiagnosticsFeature(self, self.menus)
        self.provisioning = ProvisioningFeature(self, self.menus, runner, lambda: self._language)
        self.provisioning.applied.connect(self.configuration_applied)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._show_signed_out_menus()

    @property
    def setup_page(self) -> SetupPage:
        if self._setup_page is None:
            from desktop.ui.access import setup_page

            self._setup_page = setup_page.SetupPage(self)
            self.pages.addWidget(self._setup_page)
        return self._setup_page

    @property
    def intake(self) -> IntakeForm:
        """The intake form, built on first use."""
        if self._intake is None:
            from desktop.ui.intake import form  # first sign-in only: keeps start-up light

            intake = self._intake = form.IntakeForm(self._runner, self)
            intake.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
            intake.recorded.connect(self._on_recorded)
            self.tabs.insertTab(0, intake, self.tr("New complaint"))
            if self.worklist is None:
                self.tabs.addTab(self._worklist_placeholder, self.tr("Complaints"))
            self.tabs.setCurrentIndex(0)
        return self._intake

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.today.triggered.connect(lambda: self._show_tab(self._build_today()))
        menus.new_complaint.triggered.connect(self.start_intake)
        menus.complaints.triggered.connect(
            lambda: self._show_tab(self.worklist or self._worklist_placeholder)
        )
        menus.reports.triggered.connect(self._show_reports)
        menus.lock.triggered.connect(self.lock)
        menus.switch_user.triggered.connect(self.switch_user)
        menus.change_password.triggered.connect(lambda: self._run_dialog(desk_dialogs.OWN_PASSWORD))
        menus.quit.triggered.connect(self.close)
        menus.office.triggered.connect(self._edit_settings)
        menus.lists.triggered.connect(self._edit_lists)
        menus.accounts.triggered.connect(lambda: self._run_dialog(desk_dialogs.ACCOUNTS))
        menus.audit.triggered.connect(lambda: self._run_dialog(desk_dialogs.AUDIT))
        menus.privacy.triggered.connect(lambda: self._run_dialog(desk_dialogs.PRIVACY))
        menus.issued_reports.triggered.connect(
            lambda: self._run_dialog(desk_dialogs.ISSUED_REPORTS)
        )
        menus.evidence.triggered.connect(lambda: self._run_dialog(desk_dialogs.EVIDENCE))

    # ------------------------------------------------------------ pages and sessions
    def show_setup(self) -> None:
        self.database_label.setText(self.tr("New desk"))
        self.pages.setCurrentWidget(self.setup_page)
        self.setup_page.account.full_name.setFocus()

    def show_login(self) -> None:
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.show_welcome()
        if self._desk is None:  # still closed: a password (or the keyring's key) opens it
            self.database_label.setText(self.tr("Encrypted: sign in to open"))

    def database_opened(self, desk: Desk) -> None:
        """The database is open; nobody may be signed in yet."""
        self._desk = desk
        self.database_label.setText(self.tr("Database open"))
        # The recovery key is for a desk that will not open; this one is open.
        self.login_page.recovery_button.hide()
        self._show_office()
        national_sync = self._national_sync_for(desk)
        self.sync.set_desk(desk, national_sync)
        if self._office_sync_for is not None:
            self.office.set_desk(desk, self._office_sync_for(desk))
        self.backups.set_desk(desk)
        self.diagnostics.set_desk(desk, national_sync)
        self.provisioning.set_desk(desk)

    def enter_workspace(self, desk: Desk) -> None:
        """Someone signed in (first time, after the lock, or as another user)."""
        first = self._workspace_desk is not desk or self.worklist is None
        self._desk = self._workspace_desk = desk
        actor = desk.access.current
        if actor is None:
            raise RuntimeError("enter_workspace needs a signed-in actor")
        if first:
            self.intake.set_desk(desk)
            self._build_worklist().set_desk(desk)
            self._build_today().set_desk(desk)
        elif self.worklist is not None:
            self.worklist.refresh()  # another role may see confidential rows differently
        # An officer starts on what is due today; after the idle lock the same officer gets
        # back the tab (and the half-typed form) they left.
        another = self._signed_in_as is not None and actor.username != self._signed_in_as
        land_on_today = first or another
        restored = False
        if another and not first:
            restored = self._hand_over(actor.username)
        self._signed_in_as = actor.username
        self.user_label.setText(f"{actor.full_name} ({role_label(actor.role)})")
        for action, permission in self.menus.guarded.items():
            action.setVisible(actor.may(permission))
            action.setEnabled(actor.may(permission))
        for action in self.menus.for_signed_in:
            action.setEnabled(True)
        self._place_reports(desk)
        self.pages.setCurrentWidget(self.tabs)
        if restored:
            self._show_tab(self.intake)  # what they were doing when they left the desk
        elif land_on_today:
            self._show_tab(self._build_today())  # its list has the focus: Enter opens a row
        settings = self._show_office()
        self.idle.start(settings.idle_lock_minutes if settings else IDLE_LOCK_MINUTES.default)
        recorded, self._recorded_while_locked = self._recorded_while_locked, None
        if recorded is not None:
            self._on_recorded(recorded)

    def _hand_over(self, username: str) -> bool:
        """Another officer signed in: the previous one's half-typed complaint is kept for
        them, and their search goes; this officer's own kept draft comes back. Whether one
        did."""
        from desktop.ui.intake.kept_draft import restore_draft, take_draft

        previous = self._signed_in_as
        kept = take_draft(self.intake)
        if kept is not None and previous is not None:
            self._kept_drafts[previous] = kept
        if self.worklist is not None:
            self.worklist.start_afresh()
        mine = self._kept_drafts.pop(username, None)
        if mine is None:
            return False
        restore_draft(self.intake, mine)
        # Left in the status bar (no time-out) until the next message replaces it.
        self.statusBar().showMessage(
            self.tr("Your draft was restored: the complaint you had not saved is back in the form.")
        )
        return True

    def set_desk(self, desk: Desk) -> None:
        """An open desk with someone already signed in (tests, self-test)."""
        self.database_opened(desk)
        self.enter_workspace(desk)

    def lock(self) -> None:
        """Hide the work behind the sign-in page; the form keeps what was typed."""
        desk = self._desk
        if desk is None or desk.access.current is None or self.pages.currentWidget() != self.tabs:
            return
        actor = desk.access.current
        self.idle.stop()
        # Open dialogs may show a complaint: they close, the workspace behind them stays.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        # Lists read for this officer are not left for the next, whose role may see less.
        if self.worklist is not None:
            self.worklist.clear()
        if self.today is not None:
            self.today.model.set_items([])
        if self.reports is not None:
            self.reports.clear()
        # At once: nothing may run as them behind the lock screen; the entry follows.
        desk.access.sign_out()
        self._runner.submit(
            lambda: desk.accounts.record_sign_out(actor), lambda _none: None, self._not_audited
        )
        self._show_signed_out_menus()
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.show_locked(actor.username, actor.full_name)

    def _not_audited(self, error: BaseException) -> None:
        if not isinstance(error, StorageFault):
            raise error
        self.statusBar().showMessage(fault_message(error.kind), 8000)

    def switch_user(self) -> None:
        self.lock()
        self.login_page.show_welcome()

    def _show_signed_out_menus(self) -> None:
        self.user_label.clear()
        for action in [*self.menus.guarded, *self.menus.for_signed_in, self.menus.reports]:
            action.setEnabled(False)

    def _build_worklist(self) -> WorklistPanel:
        from desktop.ui.worklist.panel import WorklistPanel

        if self.worklist is None:
            self.worklist = WorklistPanel(self._runner, self)
            self.worklist.loaded.connect(self._show_count)
            self.dueDatesChanged.connect(self.worklist.refresh)
            self.worklist.complaintChanged.connect(self._refresh_today)
            self.worklist.complaintChanged.connect(lambda _id: self.sync.local_change())
            self.worklist.complaintChanged.connect(lambda _id: self.office.local_change())
            self.worklist.show_office_column(*self._office_column())
            index = self.tabs.indexOf(self._worklist_placeholder)
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.worklist, self.tr("Complaints"))
            self.tabs.setCurrentIndex(current)
            self._worklist_placeholder.deleteLater()
        return self.worklist

    def _build_today(self) -> TodayPanel:
        if self.today is None:
            from desktop.ui.today_panel import TodayPanel

            self.today = TodayPanel(self._runner, self)
            self.today.openRequested.connect(self.show_complaint)
            self.today.show_office_column(*self._office_column())
            self.tabs.insertTab(0, self.today, self.tr("Today"))
        return self.today

    def _place_reports(self, desk: Desk) -> None:
        """The "Laporan" tab for roles that verify or administer, on the desk signed in to;
        gone for the others (another officer may sign in at the same window)."""
        actor = desk.access.current
        may = actor is not None and actor.may(REPORTS_PERMISSION)
        if may and (self.reports is None or self._reports_desk is not desk):
            self._build_reports(desk)
        shown = may and self.reports is not None
        self.menus.reports.setVisible(shown)
        self.menus.reports.setEnabled(shown)
        if self.reports is None:
            return
        index = self.tabs.indexOf(self.reports)
        if shown and index < 0:
            self.tabs.addTab(self.reports, self.tr("Reports"))
        elif not shown and index >= 0:
            self.tabs.removeTab(index)

    def _build_reports(self, desk: Desk) -> None:
        if self.reports is not None:  # another desk (a restore): its figures go with it
            self.reports.stop()
            index = self.tabs.indexOf(self.reports)
            if index >= 0:
                self.tabs.removeTab(index)
            self.reports.deleteLater()
            self.reports = None
        compute = self._report_figures_for(desk) if self._report_figures_for else None
        if compute is None:
            return
        from desktop.ui.reports.tab import ReportsTab  # QtCharts: when first signed in to

        self.reports = ReportsTab(compute, desk.clock, self, desk=desk, runner=self._runner)
        self.reports.figureChosen.connect(self.show_report_figure)
        self._reports_desk = desk

    def _show_reports(self) -> None:
        if self.reports is not None and self.tabs.indexOf(self.reports) >= 0:
            self._show_tab(self.reports)

    def show_report_figure(self, figure: str, complaint_ids: frozenset[int]) -> None:
        """The worklist, on exactly the complaints a report's figure counts."""
        worklist = self._build_worklist()
        worklist.show_report_figure(figure, complaint_ids)
        self._show_tab(worklist)

    def show_complaint(self, complaint_id: int) -> None:
        """Open a complaint's detail over the current tab (its follow-up steps live there),
        whatever the worklist's filters show."""
        self._build_worklist().open_complaint(complaint_id)

    def recalculate_due_dates(self) -> None:
        """Bring the stored due dates up to the desk's rules if they are not (on a worker of
        their own, with progress in the status bar)."""
        if self._desk is not None:
            self.due_dates.request(self._desk.due_dates)

    def _refresh_today(self, _complaint_id: int) -> None:
        if self.today is not None:
            self.today.refresh()

    def _office_column(self) -> tuple[bool, str]:
        return office_column(self.office.runner.status)

    def _show_office_mode(self, status: object) -> None:
        if self.worklist is not None:
            self.worklist.show_office_column(*office_column(status))
        if self.today is not None:
            self.today.show_office_column(*office_column(status))

    def _office_changed(self) -> None:
        """Other desks' complaints or follow-ups arrived: the lists and an open complaint show
        them; the form, the search words and an open step dialog keep what is typed."""
        desk = self._desk
        if desk is None or desk.access.current is None:
            return  # behind the lock: signing in reads the lists again
        if self.worklist is not None:
            self.worklist.reload_in_place()
        if self.today is not None:
            self.today.refresh()

    def _due_dates_recomputed(self, _count: int) -> None:
        if self.today is not None:
            self.today.refresh()
        self.dueDatesChanged.emit()

    def stop_background_work(self) -> None:
        """Stop the window's own workers (a due-date run, a sync round), before the desk
        closes. The idle lock stops too: it would sign out through a runner about to be shut
        down, and a window left for deletion keeps its timer running until then."""
        self.idle.uninstall()
        self.due_dates.stop()
        self.sync.stop()
        self.office.stop()
        self.backups.stop()
        self.diagnostics.stop()
        if self.reports is not None:
            self.reports.stop()

    def desk_failed(self, error: BaseException) -> None:
        """The database could not be opened: say why, in words IT staff can act on."""
        text = start_error_message(error)
        if text is None:
            raise error
        self.database_label.setText(self.tr("Database not available"))
        QMessageBox.critical(self, self.tr("The database cannot be opened"), text)

    def _show_office(self) -> DeskSettings | None:
        """Show the office the desk's settings name; the settings read (for the caller's other
        uses of them), or None when there is no desk or they could not be read."""
        if self._desk is None:
            return None
        settings = read_or_warn(self, self._desk.settings.load)
        if settings is None:
            return None
        if settings.configured:
            self.office_label.setText(f"{settings.office_name} ({settings.office_code})")
            # Ending with the application's name, which Windows and Linux add to a title that
            # does not: "Kecamatan Cibinong — Meja Aduan", not "Meja Aduan — ... — Meja Aduan".
            self.setWindowTitle(f"{settings.office_name} — Meja Aduan")
        else:
            self.office_label.setText(self.tr("Office not configured: Settings › Office"))
        return settings

    def _show_count(self, count: int) -> None:
        self.database_label.setText(self.tr("Ready"))

    def _show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()

    def _on_recorded(self, recorded: RecordedComplaint) -> None:
        desk = self._desk
        if desk is None:
            return
        self.sync.local_change()
        self.office.local_change()
        if desk.access.current is None:
            # The screen locked while saving: the number is shown once someone signs in.
            self._recorded_while_locked = recorded
            return
        if self.worklist is not None:
            self.worklist.refresh(select_id=recorded.id)
        from desktop.ui.intake.saved_dialog import SavedDialog

        # Opened, not exec'd: the blank form is ready behind it and nothing blocks the loop.
        dialog = SavedDialog(
            recorded,
            lambda: read_or_warn(self, lambda: desk.receipts.for_complaint(recorded.id)),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.intake.setFocus())
        self.saved_dialog = dialog
        dialog.open()

    def _run_dialog(self, build: desk_dialogs.Builder) -> bool:
        """Open one of the desk's dialogs; whether it was accepted."""
        if self._desk is None:
            return False
        return bool(build(self._desk, self._runner, self).exec())

    @property
    def language(self) -> str:
        return self._language

    def take_language(self, code: str) -> None:
        """Remember `code` as the interface language from the next start on."""
        self._language = code
        self._choose_language(code)

    def _edit_settings(self) -> None:
        self.sync.open_settings(on_sync_tab=False)

    def settings_changed(self) -> None:
        """The desk's settings were changed: show and use them now."""
        settings = self._show_office()
        self.sync.settings_changed()
        if self._intake is not None:
            self._intake.reload_reference_lists()
        if settings is not None and self._desk is not None and self._desk.access.current:
            self.idle.start(settings.idle_lock_minutes)
        self.recalculate_due_dates()  # does work only when limits or calendar changed

    def configuration_applied(self, provisioned: Provisioned) -> None:
        """IT staff's configuration file was applied: its language from the next start, its
        settings now, and its join code (if any) joins the office in the background."""
        language = provisioned.checked.profile.get("desk", "language")
        if language is not None:
            self.take_language(language)
        self.settings_changed()
        join_code = provisioned.checked.profile.get("office", "join_code")
        if join_code:
            self.office.join_with(join_code)

    def _edit_lists(self) -> None:
        if self._desk is not None:
            self._run_dialog(desk_dialogs.LISTS)
            self.intake.reload_reference_lists()
            if self.worklist is not None:
                self.worklist.reload_lists()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._runner.busy:
            # A save (or another write) is running: quitting now would hide its outcome,
            # such as the new complaint's number. It takes moments; ask to close again.
            event.ignore()
            self.statusBar().showMessage(
                self.tr("Still saving; close again when it is done."), 8000
            )
            return
        unsaved = self._intake is not None and self._intake.has_content()
        if unsaved or self._kept_drafts:
            question = self.tr("The form holds a complaint that is not saved. Quit anyway?")
            if not unsaved:
                question = self.tr(
                    "Another officer's unsaved complaint is kept until they sign in again; "
                    "quitting loses it. Quit anyway?"
                )
            answer = QMessageBox.question(
                self,
                self.tr("Quit"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.stop_background_work()
        event.accept()

    def focus_first_field(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.focus_first_field()

    def start_intake(self) -> None:
        """ "New complaint" (Ctrl+N, Ctrl+1) from anywhere: the form, at its first field.

        On the form itself it is "New form" (asking first when something is typed). From
        another tab a half-typed complaint is shown as it was left, never thrown away unseen:
        the status bar says how to start afresh."""
        form = self.intake
        if self.tabs.currentWidget() is form:
            form.ask_new_form()
        elif form.has_content():
            self.statusBar().showMessage(
                self.tr("The form still holds an unsaved complaint. Ctrl+N again clears it."),
                8000,
            )
        self.focus_first_field()


def office_column(status: object) -> tuple[bool, str]:
    """Whether the lists show "Dicatat oleh" (`status`: an `OfficeStatus`, None for a desk in
    no office), and this desk's code."""
    code = getattr(status, "desk_code", "")
    return status is not None, code if isinstance(code, str) else ""
