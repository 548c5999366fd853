"""The register of issued reports ("Laporan terbit"): every report as it was sent, opened again
byte for byte, and, when today's figures can be had, how they differ from what was sent.

Reading the register, checking a file and computing today's figures run on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.report_figures import ReportPeriod
from desktop.domain.report_register import HeadlineChange, HeadlineFigure, compare_headlines
from desktop.services.issued_report_values import IssuedReportDamagedError, IssuedReportInfo
from desktop.services.values import StorageFault
from desktop.ui.reports.register_model import IssuedReportsModel
from desktop.ui.reports.register_texts import figure_text, indicator_label, period_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.row_table import row_table

if TYPE_CHECKING:
    from desktop.services.report_register import ReportRegister

# Today's headline for a period (the figures engine's job): given by whoever opens the dialog.
TodayHeadline = Callable[[ReportPeriod], Mapping[str, HeadlineFigure]]


class IssuedReportsDialog(QDialog):
    """Signals:
    loaded(int): the register is on screen, with this many reports.
    saved(str): a copy of an issued report was written to this path.
    differencesShown(int): the differences with today's figures are on screen (how many).
    """

    loaded = Signal(int)
    saved = Signal(str)
    differencesShown = Signal(int)

    def __init__(
        self,
        register: ReportRegister,
        runner: TaskRunner,
        parent: QWidget | None = None,
        today_headline: TodayHeadline | None = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._runner = runner
        self._today_headline = today_headline
        self.setWindowTitle(self.tr("Issued reports"))
        self.resize(980, 560)

        intro = QLabel(
            self.tr(
                "Each report is kept exactly as it was issued. Open one to save a copy of the "
                "file that was sent; it is checked against its SHA-256 first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = IssuedReportsModel(self)
        self.table = row_table(self.model, (170, 140, 130, 110, 130), 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.differences_label = QLabel(self)
        self.differences_label.setWordWrap(True)
        self.differences_label.setVisible(today_headline is not None)

        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setToolTip(self.tr("Save a copy of the issued file and open it"))
        self.open_button.setEnabled(False)
        self.open_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.differences_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self.open_button.clicked.connect(self.choose_copy_file)
        # Enter on a row presses the default button (Open); a double click does the same.
        self.table.doubleClicked.connect(lambda _index: self.choose_copy_file())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.status_label.setText(self.tr("Loading…"))
        self._runner.submit(self._register.reports, self._show_reports, self._failed, owner=self)

    def selected(self) -> IssuedReportInfo | None:
        return self.model.report_at(self.table.currentIndex().row())

    def _show_reports(self, reports: list[IssuedReportInfo]) -> None:
        self.model.set_reports(reports)
        if reports:
            self.status_label.setText(self.tr("%n report(s) issued.", "", len(reports)))
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
        else:
            self.status_label.setText(self.tr("No report has been issued yet."))
        self.loaded.emit(len(reports))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        report = self.model.report_at(current.row())
        self.open_button.setEnabled(report is not None)
        if report is None or self._today_headline is None:
            return
        self.differences_label.setText(self.tr("Computing today's figures…"))
        headline_for = self._today_headline
        self._runner.submit(
            lambda: compare_headlines(report.headline, headline_for(report.period)),
            lambda changes: self._show_differences(report, changes),
            self._failed,
            owner=self,
        )

    def _show_differences(self, report: IssuedReportInfo, changes: list[HeadlineChange]) -> None:
        if self.selected() != report:
            return  # another row was chosen meanwhile; its own answer follows
        title = self.tr("Today's figures for %1 against the issued report:").replace(
            "%1", period_label(report.period)
        )
        if not changes:
            text = self.tr("Today's figures for %1 are the same as in the issued report.")
            self.differences_label.setText(text.replace("%1", period_label(report.period)))
        else:
            lines = [
                f"{indicator_label(c.code)}: {figure_text(c.then)} → {figure_text(c.now)}"
                for c in changes
            ]
            self.differences_label.setText("\n".join([title, *lines]))
        self.differencesShown.emit(len(changes))

    def choose_copy_file(self) -> None:
        report = self.selected()
        if report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the issued report"), str(Path(folder) / report.file_name)
        )
        if chosen:
            self.save_copy_to(report, Path(chosen), open_after=True)

    def save_copy_to(self, report: IssuedReportInfo, target: Path, *, open_after: bool) -> None:
        """Write the checked file to `target`, then open it with the system's program."""
        self.open_button.setEnabled(False)
        self.status_label.setText(self.tr("Checking and saving the file…"))
        self._runner.submit(
            lambda: self._register.save_copy(report.id, target),
            lambda _info: self._copy_saved(target, open_after),
            self._failed,
            owner=self,
        )

    def _copy_saved(self, target: Path, open_after: bool) -> None:
        self.open_button.setEnabled(self.selected() is not None)
        self.status_label.setText(
            self.tr("Saved to %1, unchanged since it was issued.").replace("%1", str(target))
        )
        self.saved.emit(str(target))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _failed(self, error: BaseException) -> None:
        self.open_button.setEnabled(self.selected() is not None)
        if isinstance(error, IssuedReportDamagedError):
            text = self.tr(
                "The kept file of this report is missing or was changed outside Meja Aduan: "
                "it is not the file that was issued, and no copy was saved. Call IT staff."
            )
        elif isinstance(error, StorageFault):
            text = fault_message(error.kind)
        else:
            raise error
        self.status_label.setText(text)
        QMessageBox.warning(self, self.tr("Issued reports"), text)
