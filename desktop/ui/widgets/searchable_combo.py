"""A drop-down list the officer can also type into to find an entry by any part of its name,
or of one of its other names (the acronyms officers type: PUPR, PDAM, RSUD)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

# What typing is matched against: the name and the other names, one per line.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

Entry = tuple[Any, str] | tuple[Any, str, Sequence[str]]  # key, name[, other names]


class _NameCompleter(QCompleter):
    """Matches typing against names and other names, but puts the chosen entry's name (not
    the text it was matched in) in the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchableComboBox(QComboBox):
    """Entries carry a key (an id or a code); typed text that matches no entry is not accepted.

    Signals:
        keyChanged(object): the chosen entry's key, or None when nothing is chosen.
        committed(): the officer left the field (whether or not the choice changed).
    """

    keyChanged = Signal(object)
    committed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        assert line is not None  # editable combo boxes always have one
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        completer = _NameCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._popup = completer.popup()
        self._last_key: Any = None
        self.currentIndexChanged.connect(self._emit_key)
        line.editingFinished.connect(self._accept_typed_text)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def set_entries(self, entries: Sequence[Entry], keep_key: bool = True) -> None:
        """Replace the entries (key, name and perhaps other names); the current choice stays
        when its key is still offered."""
        previous = self.current_key() if keep_key else None
        with QSignalBlocker(self):
            self.clear()
            for key, text, *more in entries:
                aliases: Sequence[str] = more[0] if more else ()
                self.addItem(text, key)
                row = self.count() - 1
                self.setItemData(row, "\n".join([text, *aliases]), SEARCH_ROLE)
                if aliases:
                    also = self.tr("Also: %1").replace("%1", ", ".join(aliases))
                    self.setItemData(row, also, Qt.ItemDataRole.ToolTipRole)
            self.setCurrentIndex(-1)
            self.setEditText("")
        self._last_key = None
        self.set_current_key(previous)
        if previous is not None and self.current_key() is None:
            self.keyChanged.emit(None)

    def current_key(self) -> Any:
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return self.currentData()

    def set_current_key(self, key: Any) -> None:
        index = self.findData(key) if key is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._emit_key()

    def _emit_key(self) -> None:
        key = self.current_key()
        if key != self._last_key:
            self._last_key = key
            self.keyChanged.emit(key)

    def _names(self, row: int) -> list[str]:
        """The entry's name and other names, case folded."""
        names = self.itemData(row, SEARCH_ROLE) or self.itemText(row)
        return [name.casefold() for name in str(names).split("\n")]

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Tab while the completer's popup is open moves focus without a FocusOut event (Qt
        # sends none while a popup is up), so editingFinished never comes: watch focus instead.
        if not self.isVisible():
            return  # hidden or being torn down: nothing is being typed
        mine = (self, self.lineEdit())
        if old in mine and new not in mine and new is not self._popup:
            self._accept_typed_text()

    def commit_typed_text(self) -> None:
        """Choose the entry the typed text names now, as leaving the field would."""
        self._accept_typed_text()

    def _accept_typed_text(self) -> None:
        """Typed text must name an entry: exactly (by its name, or else by one of its other
        names), or as the only entry whose names contain it."""
        text = self.currentText().strip()
        if not text:
            self.set_current_key(None)
            self.committed.emit()
            return
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        folded = text.casefold()
        if exact < 0:
            named = [i for i in range(self.count()) if folded in self._names(i)]
            exact = named[0] if len(named) == 1 else -1
        if exact < 0:
            matches = [
                i for i in range(self.count()) if any(folded in name for name in self._names(i))
            ]
            exact = matches[0] if len(matches) == 1 else -1
        if exact >= 0:
            self.setCurrentIndex(exact)
            self.setEditText(self.itemText(exact))
        self._emit_key()
        self.committed.emit()
