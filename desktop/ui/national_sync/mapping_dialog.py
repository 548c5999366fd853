"""IT staff's mapping between the desk's values and LAPOR!'s ids, kind by kind: channels,
classifications, categories, institutions (with "default", the national institution a complaint
without a target goes to), locations, and the national status codes -> the desk's statuses.

A masters refresh fills categories and institutions by name; an entry made here is the desk's
own and a refresh leaves it alone. An empty national value removes the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaint import Channel, ComplaintType, Status
from desktop.services.access import AccessDeniedError
from desktop.services.values import StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import channel_label, fault_message, status_label, type_label
from desktop.ui.widgets.table_model import HeaderedTableModel

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from sync.desk import NationalSync

AnyIndex = QModelIndex | QPersistentModelIndex
DEFAULT_KEY = "default"  # sync.lapor.DEFAULT_TARGET


def kind_labels() -> dict[str, str]:
    return {
        "channel": QCoreApplication.translate("MappingDialog", "Channels"),
        "classification": QCoreApplication.translate("MappingDialog", "Classifications (type)"),
        "category": QCoreApplication.translate("MappingDialog", "Categories"),
        "institution": QCoreApplication.translate("MappingDialog", "Institutions"),
        "location": QCoreApplication.translate("MappingDialog", "Locations (regions)"),
        "status": QCoreApplication.translate("MappingDialog", "National statuses"),
    }


@dataclass(frozen=True)
class Row:
    local_key: str
    local_name: str
    national_value: str
    manual: bool


class MappingModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("MappingDialog", "Here"),
            QCoreApplication.translate("MappingDialog", "On LAPOR!"),
            QCoreApplication.translate("MappingDialog", "Set by"),
        )
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row], status_kind: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        # For statuses the key is LAPOR!'s code and the value the desk's status.
        self._headers = (
            (
                QCoreApplication.translate("MappingDialog", "LAPOR! status code"),
                QCoreApplication.translate("MappingDialog", "Status here"),
                QCoreApplication.translate("MappingDialog", "Set by"),
            )
            if status_kind
            else (
                QCoreApplication.translate("MappingDialog", "Here"),
                QCoreApplication.translate("MappingDialog", "LAPOR! id"),
                QCoreApplication.translate("MappingDialog", "Set by"),
            )
        )
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            row.local_name,
            row.national_value,
            QCoreApplication.translate("MappingDialog", "IT staff")
            if row.manual
            else QCoreApplication.translate("MappingDialog", "LAPOR! lists"),
        )[index.column()]


class MappingDialog(QDialog):
    def __init__(
        self,
        national_sync: NationalSync,
        desk: Desk,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = national_sync
        self._desk = desk
        self._runner = runner
        self._all: list[Any] = []
        self._names: dict[str, dict[str, str]] = {}
        self._after_reload = ""  # what a change did, shown once the list is read again
        self.setWindowTitle(QCoreApplication.translate("MappingDialog", "LAPOR! mapping"))
        self.kind = QComboBox(self)
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = MappingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.local_key = QComboBox(self)
        self.local_key.setEditable(True)
        self.value = QComboBox(self)
        self.value.setEditable(True)
        self._placeholders()
        self.save_button = QPushButton(QCoreApplication.translate("MappingDialog", "&Set"), self)
        self.remove_button = QPushButton(
            QCoreApplication.translate("MappingDialog", "&Remove"), self
        )
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("MappingDialog", "&Kind"), self.kind)
        edit = QHBoxLayout()
        edit.addWidget(self.local_key, 2)
        edit.addWidget(QLabel("→", self))
        edit.addWidget(self.value, 1)
        edit.addWidget(self.save_button)
        edit.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.table.selectionModel().currentRowChanged.connect(self._pick)
        self.save_button.clicked.connect(lambda: self._set(self._value_text()))
        self.remove_button.clicked.connect(lambda: self._set(""))
        self.resize(760, 520)
        self.reload()

    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def reload(self) -> None:
        desk, sync = self._desk, self._sync

        def load() -> tuple[list[Any], dict[str, dict[str, str]]]:
            names = {
                "category": {str(c.id): c.path for c in desk.reference.categories()},
                "institution": {str(i.id): i.name for i in desk.reference.institutions()},
                # Codes seen in LAPOR!'s answers that need an entry, with LAPOR!'s name.
                "status": dict(sync.status().unmapped_status_codes),
            }
            return sync.mapping(), names

        self._runner.submit(load, self._loaded, self._failed, owner=self)

    def _loaded(self, loaded: tuple[list[Any], dict[str, dict[str, str]]]) -> None:
        self._all, names = loaded
        names["channel"] = {c.value: channel_label(c) for c in Channel}
        names["classification"] = {t.value: type_label(t) for t in ComplaintType}
        names["institution"] = {
            DEFAULT_KEY: QCoreApplication.translate(
                "MappingDialog", "default (complaints without a target institution)"
            ),
            **names["institution"],
        }
        self._names = names
        self._show_kind()
        if self._after_reload:
            self.note.setText(self._after_reload)
            self._after_reload = ""

    def _show_kind(self) -> None:
        kind = self.current_kind
        names = self._names.get(kind, {})
        statuses = {s.value: status_label(s) for s in Status}
        rows = [
            Row(
                r.local_key,
                names.get(r.local_key, r.local_key) if kind != "status" else r.local_key,
                statuses.get(r.national_value, r.national_value)
                if kind == "status"
                else r.national_value,
                r.source == "manual",
            )
            for r in self._all
            if r.kind == kind
        ]
        if kind == "status":
            rows = [r for r in rows if r.local_key not in names] + [
                Row(
                    code,
                    f"{code} · {name}" if name else code,
                    QCoreApplication.translate("MappingDialog", "seen on LAPOR!, needs an entry"),
                    False,
                )
                for code, name in names.items()
            ]
        # "default" first: it is the one entry every desk needs.
        rows.sort(key=lambda row: row.local_key != DEFAULT_KEY)
        self.model.set_rows(rows, kind == "status")
        self.note.setText(
            {
                "institution": QCoreApplication.translate(
                    "MappingDialog",
                    'Each institution here, and "default": the LAPOR! institution id used when '
                    "a complaint names no target institution (usually the desk's own government).",
                ),
                "status": QCoreApplication.translate(
                    "MappingDialog",
                    "Each LAPOR! status code and the status it means here. A code without an "
                    "entry is read by LAPOR!'s name for it where the name is a known one, "
                    "otherwise it is shown in the timeline in LAPOR!'s words without changing "
                    "the complaint's status. Codes seen that need an entry are listed last.",
                ),
                "location": QCoreApplication.translate(
                    "MappingDialog",
                    "Kemendagri region codes are sent as they are unless mapped here.",
                ),
            }.get(
                kind,
                QCoreApplication.translate(
                    "MappingDialog", "Each value here and the LAPOR! id it is sent as."
                ),
            )
        )
        self.local_key.clear()
        for key, name in names.items():
            self.local_key.addItem(f"{name} [{key}]" if name != key else key, key)
        self.local_key.setCurrentIndex(-1)
        self.local_key.setEditText("")
        self.value.clear()
        if kind == "status":
            for status in Status:
                self.value.addItem(status_label(status), status.value)
            self.value.setEditable(False)
        else:
            self.value.setEditable(True)
            self.value.setEditText("")
        self._placeholders()
        self.message.clear()

    def _placeholders(self) -> None:
        for box, text in (
            (
                self.local_key,
                QCoreApplication.translate("MappingDialog", "LAPOR! status code")
                if self.current_kind == "status"
                else QCoreApplication.translate("MappingDialog", "value here"),
            ),
            (self.value, QCoreApplication.translate("MappingDialog", "LAPOR! id")),
        ):
            line = box.lineEdit()
            if line is not None:
                line.setPlaceholderText(text)

    def _pick(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        index = self.local_key.findData(row.local_key)
        if index >= 0:
            self.local_key.setCurrentIndex(index)
        else:
            self.local_key.setEditText(row.local_key)
        if self.current_kind == "status":
            self.value.setCurrentIndex(max(0, self.value.findText(row.national_value)))
        else:
            self.value.setEditText(row.national_value)

    def _key_text(self) -> str:
        index = self.local_key.currentIndex()
        if index >= 0 and self.local_key.itemText(index) == self.local_key.currentText():
            return str(self.local_key.itemData(index))
        return self.local_key.currentText().strip()

    def _value_text(self) -> str:
        if self.current_kind == "status":
            return str(self.value.currentData() or "")
        return self.value.currentText().strip()

    def _set(self, value: str) -> None:
        key, kind, sync = self._key_text(), self.current_kind, self._sync
        if not key:
            self.message.setText(
                QCoreApplication.translate("MappingDialog", "Choose or type the value here first.")
            )
            return
        if value and kind != "status" and kind != "location" and not value.isdigit():
            self.message.setText(
                QCoreApplication.translate("MappingDialog", "A LAPOR! id is a number, e.g. 1017.")
            )
            return
        self.message.clear()
        self._runner.submit(lambda: sync.set_mapping(kind, key, value), self._saved, self._failed)

    def _saved(self, requeued: int) -> None:
        self._after_reload = ""
        if requeued:
            self._after_reload = self.tr(
                "%n item(s) held back for a missing entry go back in the queue.", "", requeued
            )
        self.reload()

    def _failed(self, error: BaseException) -> None:
        from sync.desk import NamesNothingLocalError

        if isinstance(error, NamesNothingLocalError):
            self.message.setText(
                QCoreApplication.translate(
                    "MappingDialog",
                    "“%1” names nothing on this desk: choose it from the list, or type a "
                    "category's path (Parent › Child), an institution's name, or its id.",
                ).replace("%1", error.key)
            )
            self.local_key.setFocus()
            return
        if isinstance(error, AccessDeniedError):
            self.message.setText(
                QCoreApplication.translate("MappingDialog", "Only IT staff may change the mapping.")
            )
            return
        if not isinstance(error, StorageFault):
            raise error
        self.message.setText(fault_message(error.kind))
