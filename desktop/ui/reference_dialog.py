"""Editing the desk's own lists: the category tree and the target institutions, with the other
names (acronyms) the pickers match.

Entries are never deleted, only switched off: complaints recorded under them keep their names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.aliases import (
    MAX_ALIAS_LENGTH,
    MAX_ALIASES,
    InvalidAliasesError,
    typed_aliases,
)
from desktop.services.values import DuplicateNameError, EmptyNameError, StorageFault
from desktop.ui.tasks import TaskRunner
from desktop.ui.texts import fault_message

if TYPE_CHECKING:
    from desktop.services.lists import ReferenceLists

_ID = Qt.ItemDataRole.UserRole
_ACTIVE = Qt.ItemDataRole.UserRole + 1


class ReferenceListsDialog(QDialog):
    def __init__(
        self, lists: ReferenceLists, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lists = lists
        self._runner = runner
        self.setWindowTitle(self.tr("Categories and institutions"))
        self.resize(640, 560)
        self.categories = self._tree()
        self.institutions = self._tree()
        self.institutions.setRootIsDecorated(False)
        tabs = QTabWidget(self)
        tabs.addTab(self._page(self.categories, with_child=True), self.tr("Categories"))
        tabs.addTab(self._page(self.institutions, with_child=False), self.tr("Institutions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._reload()

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Name"), self.tr("Other names (acronyms)")])
        tree.header().setStretchLastSection(True)
        tree.setColumnWidth(0, 380)
        return tree

    def _page(self, tree: QTreeWidget, with_child: bool) -> QWidget:
        page = QWidget(self)
        add = QPushButton(self.tr("&Add…"), page)
        rename = QPushButton(self.tr("&Rename…"), page)
        aliases = QPushButton(self.tr("Other na&mes…"), page)
        aliases.setToolTip(
            self.tr("Acronyms and short names officers type to find this entry (PUPR, PDAM)")
        )
        toggle = QPushButton(self.tr("Switch &on/off"), page)
        row = QHBoxLayout()
        row.addWidget(add)
        if with_child:
            child = QPushButton(self.tr("Add &sub-category…"), page)
            child.clicked.connect(lambda: self._add(tree, under_selected=True))
            row.addWidget(child)
        row.addWidget(rename)
        row.addWidget(aliases)
        row.addWidget(toggle)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(tree)
        layout.addLayout(row)
        add.clicked.connect(lambda: self._add(tree, under_selected=False))
        rename.clicked.connect(lambda: self._rename(tree))
        aliases.clicked.connect(lambda: self._edit_aliases(tree))
        toggle.clicked.connect(lambda: self._toggle(tree))
        return page

    def _reload(self) -> None:
        self.categories.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for option in self._lists.categories():  # parents sort before their children
            parent = items.get(option.parent_id) if option.parent_id else None
            item = QTreeWidgetItem([option.name, typed_aliases(option.aliases)])
            self._mark(item, option.id, option.active)
            items[option.id] = item
            if parent is not None:
                parent.addChild(item)
            else:
                self.categories.addTopLevelItem(item)
        self.categories.expandAll()
        self.institutions.clear()
        for institution in self._lists.institutions():
            item = QTreeWidgetItem([institution.name, typed_aliases(institution.aliases)])
            self._mark(item, institution.id, institution.active)
            self.institutions.addTopLevelItem(item)

    def _mark(self, item: QTreeWidgetItem, key: int, active: bool) -> None:
        item.setData(0, _ID, key)
        item.setData(0, _ACTIVE, active)
        if not active:
            font = QFont()
            font.setStrikeOut(True)
            item.setFont(0, font)
            item.setToolTip(0, self.tr("Switched off: not offered for new complaints"))

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name"), text=current)
        return name if ok else None

    def _add(self, tree: QTreeWidget, under_selected: bool) -> None:
        parent = tree.currentItem() if under_selected else None
        if under_selected and parent is None:
            return
        name = self._ask_name(self.tr("Add"))
        if name is None:
            return
        if tree is self.categories:
            parent_id = parent.data(0, _ID) if parent is not None else None
            self._write(lambda: self._lists.add_category(name, parent_id))
        else:
            self._write(lambda: self._lists.add_institution(name))

    def _rename(self, tree: QTreeWidget) -> None:
        item = tree.currentItem()
        if item is None:
            return
        name = self._ask_name(self.tr("Rename"), item.text(0))
        if name is not None:
            self._update(tree, item, name, bool(item.data(0, _ACTIVE)))

    def _edit_aliases(self, tree: QTreeWidget) -> None:
        item = tree.currentItem()
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Other names of %1").replace("%1", item.text(0)),
            self.tr("Acronyms or short names, separated by commas (for example: PUPR, Dinas PU)"),
            text=item.text(1),
        )
        if ok:
            self.set_aliases(tree, item, text)

    def set_aliases(self, tree: QTreeWidget, item: QTreeWidgetItem, text: str) -> None:
        """Save the other names typed for the entry `item` shows."""
        key = int(item.data(0, _ID))
        if tree is self.categories:
            self._write(lambda: self._lists.set_category_aliases(key, text))
        else:
            self._write(lambda: self._lists.set_institution_aliases(key, text))

    def _toggle(self, tree: QTreeWidget) -> None:
        item = tree.currentItem()
        if item is not None:
            self._update(tree, item, item.text(0), not item.data(0, _ACTIVE))

    def _update(self, tree: QTreeWidget, item: QTreeWidgetItem, name: str, active: bool) -> None:
        key = int(item.data(0, _ID))
        if tree is self.categories:
            self._write(lambda: self._lists.update_category(key, name, active))
        else:
            self._write(lambda: self._lists.update_institution(key, name, active))

    def _write(self, job: Callable[[], Any]) -> None:
        self.setEnabled(False)
        self._runner.submit(job, self._written, self._failed)

    def _written(self, _: object) -> None:
        self.setEnabled(True)
        self._reload()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(error, EmptyNameError):
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The name cannot be empty."))
        elif isinstance(error, DuplicateNameError):
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("That name is already in the list.")
            )
        elif isinstance(error, InvalidAliasesError):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "An entry may have at most %1 other names, each at most %2 characters long."
                )
                .replace("%1", str(MAX_ALIASES))
                .replace("%2", str(MAX_ALIAS_LENGTH)),
            )
        elif isinstance(error, StorageFault):
            QMessageBox.warning(self, self.tr("Not saved"), fault_message(error.kind))
        else:
            raise error
