"""Table models of the register of issued reports and of a year's evidence documents. Both hold
the plain values a service returned; the lists are short (a few dozen rows a year)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.services.issued_report_values import EvidenceInfo, IssuedReportInfo
from desktop.ui.reports.register_texts import (
    evidence_kind_label,
    file_size_text,
    format_label,
)
from desktop.ui.reports.texts import report_texts
from desktop.ui.texts import format_short_datetime, officer_name, user_name_tip
from desktop.ui.widgets.table_model import AnyIndex, HeaderedTableModel


class IssuedReportsModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IssuedReportInfo] = []
        self._name_period = report_texts().name_period
        self._headers = (
            self.tr("Period"),
            self.tr("Format"),
            self.tr("Cut-off"),
            self.tr("Issued by"),
            self.tr("Issued at"),
            self.tr("SHA-256"),
        )

    def set_reports(self, reports: Sequence[IssuedReportInfo]) -> None:
        self.beginResetModel()
        self._rows = list(reports)
        self.endResetModel()

    def report_at(self, row: int) -> IssuedReportInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        report = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return report.sha256  # the whole hash, to compare with a copy sent
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return user_name_tip(report.issued_by)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self._name_period(report.period),
            format_label(report.format),
            format_short_datetime(report.cut_off),
            officer_name(report.issued_by_name, report.issued_by),
            format_short_datetime(report.issued_at),
            report.short_sha256,
        )[index.column()]


class EvidenceModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EvidenceInfo] = []
        self._headers = (
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("File"),
            self.tr("Size"),
            self.tr("Added by"),
            self.tr("Added at"),
            self.tr("SHA-256"),
            self.tr("Withdrawn"),
        )

    def set_documents(self, documents: Sequence[EvidenceInfo]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> EvidenceInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        document = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 6:
                return document.sha256
            if index.column() == 7 and document.withdrawn:
                return document.withdraw_reason
            if index.column() == 4:
                return user_name_tip(document.added_by)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        withdrawn = ""
        if document.withdrawn_at is not None:
            by = officer_name(document.withdrawn_by_name, document.withdrawn_by or "")
            withdrawn = (
                self.tr("%1 by %2: %3")
                .replace("%1", format_short_datetime(document.withdrawn_at))
                .replace("%2", by)
                .replace("%3", document.withdraw_reason)
            )
        return (
            evidence_kind_label(document.kind),
            document.title,
            document.original_name,
            file_size_text(document.size),
            officer_name(document.added_by_name, document.added_by),
            format_short_datetime(document.added_at),
            document.sha256[:12],
            withdrawn,
        )[index.column()]
