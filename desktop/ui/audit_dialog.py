"""The audit trail for admins: who did what and when, filtered, checked, exported.

Every read, check and export runs on the task runner; the dialog only shows results.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit_actions import AuditAction
from desktop.services.audit_values import AuditFilter, AuditLines, ChainResult
from desktop.services.values import StorageFault
from desktop.ui.audit_model import AuditModel
from desktop.ui.audit_texts import action_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message
from desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from desktop.services.audit_trail import AuditTrail


class AuditDialog(QDialog):
    """Signals:
    loaded(int): a listing is on screen, with this many rows.
    chainChecked(object): the ChainResult of a "Check chain" press.
    exported(int): the rows written by an export.
    """

    loaded = Signal(int)
    chainChecked = Signal(object)
    exported = Signal(int)

    def __init__(
        self, trail: AuditTrail, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._trail = trail
        self._runner = runner
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1180, 620)  # fits a 1366x768 screen with the taskbar

        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("All users"), "")
        self.user_combo.setMinimumContentsLength(16)  # usernames arrive after the first paint
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("All actions"), "")
        for action in AuditAction:
            self.action_combo.addItem(action_label(action), action.value)
        self.since_field = DateField(self)
        self.until_field = DateField(self)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setDefault(True)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&User:"), self.user_combo),
            (self.tr("Ac&tion:"), self.action_combo),
            (self.tr("&From:"), self.since_field),
            (self.tr("T&o:"), self.until_field),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)

        self.model = AuditModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 110, 210, 170)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check chain"), self)
        self.check_button.setToolTip(
            self.tr("Check that no entry was changed or deleted outside Meja Aduan")
        )
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_label)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(self.apply)
        self.check_button.clicked.connect(self.check_chain)
        self.export_button.clicked.connect(self.choose_export_file)
        self._runner.submit(self._trail.actors, self._show_actors, self._failed)
        self.apply()

    def current_filter(self) -> AuditFilter | None:
        """The filter as entered, or None (and a message) when a date cannot be read."""
        days: list[dt.date | None] = []
        for field in (self.since_field, self.until_field):
            if not field.is_blank() and field.date() is None:
                self.status_label.setText(
                    self.tr("Write the date as DD-MM-YYYY, for example 17-08-2026.")
                )
                field.setFocus()
                return None
            days.append(field.date())
        since, until = days
        if since and until and since > until:
            self.status_label.setText(self.tr("The first date is after the last one."))
            return None
        action = self.action_combo.currentData()
        return AuditFilter(
            actor=self.user_combo.currentData() or "",
            actions=frozenset({action}) if action else frozenset(),
            since=since,
            until=until,
        )

    def apply(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        self.status_label.setText(self.tr("Loading…"))
        self._runner.submit(lambda: self._trail.entries(wanted), self._show_lines, self._failed)

    def _show_actors(self, actors: list[str]) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("All users"), "")
        for name in actors:
            self.user_combo.addItem(name, name)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(chosen)))

    def _show_lines(self, found: AuditLines) -> None:
        self.model.set_lines(found.lines)
        count = QLocale().toString(len(found.lines))
        if found.more:
            text = self.tr("The newest %1 entries; narrow the filter to see older ones.")
        else:
            text = self.tr("%1 entries, newest first")
        self.status_label.setText(text.replace("%1", count))
        self.loaded.emit(len(found.lines))

    def check_chain(self) -> None:
        self.check_button.setEnabled(False)
        self.chain_label.setText(self.tr("Checking the audit trail…"))
        self._runner.submit(self._trail.verify, self._show_chain, self._failed)

    def _show_chain(self, result: ChainResult) -> None:
        self.check_button.setEnabled(True)
        if result.intact:
            text = self.tr("The audit trail is intact: %1 entries checked.").replace(
                "%1", QLocale().toString(result.entries)
            )
            self.chain_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        elif result.chain_intact and result.register_whole:
            text = self.tr(
                "Issued reports were changed outside Meja Aduan (report %1): they are not as "
                "they were issued. Leave this computer as it is and call IT staff."
            ).replace("%1", ", ".join(str(i) for i in result.reports_not_as_issued[:3]))
            self.chain_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif result.chain_intact:
            shown = [*result.changed, *result.unaccounted][:3]
            text = self.tr(
                "Complaints were changed outside Meja Aduan (%1 and %2 more): the audit trail "
                "does not account for them as they are now. Leave this computer as it is and "
                "call IT staff."
            )
            more = len(result.changed) + len(result.unaccounted) + result.removed - len(shown)
            text = text.replace("%1", ", ".join(shown) or "-").replace(
                "%2", QLocale().toString(max(more, 0))
            )
            self.chain_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            text = self.tr(
                "The audit trail is BROKEN at entry %1: entries were changed or deleted outside "
                "Meja Aduan. Leave this computer as it is and call IT staff."
            ).replace("%1", str(result.first_broken_id))
            self.chain_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.chain_label.setText(text)
        self.chainChecked.emit(result)
        self.apply()  # the check is itself an entry

    def choose_export_file(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        suggested = Path.home() / f"audit-{dt.date.today():%Y%m%d}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.export_to(wanted, Path(chosen))

    def export_to(self, wanted: AuditFilter, path: Path) -> None:
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        self._runner.submit(
            lambda: self._trail.export_csv(wanted, path),
            lambda rows: self._show_export(rows, path),
            self._failed,
        )

    def _show_export(self, rows: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Exported to %2. Entries: %1.")
            .replace("%1", QLocale().toString(rows))
            .replace("%2", str(path))
        )
        self.exported.emit(rows)

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if self.chain_label.text() == self.tr("Checking the audit trail…"):
            self.chain_label.clear()
        if not isinstance(error, StorageFault):
            raise error
        self.status_label.setText(fault_message(error.kind))
        QMessageBox.warning(self, self.tr("Audit trail"), fault_message(error.kind))
