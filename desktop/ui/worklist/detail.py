"""A recorded complaint, read-only: what was recorded, its attachments, its receipt again."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

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
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ComplaintRecord, StoredAttachment
from desktop.services.values import Receipt
from desktop.ui.receipt import ask_and_save_pdf, print_receipt
from desktop.ui.texts import (
    channel_label,
    format_date,
    format_datetime,
    format_size,
    status_label,
    type_label,
)
from desktop.ui.widgets.layout import report_and_person_columns


class DetailDialog(QDialog):
    def __init__(
        self,
        record: ComplaintRecord,
        load_receipt: Callable[[], Receipt | None],
        attachment_path: Callable[[str], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._load_receipt = load_receipt
        self._attachment_path = attachment_path
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", record.local_number))
        self.resize(900, 640)

        report = QGroupBox(self.tr("Report"), self)
        form = QFormLayout(report)
        kind = type_label(record.type)
        if record.supervisory:
            kind += " — " + self.tr("implies wrongdoing by an official")
        flags = [self.tr("Anonymous")] if record.is_anonymous else []
        flags += [self.tr("Confidential")] if record.is_secret else []
        for label, value in (
            (self.tr("Number"), record.local_number),
            (self.tr("Received"), format_datetime(record.received_at)),
            (self.tr("Status"), status_label(record.status)),
            (self.tr("Channel"), channel_label(record.channel)),
            (self.tr("Type"), kind),
            (self.tr("Category"), record.category_path),
            (self.tr("Institution"), record.institution or "—"),
            (self.tr("Title"), record.title),
            (
                self.tr("Incident date"),
                format_date(record.incident_date) if record.incident_date else "—",
            ),
            (self.tr("Location"), record.region_path or "—"),
            (self.tr("Address"), record.incident_address or "—"),
            (self.tr("Privacy"), ", ".join(flags) or "—"),
            (self.tr("LAPOR! tracking ID"), record.national_tracking_id or self.tr("not yet sent")),
        ):
            form.addRow(label, self._value(value))
        self.description = QPlainTextEdit(record.description, self)
        self.description.setReadOnly(True)
        form.addRow(self.tr("Description"), self.description)

        person = QGroupBox(self.tr("Complainant"), self)
        people = QFormLayout(person)
        r = record.reporter
        if record.is_anonymous:
            people.addRow(
                self._value(self.tr("Anonymous report: do not disclose the identity below."))
            )
        for label, value in (
            (self.tr("Name"), r.name),
            (self.tr("NIK"), r.nik),
            (self.tr("Phone"), r.phone),
            (self.tr("E-mail"), r.email),
            (self.tr("Home address"), r.address),
        ):
            people.addRow(label, self._value(value or "—"))
        privacy = self.tr("yes") if record.privacy_acknowledged else self.tr("no")
        people.addRow(self.tr("Privacy notice given"), self._value(privacy))

        files = QGroupBox(self.tr("Attachments"), self)
        self.attachments = QListWidget(files)
        for stored in record.attachments:
            text = f"{stored.info.original_name}    {format_size(stored.info.size)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.attachments.addItem(item)
        self.copy_button = QPushButton(self.tr("Save a &copy…"), files)
        self.copy_button.setEnabled(bool(record.attachments))
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
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.copy_button.clicked.connect(self._copy_attachment)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

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
        if not name:
            return
        try:
            shutil.copyfile(self._attachment_path(stored.stored_name), name)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Copy not saved"), str(error))
