"""Evidence documents ("Bukti dukung") of one year: add a file with its kind and title, list,
withdraw, and export the year as one zip (with issued reports chosen to go with it).

Encrypting a file, reading the list and writing the zip run on the task runner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.report_register import (
    EVIDENCE_TITLE_MAX,
    EVIDENCE_YEAR_MAX,
    EVIDENCE_YEAR_MIN,
    EvidenceKind,
)
from desktop.services.issued_report_values import (
    EvidenceDamagedError,
    EvidenceInfo,
    EvidenceToAdd,
    ExportedZip,
    IssuedReportDamagedError,
    ReportProblem,
    ReportRefusedError,
)
from desktop.services.values import StorageFault
from desktop.ui.reports.register_model import EvidenceModel
from desktop.ui.reports.register_texts import evidence_kind_label, problem_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.row_table import row_table

if TYPE_CHECKING:
    from desktop.services.evidence import EvidenceDocuments


class EvidenceDialog(QDialog):
    """Signals:
    loaded(int): the year's list is on screen, with this many documents.
    added(int): a document was kept (its id).
    withdrawn(int): a document was withdrawn (its id).
    exported(str): the zip was written to this path.
    """

    loaded = Signal(int)
    added = Signal(int)
    withdrawn = Signal(int)
    exported = Signal(str)

    def __init__(
        self,
        evidence: EvidenceDocuments,
        runner: TaskRunner,
        parent: QWidget | None = None,
        year: int | None = None,
        report_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._evidence = evidence
        self._runner = runner
        # Issued reports to put in the zip (the Laporan tab passes the yearly report's).
        self._report_ids = tuple(report_ids)
        self.setWindowTitle(self.tr("Evidence documents"))
        self.resize(1040, 600)

        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(EVIDENCE_YEAR_MIN, EVIDENCE_YEAR_MAX)
        self.year_spin.setValue(year or dt.date.today().year)
        self.show_withdrawn = QCheckBox(self.tr("Show wit&hdrawn documents"), self)
        top = QHBoxLayout()
        year_caption = QLabel(self.tr("&Year:"), self)
        year_caption.setBuddy(self.year_spin)
        top.addWidget(year_caption)
        top.addWidget(self.year_spin)
        top.addWidget(self.show_withdrawn)
        top.addStretch(1)

        self.kind_combo = QComboBox(self)
        for kind in EvidenceKind:
            self.kind_combo.addItem(evidence_kind_label(kind), kind.value)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(EVIDENCE_TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("for example: SK Tim Pengaduan 2026"))
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("PDF, office document or image"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        # Enter in the form's fields adds (the dialog presses its default button).
        self.add_button.setDefault(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&File:"), file_row)
        for caption, field in (
            (form.labelForField(self.kind_combo), self.kind_combo),
            (form.labelForField(self.title_edit), self.title_edit),
        ):
            if isinstance(caption, QLabel):
                caption.setBuddy(field)
        file_caption = form.labelForField(file_row)
        if isinstance(file_caption, QLabel):
            file_caption.setBuddy(self.file_edit)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)

        self.model = EvidenceModel(self)
        self.table = row_table(self.model, (190, 220, 150, 70, 90, 120, 100), 7, self)
        self.table.setTabKeyNavigation(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("&Export zip…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.withdraw_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)

        self.year_spin.valueChanged.connect(lambda _year: self.refresh())
        self.show_withdrawn.toggled.connect(lambda _on: self.refresh())
        self.browse_button.clicked.connect(self.choose_file)
        self.add_button.clicked.connect(self.add_document)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.export_button.clicked.connect(self.choose_export_file)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._selection_changed(current.row())
        )
        self.refresh()

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def selected(self) -> EvidenceInfo | None:
        return self.model.document_at(self.table.currentIndex().row())

    def refresh(self) -> None:
        year, withdrawn = self.year, self.show_withdrawn.isChecked()
        self.status_label.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda: self._evidence.documents(year, withdrawn=withdrawn),
            lambda documents: self._show_documents(year, documents),
            self._failed,
            owner=self,
        )

    def _show_documents(self, year: int, documents: list[EvidenceInfo]) -> None:
        if year != self.year:
            return  # the year changed meanwhile; its own list follows
        self.model.set_documents(documents)
        self._selection_changed(self.table.currentIndex().row())
        self.status_label.setText(
            self.tr("%n document(s) kept for %1.", "", len(documents)).replace("%1", str(year))
        )
        self.loaded.emit(len(documents))

    def _selection_changed(self, row: int) -> None:
        document = self.model.document_at(row)
        self.withdraw_button.setEnabled(document is not None and not document.withdrawn)

    # ------------------------------------------------------------ adding
    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the evidence document"),
            folder,
            self.tr(
                "Documents and images (*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt "
                "*.ods *.odp *.rtf *.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic)"
                ";;All files (*)"
            ),  # fmt: skip
        )
        if chosen:
            self.file_edit.setText(chosen)
            if not self.title_edit.text().strip():
                self.title_edit.setText(Path(chosen).stem)
            self.add_button.setFocus()

    def add_document(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            self._refuse(problem_text(ReportProblem.TITLE_EMPTY), self.title_edit)
            return
        path_text = self.file_edit.text().strip()
        if not path_text:
            self._refuse(self.tr("Choose the file to keep."), self.file_edit)
            return
        request = EvidenceToAdd(
            self.year, EvidenceKind(self.kind_combo.currentData()), title, Path(path_text)
        )
        self.add_button.setEnabled(False)
        self.status_label.setText(self.tr("Encrypting and keeping the file…"))
        self._runner.submit(
            lambda: self._evidence.add(request), self._document_added, self._failed, owner=self
        )

    def _document_added(self, document: EvidenceInfo) -> None:
        self.add_button.setEnabled(True)
        self.title_edit.clear()
        self.file_edit.clear()
        self.title_edit.setFocus()
        self.added.emit(document.id)
        if document.year != self.year:
            self.year_spin.setValue(document.year)  # refreshes
        else:
            self.refresh()

    def _refuse(self, text: str, field: QWidget) -> None:
        self.status_label.setText(text)
        field.setFocus()

    # ------------------------------------------------------------ withdrawing
    def ask_withdraw(self) -> None:
        document = self.selected()
        if document is None or document.withdrawn:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw an evidence document"),
            self.tr("Why is \u201c%1\u201d withdrawn? It stays in the audit trail.").replace(
                "%1", document.title
            ),
        )
        if ok:
            self.withdraw(document, reason)

    def withdraw(self, document: EvidenceInfo, reason: str) -> None:
        if not reason.strip():
            self.status_label.setText(self.tr("Write why the document is withdrawn."))
            return
        self.withdraw_button.setEnabled(False)
        self._runner.submit(
            lambda: self._evidence.withdraw(document.id, reason),
            lambda _none: self._document_withdrawn(document.id),
            self._failed,
            owner=self,
        )

    def _document_withdrawn(self, document_id: int) -> None:
        self.withdrawn.emit(document_id)
        self.refresh()

    # ------------------------------------------------------------ exporting
    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"bukti-dukung-{self.year}.zip"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the evidence documents"), str(suggested),
            self.tr("Zip files (*.zip)"),
        )  # fmt: skip
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        year, reports = self.year, self._report_ids
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the zip…"))
        self._runner.submit(
            lambda: self._evidence.export_zip(year, target, reports),
            self._zip_written,
            self._failed,
            owner=self,
        )

    def _zip_written(self, exported: ExportedZip) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Exported %n file(s) to %1, with their list and SHA-256.", "",
                    len(exported.members)).replace("%1", str(exported.path))
        )  # fmt: skip
        self.exported.emit(str(exported.path))

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._selection_changed(self.table.currentIndex().row())
        if isinstance(error, ReportRefusedError):
            self.status_label.setText(problem_text(error.problem, error.limit_mb))
            return
        if isinstance(error, LookupError):
            self.refresh()  # withdrawn meanwhile (another desk, another window)
            return
        if isinstance(error, EvidenceDamagedError | IssuedReportDamagedError):
            text = self.tr(
                "A kept file is missing or was changed outside Meja Aduan, so the zip was not "
                "written. Call IT staff."
            )
        elif isinstance(error, StorageFault):
            text = fault_message(error.kind)
        else:
            raise error
        self.status_label.setText(text)
        QMessageBox.warning(self, self.tr("Evidence documents"), text)
