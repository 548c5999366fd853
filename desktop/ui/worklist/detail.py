"""A recorded complaint, read-only: what was recorded, its attachments, its receipt again.

The dialog shows what the services hand it: identity numbers masked, a confidential report
redacted for roles that may not read it. "Show identity" asks the service for the full values
(an audited act) and is offered only to roles allowed to do it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Reporter, Status
from desktop.domain.records import ComplaintRecord, StoredAttachment
from desktop.services.access import AccessDeniedError
from desktop.services.values import DamagedAttachmentError, Receipt, StorageFault
from desktop.ui.receipt import ask_and_save_pdf, print_receipt
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import (
    channel_label,
    fault_message,
    format_date,
    format_datetime,
    format_size,
    status_label,
    type_label,
)
from desktop.ui.widgets.layout import report_and_person_columns
from desktop.ui.worklist.model import recorded_by_text

if TYPE_CHECKING:
    from desktop.ui.worklist.timeline import TimelinePanel

SaveAttachment = Callable[[StoredAttachment, Path], None]
RevealIdentity = Callable[[], Reporter]


class DetailDialog(QDialog):
    def __init__(
        self,
        record: ComplaintRecord,
        runner: TaskRunner,
        load_receipt: Callable[[], Receipt | None],
        save_attachment: SaveAttachment | None,
        reveal_identity: RevealIdentity | None = None,
        parent: QWidget | None = None,
        timeline: TimelinePanel | None = None,
    ) -> None:
        """`save_attachment` and `reveal_identity` are None for a role that may not use them;
        both run on the task runner (an audited write; decrypting up to 20 MB)."""
        super().__init__(parent)
        self._runner = runner
        self._record = record
        self._load_receipt = load_receipt
        self._save_attachment = save_attachment
        self._reveal_identity = reveal_identity
        self.timeline = timeline
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", record.local_number))
        self.resize(900, 640)

        report = QGroupBox(self.tr("Report"), self)
        self.status_value = self._value(status_label(record.status))
        form = QFormLayout(report)
        kind = type_label(record.type)
        if record.supervisory:
            kind += " — " + self.tr("implies wrongdoing by an official")
        flags = [self.tr("Anonymous")] if record.is_anonymous else []
        flags += [self.tr("Confidential")] if record.is_secret else []
        for label, value in (
            (self.tr("Number"), record.local_number),
            (self.tr("Received"), format_datetime(record.received_at)),
            (self.tr("Status"), self.status_value),
            (self.tr("Channel"), channel_label(record.channel)),
            (self.tr("Type"), kind),
            (self.tr("Category"), record.category_path),
            (self.tr("Institution"), record.institution or "—"),
            (self.tr("Title"), self.tr("Confidential report") if record.redacted else record.title),
            (
                self.tr("Incident date"),
                format_date(record.incident_date) if record.incident_date else "—",
            ),
            (self.tr("Location"), record.region_path or "—"),
            (self.tr("Address"), record.incident_address or "—"),
            (self.tr("Privacy"), ", ".join(flags) or "—"),
            (self.tr("LAPOR! tracking ID"), record.national_tracking_id or self.tr("not yet sent")),
            (
                self.tr("Recorded by"),
                recorded_by_text(record.recorded_by, record.recorded_at_desk) or "—",
            ),
        ):
            form.addRow(label, value if isinstance(value, QLabel) else self._value(value))
        self.description = QPlainTextEdit(record.description, self)
        self.description.setReadOnly(True)
        if record.redacted:
            self.description.setPlaceholderText(
                self.tr("Only a verifikator or an admin may read a confidential report.")
            )
        form.addRow(self.tr("Description"), self.description)

        person = QGroupBox(self.tr("Complainant"), self)
        people = QFormLayout(person)
        if record.is_anonymous:
            people.addRow(
                self._value(self.tr("Anonymous report: do not disclose the identity below."))
            )
        self.identity: dict[str, QLabel] = {}
        if record.redacted:
            people.addRow(self._value(self.tr("Withheld: confidential report.")))
        else:
            for key, label in (
                ("name", self.tr("Name")),
                ("nik", self.tr("NIK")),
                ("phone", self.tr("Phone")),
                ("email", self.tr("E-mail")),
                ("address", self.tr("Home address")),
            ):
                self.identity[key] = self._value("")
                people.addRow(label, self.identity[key])
            self._show_reporter(record.reporter)
        privacy = self.tr("yes") if record.privacy_acknowledged else self.tr("no")
        people.addRow(self.tr("Privacy notice given"), self._value(privacy))
        self.reveal_button: QPushButton | None = None
        if reveal_identity is not None and not record.redacted and record.reporter.has_identity():
            self.reveal_button = QPushButton(self.tr("&Show identity"), person)
            self.reveal_button.setToolTip(
                self.tr("Show the full NIK, phone and e-mail (recorded in the audit trail)")
            )
            people.addRow(self.reveal_button)
            self.reveal_button.clicked.connect(self._reveal)

        files = QGroupBox(self.tr("Attachments"), self)
        self.attachments = QListWidget(files)
        for stored in record.attachments:
            text = f"{stored.info.original_name}    {format_size(stored.info.size)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.attachments.addItem(item)
        self.copy_button = QPushButton(self.tr("Save a &copy…"), files)
        self.copy_button.setEnabled(bool(record.attachments))
        self.copy_button.setVisible(save_attachment is not None)
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.attachments)
        files_layout.addWidget(self.copy_button)

        columns = report_and_person_columns(report, person, files)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = buttons.addButton(
            self.tr("&Print receipt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Receipt as P&DF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        if timeline is None:
            layout.addLayout(columns, 1)
        else:
            # The record and its follow-up side by side would not fit a 1366x768 screen.
            details = QWidget(self)
            details.setLayout(columns)
            self.tabs = QTabWidget(self)
            self.tabs.addTab(details, self.tr("&Details"))
            self.tabs.addTab(timeline, self.tr("&Follow-up"))
            timeline.statusShown.connect(self._show_status)
            layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.copy_button.clicked.connect(self._copy_attachment)

    def _show_status(self, status: Status) -> None:
        self.status_value.setText(status_label(status))

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_reporter(self, reporter: Reporter) -> None:
        for key, value in (
            ("name", reporter.name),
            ("nik", reporter.nik),
            ("phone", reporter.phone),
            ("email", reporter.email),
            ("address", reporter.address),
        ):
            self.identity[key].setText(value or "—")

    def _reveal(self) -> None:
        if self._reveal_identity is None or self.reveal_button is None:
            return
        self.reveal_button.setEnabled(False)
        self._runner.submit(self._reveal_identity, self._revealed, self._failed, owner=self)

    def _revealed(self, reporter: Reporter) -> None:
        self._show_reporter(reporter)
        if self.reveal_button is not None:
            self.reveal_button.hide()

    def _print(self) -> None:
        receipt = self._load_receipt()
        if receipt is not None:
            print_receipt(receipt, self)

    def _save_pdf(self) -> None:
        receipt = self._load_receipt()
        if receipt is not None:
            ask_and_save_pdf(receipt, self)

    def _copy_attachment(self) -> None:
        item = self.attachments.currentItem() or self.attachments.item(0)
        if item is None:
            return
        stored: StoredAttachment = item.data(Qt.ItemDataRole.UserRole)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the attachment"),
            str(Path(folder) / stored.info.original_name),
        )
        save = self._save_attachment
        if not name or save is None:
            return
        self.copy_button.setEnabled(False)
        self._runner.submit(
            lambda: save(stored, Path(name)), self._copied, self._failed, owner=self
        )

    def _copied(self, _: None) -> None:
        self.copy_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.copy_button.setEnabled(bool(self._record.attachments))
        if self.reveal_button is not None:
            self.reveal_button.setEnabled(True)
        if isinstance(error, AccessDeniedError):
            return  # the screen locked meanwhile; the dialog closes with it
        if isinstance(error, DamagedAttachmentError):
            text = self.tr(
                "The stored attachment is damaged or was changed outside Meja Aduan. "
                "Call IT staff to restore it from the latest backup."
            )
        elif isinstance(error, StorageFault):
            text = fault_message(error.kind)
        else:
            raise error
        QMessageBox.warning(self, self.windowTitle(), text)
