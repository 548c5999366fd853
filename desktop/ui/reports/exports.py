"""The "Ekspor" menu and "Terbitkan…" of the "Laporan" tab: the figures on screen written as a
recap workbook, a detail list (XLSX or CSV) or a narrative PDF, and, when issued, kept in the
register of issued reports.

Each asks where to save (Documents by default, like receipts), writes on a worker of its own
with its progress in the tab, then says where the file went with "Buka folder", or what went
wrong and what to do. File dialogs go through `ask_save_path`, which a test replaces with the
path it wants: the one seam between the user's choice and the real writing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.domain.access import Permission
from desktop.domain.report_figures import ReportFigures
from desktop.services.issued_report_values import ReportRefusedError
from desktop.services.report_texts import ReportTexts
from desktop.services.values import StorageFault
from desktop.ui.receipt import receipts_folder
from desktop.ui.reports.charts import ChartKind, chart_title, render_chart
from desktop.ui.reports.issue_dialog import IssueDialog
from desktop.ui.reports.register_texts import problem_text
from desktop.ui.reports.report_files import (
    DETAIL_KINDS,
    PDF_CHART_SIZE,
    ReportKind,
    ReportRequest,
    WrittenReport,
    file_fault_text,
    file_filter,
    kind_label,
    suggested_name,
    write_narrative,
    write_report,
)
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.services.report_narrative import NarrativeText, NotableCase
    from desktop.services.values import DeskSettings

# (parent, title, suggested path, file filter) -> the path chosen, or None when cancelled.
AskSavePath = Callable[[QWidget, str, Path, str], Path | None]
# The complaints of the figure chosen in the list: its name ("K3 Selesai") and their ids.
ChosenFigure = Callable[[], tuple[str, frozenset[int]]]


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


class _Progress(QObject):
    """Rows written, told from the worker thread and shown on the GUI thread (queued)."""

    advanced = Signal(int)


class ReportExports(QObject):
    """Signals:
    written(str): a report file was saved at this path (issued or not).
    issued(object): a report was issued into the register (its IssuedReportInfo).
    failed(str): nothing was saved; what to do, as the user was told.
    """

    written = Signal(str)
    issued = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        runner: TaskRunner,
        texts: ReportTexts,
        chosen_figure: ChosenFigure,
        say: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner  # the window's: the narrative's checks, the register dialog
        self._writer: TaskRunner | None = None  # the files': a long list must not hold saves
        self._texts = texts
        self._chosen_figure = chosen_figure
        self._say = say  # a line in the tab's state label
        self._parent = parent
        self._figures: ReportFigures | None = None
        self.ask_save_path: AskSavePath = ask_save_path
        self.result_box: QMessageBox | None = None
        self.narrative_dialog: QDialog | None = None
        self.issue_dialog: IssueDialog | None = None
        self.register_dialog: QDialog | None = None

        self.export_button = QPushButton(self.tr("&Export"), parent)
        self.export_menu = QMenu(self.export_button)
        self.export_actions: dict[ReportKind, QAction] = {}
        for kind in ReportKind:
            action = self.export_menu.addAction(kind_label(kind) + "…")
            action.triggered.connect(lambda _on=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.export_menu.addSeparator()
        self.reveal_action = self.export_menu.addAction(self.tr("Show &identities in detail lists"))
        self.reveal_action.setCheckable(True)
        self.reveal_action.setToolTip(
            self.tr("Full NIKs in the detail list; recorded in the audit trail")
        )
        self.export_menu.aboutToShow.connect(self._offer_reveal)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setToolTip(
            self.tr("Save the figures on screen as a file (the detail list: the selected figure's)")
        )
        self.issue_button = QPushButton(self.tr("&Issue…"), parent)
        self.issue_button.setToolTip(
            self.tr("Save a report to send and keep it, unchangeable, in the register")
        )
        self.issue_button.clicked.connect(self.choose_issue)
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress = _Progress(self)
        self._progress.advanced.connect(self.progress.setValue)
        self.set_figures(None)

    @property
    def busy(self) -> bool:
        return self._writer is not None and self._writer.busy

    def may_reveal(self) -> bool:
        return self._desk.access.allows(Permission.REVEAL_IDENTITY)

    def _offer_reveal(self) -> None:
        """Only roles that may reveal identities are offered to (the service checks again)."""
        may = self.may_reveal()
        self.reveal_action.setVisible(may)
        if not may:
            self.reveal_action.setChecked(False)

    def set_figures(self, figures: ReportFigures | None) -> None:
        """The figures on screen (None: none yet, or the screen was cleared)."""
        self._figures = figures
        self._enable()

    def _enable(self) -> None:
        ready = self._figures is not None and not self.busy
        self.export_button.setEnabled(ready)
        self.issue_button.setEnabled(ready)

    # ------------------------------------------------------------------ asking
    def export(self, kind: ReportKind, *, issue: bool = False, reveal: bool | None = None) -> None:
        """Write the figures on screen as `kind`, asking what is needed first."""
        figures = self._figures
        if figures is None or self.busy:
            return
        if kind is ReportKind.NARRATIVE:
            self._ask_narrative(figures, issue)
            return
        title, ids = self._chosen_figure() if kind in DETAIL_KINDS else ("", frozenset())
        revealing = self.reveal_action.isChecked() if reveal is None else reveal
        self._ask_and_write(
            ReportRequest(
                kind,
                figures,
                Path(),
                self._texts,
                issue=issue,
                figure_title=title,
                complaint_ids=ids,
                reveal_identity=revealing and self.may_reveal(),
            )
        )

    def choose_issue(self) -> None:
        """Which report to issue; then it is written and kept like any export."""
        if self._figures is None or self.busy:
            return
        dialog = IssueDialog(
            self._texts.name_period(self._figures.period),
            self._chosen_figure()[0],
            self.may_reveal(),
            self._parent,
        )
        dialog.accepted.connect(
            lambda: self.export(dialog.kind(), issue=True, reveal=dialog.reveal_identity())
        )
        self.issue_dialog = dialog
        dialog.open()

    def _ask_narrative(self, figures: ReportFigures, issue: bool) -> None:
        desk = self._desk
        self._say(self.tr("Opening the narrative report…"))
        self._runner.submit(
            desk.settings.load,
            lambda settings: self._open_narrative(figures, issue, settings),
            self._fault,
            owner=self,
        )

    def _open_narrative(self, figures: ReportFigures, issue: bool, settings: DeskSettings) -> None:
        from desktop.ui.reports.narrative_dialog import NarrativeDialog

        self._say("")
        dialog = NarrativeDialog(self._desk.narratives, settings, self._runner, self._parent)
        self.narrative_dialog = dialog

        def typed() -> None:
            assert dialog.text is not None
            self._narrative_typed(figures, issue, dialog.text, dialog.cases)

        dialog.accepted.connect(typed)
        dialog.open()

    def _narrative_typed(
        self,
        figures: ReportFigures,
        issue: bool,
        text: NarrativeText,
        cases: list[NotableCase],
    ) -> None:
        # Charts are drawn here, on the GUI thread (QtCharts); the PDF on the worker.
        charts = [
            (chart_title(kind), render_chart(kind, figures, PDF_CHART_SIZE, self._texts))
            for kind in ChartKind
        ]
        request = ReportRequest(
            ReportKind.NARRATIVE,
            figures,
            Path(),
            self._texts,
            issue=issue,
            narrative=text,
            cases=tuple(cases),
            charts=tuple(charts),
        )
        self._ask_and_write(request)

    def _ask_and_write(self, request: ReportRequest) -> None:
        if request.issue:
            title = self.tr("Issue %1: save the file to send").replace(
                "%1", kind_label(request.kind)
            )
        else:
            title = self.tr("Export %1").replace("%1", kind_label(request.kind))
            if request.kind in DETAIL_KINDS:
                title = f"{title}: {request.figure_title}"
        suggested = receipts_folder() / suggested_name(request.kind, request.figures, self._texts)
        target = self.ask_save_path(self._parent, title, suggested, file_filter(request.kind))
        if target is None:
            return
        self._write(replace(request, target=target))

    # ------------------------------------------------------------------ writing
    def _write(self, request: ReportRequest) -> None:
        if self._writer is None:
            self._writer = TaskRunner("report-files", self)
        rows = len(request.complaint_ids)
        if request.kind in DETAIL_KINDS and rows:
            self.progress.setRange(0, rows)
            self.progress.setValue(0)
        else:
            self.progress.setRange(0, 0)  # one go: how long is not known
        self.progress.show()
        self._say(
            self.tr("Writing %1 to %2…")
            .replace("%1", kind_label(request.kind))
            .replace("%2", str(request.target))
        )
        desk, advanced = self._desk, self._progress.advanced
        if request.kind is ReportKind.NARRATIVE:
            # Here, on the GUI thread (see report_files); the issuing goes to the worker.
            try:
                write_narrative(request, desk.clock().astimezone().date())
            except OSError as error:
                self._fault(error, request.target)
                return
        self._writer.submit(
            lambda: write_report(desk, request, advanced.emit),
            lambda written: self._written(request, written),
            lambda error: self._fault(error, request.target),
            owner=self,
        )
        self._enable()

    def _idle(self) -> None:
        self.progress.hide()
        self._enable()

    def _written(self, request: ReportRequest, written: WrittenReport) -> None:
        self._idle()
        where = str(written.path)
        if written.issued is not None:
            said = self.tr(
                "The report was issued and saved to:\n%1\n\nIt is kept unchanged in the "
                "register of issued reports, with SHA-256 %2."
            ).replace("%1", where)
            said = said.replace("%2", written.issued.sha256)
            self._say(self.tr("Issued and saved: %1").replace("%1", where))
        else:
            said = self.tr("%1 was saved to:\n%2").replace("%1", kind_label(request.kind))
            said = said.replace("%2", where)
            self._say(self.tr("Saved: %1").replace("%1", where))
        box = self._box(QMessageBox.Icon.Information, said)
        open_folder = box.addButton(self.tr("Open the &folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path.parent)))
        )
        if written.issued is not None:
            register = box.addButton(
                self.tr("Open the &register of issued reports"),
                QMessageBox.ButtonRole.ActionRole,
            )
            register.clicked.connect(self.open_register)
            box.setDefaultButton(register)
        box.open()
        self.written.emit(where)
        if written.issued is not None:
            self.issued.emit(written.issued)

    def _fault(self, error: BaseException, target: Path | None = None) -> None:
        self._idle()
        if isinstance(error, ReportRefusedError):
            text = self.tr("The report was saved but not issued: %1").replace(
                "%1", problem_text(error.problem, error.limit_mb)
            )
        elif isinstance(error, StorageFault):
            text = fault_message(error.kind)
        elif isinstance(error, OSError) and target is not None:
            text = file_fault_text(error, target)
        else:
            raise error
        self._say(text)
        self._box(QMessageBox.Icon.Warning, text).open()
        self.failed.emit(text)

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        """Not modal: the figures stay readable, and tests can read and press it."""
        if self.result_box is not None:
            self.result_box.close()
        box = QMessageBox(icon, self.tr("Reports"), text, QMessageBox.StandardButton.Close)
        box.setParent(self._parent, box.windowFlags())
        box.setModal(False)
        self.result_box = box
        return box

    def open_register(self) -> None:
        """The register of issued reports, with today's figures to compare against."""
        from desktop.ui.desk_dialogs import issued_reports_dialog

        dialog = issued_reports_dialog(self._desk, self._runner, self._parent)
        self.register_dialog = dialog
        dialog.open()

    def stop(self) -> None:
        """End the files' worker (the window closes, or the desk goes)."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown()
            writer.deleteLater()
        self._idle()
